import { closest, nearest } from '../text/similarity';
import { literalChild, matchRoute, routeNode, splitPath, type RouteNode } from './routes';
import { allOperationIds, allOperations, loadRoute, operationAt, operationIndex, SNAPSHOT } from './snapshot';
import type { Operation, RemovedOperation, UndocumentedOperation } from './types';

const removedById = new Map(SNAPSHOT.removedOperations.map((op) => [op.operationId, op]));
const liveRoutes = routeNode(SNAPSHOT.routes);
const removedRoutes = routeNode(SNAPSHOT.removedRoutes);
const undocumentedRoutes = routeNode(SNAPSHOT.undocumentedRoutes);

function byId(operationId: string): Operation | undefined {
  const index = operationIndex(operationId);
  return index === undefined ? undefined : operationAt(index);
}

export function listOperations(): readonly Operation[] {
  return allOperations();
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
export type Route = Readonly<{ removed?: RemovedOperation; undocumented?: UndocumentedOperation; op?: Operation }>;

/**
 * Routes of recent requests, by method as written, then path: requests repeat (a fallback creates its
 * callbacks on one path), and two look-ups of whole strings cost far less than a walk, which hashes
 * every segment in each trie. Methods and paths longer than real ones are not kept; past
 * ROUTE_CACHE_LIMIT routes, all are dropped.
 */
const recentRoutes = new Map<string, Map<string, Route>>();
let routesCached = 0;
const ROUTE_CACHE_LIMIT = 1024;
const MAX_CACHED_PATH = 2 * SNAPSHOT.longestPath;

/**
 * `s` as V8 keeps property names: flat and interned. A Map compares such a key with the next request's
 * string by memcmp; a sliced or concatenated key (a regex capture, a template) costs a runtime call at
 * every look-up.
 */
const interned = (s: string): string => Object.keys({ [s]: 0 })[0];

/**
 * Where a request goes, with the path split once: a removed operation (looked up before any current
 * template, which would otherwise take `chats` for a `{conversationId}`), a call outside the definition
 * that Genesys's own code makes (likewise: `/conversations/codes`), a current one, or neither.
 */
export function routeRequest(method: string, path: string): Route {
  let byPath = recentRoutes.get(method);
  const cached = byPath?.get(path);
  if (cached) return cached;
  const segments = splitPath(path);
  const route = walk(segments, method.toUpperCase());
  if (method.length <= 16 && path.length <= MAX_CACHED_PATH) {
    if (routesCached >= ROUTE_CACHE_LIMIT) {
      recentRoutes.clear();
      routesCached = 0;
      byPath = undefined;
    }
    if (!byPath) recentRoutes.set(interned(method), (byPath = new Map()));
    byPath.set(interned(path), route);
    routesCached += 1;
  }
  return route;
}

function walk(segments: string[], upper: string): Route {
  const removed = matchRoute(removedRoutes, segments, upper, loadRoute);
  if (removed !== undefined) return { removed: SNAPSHOT.removedOperations[removed] };
  if (removedFamily(segments)) return {};
  const undocumented = matchRoute(undocumentedRoutes, segments, upper, loadRoute);
  if (undocumented !== undefined) return { undocumented: SNAPSHOT.undocumentedOperations[undocumented] };
  const index = matchRoute(liveRoutes, segments, upper, loadRoute);
  return { op: index === undefined ? undefined : operationAt(index) };
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
  let live: RouteNode | undefined = liveRoutes;
  let gone: RouteNode | undefined = removedRoutes;
  for (const segment of segments) {
    gone = literalChild(gone, segment, loadRoute);
    if (!gone) return false;
    live = literalChild(live, segment, loadRoute);
    if (!live) return true;
  }
  return false;
}

/** A `METHOD /path` reference split into its parts (method upper-cased); undefined for an operationId. */
export function parseOperationRef(ref: string): { method: string; path: string } | undefined {
  const spaced = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(ref);
  return spaced ? { method: spaced[1].toUpperCase(), path: spaced[2] } : undefined;
}

/** By operationId or by `METHOD /path`. */
export function getOperation(ref: string): Operation | undefined {
  const spaced = parseOperationRef(ref);
  return spaced ? findOperation(spaced.method, spaced.path) : byId(ref.trim());
}

/** The methods the API has for this path, for "no POST here, but GET" messages. */
export function methodsAt(path: string): string[] {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return methods.filter((m) => findOperation(m, path) !== undefined);
}

/** The candidates of closestOperations, built on first use: they need every operation's record. */
let candidates: { withSchema: Operation[]; paths: string[]; longest: number } | undefined;

function pathCandidates(): NonNullable<typeof candidates> {
  if (!candidates) {
    const withSchema = listOperations().filter((op) => op.schemaKnown);
    const paths = withSchema.map((op) => op.path);
    // Past the longest real path, more characters only add edits: a longer path is compared by its start.
    candidates = { withSchema, paths, longest: Math.max(...paths.map((p) => p.length)) };
  }
  return candidates;
}

/**
 * The operations whose `METHOD path` is nearest by edit distance (the same method counts first). Only
 * the start of a path (as long as the longest real one), against a shortlist of 32 paths, is compared.
 */
export function closestOperations(method: string, path: string, n = 3): Operation[] {
  const { withSchema, paths, longest } = pathCandidates();
  const upper = method.toUpperCase();
  const normalized = path.split('?')[0].slice(0, longest + 8);
  const penalty = (i: number) => (withSchema[i].method === upper ? 0 : 4);
  return nearest(normalized, paths, n, { penalty, maxCompared: 32 }).map((r) => withSchema[r.index]);
}

/** The operationId closest to a misspelt one. */
export function closestOperationId(ref: string): string | undefined {
  return closest(ref, allOperationIds());
}

export function describeOperation(op: Pick<Operation, 'method' | 'path' | 'operationId'>): string {
  return `${op.method} ${op.path} (${op.operationId})`;
}
