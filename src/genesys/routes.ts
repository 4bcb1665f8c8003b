/**
 * Path templates as a trie of segments. The generator builds it (generate.ts) and the snapshot stores it, so
 * no process pays for building it at start-up (about 40 ms for the 3,313 templates). Plain JSON objects:
 * `literal` children by segment, the `param` child for a `{parameter}` segment, and at the node where a
 * template ends, `methods`: the index, in the list the trie was built from, of the operation per method.
 */
export interface RouteNode {
  literal?: Record<string, RouteNode>;
  param?: RouteNode;
  methods?: Record<string, number>;
}

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
export function literalChild(node: RouteNode, segment: string): RouteNode | undefined {
  return node.literal && Object.hasOwn(node.literal, segment) ? node.literal[segment] : undefined;
}

/**
 * The index of the operation a concrete path or a template goes to. A literal segment is preferred over a
 * parameter (`/conversations/chats` before `/conversations/{conversationId}`), as in the API's router.
 */
export function matchRoute(node: RouteNode, segments: readonly string[], method: string, i = 0): number | undefined {
  if (i === segments.length) return node.methods && Object.hasOwn(node.methods, method) ? node.methods[method] : undefined;
  const literal = literalChild(node, segments[i]);
  return (literal && matchRoute(literal, segments, method, i + 1)) ?? (node.param && matchRoute(node.param, segments, method, i + 1));
}
