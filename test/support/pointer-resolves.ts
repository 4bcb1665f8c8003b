import { unescapeSegment } from '../../src/text/json-pointer';

/** Whether a diagnostic's pointer leads into the body, or to a missing property of an object that is there. */
export function pointerResolves(body: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  let node: unknown = body;
  const segments = pointer.slice(1).split('/').map(unescapeSegment);
  for (const [i, segment] of segments.entries()) {
    if (typeof node !== 'object' || node === null) return false;
    if (!Object.hasOwn(node, segment)) return i === segments.length - 1;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}
