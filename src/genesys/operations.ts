import { closest, nearest } from '../text/similarity';
import { SNAPSHOT } from './snapshot';
import type { Operation, RemovedOperation } from './types';

const byId = new Map(SNAPSHOT.operations.map((op) => [op.operationId, op]));
const removedById = new Map(SNAPSHOT.removedOperations.map((op) => [op.operationId, op]));

/** Path templates as a trie of segments; a `{parameter}` segment is the `param` branch. */
interface PathNode<T> {
  literal: Map<string, PathNode<T>>;
  param?: PathNode<T>;
  /** Operations ending here, by method. */
  operations: Map<string, T>;
}

const newNode = <T>(): PathNode<T> => ({ literal: new Map(), operations: new Map() });

function buildTrie<T extends { method: string; path: string }>(ops: readonly T[]): PathNode<T> {
  const root = newNode<T>();
  for (const op of ops) {
    let node = root;
    for (const segment of splitPath(op.path)) {
      if (/^\{.+\}$/.test(segment)) node = node.param ??= newNode();
      else {
        let next = node.literal.get(segment);
        if (!next) node.literal.set(segment, (next = newNode()));
        node = next;
      }
    }
    if (!node.operations.has(op.method)) node.operations.set(op.method, op);
  }
  return root;
}

const root = buildTrie(SNAPSHOT.operations);
const removedRoot = buildTrie(SNAPSHOT.removedOperations);

/** Non-empty segments before any query string (a hand loop: this runs on every request). */
function splitPath(path: string): string[] {
  const query = path.indexOf('?');
  const end = query === -1 ? path.length : query;
  const segments: string[] = [];
  for (let start = 0; start < end; ) {
    let slash = path.indexOf('/', start);
    if (slash === -1 || slash > end) slash = end;
    if (slash > start) segments.push(path.slice(start, slash));
    start = slash + 1;
  }
  return segments;
}

export function listOperations(): readonly Operation[] {
  return SNAPSHOT.operations;
}

/**
 * The operation a request goes to. `path` may be a template or a concrete path; a literal segment is
 * preferred over a parameter (`/conversations/chats` before `/conversations/{conversationId}`), as in
 * the API's router.
 */
export function findOperation(method: string, path: string): Operation | undefined {
  return routeRequest(method, path).op;
}

/** The removed operation a request goes to (`GET /api/v2/conversations/chats`). */
export function findRemovedOperation(method: string, path: string): RemovedOperation | undefined {
  return routeRequest(method, path).removed;
}

/** Where a request goes (routeRequest); shared by the requests that go there, so not to be changed. */
export type Route = Readonly<{ removed?: RemovedOperation; op?: Operation }>;

/**
 * Routes of recent requests, by method as written, then path: requests repeat (a fallback creates its
 * callbacks on one path), and two look-ups of whole strings cost far less than a walk, which hashes
 * every segment in each trie. Methods and paths longer than real ones are not kept; past
 * ROUTE_CACHE_LIMIT routes, all are dropped.
 */
const routes = new Map<string, Map<string, Route>>();
let routesCached = 0;
const ROUTE_CACHE_LIMIT = 1024;
const LONGEST_TEMPLATE = Math.max(...[...SNAPSHOT.operations, ...SNAPSHOT.removedOperations].map((op) => op.path.length));

/**
 * `s` as V8 keeps property names: flat and interned. A Map compares such a key with the next request's
 * string by memcmp; a sliced or concatenated key (a regex capture, a template) costs a runtime call at
 * every look-up.
 */
const interned = (s: string): string => Object.keys({ [s]: 0 })[0];

/**
 * Where a request goes, with the path split once: a removed operation (looked up before any current
 * template, which would otherwise take `chats` for a `{conversationId}`), a current one, or neither.
 */
export function routeRequest(method: string, path: string): Route {
  let byPath = routes.get(method);
  const cached = byPath?.get(path);
  if (cached) return cached;
  const segments = splitPath(path);
  const upper = method.toUpperCase();
  const removed = match(removedRoot, segments, 0, upper);
  const route: Route = removed ? { removed } : removedFamily(segments) ? {} : { op: match(root, segments, 0, upper) };
  if (method.length <= 16 && path.length <= 2 * LONGEST_TEMPLATE) {
    if (routesCached >= ROUTE_CACHE_LIMIT) {
      routes.clear();
      routesCached = 0;
      byPath = undefined;
    }
    if (!byPath) routes.set(interned(method), (byPath = new Map()));
    byPath.set(interned(path), route);
    routesCached += 1;
  }
  return route;
}

/** A removed operation by operationId or `METHOD /path`. */
export function getRemovedOperation(ref: string): RemovedOperation | undefined {
  const spaced = parseOperationRef(ref);
  return spaced ? findRemovedOperation(spaced.method, spaced.path) : removedById.get(ref.trim());
}

/**
 * Whether the path lies under a literal segment that only removed operations had (`/api/v2/webchat/...`,
 * `/api/v2/conversations/chats/...`): no current template's parameter may stand for it.
 */
function removedFamily(segments: string[]): boolean {
  let live: PathNode<Operation> | undefined = root;
  let gone: PathNode<RemovedOperation> | undefined = removedRoot;
  for (const segment of segments) {
    gone = gone.literal.get(segment);
    if (!gone) return false;
    live = live?.literal.get(segment);
    if (!live) return true;
  }
  return false;
}

function match<T>(node: PathNode<T>, segments: string[], i: number, method: string): T | undefined {
  if (i === segments.length) return node.operations.get(method);
  const literal = node.literal.get(segments[i]);
  return (literal && match(literal, segments, i + 1, method)) || (node.param && match(node.param, segments, i + 1, method)) || undefined;
}

/** A `METHOD /path` reference split into its parts (method upper-cased); undefined for an operationId. */
export function parseOperationRef(ref: string): { method: string; path: string } | undefined {
  const spaced = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(ref);
  return spaced ? { method: spaced[1].toUpperCase(), path: spaced[2] } : undefined;
}

/** By operationId or by `METHOD /path`. */
export function getOperation(ref: string): Operation | undefined {
  const spaced = parseOperationRef(ref);
  return spaced ? findOperation(spaced.method, spaced.path) : byId.get(ref.trim());
}

/** The methods the API has for this path, for "no POST here, but GET" messages. */
export function methodsAt(path: string): string[] {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return methods.filter((m) => findOperation(m, path) !== undefined);
}

const withSchema = SNAPSHOT.operations.filter((op) => op.schemaKnown);
const schemaPaths = withSchema.map((op) => op.path);
const operationIds = [...byId.keys()];
/** Past the longest real path, more characters only add edits: a longer path is compared by its start. */
const LONGEST_PATH = Math.max(...schemaPaths.map((p) => p.length));

/**
 * The operations whose `METHOD path` is nearest by edit distance (the same method counts first). Only
 * the start of a path (as long as the longest real one), against a shortlist of 32 paths, is compared.
 */
export function closestOperations(method: string, path: string, n = 3): Operation[] {
  const upper = method.toUpperCase();
  const normalized = path.split('?')[0].slice(0, LONGEST_PATH + 8);
  const penalty = (i: number) => (withSchema[i].method === upper ? 0 : 4);
  return nearest(normalized, schemaPaths, n, { penalty, maxCompared: 32 }).map((r) => withSchema[r.index]);
}

/** The operationId closest to a misspelt one. */
export function closestOperationId(ref: string): string | undefined {
  return closest(ref, operationIds);
}

export function describeOperation(op: Pick<Operation, 'method' | 'path' | 'operationId'>): string {
  return `${op.method} ${op.path} (${op.operationId})`;
}
