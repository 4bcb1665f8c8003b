import { Decoder, Encoder, ExtensionCodec } from '@msgpack/msgpack';
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

// One of each, reused: the library's decode() and encode() build a new one (and its buffers) per value.
const decoder = new Decoder({ extensionCodec: codec, useBigInt64: false });
const encoder = new Encoder({ extensionCodec: codec, ignoreUndefined: false });

/** Decodes a cty msgpack value (object attributes become plain object keys, null stays null). */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  return decoder.decode(bytes);
}

export function encodeValue(value: unknown): Uint8Array {
  return encoder.encode(value);
}
