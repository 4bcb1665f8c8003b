/**
 * A minimal proto3 wire codec for the few messages this provider exchanges (protocol.ts declares them).
 * A general protobuf library costs every provider start its load and schema-parse time; these messages
 * need only strings, bytes, bools, non-negative varints, enums, nested and repeated messages and
 * string-keyed maps. Decoding skips unknown fields, as protobuf requires, so fields added in later protocol
 * versions pass through harmlessly.
 */

/** `[field number, kind]` or `[field number, kind, 'repeated']`; an enum kind lists its names by number. */
export type FieldSpec = [number, Kind] | [number, Kind, 'repeated'];
type Kind = 'string' | 'bytes' | 'bool' | 'varint' | readonly string[] | MessageType | { map: MessageType };

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export class MessageType {
  private resolved?: { fields: Record<string, FieldSpec>; byNumber: Map<number, [string, FieldSpec]> };

  /** `fields` may be a function, for a message that contains itself (a schema block holds nested blocks). */
  constructor(private readonly declared: Record<string, FieldSpec> | (() => Record<string, FieldSpec>)) {}

  private get fields(): Record<string, FieldSpec> {
    return this.spec().fields;
  }

  private get byNumber(): Map<number, [string, FieldSpec]> {
    return this.spec().byNumber;
  }

  private spec() {
    if (!this.resolved) {
      const fields = typeof this.declared === 'function' ? this.declared() : this.declared;
      this.resolved = { fields, byNumber: new Map(Object.entries(fields).map(([name, spec]) => [spec[0], [name, spec]])) };
    }
    return this.resolved;
  }

  /** Encodes a plain object; absent (undefined or null) fields and proto3 defaults are left out. */
  encode(value: Record<string, unknown>): Buffer {
    const out: number[] = [];
    const parts: Buffer[] = [];
    const flush = () => {
      if (out.length) parts.push(Buffer.from(out.splice(0)));
    };
    const bytes = (no: number, b: Uint8Array) => {
      varint(out, (no << 3) | LENGTH_DELIMITED);
      varint(out, b.length);
      flush();
      parts.push(Buffer.from(b.buffer, b.byteOffset, b.length));
    };
    for (const [name, [no, kind, repeated]] of Object.entries(this.fields)) {
      const v = value[name];
      if (v === undefined || v === null) continue;
      if (isMap(kind)) {
        for (const [key, entry] of Object.entries(v as Record<string, Record<string, unknown>>)) {
          bytes(no, mapEntry(kind.map).encode({ key, value: entry }));
        }
        continue;
      }
      for (const item of repeated ? (v as unknown[]) : [v]) {
        if (kind instanceof MessageType) bytes(no, kind.encode(item as Record<string, unknown>));
        else if (kind === 'string') {
          if (item !== '' || repeated) bytes(no, Buffer.from(String(item), 'utf8'));
        } else if (kind === 'bytes') {
          if ((item as Uint8Array).length || repeated) bytes(no, item as Uint8Array);
        } else {
          const n = kind === 'bool' ? Number(item === true) : typeof item === 'string' && isEnum(kind) ? kind.indexOf(item) : Number(item);
          if (n < 0 || !Number.isSafeInteger(n)) throw new Error(`cannot encode ${String(item)} as field ${name}`);
          if (n !== 0 || repeated) {
            varint(out, (no << 3) | VARINT);
            varint(out, n);
          }
        }
      }
    }
    flush();
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Decodes to a plain object holding the fields present (bytes as Buffers, enums as names). */
  decode(buf: Buffer): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const at = { pos: 0 };
    while (at.pos < buf.length) {
      const tag = readVarint(buf, at);
      const wire = tag & 7;
      const field = this.byNumber.get(Math.floor(tag / 8));
      if (wire === VARINT) {
        const n = readVarint(buf, at);
        if (!field) continue;
        const [name, [, kind, repeated]] = field;
        const v = kind === 'bool' ? n !== 0 : isEnum(kind) ? (kind[n] ?? n) : n;
        if (repeated) ((result[name] ??= []) as unknown[]).push(v);
        else result[name] = v;
      } else if (wire === LENGTH_DELIMITED) {
        const length = readVarint(buf, at);
        const end = at.pos + length;
        if (end > buf.length) throw new Error('truncated protobuf message');
        const b = buf.subarray(at.pos, end);
        at.pos = end;
        if (!field) continue;
        const [name, [, kind, repeated]] = field;
        if (isMap(kind)) {
          const entry = mapEntry(kind.map).decode(b);
          ((result[name] ??= {}) as Record<string, unknown>)[String(entry.key ?? '')] = entry.value ?? {};
          continue;
        }
        const v = kind instanceof MessageType ? kind.decode(b) : kind === 'string' ? b.toString('utf8') : b;
        if (repeated) ((result[name] ??= []) as unknown[]).push(v);
        else result[name] = v;
      } else if (wire === FIXED64 || wire === FIXED32) {
        at.pos += wire === FIXED64 ? 8 : 4;
      } else {
        throw new Error(`unsupported protobuf wire type ${wire}`);
      }
    }
    return result;
  }
}

const isEnum = (kind: Kind): kind is readonly string[] => Array.isArray(kind);
const isMap = (kind: Kind): kind is { map: MessageType } => typeof kind === 'object' && !isEnum(kind) && !(kind instanceof MessageType);

/** A map field travels as repeated `{ key = 1; value = 2; }` entries. */
const mapEntries = new WeakMap<MessageType, MessageType>();
function mapEntry(value: MessageType): MessageType {
  let entry = mapEntries.get(value);
  if (!entry) mapEntries.set(value, (entry = new MessageType({ key: [1, 'string'], value: [2, value] })));
  return entry;
}

/** Appends a non-negative integer (up to 2^53) as a base-128 varint. */
function varint(out: number[], n: number): void {
  while (n > 0x7f) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

function readVarint(buf: Buffer, at: { pos: number }): number {
  let n = 0;
  for (let scale = 1; ; scale *= 0x80) {
    if (at.pos >= buf.length) throw new Error('truncated protobuf varint');
    const byte = buf[at.pos++];
    n += (byte & 0x7f) * scale;
    if (byte < 0x80) return n;
  }
}
