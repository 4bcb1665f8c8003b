/**
 * The validator, the preconditions and the provider agree: the same bodies (seeded random work item
 * bodies, plus null, JSON strings, a non-JSON string and a body unknown at plan) go through
 * validateBody (what synth runs), PayloadCheck's preconditions, PayloadCheck `engine: 'provider'` and a
 * precondition on the provider function body_errors (what an HCL user writes) in one real `terraform
 * plan`, and each gets the same verdict from all four; likewise bodies of what real code does across
 * operations (partial PATCH bodies, references, enum case, undocumented properties).
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
function synthVerdict(operation: Operation, body: unknown): boolean {
  if (body === UNKNOWN) return true;
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      value = body;
    }
  }
  return !validateBody(operation, value).some((d) => d.severity === 'error');
}

const CONVERSATION = '5f3c9d2e-8a41-4b7e-9c55-0d2f6a1b7e90';
/**
 * What real code does (test/real-world/requests): PATCH bodies are partial, a nested `{id}` is a reference,
 * a body field that repeats a path parameter is not required, enum values in another case are warnings,
 * any-value maps take any JSON, an undocumented property Genesys's own code sends is a warning; and the
 * defects beside each.
 */
const realWorld: { ref: string; body: unknown }[] = [
  { ref: `PATCH /api/v2/conversations/callbacks/${CONVERSATION}`, body: { state: 'disconnected' } },
  { ref: `PATCH /api/v2/conversations/calls/${CONVERSATION}`, body: { recordingState: 'paused' } },
  { ref: `PATCH /api/v2/conversations/calls/${CONVERSATION}`, body: { recordingState: 'pausd' } },
  { ref: 'POST /api/v2/externalcontacts/contacts', body: { firstName: 'Ann', lastName: 'Lee', externalOrganization: { id: CONVERSATION } } },
  { ref: 'POST /api/v2/externalcontacts/contacts', body: { firstName: 'Ann', lastName: 'Lee', externalOrganization: { industry: 'x' } } },
  { ref: `POST /api/v2/outbound/contactlists/${CONVERSATION}/contacts`, body: [{ data: { phone: '+13175550100' }, callable: true }] },
  { ref: 'POST /api/v2/taskmanagement/workitems', body: { name: 'n', typeId: 't', customFields: { text_text: 'a', count_integer: 3, flag_checkbox: true } } },
  { ref: 'POST /api/v2/conversations/calls', body: { phoneNumber: '+13175550100', sessionType: 'softphone' } },
  { ref: 'POST /api/v2/conversations/calls', body: { phoneNumber: '+13175550100', sesionType: 'softphone' } },
];

/** One plan: each body through the preconditions and the provider, each verdict compared with synth's. */
async function agree(name: string, cases: { op: Operation; body: unknown }[]): Promise<TerraformWorkdir> {
  const json = synthStack(name, (s) => {
    const later = new TerraformResource(s, 'later', { terraformResourceType: 'terraform_data' });
    later.addOverride('input', 'x');
    cases.forEach(({ op: operation, body }, i) => {
      const value = body === UNKNOWN ? later.getAnyMapAttribute('output') : new TerraformVariable(s, `b${i}`, { type: 'any' }).value;
      new PayloadCheck(s, `pre${i}`, { operation: operation.operationId, body: value });
      new PayloadCheck(s, `prov${i}`, { operation: operation.operationId, body: value, engine: 'provider' });
      const errors = `provider::genesyscobrowse::body_errors("${operation.operationId}", ${body === UNKNOWN ? 'terraform_data.later.output' : `var.b${i}`})`;
      new TerraformResource(s, `fn${i}`, { terraformResourceType: 'terraform_data' }).addOverride('lifecycle.precondition', [
        { condition: `\${length(${errors}) == 0}`, error_message: `function check fn${i} failed` },
      ]);
    });
  });
  const workdir = await TerraformWorkdir.create(json);
  const vars = Object.fromEntries(cases.flatMap(({ body }, i) => (body === UNKNOWN ? [] : [[`b${i}`, body]])));
  fs.writeFileSync(path.join(workdir.dir, 'terraform.tfvars.json'), JSON.stringify(vars));
  const plan = await workdir.plan();
  const errors = plan.diagnostics.filter((d) => d.severity === 'error');
  const verdicts = cases.map(({ op: operation, body }, i) => ({
    operation: operation.operationId,
    body: body === UNKNOWN ? 'unknown' : body,
    synth: synthVerdict(operation, body),
    preconditions: !errors.some((d) => d.detail.includes(`(${name}/pre${i})`)),
    provider: !errors.some((d) => d.address?.startsWith(`data.genesyscobrowse_payload_check.prov${i}_`)),
    function: !errors.some((d) => d.detail === `function check fn${i} failed`),
  }));
  // Every error must belong to a check, or a verdict above could be wrong for a reason it does not see.
  for (const d of errors) {
    expect(d.detail.match(new RegExp(`\\(${name}/pre\\d+\\)|^function check fn\\d+ failed$`)) || d.address?.match(/^data\.genesyscobrowse_payload_check\.prov\d+_/)).toBeTruthy();
  }
  expect(verdicts.filter((v) => v.synth).length).toBeGreaterThan(2);
  expect(verdicts.filter((v) => !v.synth).length).toBeGreaterThan(2);
  expect(verdicts).toEqual(verdicts.map((v) => ({ ...v, preconditions: v.synth, provider: v.synth, function: v.synth })));
  return workdir;
}

describe('validateBody, preconditions and provider agree', () => {
  const workdirs: TerraformWorkdir[] = [];
  afterAll(() => workdirs.forEach((w) => w.dispose()));

  it(`on ${bodies.length} work item bodies in one real plan`, async () => {
    workdirs.push(await agree('agree', bodies.map((body) => ({ op, body }))));
  });

  it(`on ${realWorld.length} bodies of what real code does, across operations, in one real plan`, async () => {
    workdirs.push(await agree('real', realWorld.map(({ ref, body }) => ({ op: getOperation(ref) as Operation, body }))));
  });
});
