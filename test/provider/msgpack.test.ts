/**
 * The provider's own cty msgpack codec, checked against @msgpack/msgpack (a dev dependency kept as an
 * independent oracle): the same bytes for every value we encode, the same values for every input we decode,
 * and clean errors, never hangs or crashes, on truncated, malformed and hostile input.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { MAX_NESTING, nestsDeeperThan, UNKNOWN } from '../../src/provider/cty';
import { decodeValue, encodeValue, Extension } from '../../src/provider/msgpack';

// The oracle as the provider used it: extension types 0 and 12 are cty's unknowns.
const codec = new ExtensionCodec();
codec.register({ type: 0, encode: (v: unknown) => (v === UNKNOWN ? new Uint8Array([0]) : null), decode: () => UNKNOWN });
codec.register({ type: 12, encode: () => null, decode: () => UNKNOWN });
const oracleEncoder = new Encoder({ extensionCodec: codec, ignoreUndefined: false, maxDepth: MAX_NESTING + 8 });
const oracleDecoder = new Decoder({ extensionCodec: codec, useBigInt64: false });

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (...parts: (number | number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p])));

/** A string of exactly `length` UTF-8 bytes that starts with 2-, 3- and 4-byte characters when it has room. */
function utf8OfLength(length: number): string {
  const head = length >= 9 ? 'é€😀' : '';
  return head + 'a'.repeat(length - Buffer.byteLength(head));
}

const INTS = [
  0, 1, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0xffffffff, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1,
  -1, -32, -33, -128, -129, -32768, -32769, -(2 ** 31), -(2 ** 31) - 1, -(2 ** 32), -(2 ** 32) - 1, -(2 ** 53 - 1),
];
// Not safe integers, so float64 like every non-integer.
const FLOATS = [0.1, -1.5, 3.141592653589793, 1e-300, 1e300, 2 ** 53, 2 ** 64, -(2 ** 63), Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN];
const STRING_LENGTHS = [0, 1, 8, 9, 31, 32, 255, 256, 65535, 65536];

const SAMPLES: [string, unknown][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ...INTS.flatMap((n): [string, unknown][] => [[`int ${n}`, n]]),
  ...FLOATS.map((n): [string, unknown] => [`float ${n}`, n]),
  ...STRING_LENGTHS.map((n): [string, unknown] => [`string of ${n} bytes`, utf8OfLength(n)]),
  ['16 two-byte characters (fixstr by characters, str8 by bytes)', 'é'.repeat(16)],
  ['empty array', []],
  ['empty object', {}],
  ['arrays of 15, 16 and 65535 items', [Array(15).fill(1), Array(16).fill('x'), Array(65535).fill(null)]],
  ['an array of 65536 items', Array.from({ length: 65536 }, (_, i) => i)],
  ['objects of 15, 16 and 65536 keys', [15, 16, 65536].map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))],
  ['awkward keys', { '': 1, constructor: 2, toString: 3, hasOwnProperty: 4, 'ключ': 5, '1': 6, [utf8OfLength(300)]: 7 }],
  ['unknowns', [UNKNOWN, { a: UNKNOWN }]],
  ['a data source config', { operation: 'POST /api/v2/conversations/callbacks', body: '{"queueId":"q"}', fail_on_error: null, acknowledge: [{ code: 'unverified', reason: 'why' }], valid: UNKNOWN }],
  ['a dynamic value (type bytes, value)', [Buffer.from('["object",{"a":"number"}]'), { a: 1 }]],
  ['bin of 0, 255, 256 and 65536 bytes', [0, 255, 256, 65536].map((n) => new Uint8Array(n).fill(7))],
  ['nested', { a: [1, { b: [null, [true, { c: 'd' }]] }], e: {} }],
  ['deep to the limit', deepArray(MAX_NESTING + 7, 'leaf')],
];

function deepArray(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

/** Random nested values with every scalar kind (a fixed seed: the same values every run). */
function randomValues(count: number): unknown[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const chars = ['a', 'Z', ' ', '"', '\\', '\n', 'é', 'ß', '€', '中', '😀', '\u0000'];
  const text = () => Array.from({ length: Math.floor(random() ** 3 * 300) }, () => pick(chars)).join('');
  const value = (depth: number): unknown => {
    switch (Math.floor(random() * (depth > 4 ? 6 : 8))) {
      case 0: return pick([null, true, false, UNKNOWN, undefined]);
      case 1: return pick(INTS);
      case 2: return Math.round((random() - 0.5) * 2 ** Math.floor(random() * 60));
      case 3: return (random() - 0.5) * 10 ** Math.floor(random() * 20);
      case 4: return text();
      case 5: return pick(FLOATS);
      case 6: return Array.from({ length: Math.floor(random() * 20) }, () => value(depth + 1));
      default: return Object.fromEntries(Array.from({ length: Math.floor(random() * 20) }, () => [text(), value(depth + 1)]));
    }
  };
  return Array.from({ length: count }, () => value(0));
}

describe('encodeValue', () => {
  it.each(SAMPLES)('%s: the same bytes as @msgpack/msgpack, and decodes back', (_, value) => {
    const ours = encodeValue(value);
    expect(hex(ours)).toBe(hex(oracleEncoder.encode(value)));
    expect(decodeValue(ours)).toEqual(value);
  });

  it('the same bytes as @msgpack/msgpack for 500 random nested values', () => {
    for (const value of randomValues(500)) expect(hex(encodeValue(value))).toBe(hex(oracleEncoder.encode(value)));
  });

  it('encodes UNKNOWN as cty unknown: fixext 1, type 0, one zero byte', () => {
    expect(hex(encodeValue(UNKNOWN))).toBe('d40000');
  });

  it('encodes undefined as nil, also as an object attribute (not left out)', () => {
    expect(hex(encodeValue(undefined))).toBe('c0');
    expect(hex(encodeValue({ a: undefined }))).toBe('81a161c0');
  });

  // -0 is an integer to Number.isSafeInteger, so both codecs send int 0: its sign is lost, as with cty's integers.
  it('encodes -0 as 0', () => {
    expect(hex(encodeValue(-0))).toBe(hex(oracleEncoder.encode(-0)));
    expect(decodeValue(encodeValue(-0))).toBe(0);
  });

  it('writes an own `__proto__` key like any other, and it decodes back as an own property', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const encoded = encodeValue(value);
    expect(hex(encoded)).toBe(hex(oracleEncoder.encode(value)));
    const decoded = decodeValue(encoded) as Record<string, unknown>;
    expect(Object.keys(decoded)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
  });

  it('refuses values nested deeper than MAX_NESTING + 8 with an Error, as the old encoder did', () => {
    expect(() => encodeValue(deepArray(MAX_NESTING + 8, 1))).toThrow(new Error(`Cannot encode a value nested more than ${MAX_NESTING + 8} levels deep for Terraform`));
    expect(() => oracleEncoder.encode(deepArray(MAX_NESTING + 8, 1))).toThrow(/Too deep/);
    expect(() => encodeValue(deepArray(100_000, 1))).toThrow(/nested more than/);
  });

  it('refuses what is no Terraform value', () => {
    expect(() => encodeValue(Symbol('other'))).toThrow('Cannot encode a symbol for Terraform');
    expect(() => encodeValue(() => 1)).toThrow('Cannot encode a function for Terraform');
    expect(() => encodeValue(1n)).toThrow('Cannot encode a bigint for Terraform');
  });

  it('returns a copy: a later call does not change an earlier result', () => {
    const first = encodeValue('first');
    encodeValue('second');
    expect(decodeValue(first)).toBe('first');
  });

  it('encodes a value larger than the buffer it keeps (a large body), then small ones, each exactly', () => {
    const large = { body: 'é'.repeat(1_500_000), tail: [1, 2] };
    const small = { operation: 'POST /api/v2/conversations/callbacks' };
    for (const value of [large, small, large, small]) expect(hex(encodeValue(value))).toBe(hex(oracleEncoder.encode(value)));
  });
});

describe('decodeValue', () => {
  const oracle = (b: Uint8Array) => oracleDecoder.decode(b);

  it.each(SAMPLES)('%s: the same value as @msgpack/msgpack', (_, value) => {
    const encoded = oracleEncoder.encode(value);
    expect(decodeValue(encoded)).toEqual(oracle(encoded));
  });

  it('the same values as @msgpack/msgpack for 500 random nested values', () => {
    for (const value of randomValues(500)) {
      const encoded = oracleEncoder.encode(value);
      expect(decodeValue(encoded)).toEqual(oracle(encoded));
    }
  });

  it('reads every int format, also wider than needed (cty may pick any), and 64-bit ints beyond 2^53 as numbers', () => {
    const inputs = [
      bytes(0xcc, 5), bytes(0xcd, 0, 5), bytes(0xce, 0, 0, 0, 5), bytes(0xcf, 0, 0, 0, 0, 0, 0, 0, 5),
      bytes(0xd0, 0xfb), bytes(0xd1, 0xff, 0xfb), bytes(0xd2, 0xff, 0xff, 0xff, 0xfb), bytes(0xd3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfb),
      bytes(0xd3, 0, 0, 0, 0, 0, 0, 0, 5), bytes(0xe0), bytes(0x7f),
      bytes(0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), // 2^64 - 1
      bytes(0xcf, 0, 0x20, 0, 0, 0, 0, 0, 1), // 2^53 + 1
      bytes(0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0), // -2^63
      bytes(0xd3, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), // 2^63 - 1
    ];
    expect(inputs.map(decodeValue)).toEqual(inputs.map(oracle));
    expect(inputs.slice(0, 10).map(decodeValue)).toEqual([5, 5, 5, 5, -5, -5, -5, -5, 5, -32]);
    expect(decodeValue(inputs[11])).toBe(2 ** 64);
  });

  // Neither encoder writes float32 (cty writes float64 too), so these come from the oracle's forceFloat32.
  it('reads float32', () => {
    const float32 = new Encoder({ forceFloat32: true });
    for (const n of [1.5, 0.1, -2.75, Infinity, 3.4e38]) {
      const encoded = float32.encode(n);
      expect(encoded[0]).toBe(0xca);
      expect(decodeValue(encoded)).toBe(oracle(encoded));
    }
  });

  it('reads str8/16/32 and bin8/16/32 even where a shorter form would do', () => {
    const inputs = [bytes(0xd9, 2, 0xc3, 0xa9), bytes(0xda, 0, 2, 0xc3, 0xa9), bytes(0xdb, 0, 0, 0, 2, 0xc3, 0xa9), bytes(0xc4, 1, 9), bytes(0xc5, 0, 1, 9), bytes(0xc6, 0, 0, 0, 1, 9)];
    expect(inputs.map(decodeValue)).toEqual(['é', 'é', 'é', bytes(9), bytes(9), bytes(9)]);
    expect(inputs.map(decodeValue)).toEqual(inputs.map(oracle));
  });

  it('reads array16/32 and map16/32 even where a shorter form would do', () => {
    const inputs = [bytes(0xdc, 0, 1, 1), bytes(0xdd, 0, 0, 0, 1, 1), bytes(0xde, 0, 1, 0xa1, 0x61, 1), bytes(0xdf, 0, 0, 0, 1, 0xa1, 0x61, 1), bytes(0xdc, 0, 0), bytes(0xdf, 0, 0, 0, 0)];
    expect(inputs.map(decodeValue)).toEqual([[1], [1], { a: 1 }, { a: 1 }, [], {}]);
  });

  it('reads from a view into a larger buffer (as the protobuf decoder hands it over); bin data is a view of it', () => {
    const whole = bytes(0xff, 0xff, 0x92, 0xc4, 2, 1, 2, 0xa1, 0x61, 0xff);
    const decoded = decodeValue(whole.subarray(2, 9)) as [Uint8Array, string];
    expect(decoded).toEqual([bytes(1, 2), 'a']);
    expect(decoded[0].buffer).toBe(whole.buffer);
  });

  it('reads an empty input as null', () => {
    expect(decodeValue(new Uint8Array())).toBeNull();
  });

  it.each([1, 2, 4, 8, 16])('reads unknowns, extension types 0 and 12, as UNKNOWN: fixext %i', (length) => {
    const fixext = { 1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8 }[length] as number;
    for (const type of [0, 12]) expect(decodeValue(bytes(0x91, fixext, type, new Uint8Array(length)))).toEqual([UNKNOWN]);
  });

  it('reads unknowns as UNKNOWN: ext 8/16/32 of several lengths (a refined unknown carries its refinements)', () => {
    for (const type of [0, 12]) {
      for (const data of [bytes(), bytes(1, 2, 3), new Uint8Array(300)]) {
        for (const head of [bytes(0xc7, data.length & 0xff), bytes(0xc8, data.length >> 8, data.length & 0xff), bytes(0xc9, 0, 0, data.length >> 8, data.length & 0xff)]) {
          if (head[0] === 0xc7 && data.length > 0xff) continue;
          expect(decodeValue(bytes(0x81, 0xa1, 0x61, head, type, data))).toEqual({ a: UNKNOWN });
        }
      }
    }
  });

  it('keeps any other extension type as sent, and encodes it back to the same bytes (as the old codec did with ExtData)', () => {
    for (const input of [bytes(0xd4, 5, 1), bytes(0xd6, 0x7f, 1, 2, 3, 4), bytes(0xc7, 3, 0x80, 1, 2, 3), bytes(0xc7, 0, 9), bytes(0xc8, 1, 0, 0x20, new Uint8Array(256))]) {
      const ours = decodeValue(input) as Extension;
      const theirs = oracle(input) as ExtData;
      expect(ours).toBeInstanceOf(Extension);
      expect(theirs).toBeInstanceOf(ExtData);
      expect({ type: ours.type, data: ours.data }).toEqual({ type: theirs.type, data: theirs.data });
      expect(hex(encodeValue(ours))).toBe(hex(input));
      expect(hex(encodeValue(ours))).toBe(hex(oracleEncoder.encode(theirs)));
    }
  });

  // The oracle reads extension type -1 as a msgpack timestamp (a Date); cty never sends one, so for us it is
  // just another extension, repeated as sent.
  it('keeps extension type -1 as sent', () => {
    const input = bytes(0xd6, 0xff, 0, 0, 0, 1);
    expect(decodeValue(input)).toEqual(new Extension(-1, bytes(0, 0, 0, 1)));
    expect(hex(encodeValue(decodeValue(input)))).toBe(hex(input));
  });

  it('makes a `__proto__` key an own property, as JSON.parse does, and never sets the prototype', () => {
    const input = encodeValue(JSON.parse('{"a": {"__proto__": {"polluted": "yes"}, "b": 1}, "__proto__": 2}'));
    // The oracle refuses the whole value instead.
    expect(() => oracle(input)).toThrow(/__proto__/);
    const decoded = decodeValue(input) as { a: Record<string, unknown> };
    expect(decoded).toEqual(JSON.parse('{"a": {"__proto__": {"polluted": "yes"}, "b": 1}, "__proto__": 2}'));
    expect(Object.getOwnPropertyDescriptor(decoded.a, '__proto__')).toEqual({ value: { polluted: 'yes' }, enumerable: true, writable: true, configurable: true });
    expect(Object.getPrototypeOf(decoded.a)).toBe(Object.prototype);
    expect(decoded.a.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(decoded)).toEqual(['a', '__proto__']);
  });

  it('keeps the last of repeated keys, as the oracle does', () => {
    const input = bytes(0x82, 0xa1, 0x61, 1, 0xa1, 0x61, 2);
    expect(decodeValue(input)).toEqual({ a: 2 });
    expect(oracle(input)).toEqual({ a: 2 });
  });

  const SAMPLE = encodeValue({
    operation: 'POST /api/v2/conversations/callbacks',
    body: [Buffer.from('"dynamic"'), { n: [0, 200, 70000, 2 ** 40, -5, -200, -70000, -(2 ** 40), 1.5], s: utf8OfLength(40), u: UNKNOWN, t: true }],
    fail_on_error: null,
    long: utf8OfLength(300),
    list: Array(20).fill('x'),
    ext: new Extension(3, bytes(1, 2, 3)),
  });

  it('throws an Error (no hang, no out-of-bounds read) for the sample cut at every byte', () => {
    expect(decodeValue(SAMPLE)).toBeTruthy();
    for (let cut = 1; cut < SAMPLE.length; cut += 1) {
      expect(() => decodeValue(SAMPLE.subarray(0, cut))).toThrow(Error);
      // Nor past the end of a view into a longer buffer.
      expect(() => decodeValue(new Uint8Array(SAMPLE.buffer, SAMPLE.byteOffset, cut))).toThrow(/Truncated msgpack value/);
    }
  });

  it('throws a clear Error for malformed input', () => {
    expect(() => decodeValue(bytes(0xc1))).toThrow(new Error('Invalid msgpack value: type byte 0xc1 at byte 0'));
    expect(() => decodeValue(bytes(0xc0, 0xc0))).toThrow(new Error('Invalid msgpack value: 1 extra bytes after it (of 2)'));
    expect(() => decodeValue(bytes(0x81, 1, 2))).toThrow(new Error('Invalid msgpack value: a map key is a number, not a string'));
    expect(() => decodeValue(bytes(0x81, 0xc0, 2))).toThrow(/map key is null/);
    expect(() => decodeValue(bytes(0x81, 0x91, 1, 2))).toThrow(/map key is an array/);
    expect(() => decodeValue(bytes(0xd9, 5, 0x61))).toThrow(new Error('Truncated msgpack value: 5 bytes needed at byte 2 of 3'));
  });

  it('refuses a hostile item count at once, before building anything', () => {
    for (const head of [bytes(0xdd, 0xff, 0xff, 0xff, 0xff), bytes(0xdf, 0xff, 0xff, 0xff, 0xff), bytes(0xdc, 0xff, 0xff)]) {
      expect(() => decodeValue(bytes(head, 1, 2, 3))).toThrow(/Truncated msgpack value: \d+ items announced with 3 bytes left/);
    }
    expect(() => decodeValue(bytes(0xdb, 0xff, 0xff, 0xff, 0xff))).toThrow(/Truncated msgpack value/);
    expect(() => decodeValue(bytes(0xc9, 0xff, 0xff, 0xff, 0xff, 0))).toThrow(/Truncated msgpack value/);
  });

  // Reading uses its own stack, so depth is bounded only by the input's size, as with the old decoder: the
  // provider judges a too deep body itself (payload-check.ts, nestsDeeperThan) and then leaves it out of the
  // state, which is encoded recursively and so refuses such depth (see encodeValue above).
  it('reads a hostile 100,000-deep array without overflowing the stack', () => {
    const input = bytes(new Uint8Array(100_000).fill(0x91), 0xc0);
    const decoded = decodeValue(input);
    expect(nestsDeeperThan(decoded, MAX_NESTING)).toBe(true);
    expect(() => encodeValue(decoded)).toThrow(/nested more than/);
    expect(() => decodeValue(input.subarray(0, 100_000))).toThrow(/Truncated msgpack value/);
  });
});
