import type { AlertRecord, AlertState, EntryUpdate, JournalEntry, NewAlert, StatusPage, StatusQuery } from './types';
import { ALERT_STATES } from './types';
import { unstorableCharacter } from './storable-text';

/** The columns of `handoff_alerts`, the same in SQLite and PostgreSQL (times are epoch milliseconds). */
export interface AlertRow {
  row_id: number | string;
  uid: string;
  trigger_name: string;
  alert_id: string;
  cycle_key: string | null;
  transition: string;
  priority: number;
  operation_id: string;
  conversation_id: string | null;
  call_json: string;
  external_tag: string | null;
  state: AlertState;
  attempts: number;
  last_error_json: string | null;
  result_id: string | null;
  accepted_at: number | string;
  finished_at: number | string | null;
  next_attempt_at: number | string | null;
  in_flight_since: number | string | null;
}

/** Status answers show at most this many characters of an id, so a page stays small whatever was posted. */
const SHOWN_ID_CHARS = 256;

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
const shown = (id: string | null) => (id !== null && id.length > SHOWN_ID_CHARS ? `${id.slice(0, SHOWN_ID_CHARS)}…` : id);

/** The entry of `row`, read when the journal's clock said `now`. */
export function toEntry(row: AlertRow, now: number | string): JournalEntry {
  return {
    uid: row.uid,
    ageMs: Number(now) - Number(row.accepted_at),
    call: JSON.parse(row.call_json) as JournalEntry['call'],
    externalTag: row.external_tag,
    inFlightSince: row.in_flight_since === null ? null : Number(row.in_flight_since),
    ...toRecord(row, false),
  };
}

export function toRecord(row: AlertRow, forDisplay = true): AlertRecord {
  const id = forDisplay ? shown : (x: string | null) => x;
  return {
    alertId: id(row.alert_id) as string,
    cycleKey: id(row.cycle_key),
    transition: row.transition,
    priority: Number(row.priority),
    operationId: row.operation_id,
    conversationId: id(row.conversation_id),
    state: row.state,
    attempts: Number(row.attempts),
    lastError: row.last_error_json === null ? null : (JSON.parse(row.last_error_json) as AlertRecord['lastError']),
    nextRetryAt: row.state === 'pending' ? iso(row.next_attempt_at) : null,
    resultId: row.result_id,
    acceptedAt: iso(row.accepted_at) as string,
    finishedAt: iso(row.finished_at),
  };
}

/** A status page from rows fetched with one extra row (which only says whether there is a next page). */
export function toPage(rows: AlertRow[], limit: number, countRows: { state: string; n: number | string }[]): StatusPage {
  const counts = Object.fromEntries(ALERT_STATES.map((s) => [s, 0])) as StatusPage['counts'];
  for (const { state, n } of countRows) if (state in counts) counts[state as AlertState] = Number(n);
  const page = rows.slice(0, limit);
  return { counts, alerts: page.map((r) => toRecord(r)), next: rows.length > limit ? Number(page[page.length - 1].row_id) : null };
}

/** Columns set when an alert is accepted, in insert order. */
export const INSERT_COLUMNS = [
  'uid', 'trigger_name', 'alert_id', 'cycle_key', 'transition', 'priority', 'operation_id', 'conversation_id',
  'call_json', 'external_tag', 'state', 'attempts', 'accepted_at', 'next_attempt_at', 'owner', 'lease_until', 'in_flight_since',
] as const;
export type InsertColumn = (typeof INSERT_COLUMNS)[number];

/**
 * The accepted alert's row: pending, claimed by `owner` for `leaseMs`, due at once; with `startAttempt`, its
 * first attempt on the wire. `now` is the journal's clock; with 0, the times are offsets from the clock
 * that the statement adds (PostgreSQL: its server's clock, see TIME_COLUMNS).
 */
export function insertRow(alert: NewAlert, owner: string, now: number, leaseMs: number, startAttempt: boolean): Record<InsertColumn, unknown> {
  for (const field of ['alertId', 'cycleKey', 'transition', 'conversationId', 'trigger', 'operationId', 'externalTag'] as const) {
    const bad = alert[field] === null ? null : unstorableCharacter(alert[field]);
    if (bad) throw new TypeError(`the alert's ${field} holds ${bad}, which the journal cannot store`);
  }
  return {
    uid: alert.uid, trigger_name: alert.trigger, alert_id: alert.alertId, cycle_key: alert.cycleKey, transition: alert.transition,
    priority: alert.priority, operation_id: alert.operationId, conversation_id: alert.conversationId, call_json: JSON.stringify(alert.call),
    external_tag: alert.externalTag, state: 'pending', attempts: startAttempt ? 1 : 0, accepted_at: now, next_attempt_at: now, owner,
    lease_until: now + leaseMs, in_flight_since: startAttempt ? now : null,
  };
}

/** The columns that hold times (epoch ms of the journal's clock). */
export const TIME_COLUMNS: ReadonlySet<string> = new Set(['accepted_at', 'finished_at', 'next_attempt_at', 'in_flight_since', 'lease_until']);

/** Columns an attempt's end may change (the claim columns are always cleared besides). */
export const RELEASE_COLUMNS = ['state', 'finished_at', 'last_error_json', 'result_id', 'next_attempt_at', 'in_flight_since'] as const;
export type ReleaseColumn = (typeof RELEASE_COLUMNS)[number];

/** The columns `update` changes, with their new values (times from `now`, as in `insertRow`); those it leaves out stay as they are. */
export function releaseColumns(update: EntryUpdate, now: number): Partial<Record<ReleaseColumn, unknown>> {
  const set: Partial<Record<ReleaseColumn, unknown>> = {};
  if (update.state !== undefined) {
    set.state = update.state;
    set.finished_at = update.state === 'pending' ? null : now;
  }
  if (update.lastError !== undefined) set.last_error_json = update.lastError === null ? null : JSON.stringify(update.lastError);
  // An id Genesys returned that cannot be stored is left out; the outcome is still recorded.
  if (update.resultId !== undefined) set.result_id = update.resultId !== null && unstorableCharacter(update.resultId) ? null : update.resultId;
  if (update.retryInMs !== undefined) set.next_attempt_at = update.retryInMs === null ? null : now + update.retryInMs;
  if (update.settled) set.in_flight_since = null;
  return set;
}

/** How a dialect writes a placeholder: SQLite's `?`, or PostgreSQL's `$i` for the i-th (1-based) value. */
type Placeholder = string | ((i: number) => string);

/** Collects bound values; `bind(value)` returns the placeholder that stands for it in the SQL. */
function binder(param: Placeholder): { values: unknown[]; bind: (value: unknown) => string } {
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return typeof param === 'string' ? param : param(values.length);
  };
  return { values, bind };
}

/** SET clauses for `update`, releasing the claim. */
export function updateSets(update: EntryUpdate, now: number, param: Placeholder): { sets: string[]; values: unknown[] } {
  const { values, bind } = binder(param);
  const sets = Object.entries(releaseColumns(update, now)).map(([column, value]) => `${column} = ${bind(value)}`);
  sets.push('owner = NULL', 'lease_until = NULL');
  return { sets, values };
}

/** The query of one status page of `trigger`, fetching one row past `limit` (which only says whether there is a next page). */
export function statusPageQuery(trigger: string, query: StatusQuery, param: Placeholder): { sql: string; values: unknown[] } {
  const { values, bind } = binder(param);
  const where = [`trigger_name = ${bind(trigger)}`, `row_id > ${bind(query.after ?? 0)}`];
  if (query.alertId !== undefined) where.push(`alert_id = ${bind(query.alertId)}`);
  if (query.state !== undefined) where.push(`state = ${bind(query.state)}`);
  return { sql: `SELECT * FROM handoff_alerts WHERE ${where.join(' AND ')} ORDER BY row_id LIMIT ${bind(query.limit + 1)}`, values };
}
