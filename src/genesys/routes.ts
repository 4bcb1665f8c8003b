/**
 * Path templates as a trie of segments. The generator builds it (generate.ts) and the snapshot stores it as
 * JSON, so no process pays for building it from the 3,313 templates at start-up (about 40 ms): `literal`
 * children by segment, the `param` child for a `{parameter}` segment, and at the node where a template
 * ends, `methods`: the index, in the list the trie was built from, of the operation per method. Each API
 * area's subtrie (`/api/v2/conversations/...`) is a record of its own, `{ record }` in its parent, so a
 * process reads only the areas it looks up. At run time nodes hold Maps (look-ups run on every request).
 */
export interface RouteJson {
  literal?: Record<string, RouteJson>;
  param?: RouteJson;
  methods?: Record<string, number>;
  /** The subtrie is this snapshot record. */
  record?: number;
}

export interface RouteNode {
  /** A child not read yet is its record number. */
  literal: Map<string, RouteNode | number>;
  param?: RouteNode;
  methods: Map<string, number>;
}

/** Reads a subtrie stored apart. */
export type LoadRoute = (record: number) => RouteJson;

/** The trie of `entries`' templates; of two entries with the same method and template, the first wins. */
export function buildRoutes(entries: readonly { method: string; path: string }[]): RouteJson {
  const root: RouteJson = {};
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
export function storeApart(node: RouteJson, depth: number, store: (node: RouteJson) => number): RouteJson {
  if (depth === 0) return { record: store(node) };
  if (node.param || node.methods) throw new Error(`a template ends or takes a parameter above the depth its trie is stored apart at (${depth})`);
  return { literal: Object.fromEntries(Object.entries(node.literal ?? {}).map(([segment, child]) => [segment, storeApart(child, depth - 1, store)])) };
}

/** The run-time form of a stored trie; subtries stored apart stay record numbers until first used. */
export function routeNode(json: RouteJson): RouteNode {
  return {
    literal: new Map(Object.entries(json.literal ?? {}).map(([segment, child]) => [segment, child.record ?? routeNode(child)])),
    param: json.param && routeNode(json.param),
    methods: new Map(Object.entries(json.methods ?? {})),
  };
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

export function literalChild(node: RouteNode, segment: string, load: LoadRoute): RouteNode | undefined {
  const child = node.literal.get(segment);
  if (typeof child !== 'number') return child;
  const read = routeNode(load(child));
  node.literal.set(segment, read);
  return read;
}

/**
 * The index of the operation a concrete path or a template goes to. A literal segment is preferred over a
 * parameter (`/conversations/chats` before `/conversations/{conversationId}`), as in the API's router.
 */
export function matchRoute(node: RouteNode, segments: readonly string[], method: string, load: LoadRoute, i = 0): number | undefined {
  if (i === segments.length) return node.methods.get(method);
  const literal = literalChild(node, segments[i], load);
  return (literal && matchRoute(literal, segments, method, load, i + 1)) ?? (node.param && matchRoute(node.param, segments, method, load, i + 1));
}
