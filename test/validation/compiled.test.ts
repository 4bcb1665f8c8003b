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
import { random, sample, UNKNOWN } from '../support/rule-bodies';

const bodied = listOperations().filter((op) => op.schemaKnown && op.body);
const isUnknown = (value: unknown) => value === UNKNOWN;

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
