import type { Pool, PoolClient } from 'pg';
import { requireOptional } from '../../optional-dependency';
import { MIGRATIONS, dialect } from './migrations';
import { SERVER_NOW, commitGroup, takeGroup, type AcceptResult, type GroupWrite } from './postgres-group-commit';
import { statusPageQuery, toEntry, toPage, type AlertRow } from './rows';
import type { AlertJournal, EntryUpdate, NewAlert, StatusPage, StatusQuery } from './types';

/** Any fixed number: the advisory lock that serializes migrations when several replicas start at once. */
const MIGRATION_LOCK = 7_246_011;

/**
 * A database that hangs is a database that failed. Connecting (TCP, TLS, start-up and authentication) or
 * waiting for a free pooled connection: at most CONNECT_TIMEOUT_MS. A statement: the server cancels it at
 * STATEMENT_TIMEOUT_MS, and if the server does not answer at all the client gives up at QUERY_TIMEOUT_MS
 * (and drops the connection). A transaction left idle is ended by the server at IDLE_IN_TRANSACTION_MS.
 */
export const PG_TIMEOUTS = { CONNECT_TIMEOUT_MS: 5_000, STATEMENT_TIMEOUT_MS: 4_000, QUERY_TIMEOUT_MS: 5_000, IDLE_IN_TRANSACTION_MS: 10_000 } as const;

/**
 * Whether the server refused the group for something one write may cause (SQLSTATE class 22 data exception,
 * 23 integrity constraint, 40 serialization failure or deadlock), not for being unreachable or slow: only
 * such a failure is worth retrying write by write.
 */
const isRetriedAlone = (err: unknown) => /^(22|23|40)/.test(sqlState(err));

/** The SQLSTATE of an error the server answered with; '' for a connection failure or a timeout. */
const sqlState = (err: unknown) => {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  return /^[0-9A-Z]{5}$/.test(code) ? code : '';
};

/** The error, with a timeout named as what it means. */
function explained(err: unknown): unknown {
  const text = err instanceof Error ? err.message : String(err);
  if (text === 'timeout expired' || /timeout exceeded when trying to connect|terminated due to connection timeout/i.test(text)) return new Error(`PostgreSQL did not accept a connection within ${PG_TIMEOUTS.CONNECT_TIMEOUT_MS} ms`);
  if (text === 'Query read timeout') return new Error(`PostgreSQL did not answer a statement within ${PG_TIMEOUTS.QUERY_TIMEOUT_MS} ms`);
  return err;
}

/** A write waiting for the next group commit. */
interface QueuedWrite {
  write: GroupWrite;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The journal in PostgreSQL, shared by any number of replicas: de-duplication is one atomic statement on
 * a primary key, and replicas claim due entries with `FOR UPDATE SKIP LOCKED` and a lease. Writes are
 * committed in groups, each by one statement (one round trip and one WAL flush instead of one per write);
 * each write still resolves only after its group's commit. Every time is the server's clock
 * (`clock_timestamp()`), so replicas whose clocks disagree still agree on de-duplication, leases and retries.
 */
export class PostgresJournal implements AlertJournal {
  readonly location: string;
  readonly durable = true;
  private readonly pool: Pool;
  private queued: QueuedWrite[] = [];
  private flushScheduled = false;
  private committing = false;

  constructor(url: string, poolSize = 10) {
    const parsed = new URL(url);
    // Never the user or password.
    this.location = `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    const pg = requireOptional<typeof import('pg')>('pg');
    this.pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      connectionTimeoutMillis: PG_TIMEOUTS.CONNECT_TIMEOUT_MS,
      query_timeout: PG_TIMEOUTS.QUERY_TIMEOUT_MS,
      statement_timeout: PG_TIMEOUTS.STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: PG_TIMEOUTS.IDLE_IN_TRANSACTION_MS,
      keepAlive: true,
    });
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

  accept(alert: NewAlert, owner: string, windowMs: number, leaseMs: number, startAttempt = false): Promise<AcceptResult> {
    return this.write({ kind: 'accept', alert, owner, windowMs, leaseMs, startAttempt }) as Promise<AcceptResult>;
  }

  async claim(trigger: string, owner: string, leaseMs: number, limit: number) {
    const { rows } = await this.pool.query<AlertRow & { journal_now: string }>(
      `WITH clock AS MATERIALIZED (SELECT ${SERVER_NOW} AS now)
       UPDATE handoff_alerts SET owner = $1, lease_until = clock.now + $2
       FROM clock
       WHERE row_id IN (SELECT row_id FROM handoff_alerts, clock
         WHERE trigger_name = $3 AND state = 'pending' AND next_attempt_at <= clock.now AND (owner IS NULL OR lease_until < clock.now)
         ORDER BY next_attempt_at LIMIT $4 FOR UPDATE OF handoff_alerts SKIP LOCKED)
       RETURNING handoff_alerts.*, clock.now AS journal_now`,
      [owner, leaseMs, trigger, limit],
    );
    return rows.map((row) => toEntry(row, row.journal_now));
  }

  beginAttempt(uid: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.write({ kind: 'begin', uid, owner, leaseMs }) as Promise<boolean>;
  }

  release(uid: string, owner: string, update: EntryUpdate): Promise<boolean> {
    return this.write({ kind: 'release', uid, owner, update }) as Promise<boolean>;
  }

  async status(trigger: string, query: StatusQuery): Promise<StatusPage> {
    const page = statusPageQuery(trigger, query, (i) => `$${i}`);
    const rows = await this.pool.query<AlertRow>(page.sql, page.values);
    const counts = await this.pool.query<{ state: string; n: string }>('SELECT state, COUNT(*) AS n FROM handoff_alerts WHERE trigger_name = $1 GROUP BY state', [trigger]);
    return toPage(rows.rows, query.limit, counts.rows);
  }

  async purge(olderThanMs: number) {
    return this.transaction(async (db) => {
      const before = `${SERVER_NOW} - $1::bigint`;
      await db.query(`DELETE FROM handoff_dedupe d WHERE accepted_at < ${before} AND NOT EXISTS (SELECT 1 FROM handoff_alerts a WHERE a.uid = d.uid AND a.state = 'pending')`, [olderThanMs]);
      return (await db.query(`DELETE FROM handoff_alerts WHERE accepted_at < ${before} AND state <> 'pending'`, [olderThanMs])).rowCount ?? 0;
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /** Queues `write` for the next group commit. */
  private write(write: GroupWrite): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queued.push({ write, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Flushes at the end of this turn of the event loop, unless a group commit is running: then the writes
   * queue up meanwhile and go together when it ends. One commit at a time makes fewer, larger statements
   * and needs one connection, not one per concurrent group (each a server process to start and to run).
   */
  private schedule(): void {
    if (this.flushScheduled || this.committing || !this.queued.length) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /**
   * Commits the queued writes together. If the server refuses it for what one write may cause, nothing of it is committed and each
   * write is committed on its own, so one failing write fails only its own caller. If the database failed
   * (unreachable, timed out), the group and every write queued behind it fail at once: none waits for
   * another timeout.
   */
  private async flush(): Promise<void> {
    const group = takeGroup(this.queued);
    this.committing = true;
    try {
      const results = await commitGroup(this.pool, group.map((q) => q.write));
      group.forEach((q, i) => q.resolve(results[i]));
    } catch (err) {
      if (!isRetriedAlone(err)) {
        for (const q of [...group, ...this.queued.splice(0)]) q.reject(explained(err));
        return;
      }
      for (const q of group) await commitGroup(this.pool, [q.write]).then(([result]) => q.resolve(result), q.reject);
    } finally {
      this.committing = false;
      this.schedule();
    }
  }

  private async transaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
    const db = await this.pool.connect().catch((err: unknown) => {
      throw explained(err);
    });
    try {
      await db.query('BEGIN');
      const result = await work(db);
      await db.query('COMMIT');
      db.release();
      return result;
    } catch (err) {
      // A connection whose server did not answer (no SQLSTATE) is dropped, not rolled back and reused.
      const answered = sqlState(err) !== '';
      if (answered) await db.query('ROLLBACK').catch(() => undefined);
      db.release(answered ? undefined : (err as Error));
      throw explained(err);
    }
  }
}
