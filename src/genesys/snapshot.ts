import type { JsonSchema, Misconception, Operation } from './types';
import data from './data/snapshot.json';

/** The embedded snapshot (src/genesys/data/snapshot.json, written by `npm run gen:genesys`). */
export interface Snapshot {
  source: Record<string, string>;
  operations: Operation[];
  definitions: Record<string, JsonSchema>;
  oauthScopes: string[];
  permissions: string[];
  misconceptions: Misconception[];
}

export const SNAPSHOT = data as unknown as Snapshot;
