import { formatDiagnostic } from '../validation';
import type { Diagnostic } from '../validation/types';

/** Why a call failed, as far as the client could tell. */
export type FailureKind =
  /** Genesys answered with an HTTP error status. */
  | 'http'
  /** No answer within the per-attempt timeout. */
  | 'timeout'
  /** The connection failed or was dropped before an answer. */
  | 'network';

export interface GenesysApiErrorDetails {
  /** operationId of the call (`oauth.token` for the token request). */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The concrete request path. */
  path: string;
  /** `http` (an error answer), `timeout` or `network` (no answer). */
  kind: FailureKind;
  /** HTTP status, or null when no answer arrived. */
  status: number | null;
  /** `code` of the Genesys `ErrorBody` (e.g. `bad.request`), or the OAuth `error`; null when absent. */
  code: string | null;
  /** `message` of the Genesys `ErrorBody`, or a description of the transport failure. */
  detail: string;
  /** How many requests were sent for this call. */
  attempts: number;
  /** The answer's `Retry-After`, in milliseconds, when it had one. @default null */
  retryAfterMs?: number | null;
}

const REDACTED = '[redacted]';

/**
 * Server text with the credentials that were sent taken out: a server may echo the Authorization header.
 * Removes each exact value sent (token, client secret, Basic credential) and whatever follows `Bearer` or
 * `Basic`.
 */
export function redactCredentials(text: string, sent: readonly string[]): string {
  let out = text;
  for (const secret of sent) if (secret) out = out.split(secret).join(REDACTED);
  return out.replace(/\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=-]+/gi, `$1$2${REDACTED}`);
}

/**
 * A Genesys Cloud call that failed. Deliberately built from plain fields only: it never wraps the axios
 * error, whose `config` carries the Authorization header.
 */
export class GenesysApiError extends Error implements GenesysApiErrorDetails {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly kind: FailureKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly detail: string;
  readonly attempts: number;
  readonly retryAfterMs: number | null;

  constructor(details: GenesysApiErrorDetails) {
    const status = details.status === null ? details.kind : `HTTP ${details.status}${details.code ? ` ${details.code}` : ''}`;
    super(
      `${details.operationId} (${details.method} ${details.path}) failed after ${details.attempts} attempt(s): ${status}: ${details.detail}`,
    );
    this.name = 'GenesysApiError';
    this.operationId = details.operationId;
    this.method = details.method;
    this.path = details.path;
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.detail = details.detail;
    this.attempts = details.attempts;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** The fields as a plain object, for logs and the status endpoint. */
  toJSON(): GenesysApiErrorDetails {
    const { operationId, method, path, kind, status, code, detail, attempts } = this;
    return { operationId, method, path, kind, status, code, detail, attempts };
  }
}

/** A request refused locally because its body fails the Genesys schema; nothing was sent. */
export class RequestValidationError extends Error {
  /** Why the body was refused (errors and warnings). */
  readonly diagnostics: readonly Diagnostic[];

  constructor(
    readonly operationId: string,
    readonly method: string,
    readonly path: string,
    diagnostics: readonly Diagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${method} ${path} refused before sending: ${errors.map(formatDiagnostic).join('; ')}`);
    this.name = 'RequestValidationError';
    this.diagnostics = diagnostics;
  }
}
