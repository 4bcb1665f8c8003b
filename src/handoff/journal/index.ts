import { PostgresJournal } from './postgres-journal';
import { SqliteJournal } from './sqlite-journal';
import type { AlertJournal } from './types';

export * from './types';

/**
 * The journal a `store` option names: `postgres://...` / `postgresql://...` (PostgreSQL, for a fleet),
 * `:memory:` (not durable), or a file path (embedded SQLite).
 */
export function openJournal(store: string): AlertJournal {
  if (/^postgres(ql)?:\/\//i.test(store)) return new PostgresJournal(store);
  return new SqliteJournal(store);
}
