import { Decoder, Encoder, ExtensionCodec } from '@msgpack/msgpack';
import { MAX_NESTING, UNKNOWN } from './cty';

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

/**
 * The library refuses a map key `__proto__` (it would set the prototype of the plain object it builds) by
 * failing the whole decode, yet Terraform may send one in a user's body, which must get a diagnostic, not a
 * failed call. Its key decoder (asked only for 9-byte keys here) reads that key as a stand-in no UTF-8
 * input can produce (a lone surrogate); `restoreProtoKeys` then makes it an own property, as JSON.parse does.
 */
const PROTO = '__proto__';
const PROTO_STAND_IN = '\ud800__proto__';
let sawProto = false;
const keyDecoder = {
  canBeCached: (byteLength: number) => byteLength === PROTO.length,
  decode: (bytes: Uint8Array, offset: number, byteLength: number): string => {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset + offset, byteLength).toString('utf8');
    if (key !== PROTO) return key;
    sawProto = true;
    return PROTO_STAND_IN;
  },
};

// One of each, reused: the library's decode() and encode() build a new one (and its buffers) per value.
const decoder = new Decoder({ extensionCodec: codec, useBigInt64: false, keyDecoder });
// The library's default depth limit (100) is below bodies Terraform sends; the data source's state repeats its body.
const encoder = new Encoder({ extensionCodec: codec, ignoreUndefined: false, maxDepth: MAX_NESTING + 8 });

/** Decodes a cty msgpack value (object attributes become plain object keys, null stays null). */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  sawProto = false;
  const value = decoder.decode(bytes);
  return sawProto ? restoreProtoKeys(value) : value;
}

/** Renames the stand-in back to an own `__proto__` property, keeping key order; iterative, for any depth. */
function restoreProtoKeys(root: unknown): unknown {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.hasOwn(value, PROTO_STAND_IN)) {
      const record = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(record)) {
        delete record[key];
        Object.defineProperty(record, key === PROTO_STAND_IN ? PROTO : key, { value: child, enumerable: true, writable: true, configurable: true });
      }
    }
    for (const child of Object.values(value)) pending.push(child);
  }
  return root;
}

export function encodeValue(value: unknown): Uint8Array {
  return encoder.encode(value);
}
