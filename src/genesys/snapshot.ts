import { openSync, readFileSync, readSync } from 'fs';
import { join } from 'path';
import { ID_BUCKETS, idBucket } from './id-buckets';
import type { LoadRoute, RouteJson } from './routes';
import type { Caveat, JsonSchema, Misconception, Operation, PropertyCondition, RemovedOperation, UndocumentedOperation, UndocumentedProperty } from './types';

/**
 * The embedded snapshot (src/genesys/data/, written by `npm run gen:genesys`; the build copies it byte for
 * byte into lib/genesys/data/). `snapshot.json` is this index, parsed at load; the rest are records, one
 * JSON line each in `snapshot-records.jsonl`, read and parsed on first use: the operations, the definitions,
 * each API area's path trie and the operationId buckets. A Terraform provider start checks a few payloads:
 * parsing all 2 MB for them cost it about 80 ms, and parsing the whole trie and id list about 20 ms more.
 */
export interface SnapshotIndex {
  /** Repository, commit, `apiVersion` (e.g. `10706`), sha256 of the extract. */
  source: Record<string, string>;
  /** Records 0 to `operationCount - 1` are the operations. */
  operationCount: number;
  /** The operations' path templates down to the API areas, each stored apart; the leaves give operation indexes. */
  routes: RouteJson;
  /** Operations removed from the Platform API, recognised before any template match. */
  removedOperations: RemovedOperation[];
  /** Their path templates; the leaves give indexes into `removedOperations`. */
  removedRoutes: RouteJson;
  /** Calls outside the definition that Genesys's own code makes, recognised before any template match. */
  undocumentedOperations: UndocumentedOperation[];
  /** Their path templates; the leaves give indexes into `undocumentedOperations`. */
  undocumentedRoutes: RouteJson;
  /** Properties outside their definition that Genesys's own code sends. */
  undocumentedProperties: UndocumentedProperty[];
  /** Required properties that Genesys's own code omits. */
  omittedRequired: UndocumentedProperty[];
  /** The length of the longest path template, current or removed. */
  longestPath: number;
  /** The record of the first of ID_BUCKETS consecutive operationId buckets (id-buckets.ts). */
  idBuckets: number;
  /** Record `operationCount + j` is the definition `definitionNames[j]`. */
  definitionNames: string[];
  /** Byte offset of each record in snapshot-records.jsonl, then the file's length. */
  records: number[];
  oauthScopes: string[];
  permissions: string[];
  misconceptions: Misconception[];
  conditions: PropertyCondition[];
  caveats: Caveat[];
}

// Through the parent folder: besides src/genesys/ and lib/genesys/, this module also runs bundled into
// lib/provider/data-sources.js (the provider's lazily loaded checks), which sits one level below lib/ too.
const DATA = join(__dirname, '..', 'genesys', 'data');
const RECORDS = join(DATA, 'snapshot-records.jsonl');

export const SNAPSHOT = JSON.parse(readFileSync(join(DATA, 'snapshot.json'), 'utf8')) as SnapshotIndex;

const operations: (Operation | undefined)[] = new Array(SNAPSHOT.operationCount);
let all: readonly Operation[] | undefined;
const definitions = new Map<string, JsonSchema>();
let definitionIndex: Map<string, number> | undefined;
/** operationId buckets by record. */
const buckets = new Map<number, Record<string, number>>();
let ids: readonly string[] | undefined;
let recordsFd: number | undefined;

/** Records `first` to `first + count - 1`, parsed; one read, of their bytes only. */
function readRecords(first: number, count: number): unknown[] {
  const start = SNAPSHOT.records[first];
  const bytes = Buffer.allocUnsafe(SNAPSHOT.records[first + count] - start);
  // Kept open for the life of the process, like any file a program keeps reading from.
  recordsFd ??= openSync(RECORDS, 'r');
  for (let done = 0; done < bytes.length; ) {
    const read = readSync(recordsFd, bytes, done, bytes.length - done, start + done);
    if (read === 0) break;
    done += read;
  }
  const out: unknown[] = [];
  for (let i = first; i < first + count; i += 1) {
    const text = bytes.toString('utf8', SNAPSHOT.records[i] - start, SNAPSHOT.records[i + 1] - start);
    try {
      out.push(JSON.parse(text));
    } catch {
      throw stale(`record ${i} is not JSON`);
    }
  }
  return out;
}

function stale(problem: string): Error {
  return new Error(`${RECORDS} does not match snapshot.json beside it (${problem}); regenerate both with \`npm run gen:genesys\` and rebuild`);
}

function checked(operation: Operation, index: number): Operation {
  if (typeof operation?.operationId !== 'string') throw stale(`record ${index} is not an operation`);
  return operations[index] = operation;
}

/** The operation at `index` (the order of `allOperations`); the same object on every call. */
export function operationAt(index: number): Operation {
  return operations[index] ?? checked(readRecords(index, 1)[0] as Operation, index);
}

/** Every operation, in the snapshot's order. */
export function allOperations(): readonly Operation[] {
  if (!all) {
    readRecords(0, SNAPSHOT.operationCount).forEach((op, i) => operations[i] ?? checked(op as Operation, i));
    all = operations as Operation[];
  }
  return all;
}

/** The index of the operation with this operationId. */
export function operationIndex(operationId: string): number | undefined {
  const record = SNAPSHOT.idBuckets + idBucket(operationId);
  let bucket = buckets.get(record);
  if (!bucket) buckets.set(record, (bucket = readRecords(record, 1)[0] as Record<string, number>));
  return Object.hasOwn(bucket, operationId) ? bucket[operationId] : undefined;
}

/** Every operationId, in the snapshot's order (from the buckets: no operation record is read). */
export function allOperationIds(): readonly string[] {
  if (!ids) {
    const list: string[] = new Array(SNAPSHOT.operationCount);
    for (const bucket of readRecords(SNAPSHOT.idBuckets, ID_BUCKETS) as Record<string, number>[]) {
      for (const [id, index] of Object.entries(bucket)) list[index] = id;
    }
    ids = list;
  }
  return ids;
}

/** An API area's path trie (a `{ record }` node of `routes`); routes.ts keeps what it read. */
export const loadRoute: LoadRoute = (record) => readRecords(record, 1)[0] as RouteJson;

/** A definition by name (`CobrowseSettings`); the same object on every call. */
export function getDefinition(name: string): JsonSchema | undefined {
  const cached = definitions.get(name);
  if (cached) return cached;
  definitionIndex ??= new Map(SNAPSHOT.definitionNames.map((n, j) => [n, j]));
  const j = definitionIndex.get(name);
  if (j === undefined) return undefined;
  const record = readRecords(SNAPSHOT.operationCount + j, 1)[0] as { name: string; schema: JsonSchema };
  if (record?.name !== name) throw stale(`record ${SNAPSHOT.operationCount + j} is not ${name}`);
  definitions.set(name, record.schema);
  return record.schema;
}
