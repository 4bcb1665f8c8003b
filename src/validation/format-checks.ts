/**
 * Character-code versions of the most used FORMAT_PATTERNS (rules.ts) and of fixed-length schema
 * patterns (UUIDs), for the compiled fast path only: each answers exactly what its regex's `test`
 * answers (test/validation/format-checks.test.ts fuzzes both on near-miss strings), without a regex
 * call. The patterns stay the definition: the diagnostic pass and the Terraform preconditions use them.
 */

/** ASCII 0-9, what `\d` matches in a JS regex without the `u` flag (and in RE2). */
function digits(s: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i += 1) {
    const c = s.charCodeAt(i); // NaN past the end: not a digit
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** `\d{4}-\d{2}-\d{2}` at the start of `s` (the caller checked its length). */
function datePart(s: string): boolean {
  return digits(s, 0, 4) && s.charCodeAt(4) === 45 && digits(s, 5, 2) && s.charCodeAt(7) === 45 && digits(s, 8, 2);
}

/** `^\d{4}-\d{2}-\d{2}$` */
function isDate(s: string): boolean {
  return s.length === 10 && datePart(s);
}

/**
 * `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$`. No backtracking is needed:
 * the zone starts with Z, + or -, so a `:` after the minutes must open the seconds, a `.` after them the
 * fraction, and the fraction's digits run to the zone.
 */
function isDateTime(s: string): boolean {
  const n = s.length;
  if (n < 17 || !datePart(s) || s.charCodeAt(10) !== 84 || !digits(s, 11, 2) || s.charCodeAt(13) !== 58 || !digits(s, 14, 2)) return false;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    if (!digits(s, i + 1, 2)) return false;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      const start = (i += 1);
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i += 1;
      if (i === start || i - start > 9) return false;
    }
  }
  const zone = s.charCodeAt(i);
  if (zone === 90) return i + 1 === n;
  if (zone !== 43 && zone !== 45) return false;
  if (n - i === 5) return digits(s, i + 1, 4);
  return n - i === 6 && digits(s, i + 1, 2) && s.charCodeAt(i + 3) === 58 && digits(s, i + 4, 2);
}

/** Formats with a character-code check; the others are tested with their pattern. */
export const FORMAT_CHECKS: Readonly<Record<string, (s: string) => boolean>> = { 'date-time': isDateTime, date: isDate };

/**
 * A check for an anchored rule pattern (`^(?:...)$`, rules.ts) that is a fixed-length run (at most 64) of
 * ASCII literals and classes such as `[a-fA-F0-9]{8}-[a-fA-F0-9]{4}`, generated as one unrolled test per
 * position; undefined for any other pattern (its regex is used). Such a pattern matches exactly the
 * strings of its length whose every UTF-16 unit is in its position's class (with the `u` flag too: no
 * class holds a surrogate).
 */
export function fixedLengthCheck(pattern: string): ((s: string) => boolean) | undefined {
  const inner = /^\^\(\?:(.*)\)\$$/.exec(pattern)?.[1];
  if (inner === undefined) return undefined;
  const positions: string[] = [];
  const atom = /\[((?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_#-])+)\]|([A-Za-z0-9_#-])/y;
  for (let at = 0; at < inner.length;) {
    atom.lastIndex = at;
    const m = atom.exec(inner);
    if (!m) return undefined;
    // Code-unit ranges the position accepts, as a test of `c` (NaN, past the end, fails every one).
    const ranges = m[2] !== undefined ? [[m[2], m[2]]] : [...m[1].matchAll(/([A-Za-z0-9])-([A-Za-z0-9])|(.)/g)].map(([, from, to, single]) => (single !== undefined ? [single, single] : [from, to]));
    const test = ranges.map(([from, to]) => (from === to ? `c === ${from.charCodeAt(0)}` : `(c >= ${from.charCodeAt(0)} && c <= ${to.charCodeAt(0)})`)).join(' || ');
    at = atom.lastIndex;
    const count = /^\{(\d{1,2})\}/.exec(inner.slice(at));
    if (count) at += count[0].length;
    for (let i = 0; i < (count ? Number(count[1]) : 1); i += 1) positions.push(test);
    if (positions.length > 64) return undefined;
  }
  const body = positions.map((test, i) => `c = s.charCodeAt(${i}); if (!(${test})) return false;`).join(' ');
  return new Function('s', `"use strict"; if (s.length !== ${positions.length}) return false; let c; ${body} return true;`) as (s: string) => boolean;
}
