/** Reads payload files into the entries `check` validates. */
import { scanJson, type Location } from './json-scan';
import { parseInputJson, readInputText, UnreadableInput } from './read-input';

export { MAX_INPUT_BYTES, UnreadableInput } from './read-input';

/** How stdin is named in messages and results. */
export const STDIN_NAME = '<stdin>';

/** One thing to check: a request, or a list of scope or permission names. */
export type Entry =
  | { kind: 'request'; method: string; path: string; body: unknown; hasBody: boolean; bodyPointer: string }
  | { kind: 'scopes' | 'permissions'; values: unknown[]; valuesPointer: string };

export interface PayloadFile {
  file: string;
  entries: Entry[];
  /** File location of a pointer into the file's JSON. */
  locate(pointer: string): Location | undefined;
}

export function readPayloadFile(file: string, operation?: { method: string; path: string }): PayloadFile {
  return parsePayload(file, readInputText(file), operation);
}

/** The entries of a payload text already read (from a file or stdin); `file` names it in messages. */
export function parsePayload(file: string, text: string, operation?: { method: string; path: string }): PayloadFile {
  const json = parseInputJson(file, text);
  let locations: Map<string, Location> | undefined;
  const locate = (pointer: string) => (locations ??= scanJson(text).locations).get(pointer);
  if (operation) return { file, entries: [{ kind: 'request', ...operation, body: json, hasBody: true, bodyPointer: '' }], locate };
  const items = Array.isArray(json) ? json : [json];
  const entries = items.map((item, i) => toEntry(item, Array.isArray(json) ? `/${i}` : '', file));
  return { file, entries, locate };
}

function toEntry(item: unknown, pointer: string, file: string): Entry {
  const record = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
  for (const kind of ['scopes', 'permissions'] as const) {
    if (Array.isArray(record[kind]) && record.method === undefined) return { kind, values: record[kind] as unknown[], valuesPointer: `${pointer}/${kind}` };
  }
  if (typeof record.method !== 'string' || typeof record.path !== 'string') {
    throw new UnreadableInput(file, `${pointer ? `entry ${pointer.slice(1)}: ` : ''}not a request: write {"method": "POST", "path": "/api/v2/...", "body": {...}}, {"scopes": [...]}, or pass --operation "METHOD /path" for a bare body`);
  }
  return { kind: 'request', method: record.method, path: record.path, body: record.body, hasBody: 'body' in record, bodyPointer: `${pointer}/body` };
}
