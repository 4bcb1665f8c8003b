/**
 * Path templates as a trie of segments. The generator builds it (generate.ts) and the snapshot stores it, so
 * no process pays for building it at start-up (about 40 ms for the 3,313 templates). Plain JSON objects:
 * `literal` children by segment, the `param` child for a `{parameter}` segment, and at the node where a
 * template ends, `methods`: the index, in the list the trie was built from, of the operation per method.
 * The snapshot keeps each API area's subtrie (`/api/v2/conversations/...`) as a record of its own, so a
 * look-up parses only the area it goes to: such a node holds just `record`, read with `load`.
 */
export interface RouteNode {
  literal?: Record<string, RouteNode>;
  param?: RouteNode;
  methods?: Record<string, number>;
  record?: number;
}

/** Reads a node stored apart (`{ record }`); the same object on every call. */
export type LoadRoute = (record: number) => RouteNode;

/** The trie of `entries`' templates; of two entries with the same method and template, the first wins. */
export function buildRoutes(entries: readonly { method: string; path: string }[]): RouteNode {
  const root: RouteNode = {};
  entries.forEach(({ method, path }, index) => {
    let node = root;
    for (const segment of splitPath(path)) {
      if (/^\{.+\}$/.test(segment)) node = node.param ??= {};
      else node = (node.literal ??= {})[segment] ??= {};
    }
    node.methods ??= {};
    node.methods[method] ??= index;
  });
  return root;
}

/** Replaces each node `depth` literal segments below `node` by `{ record: store(node) }`. */
export function storeApart(node: RouteNode, depth: number, store: (node: RouteNode) => number): RouteNode {
  if (depth === 0) return { record: store(node) };
  if (node.param || node.methods) throw new Error(`a template ends or takes a parameter above the depth its trie is stored apart at (${depth})`);
  return { literal: Object.fromEntries(Object.entries(node.literal ?? {}).map(([segment, child]) => [segment, storeApart(child, depth - 1, store)])) };
}

/** Non-empty segments before any query string (a hand loop: this runs on every request). */
export function splitPath(path: string): string[] {
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

/** A literal child; own properties only, so a segment such as `constructor` finds nothing it should not. */
export function literalChild(node: RouteNode, segment: string, load: LoadRoute): RouteNode | undefined {
  const child = node.literal && Object.hasOwn(node.literal, segment) ? node.literal[segment] : undefined;
  return child?.record === undefined ? child : load(child.record);
}

/**
 * The index of the operation a concrete path or a template goes to. A literal segment is preferred over a
 * parameter (`/conversations/chats` before `/conversations/{conversationId}`), as in the API's router.
 */
export function matchRoute(node: RouteNode, segments: readonly string[], method: string, load: LoadRoute, i = 0): number | undefined {
  if (i === segments.length) return node.methods && Object.hasOwn(node.methods, method) ? node.methods[method] : undefined;
  const literal = literalChild(node, segments[i], load);
  return (literal && matchRoute(literal, segments, method, load, i + 1)) ?? (node.param && matchRoute(node.param, segments, method, load, i + 1));
}
