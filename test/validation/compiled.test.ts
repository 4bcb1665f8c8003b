/**
 * The compiled fast path (src/validation/compile.ts) must give the diagnostic pass's (checkBody's)
 * verdict on every body: valid exactly when the diagnostic pass reports nothing. Bodies are drawn from each operation's
 * own rule tree (mostly valid), with random mistakes and Terraform-style unknowns mixed in.
 */
import fc from 'fast-check';
import { getOperation, listOperations } from '../../src/genesys';
import type { Operation } from '../../src/genesys/types';
import { bodyRules, type Rule } from '../../src/validation';
import { checkBody, diagnoseBody, isValidBody } from '../../src/validation/validate';

const bodied = listOperations().filter((op) => op.schemaKnown && op.body);
const UNKNOWN = Symbol('unknown');
const isUnknown = (value: unknown) => value === UNKNOWN;

const FORMAT_VALUES: Record<string, string[]> = {
  'date-time': ['2026-11-25T09:30:00.000Z', '2026-11-25T09:30+01:00', '2026-11-25 09:30', 'yesterday'],
  date: ['2026-11-25', '2026-11-25T00:00:00Z'],
  'local-time': ['09:30:00', '9:30'],
  interval: ['2026-11-01T00:00:00Z/2026-11-02T00:00:00Z', '2026-11-01/2026-11-02'],
  uri: ['https://example.com/page', 'not a uri'],
};

/** A seeded random source (mulberry32), so a failing seed replays exactly. */
function random(seed: number): (n: number) => number {
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
function sample(rule: Rule, r: (n: number) => number, depth: number, withUnknowns: boolean): unknown {
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

function verdicts(op: Operation, body: unknown, withUnknowns: boolean): { fast: boolean; diagnostics: number } {
  const rule = bodyRules(op) as Rule;
  const options = withUnknowns ? { isUnknown } : {};
  return { fast: isValidBody(rule, body, options.isUnknown), diagnostics: diagnoseBody(op, body, options).length };
}

describe('compiled fast path agrees with the diagnostic pass', () => {
  it(`on random bodies for all ${bodied.length} operations with a body`, () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...bodied), fc.integer(), fc.boolean(), (op, seed, withUnknowns) => {
        const body = sample(bodyRules(op) as Rule, random(seed), 0, withUnknowns);
        const { fast, diagnostics } = verdicts(op, body, withUnknowns);
        if (fast) valid += 1;
        else invalid += 1;
        return fast === (diagnostics === 0);
      }),
      { seed: 20261125, numRuns: 20_000 },
    );
    // The sample must exercise both verdicts, or the comparison proves little.
    expect(valid).toBeGreaterThan(2_000);
    expect(invalid).toBeGreaterThan(2_000);
  });

  it('on every operation, for odd roots and prototype-named keys', () => {
    const odd: unknown[] = [null, 'body', 42, [], {}, JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "toString": "x"}')];
    for (const op of bodied) {
      for (const body of odd) {
        const { fast, diagnostics } = verdicts(op, body, false);
        expect({ op: op.operationId, body, fast }).toEqual({ op: op.operationId, body, fast: diagnostics === 0 });
      }
    }
  });

  it('leaves checkBody exactly the diagnostic pass, for every operation', () => {
    for (const op of bodied) {
      for (const seed of [7, 8, 9]) {
        const body = sample(bodyRules(op) as Rule, random(seed), 6, false);
        expect({ op: op.operationId, diagnostics: checkBody(op, body) }).toEqual({ op: op.operationId, diagnostics: diagnoseBody(op, body) });
      }
    }
  });

  it('enforces the rules between properties (property-conditions.json) as the diagnostic pass does', () => {
    const op = getOperation('postConversationsMessagesAgentless') as Operation;
    const rule = bodyRules(op) as Rule;
    const body = { fromAddress: 'deployment-id', toAddress: 'someone', toAddressMessengerType: 'webmessaging' };
    expect(isValidBody(rule, body)).toBe(false);
    expect(diagnoseBody(op, body).map((d) => d.code)).toEqual(['invalid-combination']);
    expect(isValidBody(rule, { ...body, toAddressMessengerType: 'sms' })).toBe(true);
  });
});
