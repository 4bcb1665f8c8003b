import { Pool, type PoolClient } from 'pg';
import { MIGRATIONS, dialect } from './migrations';
import { INSERT_COLUMNS, insertValues, statusPageQuery, toEntry, toPage, updateSets, type AlertRow } from './rows';
import type { AlertJournal, AlertState, EntryUpdate, NewAlert, StatusPage, StatusQuery } from './types';

/** Any fixed number: the advisory lock that serializes migrations when several replicas start at once. */
const MIGRATION_LOCK = 7_246_011;

/** A write waiting for the next group commit. */
interface QueuedWrite {
  run: (db: PoolClient) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The journal in PostgreSQL, shared by any number of replicas: de-duplication is one atomic statement on
 * a primary key, and replicas claim due entries with `FOR UPDATE SKIP LOCKED` and a lease. Writes issued
 * in the same turn of the event loop are committed in one transaction (one WAL flush instead of one per
 * write); each still resolves only after that commit.
 */
export class PostgresJournal implements AlertJournal {
  readonly location: string;
  readonly durable = true;
  private readonly pool: Pool;
  private queued: QueuedWrite[] = [];

  constructor(url: string, poolSize = 10) {
    const parsed = new URL(url);
    // Never the user or password.
    this.location = `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    this.pool = new Pool({ connectionString: url, max: poolSize });
    // An idle connection that breaks is replaced; the next query reports the problem.
    this.pool.on('error', () => undefined);
  }

  async open(): Promise<void> {
    await this.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await db.query('CREATE TABLE IF NOT EXISTS handoff_schema (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const applied = new Set((await db.query<{ version: number }>('SELECT version FROM handoff_schema')).rows.map((r) => r.version));
      for (const migration of MIGRATIONS.filter((m) => !applied.has(m.version))) {
        for (const sql of migration.statements) await db.query(dialect(sql, { serial: 'BIGSERIAL PRIMARY KEY', bigint: 'BIGINT' }));
        await db.query('INSERT INTO handoff_schema (version, applied_at) VALUES ($1, $2)', [migration.version, Date.now()]);
      }
    });
  }

  async accept(alert: NewAlert, owner: string, now: number, windowMs: number, leaseMs: number) {
    const columns = INSERT_COLUMNS.filter((c) => c !== 'uid');
    const values = insertValues(alert, owner, now, leaseMs).slice(1);
    // One statement: the de-duplication key and the alert are committed together or not at all.
    const inserted = await this.write((db) => db.query<AlertRow>(
      `WITH claimed AS (
         INSERT INTO handoff_dedupe (dedupe_key, uid, accepted_at) VALUES ($1, $2, $3)
         ON CONFLICT (dedupe_key) DO UPDATE SET uid = excluded.uid, accepted_at = excluded.accepted_at
         WHERE handoff_dedupe.accepted_at <= $4 AND NOT EXISTS
           (SELECT 1 FROM handoff_alerts a WHERE a.uid = handoff_dedupe.uid AND a.state = 'pending')
         RETURNING uid)
       INSERT INTO handoff_alerts (uid, ${columns.join(', ')})
       SELECT uid, ${columns.map((_, i) => `$${i + 5}`).join(', ')} FROM claimed RETURNING *`,
      [alert.dedupeKey, alert.uid, now, now - windowMs, ...values],
    ));
    if (inserted.rows.length) return { entry: toEntry(inserted.rows[0]) };
    const existing = await this.pool.query<{ state: AlertState }>(
      'SELECT a.state FROM handoff_dedupe d JOIN handoff_alerts a ON a.uid = d.uid WHERE d.dedupe_key = $1',
      [alert.dedupeKey],
    );
    return { duplicateOf: existing.rows[0]?.state ?? 'pending' };
  }

  async claim(trigger: string, owner: string, now: number, leaseMs: number, limit: number) {
    const { rows } = await this.pool.query<AlertRow>(
      `UPDATE handoff_alerts SET owner = $1, lease_until = $2
       WHERE row_id IN (SELECT row_id FROM handoff_alerts
         WHERE trigger_name = $3 AND state = 'pending' AND next_attempt_at <= $4 AND (owner IS NULL OR lease_until < $4)
         ORDER BY next_attempt_at LIMIT $5 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, now + leaseMs, trigger, now, limit],
    );
    return rows.map(toEntry);
  }

  async beginAttempt(uid: string, owner: string, now: number, leaseMs: number) {
    const res = await this.write((db) => db.query(
      `UPDATE handoff_alerts SET attempts = attempts + 1, in_flight_since = $1, lease_until = $2 WHERE uid = $3 AND owner = $4 AND state = 'pending'`,
      [now, now + leaseMs, uid, owner],
    ));
    return res.rowCount === 1;
  }

  async release(uid: string, owner: string, now: number, update: EntryUpdate) {
    const { sets, values } = updateSets(update, now, (i) => `$${i}`);
    const res = await this.write((db) => db.query(`UPDATE handoff_alerts SET ${sets.join(', ')} WHERE uid = $${values.length + 1} AND owner = $${values.length + 2}`, [
      ...values,
      uid,
      owner,
    ]));
    return res.rowCount === 1;
  }

  async status(trigger: string, query: StatusQuery): Promise<StatusPage> {
    const page = statusPageQuery(trigger, query, (i) => `$${i}`);
    const rows = await this.pool.query<AlertRow>(page.sql, page.values);
    const counts = await this.pool.query<{ state: string; n: string }>('SELECT state, COUNT(*) AS n FROM handoff_alerts WHERE trigger_name = $1 GROUP BY state', [trigger]);
    return toPage(rows.rows, query.limit, counts.rows);
  }

  async purge(before: number) {
    return this.transaction(async (db) => {
      await db.query(`DELETE FROM handoff_dedupe d WHERE accepted_at < $1 AND NOT EXISTS (SELECT 1 FROM handoff_alerts a WHERE a.uid = d.uid AND a.state = 'pending')`, [before]);
      return (await db.query(`DELETE FROM handoff_alerts WHERE accepted_at < $1 AND state <> 'pending'`, [before])).rowCount ?? 0;
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /** Queues `run` for the group commit of this turn of the event loop. */
  private write<T>(run: (db: PoolClient) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queued.push({ run, resolve: resolve as (value: unknown) => void, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  /**
   * Runs the queued writes in one transaction. If any fails, the transaction is rolled back and each write
   * runs again in a transaction of its own, so one failing write fails only its own caller.
   */
  private async flush(): Promise<void> {
    const writes = this.queued;
    this.queued = [];
    try {
      const results = await this.transaction(async (db) => {
        const out: unknown[] = [];
        for (const w of writes) out.push(await w.run(db));
        return out;
      });
      writes.forEach((w, i) => w.resolve(results[i]));
    } catch {
      for (const w of writes) await this.transaction(w.run).then(w.resolve, w.reject);
    }
  }

  private async transaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
    const db = await this.pool.connect();
    try {
      await db.query('BEGIN');
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (err) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      db.release();
    }
  }
}
