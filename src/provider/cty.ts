import { decode, encode, ExtensionCodec } from '@msgpack/msgpack';

/**
 * Terraform values travel as msgpack (cty's encoding). An unknown value is msgpack extension type 0;
 * Terraform 1.3+ may send a *refined* unknown (extension type 12, e.g. "not null"), which for us is
 * just as unknown. Both decode to the UNKNOWN sentinel, and UNKNOWN encodes back as extension type 0.
 */
export const UNKNOWN: unique symbol = Symbol('terraform unknown value');
export type Unknown = typeof UNKNOWN;

const CTY_UNKNOWN = 0;
const CTY_REFINED_UNKNOWN = 12;

const codec = new ExtensionCodec();
codec.register({
  type: CTY_UNKNOWN,
  encode: (value: unknown) => (value === UNKNOWN ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});
codec.register({ type: CTY_REFINED_UNKNOWN, encode: () => null, decode: () => UNKNOWN });

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN;
}

/** Decodes a cty msgpack value (object attributes become plain object keys, null stays null). */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  return decode(bytes, { extensionCodec: codec, useBigInt64: false });
}

export function encodeValue(value: unknown): Uint8Array {
  return encode(value, { extensionCodec: codec, ignoreUndefined: false });
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
