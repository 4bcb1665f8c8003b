/**
 * The validator, the preconditions and the provider agree: the same bodies (seeded random work item
 * bodies, plus null, JSON strings, a non-JSON string and a body unknown at plan) go through
 * validateBody (what synth runs), PayloadCheck's preconditions, PayloadCheck `engine: 'provider'` and a
 * precondition on the provider function body_errors (what an HCL user writes) in one real `terraform
 * plan`, and each gets the same verdict from all four.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TerraformResource, TerraformVariable } from 'cdktf';
import { PayloadCheck } from '../../src/constructs';
import { getOperation } from '../../src/genesys';
import type { Operation } from '../../src/genesys/types';
import { validateBody } from '../../src/validation';
import { synthStack, TerraformWorkdir } from './terraform-workdir';

jest.setTimeout(180_000);

const op = getOperation('postTaskmanagementWorkitems') as Operation;
const UNKNOWN = Symbol('known after apply');
const VALID = { name: 'Call back', typeId: 'type-1', priority: 3, dateDue: '2026-11-25T12:00:00.000Z' };

/** Seeded random bodies over the work item's fields, a near-miss and an unknown field, with right and wrong types. */
const randomBodies = fc.sample(
  fc.dictionary(
    fc.constantFrom('name', 'typeId', 'priority', 'dateDue', 'queueId', 'priorty', 'bogus', 'scoredAgents'),
    fc.oneof(fc.constantFrom('x', '5', 'tomorrow', '2026-11-25T12:00:00Z', '0b4c7f1e-2d9a-4e35-8f61-7a3e5c2d9b10'), fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.constant([{ id: 'a', score: 1 }]), fc.constant({})),
    { minKeys: 1, maxKeys: 5 },
  ),
  { seed: 20261125, numRuns: 14 },
);
const bodies: unknown[] = [VALID, ...randomBodies, null, JSON.stringify(VALID), JSON.stringify({ name: 'x' }), 'not json', [VALID], UNKNOWN];

/** What synth says: validateBody on the body (a string is its JSON text, as PayloadCheck reads it); unknown passes. */
function synthVerdict(body: unknown): boolean {
  if (body === UNKNOWN) return true;
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      value = body;
    }
  }
  return !validateBody(op, value).some((d) => d.severity === 'error');
}

describe('validateBody, preconditions and provider agree', () => {
  let workdir: TerraformWorkdir;
  afterAll(() => workdir?.dispose());

  it(`on ${bodies.length} bodies in one real plan`, async () => {
    const json = synthStack('agree', (s) => {
      const later = new TerraformResource(s, 'later', { terraformResourceType: 'terraform_data' });
      later.addOverride('input', 'x');
      bodies.forEach((body, i) => {
        const value = body === UNKNOWN ? later.getAnyMapAttribute('output') : new TerraformVariable(s, `b${i}`, { type: 'any' }).value;
        new PayloadCheck(s, `pre${i}`, { operation: op.operationId, body: value });
        new PayloadCheck(s, `prov${i}`, { operation: op.operationId, body: value, engine: 'provider' });
        const errors = `provider::genesyscobrowse::body_errors("${op.operationId}", ${body === UNKNOWN ? 'terraform_data.later.output' : `var.b${i}`})`;
        new TerraformResource(s, `fn${i}`, { terraformResourceType: 'terraform_data' }).addOverride('lifecycle.precondition', [
          { condition: `\${length(${errors}) == 0}`, error_message: `function check fn${i} failed` },
        ]);
      });
    });
    workdir = await TerraformWorkdir.create(json);
    const vars = Object.fromEntries(bodies.flatMap((b, i) => (b === UNKNOWN ? [] : [[`b${i}`, b]])));
    fs.writeFileSync(path.join(workdir.dir, 'terraform.tfvars.json'), JSON.stringify(vars));
    const plan = await workdir.plan();
    const errors = plan.diagnostics.filter((d) => d.severity === 'error');
    const verdicts = bodies.map((body, i) => ({
      body: body === UNKNOWN ? 'unknown' : body,
      synth: synthVerdict(body),
      preconditions: !errors.some((d) => d.detail.includes(`(agree/pre${i})`)),
      provider: !errors.some((d) => d.address?.startsWith(`data.genesyscobrowse_payload_check.prov${i}_`)),
      function: !errors.some((d) => d.detail === `function check fn${i} failed`),
    }));
    // Every error must belong to a check, or a verdict above could be wrong for a reason it does not see.
    for (const d of errors) {
      expect(d.detail.match(/\(agree\/pre\d+\)|^function check fn\d+ failed$/) || d.address?.match(/^data\.genesyscobrowse_payload_check\.prov\d+_/)).toBeTruthy();
    }
    expect(verdicts.filter((v) => v.synth).length).toBeGreaterThan(2);
    expect(verdicts.filter((v) => !v.synth).length).toBeGreaterThan(2);
    expect(verdicts).toEqual(verdicts.map((v) => ({ ...v, preconditions: v.synth, provider: v.synth, function: v.synth })));
  });
});
