/**
 * One scanner over a JSON text for the CLI: the line and column of every value by JSON pointer (so
 * diagnostics point into the file) and, for text JSON.parse refused, where the grammar first breaks and
 * why. JSON.parse's messages carry no position for some errors (a `NaN` is reported without one) and
 * quote the input; the reasons here never quote more than the offending character. Iterative, so
 * nesting depth costs no stack.
 */
import { escapeSegment } from '../../text/json-pointer';

export interface Location {
  line: number;
  column: number;
}

export interface JsonScan {
  /** Where each value starts, by JSON pointer (up to the syntax error, if any). */
  locations: Map<string, Location>;
  /** The first syntax error; undefined when the text is valid JSON. */
  problem?: { location: Location; reason: string };
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

interface Container {
  close: '}' | ']';
  pointer: string;
  /** Next array index, or the last property name read. */
  index: number;
  key: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(c: string): string {
  return /^[\x21-\x7e]$/.test(c) ? `'${c}'` : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function scanJson(text: string): JsonScan {
  const locations = new Map<string, Location>();
  const stack: Container[] = [];
  let expect: Expect = 'value';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (offset: number): Location => ({ line, column: offset - lineStart + 1 });
  const fail = (reason: string, offset = i): JsonScan => ({ locations, problem: { location: at(offset), reason } });
  const afterValue = (): Expect => (stack.length ? 'comma-or-close' : 'end');
  const valueStarts = (): string => {
    const top = stack[stack.length - 1];
    const pointer = !top ? '' : `${top.pointer}/${top.close === ']' ? top.index : escapeSegment(top.key)}`;
    locations.set(pointer, at(i));
    return pointer;
  };
  while (true) {
    // Outside strings (where a raw line break is an error) every line break is whitespace.
    for (; i < text.length && ' \t\n\r'.includes(text[i]); i += 1) {
      if (text[i] === '\n') {
        line += 1;
        lineStart = i + 1;
      }
    }
    if (i >= text.length) return expect === 'end' ? { locations } : fail('unexpected end of input');
    const c = text[i];
    if (expect === 'end') return fail(`unexpected ${describe(c)} after the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ':' after the property name, found ${describe(c)}`);
      expect = 'value';
      i += 1;
    } else if (expect === 'comma-or-close') {
      const top = stack[stack.length - 1];
      if (c === ',') {
        expect = top.close === '}' ? 'key' : 'value';
        top.index += 1;
      } else if (c === top.close) {
        stack.pop();
        expect = afterValue();
      } else return fail(`expected ',' or '${top.close}', found ${describe(c)}`);
      i += 1;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') {
        stack.pop();
        expect = afterValue();
        i += 1;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return fail(end.reason, end.offset);
        stack[stack.length - 1].key = JSON.parse(text.slice(i, end)) as string;
        i = end;
        expect = 'colon';
      } else return fail(`expected a property name in double quotes, found ${describe(c)}`);
    } else if (c === ']' && expect === 'value-or-close') {
      stack.pop();
      expect = afterValue();
      i += 1;
    } else if (c === '{' || c === '[') {
      stack.push({ close: c === '{' ? '}' : ']', pointer: valueStarts(), index: 0, key: '' });
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      i += 1;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return fail(end.reason, end.offset);
      valueStarts();
      i = end;
      expect = afterValue();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('invalid number');
      valueStarts();
      i = NUMBER.lastIndex;
      expect = afterValue();
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return fail(`unexpected ${describe(c)} (not a JSON value: strings need double quotes; NaN, Infinity and comments are not JSON)`);
      valueStarts();
      i += word.length;
      expect = afterValue();
    }
  }
}

/** The offset just past the string starting at `start`, or why the string is malformed. */
function stringEnd(text: string, start: number): number | { offset: number; reason: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: 'invalid \\u escape (needs 4 hex digits)' };
        i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
      else return { offset: i, reason: 'invalid escape in string' };
    } else if (c < ' ') return { offset: i, reason: `unescaped control character ${describe(c)} in string` };
    else i += 1;
  }
  return { offset: start, reason: 'unterminated string' };
}
