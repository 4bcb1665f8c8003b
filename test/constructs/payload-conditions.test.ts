/**
 * The message-free validity test of the preconditions (BodyChecks.valid) against their error list, in
 * real Terraform: it must evaluate for every valid body (or the fast path is never taken) and fail for
 * every invalid one (or an invalid body would pass the plan). One output per body reports both.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Lazy, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { getOperation } from '../../src/genesys';
import type { Operation } from '../../src/genesys/types';
import { compileBodyChecks, nearMisses } from '../../src/constructs/payload-conditions';
import { bodyRules, validateBody } from '../../src/validation';
import { synthValid } from './helpers';
import { initDir } from './terraform';

const op = getOperation('postTaskmanagementWorkitems') as Operation;
const QUEUE = '7d1e6ff0-3a2c-4b6e-9d39-2f4a3c1b8e11';
const VALID = {
  name: 'Call back', typeId: 't-1', priority: 3, dateDue: '2026-11-25T12:00:00Z', queueId: QUEUE, autoStatusTransition: true,
  skillIds: ['s1'], customFields: { a: {} }, scoredAgents: [{ id: 'a', score: 1 }], description: null,
};
const bodies: unknown[] = [
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
  { ...VALID, customFields: { a: 1 } },
  { ...VALID, scoredAgents: [{ id: 'a', score: 'high' }] },
  { ...VALID, scoredAgents: [{ id: 'a', rank: 1 }] },
  { ...VALID, priorty: 3 },
  { name: 'x' },
  ['x'],
  'text',
];

describe('the message-free validity test of the preconditions', () => {
  it('evaluates for exactly the bodies whose error list is empty, and those are the bodies validateBody accepts', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const rule = bodyRules(op);
    if (!rule) throw new Error('no rules');
    const tables = new Map<string, string>();
    // A token as the whole body: every rule is compiled (over `b`).
    const checks = compileBodyChecks(rule, Lazy.anyValue({ produce: () => null }), 6, (name, names) => {
      if (!tables.has(name)) tables.set(name, new TerraformLocal(stack, `names-${name}`, nearMisses(names)).friendlyUniqueId);
      return `local.${tables.get(name)}`;
    });
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
      const verdicts = JSON.parse(out.stdout) as { fast: boolean; errors: string[] }[];
      const seen = verdicts.map((v, i) => ({ body: bodies[i], fast: v.fast, passes: v.errors.length === 0, validator: !validateBody(op, bodies[i]).some((d) => d.severity === 'error') }));
      expect(seen).toEqual(seen.map((v) => ({ ...v, fast: v.validator, passes: v.validator })));
      expect(seen.filter((v) => v.validator)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
