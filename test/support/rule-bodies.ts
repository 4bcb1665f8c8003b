/**
 * Request bodies drawn from an operation's rule tree (src/validation/rules.ts), mostly valid, with random
 * mistakes and, on request, Terraform-style unknowns (UNKNOWN) mixed in; seeded, so a failing seed replays.
 */
import type { Rule } from '../../src/validation';

/** The unknown value sample() places when asked for unknowns. */
export const UNKNOWN = Symbol('unknown');

const FORMAT_VALUES: Record<string, string[]> = {
  'date-time': ['2026-11-25T09:30:00.000Z', '2026-11-25T09:30+01:00', '2026-11-25 09:30', 'yesterday'],
  date: ['2026-11-25', '2026-11-25T00:00:00Z'],
  'local-time': ['09:30:00', '9:30'],
  interval: ['2026-11-01T00:00:00Z/2026-11-02T00:00:00Z', '2026-11-01/2026-11-02'],
  uri: ['https://example.com/page', 'not a uri'],
};

/** A seeded random source (mulberry32), so a failing seed replays exactly. */
export function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** A body for `rule`: right most of the time, with a mistake at about one node in `1 / mistakeRate`. */
export function sample(rule: Rule, r: (n: number) => number, depth: number, withUnknowns: boolean): unknown {
  const roll = r(100);
  if (withUnknowns && roll < 4) return UNKNOWN;
  if (roll < 8) return mistake(rule, r);
  switch (rule.kind) {
    case 'any':
      return [1, 'x', { a: 1 }, null, [true]][r(5)];
    case 'boolean':
      return r(2) === 0;
    case 'integer':
    case 'number': {
      if (rule.enum) return rule.enum[r(rule.enum.length)];
      const lo = rule.minimum ?? -1000;
      const hi = rule.maximum ?? 1000;
      const n = lo + r(Math.min(hi - lo, 2000) + 1);
      return rule.kind === 'number' && r(2) === 0 && n < hi ? n + 0.5 : n;
    }
    case 'string': {
      if (rule.enum) return rule.enum[r(rule.enum.length)];
      if (rule.format) return FORMAT_VALUES[rule.format][r(FORMAT_VALUES[rule.format].length)];
      const length = Math.max(rule.minLength ?? 0, Math.min(rule.maxLength ?? 12, r(12)));
      return 'abcdefghij0123456789'.repeat(3).slice(0, length) + (length > 60 ? 'x'.repeat(length - 60) : '');
    }
    case 'array': {
      if (depth > 5) return [];
      const length = Math.max(rule.minItems ?? 0, Math.min(rule.maxItems ?? 3, r(4)));
      return Array.from({ length }, () => sample(rule.items(), r, depth + 1, withUnknowns));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of rule.required) out[name] = sample(rule.properties[name]?.() ?? { kind: 'any' }, r, depth + 1, withUnknowns);
      if (depth > 5) return out;
      for (const name of Object.keys(rule.properties)) {
        if (r(4) === 0 && !rule.readOnly.includes(name)) out[name] = sample(rule.properties[name](), r, depth + 1, withUnknowns);
      }
      if (typeof rule.additional === 'function' && r(2) === 0) out[`key${r(10)}`] = sample(rule.additional(), r, depth + 1, withUnknowns);
      return out;
    }
  }
}

function mistake(rule: Rule, r: (n: number) => number): unknown {
  const wrong: unknown[] = [null, 'text', 42, 4.5, true, [], {}, { bogus: 1 }, '5', 'true'];
  if (rule.kind === 'object') {
    const readOnly = rule.readOnly[0];
    const required = rule.required[0];
    const choices: Array<() => unknown> = [() => ({ bogus: 1 }), () => wrong[r(wrong.length)]];
    if (readOnly) choices.push(() => ({ [readOnly]: 'x' }));
    if (required) choices.push(() => ({ [required]: null }));
    return choices[r(choices.length)]();
  }
  if (rule.kind === 'string' && rule.enum) return `${rule.enum[0]}x`;
  if ((rule.kind === 'integer' || rule.kind === 'number') && rule.maximum !== undefined) return rule.maximum + 1;
  return wrong[r(wrong.length)];
}
