/** When and how long to wait before sending a failed request again. */
export interface RetryPolicy {
  /** Requests sent at most per call, the first included. Default 5. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles each attempt, with jitter. Default 200 ms. */
  baseDelayMs: number;
  /** Cap on one backoff (not on a longer Retry-After, which is honoured up to `maxTotalMs`). Default 20 s. */
  maxDelayMs: number;
  /** No retry is scheduled if it would start later than this after the call began. Default 60 s. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 20_000,
  maxTotalMs: 60_000,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** What an attempt ended with, as far as retrying is concerned. */
export type AttemptOutcome = { kind: 'http'; status: number } | { kind: 'timeout' } | { kind: 'network' };

/**
 * Whether a failed attempt may be sent again. 429 means Genesys refused the request without acting on it,
 * so it is always retried. A 5xx, timeout or dropped connection may come after Genesys acted, so it is
 * retried only for idempotent methods, or for a POST whose caller declared a repeat harmless (`retrySafe`).
 */
export function isRetryable(outcome: AttemptOutcome, method: string, retrySafe: boolean): boolean {
  if (outcome.kind === 'http') {
    if (outcome.status === 429) return true;
    if (outcome.status < 500) return false;
  }
  return retrySafe || IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so retries spread out. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** A `Retry-After` header (delay-seconds or HTTP-date) in milliseconds; null if absent or unreadable. */
export function parseRetryAfterMs(header: unknown, now: number): number | null {
  if (typeof header !== 'string' || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
