import { closest, distance } from '../text/similarity';
import { SNAPSHOT } from './snapshot';
import type { Operation } from './types';

const byId = new Map(SNAPSHOT.operations.map((op) => [op.operationId, op]));
const byTemplate = new Map(SNAPSHOT.operations.map((op) => [`${op.method} ${op.path}`, op]));

interface Candidate {
  op: Operation;
  /** Path segments; null stands for a `{parameter}`. */
  segments: (string | null)[];
}
/** Operations grouped by `METHOD segmentCount`, for matching concrete paths against templates. */
const byShape = new Map<string, Candidate[]>();
for (const op of SNAPSHOT.operations) {
  const segments = splitPath(op.path).map((s) => (/^\{.+\}$/.test(s) ? null : s));
  const key = `${op.method} ${segments.length}`;
  byShape.set(key, [...(byShape.get(key) ?? []), { op, segments }]);
}

function splitPath(path: string): string[] {
  return path.split('?')[0].split('/').filter((s) => s !== '');
}

export function listOperations(): readonly Operation[] {
  return SNAPSHOT.operations;
}

/**
 * The operation a request goes to. `path` may be a template or a concrete path; where both a literal
 * and a parameter segment match (`/conversations/chats` vs `/conversations/{conversationId}`), the
 * most literal template wins, as in the API's router.
 */
export function findOperation(method: string, path: string): Operation | undefined {
  const upper = method.toUpperCase();
  const exact = byTemplate.get(`${upper} ${path}`);
  if (exact) return exact;
  const segments = splitPath(path);
  let best: Candidate | undefined;
  let bestLiterals = -1;
  for (const candidate of byShape.get(`${upper} ${segments.length}`) ?? []) {
    let literals = 0;
    const fits = candidate.segments.every((s, i) => {
      if (s === null) return true;
      literals += 1;
      return s === segments[i];
    });
    if (fits && literals > bestLiterals) {
      best = candidate;
      bestLiterals = literals;
    }
  }
  return best?.op;
}

/** By operationId or by `METHOD /path`. */
export function getOperation(ref: string): Operation | undefined {
  const spaced = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(ref);
  return spaced ? findOperation(spaced[1], spaced[2]) : byId.get(ref.trim());
}

/** The methods the API has for this path, for "no POST here, but GET" messages. */
export function methodsAt(path: string): string[] {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return methods.filter((m) => findOperation(m, path) !== undefined);
}

/** The operations whose `METHOD path` is nearest by edit distance (the same method counts first). */
export function closestOperations(method: string, path: string, n = 3): Operation[] {
  const upper = method.toUpperCase();
  const normalized = path.split('?')[0];
  return SNAPSHOT.operations
    .filter((op) => op.schemaKnown)
    .map((op) => ({ op, d: distance(normalized, op.path) + (op.method === upper ? 0 : 4) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map((c) => c.op);
}

/** The operationId closest to a misspelt one. */
export function closestOperationId(ref: string): string | undefined {
  return closest(ref, [...byId.keys()]);
}

export function describeOperation(op: Operation): string {
  return `${op.method} ${op.path} (${op.operationId})`;
}
