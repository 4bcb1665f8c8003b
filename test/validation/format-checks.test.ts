/**
 * The fast path's character-code format and pattern checks (src/validation/format-checks.ts) must answer
 * exactly what their regexes answer: fuzzed on valid strings, on near misses (characters changed, inserted
 * or removed) and on random strings over the characters the patterns care about.
 */
import { randomUUID } from 'crypto';
import fc from 'fast-check';
import { listOperations } from '../../src/genesys';
import { bodyRules, FORMAT_PATTERNS, type Rule } from '../../src/validation';
import { fixedLengthCheck, FORMAT_CHECKS } from '../../src/validation/format-checks';

const VALID: Record<string, string[]> = {
  'date-time': ['2026-11-25T09:30:00.000Z', '2026-11-25T09:30Z', '2026-11-25T09:30:00+01:00', '2026-11-25T09:30:00.123456789-0130', '0000-00-00T00:00+0000', '2026-11-25T09:30:59.1Z'],
  date: ['2026-11-25', '0000-99-99'],
};
const ALPHABET = ['0', '1', '5', '9', '-', '+', ':', '.', 'T', 'Z', 'z', 't', ' ', '\n', '/', '٣', 'a', '\u0000'];

describe.each(Object.keys(FORMAT_CHECKS))('format check %s', (format) => {
  const regex = new RegExp(FORMAT_PATTERNS[format]);
  const check = FORMAT_CHECKS[format];
  const agree = (s: string) => check(s) === regex.test(s);
  const char = fc.constantFrom(...ALPHABET);

  it('accepts the valid examples, as the pattern does', () => {
    for (const s of VALID[format]) expect({ s, check: check(s), regex: regex.test(s) }).toEqual({ s, check: true, regex: true });
  });

  it('agrees with the pattern on near misses of valid strings', () => {
    let rejected = 0;
    const nearMiss = fc.tuple(fc.constantFrom(...VALID[format]), fc.nat(), fc.constantFrom('replace', 'insert', 'delete', 'append', 'truncate'), char).map(([s, at, edit, c]) => {
      const i = at % (s.length + 1);
      switch (edit) {
        case 'replace': return s.slice(0, i) + c + s.slice(i + 1);
        case 'insert': return s.slice(0, i) + c + s.slice(i);
        case 'delete': return s.slice(0, i) + s.slice(i + 1);
        case 'append': return s + c;
        default: return s.slice(0, i);
      }
    });
    fc.assert(fc.property(nearMiss, (s) => {
      if (!regex.test(s)) rejected += 1;
      return agree(s);
    }), { seed: 20261125, numRuns: 200_000 });
    expect(rejected).toBeGreaterThan(50_000); // near misses must include many strings the pattern rejects
  });

  it('agrees with the pattern on random strings over the characters it cares about', () => {
    let accepted = 0;
    const shape = format === 'date-time' ? 'dddd-dd-ddTdd:dd' : 'dddd-dd-dd';
    // Random strings, and strings that start with the right shape and end at random (zone, fraction, garbage).
    const random = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    const token = fc.oneof(char, fc.constantFrom(':00', '.', '1', '123456789', '1234567890', 'Z', '+', '-', '01', ':30', '0130'));
    const shaped = fc.tuple(fc.array(fc.constantFrom('0', '7', '9'), { minLength: 16, maxLength: 16 }), fc.array(token, { maxLength: 5 }))
      .map(([ds, tail]) => shape.replace(/d/g, () => ds.pop() as string) + tail.join(''));
    fc.assert(fc.property(fc.oneof(random, shaped), (s) => {
      if (regex.test(s)) accepted += 1;
      return agree(s);
    }), { seed: 7, numRuns: 200_000 });
    expect(accepted).toBeGreaterThan(format === 'date' ? 0 : 1_000);
  });
});

describe('fixed-length pattern checks', () => {
  const patterns = [...new Set(listOperations().flatMap((op) => patternsOf(bodyRules(op))))];
  const checked = patterns.filter((p) => fixedLengthCheck(p));

  it('cover the UUID patterns of the snapshot and leave the others to their regex', () => {
    expect(checked).toContain('^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$');
    for (const p of ['^(?:#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3}))$', '^(?:^[0-9a-f]{8}$)$', '^(?:[a-f]{2,3})$', '^(?:[^a-f]{3})$', '^(?:a.b)$', '^(?:[a-f]+)$', '[a-f]{3}']) {
      expect({ p, check: fixedLengthCheck(p) }).toEqual({ p, check: undefined });
    }
  });

  // Beside the snapshot's: literals, and classes whose ranges overlap or touch.
  it.each([...checked, '^(?:#[A-F0-9_]{2}-x{3})$', '^(?:[d-ea-f0-45-9_]{3}-[A-Fa-f#]{2})$'])('%s agrees with its regex on near misses', (pattern) => {
    const regex = new RegExp(pattern, 'u');
    const check = fixedLengthCheck(pattern) as (s: string) => boolean;
    const seeds = [randomUUID(), randomUUID().toUpperCase(), '#A_-xxx', '#0F-xxx', 'a_9-F#', 'f40-b#'];
    // The ranges' bounds and their neighbours ('/' ':' '@' '`' around 0-9, A-F and a-f).
    const char = fc.constantFrom('0', '4', '5', '9', 'a', 'd', 'e', 'f', 'g', 'A', 'F', 'G', '/', ':', '@', '`', '-', '_', '#', 'x', 'é', '\ud83d', '\ude00', '٣');
    let accepted = 0;
    const nearMiss = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), char, fc.constantFrom('replace', 'insert', 'delete')), { maxLength: 2 })).map(([seed, edits]) => {
      let s = seed;
      for (const [at, c, edit] of edits) {
        const i = at % (s.length + 1);
        s = edit === 'replace' ? s.slice(0, i) + c + s.slice(i + 1) : edit === 'insert' ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + s.slice(i + 1);
      }
      return s;
    });
    fc.assert(fc.property(nearMiss, (s) => {
      if (regex.test(s)) accepted += 1;
      return check(s) === regex.test(s);
    }), { seed: 11, numRuns: 50_000 });
    expect(accepted).toBeGreaterThan(1_000);
  });
});

function patternsOf(rule: Rule | null, seen = new Set<Rule>()): string[] {
  if (!rule || seen.has(rule)) return [];
  seen.add(rule);
  switch (rule.kind) {
    case 'string': return rule.pattern ? [rule.pattern] : [];
    case 'array': return patternsOf(rule.items(), seen);
    case 'object': return [...Object.values(rule.properties).flatMap((p) => patternsOf(p(), seen)), ...(typeof rule.additional === 'function' ? patternsOf(rule.additional(), seen) : [])];
    default: return [];
  }
}
