/**
 * Terraform values as this provider reads them. An unknown value (not known until apply) decodes to the
 * UNKNOWN sentinel (msgpack.ts does the decoding). The sentinel is a registered symbol because this file
 * is also bundled into the provider's start-up file (lib/provider/main.js) while the lazily loaded checks
 * require their own copy: both copies must recognise the same value.
 */
export const UNKNOWN: unique symbol = Symbol.for('genesyscobrowse.terraform-unknown');
export type Unknown = typeof UNKNOWN;

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN;
}

/**
 * A cty number as JavaScript reads it. cty sends a number that is not an exact int64 or float64 (0.1, 2^63)
 * as its decimal text; beyond float64's range (1e400) it is still a number, clamped to ±Number.MAX_VALUE so
 * range checks, not type checks, judge it.
 */
function ctyNumber(text: string): number | string {
  const n = Number(text);
  if (Number.isNaN(n)) return text;
  return Number.isFinite(n) ? n : Math.sign(n) * Number.MAX_VALUE;
}

/** Restores the numbers in a value of the given cty type (JSON form: `"number"`, `["object", {...}]`, ...). */
function withNumbers(type: unknown, value: unknown): unknown {
  if (value === null || value === UNKNOWN) return value;
  if (type === 'number') return typeof value === 'string' ? ctyNumber(value) : value;
  if (type === 'dynamic') return unwrapDynamic(value);
  if (!Array.isArray(type)) return value;
  const [kind, inner] = type as [string, unknown];
  if ((kind === 'list' || kind === 'set') && Array.isArray(value)) return value.map((v) => withNumbers(inner, v));
  if (kind === 'tuple' && Array.isArray(value)) return value.map((v, i) => withNumbers((inner as unknown[])[i], v));
  if ((kind === 'map' || kind === 'object') && typeof value === 'object') {
    const types = inner as Record<string, unknown>;
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withNumbers(kind === 'map' ? inner : types[k], v)]));
  }
  return value;
}

/**
 * An attribute of cty type `dynamic` arrives as `[type JSON bytes, value]` (the type is only known at
 * run time). Returns the bare value, its numbers restored by the type; unknown and null pass through.
 */
export function unwrapDynamic(value: unknown): unknown {
  if (!(Array.isArray(value) && value.length === 2 && value[0] instanceof Uint8Array)) return value;
  let type: unknown;
  try {
    type = JSON.parse(Buffer.from(value[0]).toString('utf8'));
  } catch {
    return value[1];
  }
  return withNumbers(type, value[1]);
}

/**
 * Deepest value the provider reads whole: far beyond any Genesys request body (the validator itself stops
 * at 64 levels), and shallow enough for the recursive walks of encoding and JSON.stringify.
 */
export const MAX_NESTING = 1000;

/** Whether arrays and objects in `value` nest more than `limit` levels deep; iterative, for any depth. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [v, depth] = pending.pop() as [unknown, number];
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) pending.push([child, depth + 1]);
  }
  return false;
}
