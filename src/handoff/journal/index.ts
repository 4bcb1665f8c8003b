import { PostgresJournal } from './postgres-journal';
import { SqliteJournal } from './sqlite-journal';
import type { AlertJournal } from './types';

export * from './types';

/**
 * The journal a `store` option names: `postgres://...` / `postgresql://...` (PostgreSQL, for a fleet),
 * `:memory:` (not durable), or a file path (embedded SQLite).
 */
export function openJournal(store: string): AlertJournal {
  return storeDriver(store) === 'pg' ? new PostgresJournal(store) : new SqliteJournal(store);
}

/** The npm package (an optional peer dependency) the journal a `store` option names runs on. */
export function storeDriver(store: string): 'pg' | 'better-sqlite3' {
  return /^postgres(ql)?:\/\//i.test(store) ? 'pg' : 'better-sqlite3';
}
