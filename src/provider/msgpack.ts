import { decode, encode, ExtensionCodec } from '@msgpack/msgpack';
import { UNKNOWN } from './cty';

/**
 * Terraform values travel as msgpack (cty's encoding). An unknown value is msgpack extension type 0;
 * Terraform 1.3+ may send a *refined* unknown (extension type 12, e.g. "not null"), which for us is
 * just as unknown. Both decode to the UNKNOWN sentinel, and UNKNOWN encodes back as extension type 0.
 */
const CTY_UNKNOWN = 0;
const CTY_REFINED_UNKNOWN = 12;

const codec = new ExtensionCodec();
codec.register({
  type: CTY_UNKNOWN,
  encode: (value: unknown) => (value === UNKNOWN ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});
codec.register({ type: CTY_REFINED_UNKNOWN, encode: () => null, decode: () => UNKNOWN });

/** Decodes a cty msgpack value (object attributes become plain object keys, null stays null). */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  return decode(bytes, { extensionCodec: codec, useBigInt64: false });
}

export function encodeValue(value: unknown): Uint8Array {
  return encode(value, { extensionCodec: codec, ignoreUndefined: false });
}
