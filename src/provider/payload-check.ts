import { getOperation, parseOperationRef } from '../genesys';
import type { Operation } from '../genesys/types';
// The validator's modules, not its index, which also loads the resource rules (test/provider/plugin-process.test.ts).
import { lookupOperation, validateBody, validateRequest } from '../validation/request';
import type { Diagnostic } from '../validation/types';
import { isUnknown, MAX_NESTING, nestsDeeperThan, UNKNOWN, unwrapDynamic } from './cty';
import type { LiveChecks, LiveDiagnostic } from './live-checks';
import { redact } from './redact';
import type { TfDiagnostic } from './server';

/** Decoded `genesyscobrowse_payload_check` configuration (computed attributes arrive as null). */
export type PayloadCheckConfig = Record<string, unknown> & { operation: unknown; body: unknown; fail_on_error: unknown };

/** Largest body checked (as JSON); larger ones get a diagnostic instead of being parsed and walked. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const COMPUTED = ['valid', 'diagnostics', 'required_permissions', 'oauth_scopes'] as const;

export interface Parsed {
  operation: string;
  /** `undefined` = no body; may contain UNKNOWN where Terraform does not know a value yet. */
  body: unknown;
}

/** A finding of the provider's: the validator's and live checks' codes, plus those about input the validator never sees. */
export type Finding = Omit<LiveDiagnostic, 'code'> & { code: LiveDiagnostic['code'] | 'invalid-json' | 'too-large' };

/** The data source's state repeats its configuration; a body too deep to encode is left out. */
const stateOf = (config: PayloadCheckConfig, parsed: Parsed | Finding): PayloadCheckConfig =>
  isFinding(parsed) && parsed.code === 'too-deep' ? { ...config, body: null } : config;

/**
 * Reads the inputs; returns a finding instead when the validator cannot take them (empty operation, body
 * nested too deep, too large or not JSON), null when an input is wholly unknown. Findings never repeat the
 * input.
 */
export function parseInputs(operation: unknown, rawBody: unknown): Parsed | Finding | null {
  if (isUnknown(operation)) return null;
  // Before anything walks the body recursively (unwrapDynamic, JSON.stringify, the state's encoding); a
  // dynamic value is wrapped in one more level.
  if (nestsDeeperThan(rawBody, MAX_NESTING + 1)) {
    return inputError('too-deep', `The body nests more than ${MAX_NESTING} levels deep; no Genesys Cloud request body comes near that.`, null);
  }
  const body = unwrapDynamic(rawBody);
  if (isUnknown(body)) return null;
  if (typeof operation !== 'string' || operation.trim() === '') {
    return inputError('unknown-operation', 'operation is empty.', 'set operation to "METHOD /api/v2/path" or an operationId, e.g. "POST /api/v2/conversations/callbacks"');
  }
  const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.byteLength(JSON.stringify(body, (_k, v: unknown) => (isUnknown(v) ? null : v)) ?? '');
  if (size > MAX_BODY_BYTES) {
    return inputError('too-large', `The body is ${size} bytes as JSON; this provider checks bodies up to ${MAX_BODY_BYTES} bytes (64 MiB).`, null);
  }
  if (typeof body !== 'string') return { operation, body: body ?? undefined };
  try {
    return { operation, body: JSON.parse(body) as unknown };
  } catch {
    // JSON.parse's message quotes the text around the error: never repeat it.
    return inputError('invalid-json', 'The body is a string that is not valid JSON.', 'build the body with jsonencode({...}) or pass an object instead of a hand-written string');
  }
}

const inputError = (code: Finding['code'], message: string, suggestion: string | null): Finding => ({ severity: 'error', pointer: '', code, message, suggestion });

export const isFinding = (parsed: Parsed | Finding): parsed is Finding => 'code' in parsed;

/**
 * Runs the library's validator; an operation that does not exist gets the validator's explanation. No
 * value of the body and no key the API does not define is repeated: Terraform strips sensitivity marks
 * before it calls a provider, so any of them could be a secret.
 */
export function validate(parsed: Parsed): { op: Operation | undefined; diagnostics: Diagnostic[] } {
  const options = { isUnknown, redactValues: true };
  const spaced = parseOperationRef(parsed.operation);
  const op = spaced ? getOperation(parsed.operation) : lookupOperation(parsed.operation);
  if (op && !('operationId' in op)) return { op: undefined, diagnostics: [redact(undefined, [parsed.operation], op)] };
  const found = spaced ? validateRequest({ ...spaced, body: parsed.body }, options) : validateBody(op as Operation, parsed.body, options);
  const references = spaced ? [parsed.operation, `${spaced.method} ${spaced.path}`] : [parsed.operation];
  return { op, diagnostics: found.map((d) => redact(op, references, d)) };
}

/** Findings about the call itself point at `operation`; the rest at `body` (live failures at neither). */
const ON_OPERATION: ReadonlySet<Finding['code']> = new Set(['unknown-operation', 'deprecated-operation', 'insufficient-access']);

function toTerraform(d: Finding): TfDiagnostic {
  const onOperation = ON_OPERATION.has(d.code);
  const attribute = d.code === 'live-check-failed' ? undefined : [onOperation ? 'operation' : 'body'];
  return {
    severity: d.severity === 'error' ? 'ERROR' : 'WARNING',
    // Terraform shows the configuration line; the operation as written is not repeated (its path may hold an id).
    summary: onOperation || !attribute ? d.message : 'Invalid Genesys Cloud payload',
    detail: `${d.pointer || '/'} [${d.code}] ${d.message}${d.suggestion ? `\nFix: ${d.suggestion}` : ''}`,
    attribute,
  };
}

function failOnError(config: PayloadCheckConfig): boolean {
  // Unknown means "decided later": do not fail now, the apply-time read decides.
  return config.fail_on_error !== false && !isUnknown(config.fail_on_error);
}

/** The code of the note a provider without credentials gives, for `acknowledge`. */
export const STRUCTURE_ONLY = 'structure-only';

/** `acknowledge` entries as code -> reason; entries without a code or reason are problems, not acknowledgements. */
function acknowledged(config: PayloadCheckConfig): { codes: Map<string, string>; problems: TfDiagnostic[] } {
  const codes = new Map<string, string>();
  const problems: TfDiagnostic[] = [];
  const list = isUnknown(config.acknowledge) || !Array.isArray(config.acknowledge) ? [] : (config.acknowledge as unknown[]);
  list.forEach((entry, i) => {
    const { code, reason } = (entry ?? {}) as { code?: unknown; reason?: unknown };
    if (isUnknown(code) || isUnknown(reason)) return;
    if (typeof code !== 'string' || code.trim() === '' || typeof reason !== 'string' || reason.trim() === '') {
      problems.push({ severity: 'ERROR', summary: 'acknowledge needs a code and a reason', detail: `acknowledge[${i}]: write { code = "unverified", reason = "why it is fine here" }.`, attribute: ['acknowledge'] });
    } else codes.set(code, reason);
  });
  return { codes, problems };
}

/** `ValidateDataResourceConfig`: structure only, errors only (warnings come once, from the read). */
export function validatePayloadCheck(config: PayloadCheckConfig): TfDiagnostic[] {
  const { problems } = acknowledged(config);
  if (problems.length) return problems;
  const parsed = parseInputs(config.operation, config.body);
  if (parsed === null || !failOnError(config)) return [];
  const found = isFinding(parsed) ? [parsed] : validate(parsed).diagnostics;
  return found.filter((d) => d.severity === 'error').map(toTerraform);
}

/** `ReadDataSource`: structure, then live facts when the provider has credentials. */
export async function readPayloadCheck(
  config: PayloadCheckConfig,
  live: LiveChecks | undefined,
): Promise<{ state: Record<string, unknown>; diagnostics: TfDiagnostic[] }> {
  const parsed = parseInputs(config.operation, config.body);
  if (parsed === null) return { state: { ...config, ...Object.fromEntries(COMPUTED.map((k) => [k, UNKNOWN])) }, diagnostics: [] };
  const { op, diagnostics: found } = isFinding(parsed) ? { op: undefined, diagnostics: [parsed] } : validate(parsed);
  const diagnostics: Finding[] = [...found];
  const notes: TfDiagnostic[] = [];
  const { codes } = acknowledged(config);
  if (live && op && !isFinding(parsed)) diagnostics.push(...(await live.check(op, parsed.body)));
  else if (!live && !codes.has(STRUCTURE_ONLY)) {
    notes.push({
      severity: 'WARNING',
      summary: 'Structure-only payload check',
      detail:
        'The genesyscobrowse provider has no region and client credentials, so queue and user ids in the body and the ' +
        "OAuth client's roles were not checked against Genesys Cloud. Set region, client_id and client_secret to check them.",
    });
  }
  const valid = !diagnostics.some((d) => d.severity === 'error');
  // Acknowledged warnings stay in `diagnostics` but are not repeated at every plan; errors always are.
  const reported = diagnostics.filter((d) => (d.severity === 'warning' ? !codes.has(d.code) : failOnError(config)));
  return {
    state: {
      ...stateOf(config, parsed),
      valid,
      diagnostics: diagnostics.map(({ severity, pointer, code, message, suggestion }) => ({ severity, pointer, code, message, suggestion })),
      required_permissions: op?.permissions?.permissions ?? [],
      oauth_scopes: op?.scopes ?? [],
    },
    diagnostics: [...reported.map(toTerraform), ...notes],
  };
}
