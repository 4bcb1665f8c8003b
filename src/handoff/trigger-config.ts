import { REGION_CHOICES, findRegion } from '../genesys';
import type { TriggerConfig } from '../trigger/config';
import { DATADOG_VARIABLES, holdsVariable } from '../trigger/notification';
import { formatDiagnostic, hasErrors, lookupOperation, validateBody } from '../validation';
import { HandoffConfigError, MissingSecretError } from './errors';
import { unknownVariables } from './fallback-template';

/** The secrets the service needs, read from the environment variables the config names. */
export interface HandoffSecrets {
  /** OAuth client id (client credentials). */
  clientId: string;
  /** OAuth client secret. */
  clientSecret: string;
  /** The shared secret the Datadog webhook sends. */
  webhookSecret: string;
}

/**
 * Checks a trigger config (as read from JSON) before the service starts: every problem is reported at
 * once, naming the field. The fallback body template is validated against its operation's schema, with
 * `$NAME` values checked for presence only.
 */
export function checkTriggerConfig(value: unknown): TriggerConfig {
  if (!isObject(value)) throw new HandoffConfigError(['the config must be a JSON object (the CobrowseTrigger construct\'s config output)']);
  const c = value as Partial<TriggerConfig> & Record<string, unknown>;
  const problems: string[] = [];
  if (c.version !== 1) problems.push(`version: expected 1, got ${JSON.stringify(c.version)}`);
  if (typeof c.name !== 'string' || c.name === '') problems.push('name: expected a non-empty string');
  if (typeof c.region !== 'string' || !findRegion(c.region)) {
    problems.push(`region: ${JSON.stringify(c.region)} is not a Genesys Cloud region; use one of ${REGION_CHOICES}`);
  }
  if (!Number.isInteger(c.priorityThreshold) || (c.priorityThreshold as number) < 1 || (c.priorityThreshold as number) > 5) {
    problems.push(`priorityThreshold: expected an integer from 1 (highest) to 5, got ${JSON.stringify(c.priorityThreshold)}`);
  }
  if (typeof c.conversationIdTag !== 'string' || !/^[^,:\s]+$/.test(c.conversationIdTag)) {
    problems.push('conversationIdTag: expected a Datadog tag key (no comma, colon or space), e.g. "genesys_conversation_id"');
  }
  if (typeof c.webhookAuthHeader !== 'string' || !/^[A-Za-z0-9-]+$/.test(c.webhookAuthHeader)) {
    problems.push('webhookAuthHeader: expected an HTTP header name (letters, digits, dashes)');
  }
  for (const field of ['clientId', 'clientSecret', 'webhookSecret'] as const) {
    if (typeof c.secretEnv?.[field] !== 'string' || c.secretEnv[field] === '') {
      problems.push(`secretEnv.${field}: expected the name of the environment variable holding it`);
    }
  }
  if (c.fallback !== null) problems.push(...fallbackProblems(c.fallback));
  if (problems.length) throw new HandoffConfigError(problems);
  return c as TriggerConfig;
}

function fallbackProblems(fallback: unknown): string[] {
  if (!isObject(fallback)) return ['fallback: expected null or {"operationId": ..., "bodyTemplate": ...}'];
  const { operationId, bodyTemplate } = fallback as { operationId?: unknown; bodyTemplate?: unknown };
  const found = typeof operationId === 'string' ? lookupOperation(operationId) : undefined;
  if (!found || !('operationId' in found)) {
    return [`fallback.operationId: ${found ? `${found.message}${found.suggestion ? ` (${found.suggestion})` : ''}` : `expected an operationId, not ${JSON.stringify(operationId)}`}`];
  }
  const operation = found;
  if (operation.pathParams.length) {
    return [`fallback.operationId: ${operationId} needs path parameters (${operation.pathParams.join(', ')}); the fallback must be a call without them`];
  }
  const unknown = unknownVariables(bodyTemplate);
  if (unknown.length) {
    return [`fallback.bodyTemplate: unknown variable(s) ${unknown.map((n) => `$${n}`).join(', ')}; Datadog provides ${DATADOG_VARIABLES.map((n) => `$${n}`).join(', ')}`];
  }
  const diagnostics = validateBody(operation, bodyTemplate, { isUnknown: holdsVariable });
  return hasErrors(diagnostics)
    ? diagnostics.filter((d) => d.severity === 'error').map((d) => `fallback.bodyTemplate: ${formatDiagnostic(d)}`)
    : [];
}

/** Reads the secrets from `env`; a missing variable is an error naming it. */
export function resolveSecrets(config: TriggerConfig, env: NodeJS.ProcessEnv = process.env): HandoffSecrets {
  const fields = ['clientId', 'clientSecret', 'webhookSecret'] as const;
  const missing = fields.filter((field) => !env[config.secretEnv[field]]).map((field) => ({ env: config.secretEnv[field], field }));
  if (missing.length) throw new MissingSecretError(missing);
  return {
    clientId: env[config.secretEnv.clientId] as string,
    clientSecret: env[config.secretEnv.clientSecret] as string,
    webhookSecret: env[config.secretEnv.webhookSecret] as string,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
