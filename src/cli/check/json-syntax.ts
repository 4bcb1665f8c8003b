/**
 * Where a JSON text first breaks the grammar, and why. JSON.parse's messages carry no position for some
 * errors (a `NaN` is reported without one) and quote the input; this scanner gives the offset and a reason
 * that never quotes more than the offending character. Iterative, so nesting depth costs no stack.
 */
export interface SyntaxProblem {
  offset: number;
  reason: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(c: string): string {
  return /^[\x21-\x7e]$/.test(c) ? `'${c}'` : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function firstSyntaxError(text: string): SyntaxProblem | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (reason: string, at = i): SyntaxProblem => ({ offset: at, reason });
  const afterValue = (): Expect => (stack.length ? 'comma-or-close' : 'end');
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i += 1;
    if (i >= text.length) return expect === 'end' ? undefined : fail('unexpected end of input');
    const c = text[i];
    if (expect === 'end') return fail(`unexpected ${describe(c)} after the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ':' after the property name, found ${describe(c)}`);
      expect = 'value';
      i += 1;
    } else if (expect === 'comma-or-close') {
      const close = stack[stack.length - 1] === '{' ? '}' : ']';
      if (c === ',') expect = close === '}' ? 'key' : 'value';
      else if (c === close) {
        stack.pop();
        expect = afterValue();
      } else return fail(`expected ',' or '${close}', found ${describe(c)}`);
      i += 1;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') {
        stack.pop();
        expect = afterValue();
        i += 1;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
      } else return fail(`expected a property name in double quotes, found ${describe(c)}`);
    } else if (c === ']' && expect === 'value-or-close') {
      stack.pop();
      expect = afterValue();
      i += 1;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      i += 1;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('invalid number');
      i = NUMBER.lastIndex;
      expect = afterValue();
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return fail(`unexpected ${describe(c)} (not a JSON value: strings need double quotes; NaN, Infinity and comments are not JSON)`);
      i += word.length;
      expect = afterValue();
    }
  }
}

function stringEnd(text: string, start: number): number | SyntaxProblem {
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
