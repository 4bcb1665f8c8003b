/** `PayloadCheck` with `engine: 'provider'`: the same construct, checked by our provider during a real plan. */
import { TerraformResource, TerraformVariable } from 'cdktf';
import { GenesysChecks, PayloadCheck } from '../../src/constructs';
import { synthStack, TerraformWorkdir } from './terraform-workdir';

jest.setTimeout(120_000);

const WORKITEMS = 'postTaskmanagementWorkitems';

/** `priority` comes from a variable: known only at plan, so synth cannot check it. */
function stack(typeId: unknown, priority: number | string = 3) {
  return synthStack('engine', (s) => {
    const queue = new TerraformVariable(s, 'queue_id', { type: 'string', default: '0b4c7f1e-2d9a-4e35-8f61-7a3e5c2d9b10' });
    const level = new TerraformVariable(s, 'priority', { default: priority });
    const later = new TerraformResource(s, 'later', { terraformResourceType: 'terraform_data' });
    later.addOverride('input', 'known-after-apply');
    new PayloadCheck(s, 'workitem', {
      operation: WORKITEMS,
      engine: 'provider',
      body: { name: 'Help ${customer}', typeId: typeId === 'later' ? later.getStringAttribute('output') : typeId, queueId: queue.stringValue, priority: level.value },
    });
  });
}

/** Starting co-browse: an `unverified` warning, and the provider's structure-only note (no credentials), at every plan. */
function cobrowse(acknowledge: boolean) {
  return synthStack('engine', (s) => {
    const check = new PayloadCheck(s, 'cobrowse', { operation: 'postConversationCobrowse', engine: 'provider', body: undefined });
    if (acknowledge) {
      GenesysChecks.suppress(check, [
        { code: 'unverified', reason: 'tried with a client-credentials token in our test org' },
        { code: 'structure-only', reason: 'CI plans without Genesys credentials' },
      ]);
    }
  });
}

describe("PayloadCheck engine 'provider'", () => {
  let workdir: TerraformWorkdir;
  beforeAll(async () => {
    workdir = await TerraformWorkdir.create(stack('type-1'));
  });
  afterAll(() => workdir?.dispose());

  it('plans a valid body whose values come from a variable and from apply, with `${` kept literal', async () => {
    for (const typeId of ['type-1', 'later']) {
      workdir.use(stack(typeId));
      const plan = await workdir.plan();
      expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(plan.code).toBe(0);
    }
  });

  it('does not repeat acknowledged warnings at plan (unverified, structure-only); without acknowledgement it does', async () => {
    const summaries = async (acknowledge: boolean) => {
      workdir.use(cobrowse(acknowledge));
      const plan = await workdir.plan();
      expect(plan.code).toBe(0);
      return plan.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.summary} ${d.detail ?? ''}`);
    };
    const plain = await summaries(false);
    expect(plain).toEqual(expect.arrayContaining([expect.stringContaining('[unverified]'), expect.stringContaining('Structure-only payload check')]));
    expect(await summaries(true)).toEqual([]);
  });

  it('fails the plan on the body attribute with the validator message', async () => {
    workdir.use(stack('type-1', 'high'));
    const plan = await workdir.plan();
    expect(plan.code).toBe(1);
    const errors = plan.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.detail).join('\n')).toMatch(/\/priority \[wrong-type\] `priority` must be an integer, not a string/);
    expect(errors.every((d) => /"body"/.test(d.snippet?.code ?? ''))).toBe(true);
  });
});
