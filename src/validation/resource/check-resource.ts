/**
 * `checkResource`: every rule over one genesyscloud_* resource or data source, as diagnostics that name the
 * resource's address and the attribute. The rules come from data: the provider schema (schema.ts), the API
 * snapshot (data actions, bodies), and the validator's permission and scope rules.
 */
import { closestProviderType, providerRelease, providerTypeSchema, removedProviderType } from '../../genesys/provider-types';
import { checkAuthRole, checkOauthClient } from './access-resources';
import { checkDataAction, dataActionOperation, type DataActionRequest } from './data-action';
import { checkResourceBody, hasResourceBody } from './resource-body';
import { checkBlock, type Finding } from './schema';
import { addressOf, NO_CONTEXT, type ResourceContext, type ResourceDiagnostic, type ResourceInput } from './types';
import { attributePath, isUnknownValue } from './values';

const PREFIX = 'genesyscloud_';

/** What Terraform itself refuses before a plan exists: never reported for planned values. */
const PLANNED_ALREADY: ReadonlySet<string> = new Set(['unknown-attribute', 'computed-attribute', 'missing-attribute']);

/** Whether the checks have anything to say about this type (the genesyscloud provider's). */
export function isGenesysType(type: string): boolean {
  return type.startsWith(PREFIX);
}

/** Checks one resource or data source; never throws. Empty for types of other providers. */
export function checkResource(input: ResourceInput, context: ResourceContext = NO_CONTEXT): ResourceDiagnostic[] {
  if (!isGenesysType(input.type)) return [];
  const address = addressOf(input);
  const at = (f: Finding): ResourceDiagnostic => {
    const { path, pointer, ...d } = f;
    return { ...d, pointer: pointer ?? '', address, attribute: path.length ? attributePath(path) : null };
  };
  const removed = removedProviderType(input.type);
  if (removed) {
    return [{ severity: 'error', pointer: '', code: 'removed-resource-type', message: removed.explanation, suggestion: removed.instead ? `use ${removed.instead}` : null, address, attribute: null }];
  }
  const block = providerTypeSchema(input.mode, input.type);
  if (!block) {
    const near = closestProviderType(input.mode, input.type);
    return [{
      severity: 'warning',
      pointer: '',
      code: 'schema-unavailable',
      message: `The genesyscloud provider schema (${providerRelease()}) has no ${input.mode === 'data' ? 'data source' : 'resource'} ${input.type}; it was not checked.`,
      suggestion: near ? `if this is not a newer provider's type: did you mean ${near}?` : null,
      address,
      attribute: null,
    }];
  }
  const findings: Finding[] = [];
  checkBlock(block, input.values, [], findings, true);
  // A plan's values passed Terraform's own schema check (by the provider version that planned, maybe newer).
  if (input.planned) findings.splice(0, findings.length, ...findings.filter((f) => !PLANNED_ALREADY.has(f.code)));
  if (input.mode === 'resource') {
    if (input.type === 'genesyscloud_auth_role') findings.push(...checkAuthRole(input.values));
    if (input.type === 'genesyscloud_oauth_client') findings.push(...checkOauthClient(input.values, context));
    if (input.type === 'genesyscloud_integration_action' || input.type === 'genesyscloud_integration_action_draft') findings.push(...checkIntegrationAction(input.values, context));
    if (hasResourceBody(input.type)) findings.push(...withoutRepeats(findings, checkResourceBody(input.type, block, input.values)));
  }
  return findings.map(at);
}

/** The body check repeats some provider checks (the same enum in both): one diagnostic per attribute, value and code. */
function withoutRepeats(found: readonly Finding[], more: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${attributePath(f.path)}#${f.pointer ?? ''}#${f.code}`;
  const seen = new Set(found.map(key));
  return more.filter((f) => !seen.has(key(f)));
}

/**
 * Only the data action rules, for a data action that is not a Terraform resource (a `*.custom.json` export of the
 * Genesys UI, mapped to the resource's attribute names, with its `integration_type`).
 */
export function checkDataActionExport(input: ResourceInput): ResourceDiagnostic[] {
  const address = addressOf(input);
  const type = typeof input.values.integration_type === 'string' ? input.values.integration_type : undefined;
  return checkIntegrationAction(input.values, NO_CONTEXT, type).map(({ path, pointer, ...d }) => ({ ...d, pointer: pointer ?? '', address, attribute: attributePath(path) }));
}

/** The operation a resource calls (`METHOD /path (operationId)`: a Platform API data action's), or null. */
export function resourceOperation(input: ResourceInput, context: ResourceContext = NO_CONTEXT): string | null {
  if (input.type !== 'genesyscloud_integration_action' && input.type !== 'genesyscloud_integration_action_draft') return null;
  const req = dataActionRequest(input.values, context, typeof input.values.integration_type === 'string' ? input.values.integration_type : undefined);
  return req ? dataActionOperation(req) : null;
}

function dataActionRequest(values: Record<string, unknown>, context: ResourceContext, knownType?: string): DataActionRequest | undefined {
  const request = firstBlock(values.config_request);
  if (!request) return undefined;
  return {
    integrationType: knownType ?? integrationType(values.integration_id, context),
    urlTemplate: request.request_url_template,
    method: request.request_type,
    requestTemplate: request.request_template,
    contractInput: values.contract_input,
  };
}

/** The data action of a `genesyscloud_integration_action`, its integration's type found through `integration_id`. */
function checkIntegrationAction(values: Record<string, unknown>, context: ResourceContext, knownType?: string): Finding[] {
  const req = dataActionRequest(values, context, knownType);
  if (!req) return [];
  const attribute = { url: ['config_request', 0, 'request_url_template'], template: ['config_request', 0, 'request_template'], contract: ['contract_input'] };
  return checkDataAction(req).map(({ part, ...d }) => ({ ...d, path: attribute[part] }));
}

function firstBlock(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null && !isUnknownValue(first) ? (first as Record<string, unknown>) : undefined;
}

/** `integration_type` of the integration `integration_id` refers to, when the configuration declares it. */
function integrationType(id: unknown, context: ResourceContext): string | undefined {
  if (!isUnknownValue(id)) return undefined;
  for (const ref of id.references) {
    const [type, name] = ref.split('.');
    if (type !== 'genesyscloud_integration') continue;
    const value = context.resource(`${type}.${name}`)?.values.integration_type;
    if (typeof value === 'string') return value;
  }
  return undefined;
}
