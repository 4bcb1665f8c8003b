import { getOperation, parseOperationRef } from '../genesys';
import type { Operation } from '../genesys/types';
import { lookupOperation, validateBody, validateRequest, type Diagnostic } from '../validation';
import { isUnknown, UNKNOWN, unwrapDynamic } from './cty';
import type { LiveChecks, LiveDiagnostic } from './live-checks';
import type { TfDiagnostic } from './server';

/** Decoded `genesyscobrowse_payload_check` configuration (computed attributes arrive as null). */
export type PayloadCheckConfig = Record<string, unknown> & { operation: unknown; body: unknown; fail_on_error: unknown };

/** Largest body checked (as JSON); larger ones get a diagnostic instead of being parsed and walked. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const COMPUTED = ['valid', 'diagnostics', 'required_permissions', 'oauth_scopes'] as const;

interface Parsed {
  operation: string;
  /** `undefined` = no body; may contain UNKNOWN where Terraform does not know a value yet. */
  body: unknown;
}

/** Reads the inputs; returns diagnostics instead when the body is not JSON, null when an input is wholly unknown. */
function parseInputs(config: PayloadCheckConfig): Parsed | TfDiagnostic | null {
  const body = unwrapDynamic(config.body);
  if (isUnknown(config.operation) || isUnknown(body)) return null;
  if (typeof config.operation !== 'string' || config.operation.trim() === '') {
    return { severity: 'ERROR', summary: 'operation is empty', detail: 'Set operation to "METHOD /api/v2/path" or an operationId, e.g. "POST /api/v2/conversations/callbacks".', attribute: ['operation'] };
  }
  const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.byteLength(JSON.stringify(body, (_k, v: unknown) => (isUnknown(v) ? null : v)) ?? '');
  if (size > MAX_BODY_BYTES) {
    return { severity: 'ERROR', summary: 'body is too large to check', detail: `The body is ${size} bytes as JSON; this provider checks bodies up to ${MAX_BODY_BYTES} bytes (64 MiB).`, attribute: ['body'] };
  }
  if (typeof body !== 'string') return { operation: config.operation, body: body ?? undefined };
  try {
    return { operation: config.operation, body: JSON.parse(body) as unknown };
  } catch (err) {
    return {
      severity: 'ERROR',
      summary: 'body is not valid JSON',
      detail: `${(err as Error).message}. Build the body with jsonencode({...}) or pass an object instead of a hand-written string.`,
      attribute: ['body'],
    };
  }
}

/** Runs the library's validator; an operation that does not exist gets the validator's explanation. */
function validate(parsed: Parsed): { op: Operation | undefined; diagnostics: Diagnostic[] } {
  // Terraform strips sensitivity marks before calling a provider, so no value of the body is ever repeated.
  const options = { isUnknown, redactValues: true };
  const spaced = parseOperationRef(parsed.operation);
  if (spaced) return { op: getOperation(parsed.operation), diagnostics: validateRequest({ ...spaced, body: parsed.body }, options) };
  const found = lookupOperation(parsed.operation);
  return 'operationId' in found ? { op: found, diagnostics: validateBody(found, parsed.body, options) } : { op: undefined, diagnostics: [found] };
}

/** Findings about the call itself point at `operation`; the rest at `body` (live failures at neither). */
const ON_OPERATION: ReadonlySet<LiveDiagnostic['code']> = new Set(['unknown-operation', 'deprecated-operation', 'insufficient-access']);

function toTerraform(d: LiveDiagnostic, operation: string): TfDiagnostic {
  const onOperation = ON_OPERATION.has(d.code);
  const attribute = d.code === 'live-check-failed' ? undefined : [onOperation ? 'operation' : 'body'];
  return {
    severity: d.severity === 'error' ? 'ERROR' : 'WARNING',
    summary: onOperation || !attribute ? d.message : `Invalid Genesys Cloud payload for ${operation}`,
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
  const parsed = parseInputs(config);
  if (parsed === null) return [];
  if ('severity' in parsed) return [parsed];
  if (!failOnError(config)) return [];
  return validate(parsed).diagnostics.filter((d) => d.severity === 'error').map((d) => toTerraform(d, parsed.operation));
}

/** `ReadDataSource`: structure, then live facts when the provider has credentials. */
export async function readPayloadCheck(
  config: PayloadCheckConfig,
  live: LiveChecks | undefined,
): Promise<{ state: Record<string, unknown>; diagnostics: TfDiagnostic[] }> {
  const parsed = parseInputs(config);
  if (parsed === null) return { state: { ...config, ...Object.fromEntries(COMPUTED.map((k) => [k, UNKNOWN])) }, diagnostics: [] };
  if ('severity' in parsed) {
    return { state: { ...config, valid: false, diagnostics: [], required_permissions: [], oauth_scopes: [] }, diagnostics: [parsed] };
  }
  const { op, diagnostics: found } = validate(parsed);
  const diagnostics: LiveDiagnostic[] = [...found];
  const notes: TfDiagnostic[] = [];
  const { codes } = acknowledged(config);
  if (live && op) diagnostics.push(...(await live.check(op, parsed.body)));
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
      ...config,
      valid,
      diagnostics: diagnostics.map(({ severity, pointer, code, message, suggestion }) => ({ severity, pointer, code, message, suggestion })),
      required_permissions: op?.permissions?.permissions ?? [],
      oauth_scopes: op?.scopes ?? [],
    },
    diagnostics: [...reported.map((d) => toTerraform(d, parsed.operation)), ...notes],
  };
}
