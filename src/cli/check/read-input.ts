/**
 * Reading one input file safely: regular files only (a FIFO, device or directory is refused without
 * blocking on it), up to MAX_INPUT_BYTES, strict UTF-8 (an optional BOM is skipped), JSON whose syntax
 * errors give the real line and column. Errors never quote the file's content.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import { scanJson, type Location } from './json-scan';

/** Largest payload file `check` reads (64 MiB); larger files are reported unreadable. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A file that could not be read or parsed: `reason` says why, `location` where (syntax errors). */
export class UnreadableInput extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly location?: Location,
  ) {
    super(`${file}${location ? `:${location.line}:${location.column}` : ''}: ${reason}`);
  }
}

/** The file's text. Throws UnreadableInput. */
export function readInputText(file: string): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below then refuses it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableInput(file, `cannot read (${code === 'ENOENT' ? 'no such file' : code ?? 'unknown error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableInput(file, `cannot read (not a regular file: ${stat.isDirectory() ? 'a directory' : 'a device, FIFO or socket'})`);
    if (stat.size > MAX_INPUT_BYTES) throw new UnreadableInput(file, `cannot read (${stat.size} bytes; the limit is ${MAX_INPUT_BYTES} bytes)`);
    // Only the size stat reports: a file that grows meanwhile, or a /proc file (size 0), is not read on.
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return decodeUtf8(file, bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Bytes read elsewhere (stdin) as input text: the same size limit, BOM and strict UTF-8 as a file. */
export function decodeInputBytes(file: string, bytes: Buffer): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new UnreadableInput(file, `cannot read (more than the limit of ${MAX_INPUT_BYTES} bytes)`);
  return decodeUtf8(file, bytes);
}

function decodeUtf8(file: string, bytes: Buffer): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
  } catch {
    const bad = firstInvalidUtf8(bytes, bom);
    const before = bytes.subarray(bom, bad).toString('utf8');
    const line = before.split('\n').length;
    throw new UnreadableInput(file, `not valid UTF-8 (byte offset ${bad})`, { line, column: before.length - before.lastIndexOf('\n') });
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer, from: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Deepest nesting of arrays and objects `check` reads; real request bodies nest a few levels. */
export const MAX_INPUT_DEPTH = 256;

/**
 * The JSON value of a file's text. Throws UnreadableInput with the line and column of a syntax error, or of
 * the bracket that nests deeper than MAX_INPUT_DEPTH (so nothing after the door walks unbounded nesting).
 */
export function parseInputJson(file: string, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { problem } = scanJson(text);
    throw new UnreadableInput(file, `invalid JSON: ${problem?.reason ?? 'not accepted by JSON.parse'}`, problem?.location);
  }
  const tooDeep = firstTooDeep(text);
  if (tooDeep !== null) {
    const before = text.slice(0, tooDeep);
    const location = { line: before.split('\n').length, column: tooDeep - before.lastIndexOf('\n') };
    throw new UnreadableInput(file, `nested deeper than ${MAX_INPUT_DEPTH} levels of arrays and objects; no Genesys request nests this deep`, location);
  }
  return value;
}

/** Offset of the first `[` or `{` (outside strings) nested deeper than MAX_INPUT_DEPTH, or null. Text already parsed as JSON. */
function firstTooDeep(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      for (i += 1; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_INPUT_DEPTH) return i;
    } else if (c === ']' || c === '}') depth -= 1;
  }
  return null;
}
