/**
 * The message-free validity test of the preconditions (BodyChecks.valid) against their error list, in
 * real Terraform: it must evaluate for every valid body (or the fast path is never taken) and fail for
 * every invalid one (or an invalid body would pass the plan). One output per body reports both.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Lazy, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { getOperation } from '../../src/genesys';
import type { Operation } from '../../src/genesys/types';
import { stackTables } from '../../src/constructs/payload-check-group';
import { compileBodyChecks } from '../../src/constructs/payload-conditions';
import { bodyRules, validateBody } from '../../src/validation';
import { synthValid } from './helpers';
import { initDir } from './terraform';

const workitem = getOperation('postTaskmanagementWorkitems') as Operation;
const agentless = getOperation('postConversationsMessagesAgentless') as Operation;
const QUEUE = '7d1e6ff0-3a2c-4b6e-9d39-2f4a3c1b8e11';
const VALID = {
  name: 'Call back', typeId: 't-1', priority: 3, dateDue: '2026-11-25T12:00:00Z', queueId: QUEUE, autoStatusTransition: true,
  skillIds: ['s1'], customFields: { a: {} }, scoredAgents: [{ id: 'a', score: 1 }], description: null,
};
const workitemBodies: unknown[] = [
  VALID,
  { name: 'x', typeId: 't' },
  { ...VALID, name: 5 },
  { ...VALID, priority: '3' },
  { ...VALID, priority: 1.5 },
  { ...VALID, priority: 3000000000 },
  { ...VALID, autoStatusTransition: 'yes' },
  { ...VALID, dateDue: 'tomorrow' },
  { ...VALID, queueId: 'not-a-uuid' },
  { ...VALID, skillIds: 's1' },
  { ...VALID, skillIds: [null] },
  // customFields is a Map<String, Object> (any value in it), so only a non-object is wrong.
  { ...VALID, customFields: { a: 1 } },
  { ...VALID, customFields: [1] },
  { ...VALID, scoredAgents: [{ id: 'a', score: 'high' }] },
  { ...VALID, scoredAgents: [{ id: 'a', rank: 1 }] },
  { ...VALID, priorty: 3 },
  { name: 'x' },
  ['x'],
  [],
  {},
  'text',
];
/** A rule between properties (property-conditions.json): web messaging takes externalContactId, never toAddress. */
const WEB = { fromAddress: 'deployment-1', toAddressMessengerType: 'webmessaging', externalContactId: 'c-1', textBody: 'hi' };
const agentlessBodies: unknown[] = [
  WEB,
  { ...WEB, toAddressMessengerType: 'sms', toAddress: '+13175555555' },
  { ...WEB, toAddress: '+13175555555' },
  { ...WEB, toAddress: null },
  { ...WEB, toAddressMessengerType: 'WebMessaging', toAddress: 'x' },
];

/** Each body's verdicts from real Terraform: the validity test, the error list, and validateBody's. */
function verdicts(op: Operation, bodies: unknown[], body: () => unknown = () => Lazy.anyValue({ produce: () => null })) {
  const stack = new TerraformStack(Testing.app(), 'test');
  const rule = bodyRules(op);
  if (!rule) throw new Error('no rules');
  const checks = compileBodyChecks(rule, body(), 6, stackTables(stack));
  if (!checks.valid) throw new Error('nothing to check');
  new TerraformVariable(stack, 'bodies', { type: 'any' });
  new TerraformOutput(stack, 'verdicts', { value: `\${[for b in var.bodies : { fast = can(${checks.valid}), errors = ${checks.errors} }]}` });
  const dir = initDir(synthValid(stack));
  try {
    fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), JSON.stringify({ bodies }));
    const env = { ...process.env, TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'empty.tfrc'), CHECKPOINT_DISABLE: '1' };
    const apply = spawnSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, env, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    const out = spawnSync('terraform', ['output', '-json', 'verdicts'], { cwd: dir, env, encoding: 'utf8' });
    return (JSON.parse(out.stdout) as { fast: boolean; errors: string[] }[]).map((v, i) => ({
      body: bodies[i], fast: v.fast, passes: v.errors.length === 0, errors: v.errors,
      validator: validateBody(op, bodies[i]).filter((d) => d.severity === 'error').map((d) => d.message),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the message-free validity test of the preconditions', () => {
  it('evaluates for exactly the bodies whose error list is empty, and those are the bodies validateBody accepts', () => {
    // A token as the whole body: every rule is compiled (over `b`).
    const seen = verdicts(workitem, workitemBodies).map(({ body, fast, passes, validator }) => ({ body, fast, passes, validator: validator.length === 0 }));
    expect(seen).toEqual(seen.map((v) => ({ ...v, fast: v.validator, passes: v.validator })));
    expect(seen.filter((v) => v.validator)).toHaveLength(3);
  });

  it('checks rules between properties with the validator\'s messages, for a token body and for a token in a literal body', () => {
    const combinations = agentlessBodies.map((body) => validateBody(agentless, body).filter((d) => d.code === 'invalid-combination').map((d) => d.message));
    expect(combinations.map((m) => m.length)).toEqual([0, 0, 1, 1, 0]);
    const whole = verdicts(agentless, agentlessBodies);
    expect(whole.map((v) => v.fast)).toEqual(whole.map((v) => v.validator.length === 0));
    expect(whole.map((v) => v.errors.filter((e) => e.includes('cannot be used when')))).toEqual(combinations);
    // The object is literal at synth, its values tokens, so synth cannot decide the rule. Its keys are always
    // there (a token that is null at plan is sent as null, which the validator counts as present).
    // (The checks read `b["toAddress"]`, the token's place in the body, not what the token holds.)
    const token = () => Lazy.stringValue({ produce: () => 'unused' });
    const keyed = agentlessBodies.map((b) => ({ toAddress: null, ...(b as object) }));
    const literal = verdicts(agentless, keyed, () => ({ toAddressMessengerType: token(), toAddress: token() }));
    const keyedCombinations = keyed.map((body) => validateBody(agentless, body).filter((d) => d.code === 'invalid-combination').map((d) => d.message));
    expect(keyedCombinations.map((m) => m.length)).toEqual([1, 0, 1, 1, 0]);
    expect(literal.map((v) => v.errors.filter((e) => e.includes('cannot be used when')))).toEqual(keyedCombinations);
    expect(literal.map((v) => v.fast)).toEqual(literal.map((v) => v.passes));
  });
});
