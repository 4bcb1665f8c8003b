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
 * An attribute of cty type `dynamic` arrives as `[type JSON bytes, value]` (the type is only known at
 * run time). Returns the bare value; unknown and null pass through unchanged.
 */
export function unwrapDynamic(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && value[0] instanceof Uint8Array) return value[1];
  return value;
}
