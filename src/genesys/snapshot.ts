import type { Caveat, JsonSchema, Misconception, Operation, PropertyCondition, RemovedOperation } from './types';
import data from './data/snapshot.json';

/** The embedded snapshot (src/genesys/data/snapshot.json, written by `npm run gen:genesys`). */
export interface Snapshot {
  /** Repository, commit, `apiVersion` (e.g. `10706`), sha256 of the extract. */
  source: Record<string, string>;
  operations: Operation[];
  /** Operations removed from the Platform API, recognised before any template match. */
  removedOperations: RemovedOperation[];
  definitions: Record<string, JsonSchema>;
  oauthScopes: string[];
  permissions: string[];
  misconceptions: Misconception[];
  conditions: PropertyCondition[];
  caveats: Caveat[];
}

export const SNAPSHOT = data as unknown as Snapshot;
