/**
 * Character-code versions of the most used FORMAT_PATTERNS (rules.ts) and of fixed-length schema
 * patterns (UUIDs), for the compiled fast path only: each answers exactly what its regex's `test`
 * answers (test/validation/format-checks.test.ts fuzzes both on near-miss strings), without a regex
 * call. The patterns stay the definition: the diagnostic pass and the Terraform preconditions use them.
 */

/** An ASCII 0-9 at `i`, what `\d` matches in a JS regex without the `u` flag (and in RE2); NaN past the end is not. */
function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// Fixed positions are tested one by one, unrolled: with a loop per run of digits the date-time check took
// 36 ns on 2026-11-25T12:00:00.000Z alone, more than its regex (29 ns); unrolled, 25 ns. In the validation
// bench this version measured faster (work item 1.57-1.64x ajv) than both the loops (1.48-1.51x) and an
// unrolled variant small enough for V8 to inline into the compiled fast path (1.45-1.48x).

/** `\d{4}-\d{2}-\d{2}` at the start of `s`. */
function datePart(s: string): boolean {
  return digitAt(s, 0) && digitAt(s, 1) && digitAt(s, 2) && digitAt(s, 3) && s.charCodeAt(4) === 45
    && digitAt(s, 5) && digitAt(s, 6) && s.charCodeAt(7) === 45 && digitAt(s, 8) && digitAt(s, 9);
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
  if (n < 17 || !datePart(s) || s.charCodeAt(10) !== 84 || !digitAt(s, 11) || !digitAt(s, 12) || s.charCodeAt(13) !== 58 || !digitAt(s, 14) || !digitAt(s, 15)) return false;
  let i = 16;
  if (s.charCodeAt(16) === 58) {
    if (!digitAt(s, 17) || !digitAt(s, 18)) return false;
    i = 19;
    if (s.charCodeAt(19) === 46) {
      const start = (i = 20);
      while (digitAt(s, i)) i += 1;
      if (i === start || i - start > 9) return false;
    }
  }
  const zone = s.charCodeAt(i);
  if (zone === 90) return i + 1 === n;
  if (zone !== 43 && zone !== 45) return false;
  if (n - i === 5) return digitAt(s, i + 1) && digitAt(s, i + 2) && digitAt(s, i + 3) && digitAt(s, i + 4);
  return n - i === 6 && digitAt(s, i + 1) && digitAt(s, i + 2) && s.charCodeAt(i + 3) === 58 && digitAt(s, i + 4) && digitAt(s, i + 5);
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
    // Code-unit ranges the position accepts.
    const ranges = m[2] !== undefined ? [[m[2], m[2]]] : [...m[1].matchAll(/([A-Za-z0-9])-([A-Za-z0-9])|(.)/g)].map(([, from, to, single]) => (single !== undefined ? [single, single] : [from, to]));
    const test = outside(merged(ranges.map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)])));
    at = atom.lastIndex;
    const count = /^\{(\d{1,2})\}/.exec(inner.slice(at));
    if (count) at += count[0].length;
    for (let i = 0; i < (count ? Number(count[1]) : 1); i += 1) positions.push(test);
    if (positions.length > 64) return undefined;
  }
  // The length is tested first: every `c` is a code unit, never NaN.
  const body = positions.map((test, i) => `c = s.charCodeAt(${i}); if (${test}) return false;`).join(' ');
  return new Function('s', `"use strict"; if (s.length !== ${positions.length}) return false; let c; ${body} return true;`) as (s: string) => boolean;
}

type Range = readonly [from: number, to: number];

/** Ranges sorted, with overlapping and adjacent ones joined. */
function merged(ranges: readonly Range[]): Range[] {
  const out: [number, number][] = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * A test of the code unit `c` that is true when it is in none of the sorted, disjoint ranges: comparisons
 * with the ranges' starts pick the one range `c` could be in, and one unsigned comparison tests that range
 * (on a UUID about 20% faster than testing each range in turn).
 */
function outside(ranges: readonly Range[]): string {
  const [[from, to], ...rest] = ranges;
  const miss = from === to ? `c !== ${from}` : `(c - ${from}) >>> 0 > ${to - from}`;
  return rest.length === 0 ? miss : `(c < ${rest[0][0]} ? ${miss} : ${outside(rest)})`;
}
