import { MAX_NESTING, UNKNOWN } from './cty';

/**
 * Terraform values travel as msgpack (cty's encoding). This codec reads what cty sends and writes what we
 * return, nothing more: Terraform starts the provider a few times per plan, each process short-lived, so
 * its code runs cold in V8's interpreter, where less code and Buffer's native UTF-8 calls pay.
 *
 * An unknown value is msgpack extension type 0; Terraform 1.3+ may send a *refined* unknown (extension type 12,
 * e.g. "not null"), which for us is just as unknown. Both decode to the UNKNOWN sentinel, and UNKNOWN encodes
 * back as extension type 0 (a fixext 1 whose one byte is 0).
 */
const CTY_UNKNOWN = 0;
const CTY_REFINED_UNKNOWN = 12;
const UNKNOWN_DATA = new Uint8Array([0]);

/** A value of any other extension type, kept as sent so that the data source's state repeats it unchanged. */
export class Extension {
  constructor(
    readonly type: number,
    readonly data: Uint8Array,
  ) {}
}

/**
 * Decodes a cty msgpack value: objects and maps become plain objects (a `__proto__` key an own property, as
 * JSON.parse makes it), bin data a Uint8Array view of `bytes` (a dynamic value's type), null stays null, and
 * an empty input is null. Integers beyond 2^53 become the nearest number. Malformed input throws an Error.
 */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return null;
  const reader = new Reader(bytes);
  const value = reader.value();
  reader.end();
  return value;
}

/** Marks an array or map whose items are still to be read; see Reader.value. */
const OPENED = Symbol('opened');

/**
 * Buffer's native UTF-8 calls, which its documented toString() and write() make after checking their
 * arguments in JavaScript: a cost that counts in a short-lived, interpreted process.
 */
interface Utf8Buffer extends Buffer {
  utf8Slice(start: number, end: number): string;
  utf8Write(text: string, offset: number, length: number): number;
}

/** Reads one value from `bytes`; every read is bounds-checked first. */
class Reader {
  private readonly buf: Utf8Buffer;
  private pos = 0;
  /** Arrays and maps being filled, innermost last: an explicit stack, so hostile nesting costs heap, not call stack. */
  private readonly open: (OpenArray | OpenMap)[] = [];

  constructor(private readonly bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Utf8Buffer;
  }

  /** Reads one whole value. Each step reads at least one byte, so any input ends or throws. */
  value(): unknown {
    for (;;) {
      let value = this.next();
      if (value === OPENED) continue;
      // Hand the value to the innermost open container; one that fills up is itself the next value.
      for (;;) {
        const top = this.open[this.open.length - 1];
        if (top === undefined) return value;
        if (!top.add(value)) break;
        this.open.pop();
        value = top.value;
      }
    }
  }

  end(): void {
    if (this.pos < this.buf.length) throw new Error(`Invalid msgpack value: ${this.buf.length - this.pos} extra bytes after it (of ${this.buf.length})`);
  }

  /** The next scalar, an empty container, or OPENED after pushing a container with items to read. */
  private next(): unknown {
    const type = this.u8();
    if (type < 0x80) return type; // positive fixint
    if (type >= 0xe0) return type - 0x100; // negative fixint
    if (type >= 0xa0 && type < 0xc0) return this.str(type - 0xa0);
    if (type >= 0x90 && type < 0xa0) return this.array(type - 0x90);
    if (type < 0x90) return this.map(type - 0x80);
    switch (type) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc4: return this.bin(this.u8());
      case 0xc5: return this.bin(this.u16());
      case 0xc6: return this.bin(this.u32());
      case 0xc7: return this.ext(this.u8());
      case 0xc8: return this.ext(this.u16());
      case 0xc9: return this.ext(this.u32());
      case 0xca: return this.buf.readFloatBE(this.take(4));
      case 0xcb: return this.buf.readDoubleBE(this.take(8));
      case 0xcc: return this.u8();
      case 0xcd: return this.u16();
      case 0xce: return this.u32();
      case 0xcf: return this.u32() * 2 ** 32 + this.u32();
      case 0xd0: return this.buf.readInt8(this.take(1));
      case 0xd1: return this.buf.readInt16BE(this.take(2));
      case 0xd2: return this.buf.readInt32BE(this.take(4));
      case 0xd3: return this.buf.readInt32BE(this.take(4)) * 2 ** 32 + this.u32();
      case 0xd4: return this.ext(1);
      case 0xd5: return this.ext(2);
      case 0xd6: return this.ext(4);
      case 0xd7: return this.ext(8);
      case 0xd8: return this.ext(16);
      case 0xd9: return this.str(this.u8());
      case 0xda: return this.str(this.u16());
      case 0xdb: return this.str(this.u32());
      case 0xdc: return this.array(this.u16());
      case 0xdd: return this.array(this.u32());
      case 0xde: return this.map(this.u16());
      case 0xdf: return this.map(this.u32());
      default: throw new Error(`Invalid msgpack value: type byte 0x${type.toString(16)} at byte ${this.pos - 1}`);
    }
  }

  /** The offset of the next `length` bytes, which must all be there. */
  private take(length: number): number {
    const at = this.pos;
    if (length > this.buf.length - at) throw new Error(`Truncated msgpack value: ${length} bytes needed at byte ${at} of ${this.buf.length}`);
    this.pos = at + length;
    return at;
  }

  private u8(): number {
    return this.buf[this.take(1)];
  }

  private u16(): number {
    return this.buf.readUInt16BE(this.take(2));
  }

  private u32(): number {
    return this.buf.readUInt32BE(this.take(4));
  }

  private str(length: number): string {
    const at = this.take(length);
    return this.buf.utf8Slice(at, at + length);
  }

  private bin(length: number): Uint8Array {
    const at = this.take(length);
    return this.bytes.subarray(at, at + length);
  }

  private ext(length: number): unknown {
    const type = this.buf.readInt8(this.take(1));
    const data = this.bin(length);
    return type === CTY_UNKNOWN || type === CTY_REFINED_UNKNOWN ? UNKNOWN : new Extension(type, data);
  }

  private array(size: number): unknown {
    if (size === 0) return [];
    this.fits(size);
    this.open.push(new OpenArray(size));
    return OPENED;
  }

  private map(size: number): unknown {
    if (size === 0) return {};
    this.fits(size * 2);
    this.open.push(new OpenMap(size));
    return OPENED;
  }

  /** Every item takes at least a byte: a count beyond the rest of the input is refused before anything is built. */
  private fits(items: number): void {
    if (items > this.buf.length - this.pos) throw new Error(`Truncated msgpack value: ${items} items announced with ${this.buf.length - this.pos} bytes left`);
  }
}

class OpenArray {
  readonly value: unknown[] = [];

  constructor(private readonly size: number) {}

  /** Adds the next item; true when that completes the array. */
  add(item: unknown): boolean {
    this.value.push(item);
    return this.value.length === this.size;
  }
}

class OpenMap {
  readonly value: Record<string, unknown> = {};
  private key: string | undefined;

  constructor(private left: number) {}

  /** Adds the next key or value; true when that completes the map. */
  add(item: unknown): boolean {
    if (this.key === undefined) {
      if (typeof item !== 'string') throw new Error(`Invalid msgpack value: a map key is ${describe(item)}, not a string`);
      this.key = item;
      return false;
    }
    // Assigning `__proto__` would set the prototype instead.
    if (this.key === '__proto__') Object.defineProperty(this.value, this.key, { value: item, enumerable: true, writable: true, configurable: true });
    else this.value[this.key] = item;
    this.key = undefined;
    this.left -= 1;
    return this.left === 0;
  }
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/** Deepest value encoded: the data source's state repeats a body of up to MAX_NESTING levels a few levels down. */
const MAX_DEPTH = MAX_NESTING + 8;

/**
 * The encoder's output, grown as needed and reused by every call (each result is a copy of its part). One
 * grown past RETAINED_BYTES (a large body) is dropped after its call: a reattached server lives for many plans.
 */
const INITIAL_BYTES = 8192;
const RETAINED_BYTES = 1024 * 1024;
let out = Buffer.allocUnsafe(INITIAL_BYTES) as Utf8Buffer;
let pos = 0;

/**
 * Encodes a value for Terraform: null and undefined as nil, integers in the smallest int format, other
 * numbers as float64, strings as UTF-8, Uint8Array as bin, arrays, objects as maps of their own keys,
 * UNKNOWN as cty's unknown. Values nested more than MAX_DEPTH levels throw.
 */
export function encodeValue(value: unknown): Uint8Array {
  pos = 0;
  try {
    write(value, 1);
    // A copy (Buffer's own slice() would be a view of `out`).
    return Uint8Array.prototype.slice.call(out, 0, pos);
  } finally {
    if (out.length > RETAINED_BYTES) out = Buffer.allocUnsafe(INITIAL_BYTES) as Utf8Buffer;
  }
}

function write(value: unknown, depth: number): void {
  if (depth > MAX_DEPTH) throw new Error(`Cannot encode a value nested more than ${MAX_DEPTH} levels deep for Terraform`);
  if (value === null || value === undefined) byte(0xc0);
  else if (typeof value === 'string') string(value);
  else if (typeof value === 'boolean') byte(value ? 0xc3 : 0xc2);
  else if (typeof value === 'number') number(value);
  else if (value === UNKNOWN) extension(CTY_UNKNOWN, UNKNOWN_DATA);
  else if (Array.isArray(value)) array(value, depth);
  else if (value instanceof Uint8Array) bin(value);
  else if (value instanceof Extension) extension(value.type, value.data);
  else if (typeof value === 'object') map(value as Record<string, unknown>, depth);
  else throw new Error(`Cannot encode a ${typeof value} for Terraform`);
}

// Indexed loops: for-of's iterator calls cost more in the interpreter, where this code mostly runs.
function array(items: unknown[], depth: number): void {
  lengthHeader(items.length, 0x90, 0xdc, 0xdd);
  for (let i = 0; i < items.length; i += 1) write(items[i], depth + 1);
}

function map(record: Record<string, unknown>, depth: number): void {
  const keys = Object.keys(record);
  lengthHeader(keys.length, 0x80, 0xde, 0xdf);
  for (let i = 0; i < keys.length; i += 1) {
    string(keys[i]);
    write(record[keys[i]], depth + 1);
  }
}

function bin(data: Uint8Array): void {
  if (data.length < 0x100) typeAndByte(0xc4, data.length);
  else sized(data.length, 0xc5, 0xc6);
  raw(data);
}

/** Makes room for `length` more bytes. */
function reserve(length: number): void {
  if (pos + length <= out.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, pos + length)) as Utf8Buffer;
  out.copy(bigger, 0, 0, pos);
  out = bigger;
}

function byte(b: number): void {
  reserve(1);
  out[pos++] = b;
}

function typeAndByte(type: number, b: number): void {
  reserve(2);
  out[pos++] = type;
  out[pos++] = b;
}

function raw(data: Uint8Array): void {
  reserve(data.length);
  out.set(data, pos);
  pos += data.length;
}

/** A length after a 16-bit type byte or, when longer, a 32-bit one. */
function sized(length: number, type16: number, type32: number): void {
  reserve(5);
  out[pos] = length < 0x10000 ? type16 : type32;
  pos = length < 0x10000 ? out.writeUInt16BE(length, pos + 1) : out.writeUInt32BE(length, pos + 1);
}

/** An array's or map's header: the type holds a length below 16. */
function lengthHeader(length: number, fixType: number, type16: number, type32: number): void {
  if (length < 16) byte(fixType | length);
  else sized(length, type16, type32);
}

/** Integers in the smallest format that holds them (as cty reads any int or float); the rest as float64. */
function number(n: number): void {
  reserve(9);
  if (!Number.isSafeInteger(n)) {
    out[pos] = 0xcb;
    pos = out.writeDoubleBE(n, pos + 1);
  } else if (n >= 0) {
    if (n < 0x80) out[pos++] = n;
    else if (n < 0x100) typeAndByte(0xcc, n);
    else if (n < 2 ** 32) sized(n, 0xcd, 0xce);
    else int64(0xcf, n);
  } else if (n >= -0x20) out[pos++] = n & 0xff; // negative fixint
  else if (n >= -0x80) typeAndByte(0xd0, n & 0xff);
  else if (n >= -0x8000) {
    out[pos] = 0xd1;
    pos = out.writeInt16BE(n, pos + 1);
  } else if (n >= -(2 ** 31)) {
    out[pos] = 0xd2;
    pos = out.writeInt32BE(n, pos + 1);
  } else int64(0xd3, n);
}

/** A safe integer as 64 bits: the high word (negative for a negative n) and the low word. */
function int64(type: number, n: number): void {
  out[pos] = type;
  pos = out.writeInt32BE(Math.floor(n / 2 ** 32), pos + 1);
  pos = out.writeUInt32BE(n >>> 0, pos);
}

function string(s: string): void {
  const length = Buffer.byteLength(s);
  if (length < 32) byte(0xa0 | length);
  else if (length < 0x100) typeAndByte(0xd9, length);
  else sized(length, 0xda, 0xdb);
  reserve(length);
  pos += out.utf8Write(s, pos, length);
}

const FIXEXT: Record<number, number> = { 1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8 };

function extension(type: number, data: Uint8Array): void {
  const fixed = FIXEXT[data.length];
  if (fixed !== undefined) byte(fixed);
  else if (data.length < 0x100) typeAndByte(0xc7, data.length);
  else sized(data.length, 0xc8, 0xc9);
  byte(type & 0xff);
  raw(data);
}
