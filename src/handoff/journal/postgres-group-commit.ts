import type { Pool } from 'pg';
import { INSERT_COLUMNS, RELEASE_COLUMNS, TIME_COLUMNS, insertRow, releaseColumns, toEntry, type AlertRow } from './rows';
import type { AlertState, EntryUpdate, JournalEntry, NewAlert } from './types';

/** The journal writes that a group commit carries. */
export type GroupWrite =
  | { kind: 'accept'; alert: NewAlert; owner: string; windowMs: number; leaseMs: number; startAttempt: boolean }
  | { kind: 'begin'; uid: string; owner: string; leaseMs: number }
  | { kind: 'release'; uid: string; owner: string; update: EntryUpdate };

/** The server's clock in epoch ms: every replica's times come from it, never from the replica's own clock. */
export const SERVER_NOW = `(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;

/** A column of the row `t` built by `insertRow`/`releaseColumns` with now = 0: times are offsets from the server's clock. */
const onServerClock = (t: string, column: string) => (TIME_COLUMNS.has(column) ? `${t}.${column} + clock.now` : `${t}.${column}`);

export type AcceptResult = { entry: JournalEntry } | { duplicateOf: AlertState };

/**
 * Every write of a group in one statement, so a group costs one round trip and one commit whatever its
 * size: $1 the accepts, $2 the attempt starts, $3 the releases, each an array of JSON objects keyed by
 * column (typed by `jsonb_populate_record` against the table). `unnest` of an array lets the planner
 * expect a handful of rows and look each alert up by its unique `uid` (a set-returning function such as
 * `jsonb_to_recordset` is assumed to return 100 and gets a sequential scan). The data-modifying CTEs all
 * run (once each) and share one snapshot, so a group never holds two writes of the same alert or of the
 * same de-duplication key (see `takeGroup`). A duplicate's state is read from that snapshot; when the entry
 * it collides with was committed after the snapshot was taken, it is not there and the duplicate is
 * reported `pending` (it was just accepted). Times are the server's clock, read once for the statement.
 */
const GROUP_SQL = `WITH clock AS MATERIALIZED (SELECT ${SERVER_NOW} AS now), acc AS (
    SELECT e->>'dedupe_key' AS dedupe_key, clock.now - (e->>'window_ms')::bigint AS since,
      ${INSERT_COLUMNS.map((c) => `${onServerClock('t', c)} AS ${c}`).join(', ')}
    FROM unnest($1::jsonb[]) AS e, jsonb_populate_record(NULL::handoff_alerts, e) AS t, clock
  ), claimed AS (
    INSERT INTO handoff_dedupe (dedupe_key, uid, accepted_at) SELECT dedupe_key, uid, accepted_at FROM acc
    ON CONFLICT (dedupe_key) DO UPDATE SET uid = excluded.uid, accepted_at = excluded.accepted_at
    WHERE handoff_dedupe.accepted_at <= (SELECT since FROM acc WHERE acc.uid = excluded.uid) AND NOT EXISTS
      (SELECT 1 FROM handoff_alerts a WHERE a.uid = handoff_dedupe.uid AND a.state = 'pending')
    RETURNING uid
  ), inserted AS (
    INSERT INTO handoff_alerts (${INSERT_COLUMNS.join(', ')})
    SELECT ${INSERT_COLUMNS.join(', ')} FROM acc WHERE uid IN (SELECT uid FROM claimed)
    RETURNING *
  ), began AS (
    UPDATE handoff_alerts a SET attempts = a.attempts + 1, in_flight_since = clock.now, lease_until = clock.now + (e->>'lease_ms')::bigint
    FROM unnest($2::jsonb[]) AS e, jsonb_populate_record(NULL::handoff_alerts, e) AS b, clock
    WHERE a.uid = b.uid AND a.owner = b.owner AND a.state = 'pending'
    RETURNING a.uid
  ), released AS (
    UPDATE handoff_alerts a SET ${RELEASE_COLUMNS.map((c) => `${c} = CASE WHEN e ? '${c}' THEN ${onServerClock('r', c)} ELSE a.${c} END`).join(', ')},
      owner = NULL, lease_until = NULL
    FROM unnest($3::jsonb[]) AS e, jsonb_populate_record(NULL::handoff_alerts, e) AS r, clock
    WHERE a.uid = r.uid AND a.owner = r.owner
    RETURNING a.uid
  )
  SELECT 'accepted' AS kind, uid, row_to_json(inserted)::text AS detail FROM inserted
  UNION ALL
  SELECT 'duplicate', acc.uid, x.state FROM acc
    LEFT JOIN handoff_dedupe d ON d.dedupe_key = acc.dedupe_key LEFT JOIN handoff_alerts x ON x.uid = d.uid
    WHERE acc.uid NOT IN (SELECT uid FROM claimed)
  UNION ALL
  SELECT 'began', uid, NULL FROM began
  UNION ALL
  SELECT 'released', uid, NULL FROM released`;

/**
 * Takes from `queue` (in place) the writes that can share a statement: all but a second write of the same
 * alert or de-duplication key, which stays queued for the next group (and then waits behind the first's
 * row lock). One alert's writes are issued one after another, so in practice only a duplicate delivery
 * arriving in the same turn as the first waits.
 */
export function takeGroup<T extends { write: GroupWrite }>(queue: T[]): T[] {
  const group: T[] = [];
  const later: T[] = [];
  const seen = new Set<string>();
  for (const item of queue) {
    const w = item.write;
    const keys = w.kind === 'accept' ? [`uid:${w.alert.uid}`, `key:${w.alert.dedupeKey}`] : [`uid:${w.uid}`];
    if (keys.some((k) => seen.has(k))) {
      later.push(item);
    } else {
      group.push(item);
      for (const k of keys) seen.add(k);
    }
  }
  queue.splice(0, queue.length, ...later);
  return group;
}

/** Runs `writes` as one statement (one implicit transaction) and returns each write's result, in order. */
export async function commitGroup(pool: Pool, writes: readonly GroupWrite[]): Promise<(AcceptResult | boolean)[]> {
  const accepts: string[] = [];
  const begins: string[] = [];
  const releases: string[] = [];
  for (const w of writes) {
    // Times as offsets (now = 0): the statement adds the server's clock.
    if (w.kind === 'accept') accepts.push(JSON.stringify({ ...insertRow(w.alert, w.owner, 0, w.leaseMs, w.startAttempt), dedupe_key: w.alert.dedupeKey, window_ms: w.windowMs }));
    else if (w.kind === 'begin') begins.push(JSON.stringify({ uid: w.uid, owner: w.owner, lease_ms: w.leaseMs }));
    else releases.push(JSON.stringify({ uid: w.uid, owner: w.owner, ...releaseColumns(w.update, 0) }));
  }
  // A named statement is parsed once per connection.
  const { rows } = await pool.query<{ kind: string; uid: string; detail: string | null }>({
    name: 'handoff-group-commit',
    text: GROUP_SQL,
    values: [accepts, begins, releases],
  });
  const byKind = new Map(rows.map((r) => [`${r.kind}:${r.uid}`, r.detail]));
  return writes.map((w) => {
    if (w.kind === 'begin') return byKind.has(`began:${w.uid}`);
    if (w.kind === 'release') return byKind.has(`released:${w.uid}`);
    const row = byKind.get(`accepted:${w.alert.uid}`);
    if (row) {
      const inserted = JSON.parse(row) as AlertRow;
      return { entry: toEntry(inserted, inserted.accepted_at) };
    }
    return { duplicateOf: (byKind.get(`duplicate:${w.alert.uid}`) ?? 'pending') as AlertState };
  });
}
