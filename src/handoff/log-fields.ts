import type { AlertError } from './journal';

/** Longest id (alert, conversation, path) written to a log line; longer ones are cut with a marker. */
const LOGGED_ID_CHARS = 64;

/** An id as written to logs: at most LOGGED_ID_CHARS characters. */
export function shortId<T extends string | null>(id: T): T {
  return (id !== null && id.length > LOGGED_ID_CHARS ? `${id.slice(0, LOGGED_ID_CHARS)}…(${id.length} chars)` : id) as T;
}

/** A failure as written to logs: its path (which holds the conversation id) shortened. */
export function loggedError(error: AlertError | null): AlertError | null {
  return error && { ...error, ...(error.path === undefined ? {} : { path: shortId(error.path) }) };
}
