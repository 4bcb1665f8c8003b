import type { AxiosInstance, AxiosResponse, AxiosStatic } from 'axios';
import { parseOperationRef } from '../genesys';
import type { Operation } from '../genesys/types';
import { hasErrors, lookupOperation, validateRequest } from '../validation';
import { regionEndpoints, type GenesysEndpoints } from './endpoints';
import { GenesysApiError, redactCredentials, RequestValidationError, type GenesysApiErrorDetails } from './errors';
import { jsonLineLogger, type Logger } from './logger';
import { requireOptional } from '../optional-dependency';
import {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  isRetryable,
  parseRetryAfterMs,
  sleep,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry';
import { TokenCache } from './token-cache';

/** axios, an optional peer dependency: loaded when the first client is made (a MissingDependencyError names it if absent). */
const axios = () => requireOptional<AxiosStatic>('axios');

export interface GenesysClientProps {
  /** OAuth client id of a client-credentials OAuth client. */
  readonly clientId: string;
  /** Its secret. Sent only to the login host; never logged or put in an error. */
  readonly clientSecret: string;
  /** Region name (`us-east-1`) or domain. Required unless `endpoints` is given. @default none (then `endpoints`) */
  readonly region?: string;
  /** Explicit base URLs, overriding `region` (e.g. a loopback Genesys stand-in in tests). @default from `region` */
  readonly endpoints?: GenesysEndpoints;
  /** Per-attempt timeout in milliseconds. @default 10000 */
  readonly timeoutMs?: number;
  /** Retry policy; missing fields take the defaults of `DEFAULT_RETRY_POLICY`. @default DEFAULT_RETRY_POLICY */
  readonly retry?: Partial<RetryPolicy>;
  /** Refresh the token this long (ms) before it expires (at most half its lifetime early). @default 60000 */
  readonly tokenRefreshMarginMs?: number;
  /** Structured log sink. @default JSON lines on stderr */
  readonly logger?: Logger;
  /** Clock used for token expiry. @default Date.now */
  readonly now?: () => number;
  /**
   * @internal Benchmarks only: send bodies without `validateRequest`, to measure what validation costs.
   * Never set this in an application.
   */
  readonly skipValidation?: boolean;
}

/** Reported before each retry. */
export interface RetryInfo {
  /** The attempt that failed (1 = first). */
  attempt: number;
  /** Why it failed. */
  error: GenesysApiError;
  /** How long the client waits before the next attempt. */
  delayMs: number;
}

/** One Genesys API call for {@link GenesysClient.request}. */
export interface GenesysCall {
  /** operationId (`postConversationCobrowse`) or `METHOD /path/template`. */
  operation: string;
  /** Values of the path template's `{name}` parameters; URL-encoded by the client. @default none */
  pathParams?: Record<string, string>;
  /** JSON request body, checked against the operation's schema before sending. @default no body */
  body?: unknown;
  /**
   * Declares that sending this POST twice is harmless (e.g. it carries its own dedupe key, or the caller
   * prefers a possible duplicate to a lost call), so it is also retried after a 5xx, timeout or dropped
   * connection. Without it a POST is retried only after 429. Other methods are idempotent and always retried.
   * @default false
   */
  retrySafe?: boolean;
  /** Called before each retry of this call. @default none */
  onRetry?: (info: RetryInfo) => void;
  /**
   * Called for each request of this call once its token is in hand, just before the request is written
   * (after any token request): the point from which Genesys may act. A rejection stops the call, nothing
   * is sent, and `request` rejects with that error. @default none
   */
  beforeWrite?: () => Promise<void>;
}

/** A successful answer. */
export interface GenesysResponse<T = unknown> {
  /** HTTP status (2xx). */
  status: number;
  /** The parsed JSON body. */
  data: T;
  /** Requests sent, retries included. */
  attempts: number;
}

/** A resolved call: operationId, upper-case method, concrete path. */
export interface Target {
  /** The operation's operationId. */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Concrete path, path parameters filled in. */
  path: string;
}

/**
 * A Genesys Cloud Platform API client for server-side (client-credentials) use: validates every body
 * against the embedded API snapshot before sending, caches the token, retries within a bound, and keeps
 * secrets out of logs and errors.
 */
export class GenesysClient {
  private readonly http: AxiosInstance;
  private readonly endpoints: GenesysEndpoints;
  private readonly policy: RetryPolicy;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly tokens: TokenCache;
  private readonly warned = new Set<string>();

  constructor(private readonly props: GenesysClientProps) {
    if (!props.endpoints && !props.region) throw new Error('GenesysClient needs `region` (e.g. "us-east-1") or `endpoints`');
    this.endpoints = props.endpoints ?? regionEndpoints(props.region as string);
    this.policy = { ...DEFAULT_RETRY_POLICY, ...props.retry };
    this.log = props.logger ?? jsonLineLogger();
    this.now = props.now ?? Date.now;
    // Every status resolves, so axios only throws for transport failures; its errors are never kept.
    this.http = axios().create({
      timeout: props.timeoutMs ?? 10_000,
      validateStatus: () => true,
      maxRedirects: 0,
      transitional: { clarifyTimeoutError: true },
    });
    this.tokens = new TokenCache(() => this.fetchToken(), this.now, props.tokenRefreshMarginMs ?? 60_000);
  }

  /** Sends one API call. Throws `RequestValidationError` (nothing sent) or `GenesysApiError`. */
  async request<T = unknown>(call: GenesysCall): Promise<GenesysResponse<T>> {
    const target = this.prepare(call);
    const url = this.endpoints.apiBaseUrl + target.path;
    let rejectedToken: string | null = null;
    const sent: string[] = [];
    const res = await this.withRetries(target, call.retrySafe ?? false, call.onRetry, sent, async () => {
      const token = await this.tokens.get();
      await call.beforeWrite?.();
      sent.push(token);
      const response = await this.http.request({
        method: target.method,
        url,
        data: call.body === undefined ? undefined : JSON.stringify(call.body),
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
      });
      // A 401 means the token was revoked or expired early: fetch a fresh one and resend, once.
      if (response.status === 401 && rejectedToken === null) {
        rejectedToken = token;
        this.tokens.invalidate(token);
        this.log({ level: 'warn', event: 'genesys.token.rejected', operationId: target.operationId });
        return 'resend';
      }
      return response;
    });
    return { status: res.response.status, data: res.response.data as T, attempts: res.attempts };
  }

  /** Whether a request now is written at once: a token is cached and not due for refresh (no token request first). */
  hasToken(): boolean {
    return this.tokens.ready();
  }

  /** `POST /api/v2/conversations/{conversationId}/cobrowse`: offers a co-browse session in that conversation. */
  createCobrowseSession(conversationId: string, options: Pick<GenesysCall, 'retrySafe' | 'onRetry'> = {}) {
    return this.request<{ id?: string; joinCode?: string; dateOfferEnds?: string }>({
      operation: 'postConversationCobrowse',
      pathParams: { conversationId },
      ...options,
    });
  }

  /**
   * Resolves the operation and path and validates the body, without sending: throws
   * `RequestValidationError` for what `request` would refuse. Logs warnings once per operation.
   */
  prepare(call: GenesysCall): Target {
    const { operation, target } = this.resolve(call);
    if (!this.props.skipValidation) this.check(operation, target, call.body);
    return target;
  }

  private resolve(call: GenesysCall): { operation: Operation; target: Target } {
    const operation = lookupOperation(call.operation);
    if (!('operationId' in operation)) {
      const { method, path } = parseOperationRef(call.operation) ?? { method: '', path: call.operation };
      throw new RequestValidationError(call.operation, method, path, [operation]);
    }
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = call.pathParams?.[name];
      if (value === undefined || value === '') {
        throw new Error(`path parameter "${name}" of ${operation.operationId} is missing or empty: pass pathParams.${name}`);
      }
      // "." and ".." would be resolved as path segments (another URL); a lone surrogate cannot be encoded.
      if (!isPathSegmentValue(value)) {
        throw new Error(`path parameter "${name}" of ${operation.operationId} must not be "." or ".." nor hold a lone UTF-16 surrogate`);
      }
      return encodeURIComponent(value);
    });
    const target = { operationId: operation.operationId, method: operation.method.toUpperCase(), path };
    return { operation, target };
  }

  private check(operation: Operation, target: Target, body: unknown): void {
    const diags = validateRequest({ method: target.method, path: target.path, body }, { grantType: 'CLIENT-CREDENTIALS' });
    if (hasErrors(diags)) throw new RequestValidationError(target.operationId, target.method, target.path, diags);
    // Warnings (e.g. a deprecated operation) are logged once per operation, not refused.
    if (diags.length && !this.warned.has(operation.operationId)) {
      this.warned.add(operation.operationId);
      for (const d of diags) {
        this.log({ level: 'warn', event: 'genesys.request.warning', operationId: operation.operationId, code: d.code, message: d.message, suggestion: d.suggestion });
      }
    }
  }

  private async fetchToken() {
    const target = { operationId: 'oauth.token', method: 'POST', path: '/oauth/token' };
    // Issuing a token has no side effect, so every failure the policy allows is retried.
    const { clientId, clientSecret } = this.props;
    const sent = [clientSecret, Buffer.from(`${clientId}:${clientSecret}`).toString('base64')];
    const { response } = await this.withRetries(target, true, undefined, sent, () =>
      this.http.post(this.endpoints.loginBaseUrl + target.path, 'grant_type=client_credentials', {
        auth: { username: this.props.clientId, password: this.props.clientSecret },
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      }),
    );
    const data = response.data as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof data?.access_token !== 'string' || typeof data.expires_in !== 'number') {
      throw new GenesysApiError({ ...target, kind: 'http', status: response.status, code: null, detail: 'token response lacks access_token or expires_in', attempts: 1 });
    }
    this.log({ level: 'debug', event: 'genesys.token.fetched', expiresInSeconds: data.expires_in });
    return { accessToken: data.access_token, expiresInSeconds: data.expires_in };
  }

  /**
   * Runs `send` until it succeeds, fails for good, or the policy's attempt or time budget runs out. `sent`:
   * the credentials the requests carry, kept out of the error text.
   */
  private async withRetries(
    target: Target,
    retrySafe: boolean,
    onRetry: GenesysCall['onRetry'],
    sent: readonly string[],
    send: () => Promise<AxiosResponse | 'resend'>,
  ): Promise<{ response: AxiosResponse; attempts: number }> {
    const started = this.now();
    for (let attempt = 1; ; attempt++) {
      let outcome: AttemptOutcome;
      let response: AxiosResponse | null = null;
      try {
        const answer = await send();
        if (answer === 'resend') continue;
        response = answer;
        outcome = { kind: 'http', status: answer.status };
      } catch (err) {
        if (err instanceof GenesysApiError) throw err; // the token request failed; already final
        outcome = transportOutcome(err);
      }
      if (response && response.status < 400) return { response, attempts: attempt };
      const retryAfterMs = parseRetryAfterMs(response?.headers['retry-after'], Date.now());
      const error = new GenesysApiError({ ...target, ...describeFailure(outcome, response, sent), attempts: attempt, retryAfterMs });
      if (!isRetryable(outcome, target.method, retrySafe) || attempt >= this.policy.maxAttempts) throw error;
      const delayMs = Math.max(retryAfterMs ?? 0, backoffDelayMs(attempt, this.policy));
      if (this.now() + delayMs - started > this.policy.maxTotalMs) throw error;
      this.log({ level: 'warn', event: 'genesys.retry', ...error.toJSON(), attempt, delayMs });
      onRetry?.({ attempt, error, delayMs });
      await sleep(delayMs);
    }
  }
}

/** A value that encodes to one path segment of its own: not `.` or `..`, and well-formed UTF-16. */
export function isPathSegmentValue(value: string): boolean {
  return value !== '.' && value !== '..' && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

/** Reads the axios transport error's code only: the error object itself holds request headers. */
function transportOutcome(err: unknown): AttemptOutcome & { detail?: string } {
  const code = axios().isAxiosError(err) ? err.code : undefined;
  if (code === 'ETIMEDOUT' || code === 'ECONNABORTED') return { kind: 'timeout' };
  if (axios().isAxiosError(err)) return { kind: 'network', detail: `${code ?? 'connection failed'}: ${err.message}` };
  throw err; // a bug, not a transport failure
}

function describeFailure(
  outcome: AttemptOutcome & { detail?: string },
  response: AxiosResponse | null,
  sent: readonly string[],
): Pick<GenesysApiErrorDetails, 'kind' | 'status' | 'code' | 'detail'> {
  if (outcome.kind === 'timeout') return { kind: 'timeout', status: null, code: null, detail: 'no response within the timeout' };
  if (outcome.kind === 'network') return { kind: 'network', status: null, code: null, detail: redactCredentials(outcome.detail ?? 'connection failed', sent) };
  // Genesys answers with an ErrorBody ({code, message}); the login host with an OAuth error ({error, error_description}).
  const body = (response?.data ?? {}) as Record<string, unknown>;
  // Redacted before the cut, so a credential cut in half cannot survive.
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? redactCredentials(v, sent).slice(0, 500) : null);
  return {
    kind: 'http',
    status: outcome.status,
    code: text(body.code) ?? text(body.error),
    detail: text(body.message) ?? text(body.error_description) ?? `HTTP ${outcome.status}`,
  };
}
