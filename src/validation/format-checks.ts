/**
 * Character-code versions of the most used FORMAT_PATTERNS (rules.ts), for the compiled fast path only:
 * each answers exactly what its pattern's `RegExp.test` answers (test/validation/format-checks.test.ts
 * fuzzes both on near-miss strings), without a regex call. The patterns stay the definition: the
 * diagnostic pass and the Terraform preconditions use them.
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
