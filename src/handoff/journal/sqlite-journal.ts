import { stat, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { requireOptional } from '../../optional-dependency';
import { MIGRATIONS, dialect } from './migrations';
import { MonotonicClock } from './monotonic-clock';
import { INSERT_COLUMNS, insertRow, statusPageQuery, toEntry, toPage, updateSets, type AlertRow } from './rows';
import type { AlertJournal, AlertState, EntryUpdate, NewAlert, StatusPage, StatusQuery } from './types';

/**
 * The embedded journal: SQLite in a file (WAL, `synchronous=FULL`: a commit is fsync'd before it
 * returns), or `:memory:` (nothing durable). The file is locked to this process (`locking_mode=EXCLUSIVE`),
 * so on open every claim left by a previous run of this process is released at once. Its clock is this
 * process's, advanced by the monotonic clock (see MonotonicClock).
 *
 * better-sqlite3 is synchronous; writes issued in the same turn of the event loop are committed together
 * in one transaction (one fsync), which is what keeps the durable path close to the in-memory one.
 */
/** How often the journal file's identity is checked. */
const WATCH_MS = 1_000;

export class SqliteJournal implements AlertJournal {
  readonly location: string;
  readonly durable: boolean;
  private db: Database.Database | null = null;
  private clock = new MonotonicClock(0);
  private lost: Error | null = null;
  private lostListeners: ((error: Error) => void)[] = [];
  private watch: NodeJS.Timeout | null = null;
  private readonly statements = new Map<string, Database.Statement>();
  private batch: { run: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];

  constructor(private readonly file: string) {
    this.durable = file !== ':memory:';
    this.location = this.durable ? `SQLite file ${file}` : 'in memory (not durable)';
  }

  async open(): Promise<void> {
    const SqliteDatabase = requireOptional<typeof Database>('better-sqlite3');
    const db = new SqliteDatabase(this.file);
    if (this.file !== ':memory:') {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.exec('CREATE TABLE IF NOT EXISTS handoff_schema (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    const applied = new Set(db.prepare('SELECT version FROM handoff_schema').pluck().all() as number[]);
    for (const migration of MIGRATIONS.filter((m) => !applied.has(m.version))) {
      db.transaction(() => {
        for (const sql of migration.statements) db.exec(dialect(sql, { serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', bigint: 'INTEGER' }));
        db.prepare('INSERT INTO handoff_schema (version, applied_at) VALUES (?, ?)').run(migration.version, Date.now());
      })();
    }
    db.prepare('UPDATE handoff_alerts SET owner = NULL, lease_until = NULL WHERE owner IS NOT NULL').run();
    const latest = db.prepare('SELECT MAX(MAX(COALESCE(finished_at, 0)), MAX(accepted_at)) FROM handoff_alerts').pluck().get() as number | null;
    this.clock = new MonotonicClock(latest ?? 0);
    this.db = db;
    if (this.durable) this.watchFile();
  }

  onLost(listener: (error: Error) => void): void {
    this.lostListeners.push(listener);
  }

  /**
   * Checks every WATCH_MS that the path still names the file this journal opened. A file deleted or
   * replaced under a running service (a temp cleaner, a redeployed volume) would otherwise go on taking
   * writes that no restart will see.
   */
  private watchFile(): void {
    const opened = statSync(this.file);
    this.watch = setInterval(() => {
      stat(this.file, (err, now) => {
        if (this.lost || !this.db) return;
        if (!err && now.ino === opened.ino && now.dev === opened.dev) return;
        const why = err ? ((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'was deleted' : `cannot be checked (${(err as NodeJS.ErrnoException).code})`) : 'was replaced by another file';
        this.lost = new Error(`the journal file ${this.file} ${why} while in use; accepted alerts can no longer be recorded`);
        for (const listener of this.lostListeners) listener(this.lost);
      });
    }, WATCH_MS);
    this.watch.unref();
  }

  clockDriftMs(): number {
    return this.clock.driftMs();
  }

  accept(alert: NewAlert, owner: string, windowMs: number, leaseMs: number, startAttempt = false) {
    return this.write(() => {
      const now = this.clock.now();
      const claimed = this.sql(
          `INSERT INTO handoff_dedupe (dedupe_key, uid, accepted_at) VALUES (?, ?, ?)
           ON CONFLICT (dedupe_key) DO UPDATE SET uid = excluded.uid, accepted_at = excluded.accepted_at
           WHERE handoff_dedupe.accepted_at <= ? AND NOT EXISTS
             (SELECT 1 FROM handoff_alerts a WHERE a.uid = handoff_dedupe.uid AND a.state = 'pending')
           RETURNING uid`,
        ).get(alert.dedupeKey, alert.uid, now, now - windowMs);
      if (!claimed) {
        const state = this.sql('SELECT a.state FROM handoff_dedupe d JOIN handoff_alerts a ON a.uid = d.uid WHERE d.dedupe_key = ?')
          .pluck()
          .get(alert.dedupeKey) as AlertState | undefined;
        return { duplicateOf: state ?? 'pending' };
      }
      const row = insertRow(alert, owner, now, leaseMs, startAttempt);
      const inserted = this.sql(`INSERT INTO handoff_alerts (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')}) RETURNING *`)
        .get(...INSERT_COLUMNS.map((c) => row[c])) as AlertRow;
      return { entry: toEntry(inserted, now) };
    });
  }

  claim(trigger: string, owner: string, leaseMs: number, limit: number) {
    return this.write(() => {
      const now = this.clock.now();
      return (
        this.sql(
            `UPDATE handoff_alerts SET owner = ?, lease_until = ?
             WHERE row_id IN (SELECT row_id FROM handoff_alerts
               WHERE trigger_name = ? AND state = 'pending' AND next_attempt_at <= ? AND (owner IS NULL OR lease_until < ?)
               ORDER BY next_attempt_at LIMIT ?)
             RETURNING *`,
          )
          .all(owner, now + leaseMs, trigger, now, now, limit) as AlertRow[]
      ).map((row) => toEntry(row, now));
    });
  }

  beginAttempt(uid: string, owner: string, leaseMs: number) {
    return this.write(() => {
      const now = this.clock.now();
      return this.sql(`UPDATE handoff_alerts SET attempts = attempts + 1, in_flight_since = ?, lease_until = ? WHERE uid = ? AND owner = ? AND state = 'pending'`)
        .run(now, now + leaseMs, uid, owner).changes === 1;
    });
  }

  release(uid: string, owner: string, update: EntryUpdate) {
    return this.write(() => {
      const { sets, values } = updateSets(update, this.clock.now(), '?');
      return this.sql(`UPDATE handoff_alerts SET ${sets.join(', ')} WHERE uid = ? AND owner = ?`).run(...values, uid, owner).changes === 1;
    });
  }

  async status(trigger: string, query: StatusQuery): Promise<StatusPage> {
    const page = statusPageQuery(trigger, query, '?');
    const rows = this.sql(page.sql).all(...page.values) as AlertRow[];
    const counts = this.sql('SELECT state, COUNT(*) AS n FROM handoff_alerts WHERE trigger_name = ? GROUP BY state').all(trigger) as { state: string; n: number }[];
    return toPage(rows, query.limit, counts);
  }

  purge(olderThanMs: number) {
    return this.write(() => {
      const before = this.clock.now() - olderThanMs;
      this.sql(`DELETE FROM handoff_dedupe WHERE accepted_at < ? AND uid NOT IN (SELECT uid FROM handoff_alerts WHERE state = 'pending')`).run(before);
      return this.sql(`DELETE FROM handoff_alerts WHERE accepted_at < ? AND state <> 'pending'`).run(before).changes;
    });
  }

  async close(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    this.flush();
    this.statements.clear();
    this.db?.close();
    this.db = null;
  }

  /** The prepared statement of `sql` (compiled once). */
  private sql(sql: string): Database.Statement {
    if (this.lost) throw this.lost;
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.open_().prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private open_(): Database.Database {
    if (this.lost) throw this.lost;
    if (!this.db) throw new Error('the alert journal is not open');
    return this.db;
  }

  /** Queues `run` for the next group commit. */
  private write<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.batch.length === 0) setImmediate(() => this.flush());
      this.batch.push({ run, resolve: resolve as (v: unknown) => void, reject });
    });
  }

  private flush(): void {
    const batch = this.batch.splice(0);
    if (!batch.length) return;
    const results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      // Each write runs in a savepoint, so one failing write does not undo the others.
      this.open_().transaction(() => {
        for (const item of batch) {
          try {
            results.push({ ok: true, value: this.open_().transaction(item.run)() });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const result = results[i];
      if (result.ok) item.resolve(result.value);
      else item.reject(result.error);
    });
  }
}
