/**
 * End to end: the provider installed from a filesystem mirror, `terraform init` once, then `terraform
 * plan` / `apply` (local state, data sources and terraform_data only) on synthesized cdktf stacks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GenesysAccessStandIn } from './genesys-access-stand-in';
import { INVALID_CASES, invalidStack, liveStack, validStack } from './stacks';
import { diagnosticsOf, synthStack, TerraformWorkdir, type JsonDiagnostic } from './terraform-workdir';
import { BASE_URL_ENV } from '../../src/provider/live-checks';
import { PROVIDER_SOURCE } from '../../src/provider/install';
import { providerSchemaJson } from '../../src/provider/schema';
import { generateServerCertificate } from '../../src/provider/tls';
import { addProviderPayloadCheck } from '../../src/provider/cdktf';
import { Fn, TerraformOutput, TerraformVariable } from 'cdktf';

jest.setTimeout(120_000);

const errorsAt = (diagnostics: JsonDiagnostic[], address: string) =>
  diagnostics.filter((d) => d.severity === 'error' && d.address === address);

describe('genesyscobrowse provider under terraform', () => {
  let workdir: TerraformWorkdir;
  beforeAll(async () => {
    workdir = await TerraformWorkdir.create(synthStack('valid', validStack));
  });
  afterAll(() => workdir?.dispose());

  test('valid payloads plan and apply; values unknown at plan are not failed; required access is the union', async () => {
    workdir.use(synthStack('valid', validStack));
    const plan = await workdir.plan();
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plan.code).toBe(0);
    // No credentials: each read says the check was structural only.
    expect(plan.diagnostics.some((d) => d.summary === 'Structure-only payload check')).toBe(true);
    // Unknown is not "none": an operation with unknown permissions is named in a warning.
    expect(plan.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({
      severity: 'warning',
      summary: 'all_permissions is incomplete: the permissions of deleteBusinessrulesDecisiontableVersionSnapshot are unknown',
    })]));

    const { result, outputs } = await workdir.applyOutputs();
    expect(result.code).toBe(0);
    expect(outputs).toMatchObject({
      ok_valid: true,
      ok_permissions: ['conversation:callback:create'],
      ok_scopes: ['conversations'],
      later_valid: true,
      later_string_valid: true,
      lenient_valid: false,
      access_scopes: ['conversations', 'routing:readonly'],
    });
    expect(outputs.lenient_diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'missing-required', pointer: '/callbackNumbers', severity: 'error' })]),
    );
    expect(outputs.access_policies).toEqual(
      expect.arrayContaining([
        { domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] },
        { domain: 'conversation', entity_name: 'callback', action_set: ['create'] },
        { domain: 'routing', entity_name: 'queue', action_set: ['view'] },
      ]),
    );
  });

  test('hostile input: a sensitive value is never echoed, cty numbers decode, a body over 4 MiB is checked', async () => {
    const secret = 'SUPER-SECRET-VALUE-42';
    const agentless = 'postConversationsMessagesAgentless';
    workdir.use(synthStack('leak', (stack) => {
      const v = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true, default: secret });
      addProviderPayloadCheck(stack, 'strict', { operation: agentless, body: { fromAddress: 'a', toAddressMessengerType: v.stringValue } });
    }));
    const plan = await workdir.plan();
    expect(plan.code).toBe(1);
    expect(errorsAt(plan.diagnostics, 'data.genesyscobrowse_payload_check.strict').map((d) => d.detail)).toEqual([expect.stringContaining('[not-in-enum]')]);
    expect(plan.stdout + plan.stderr).not.toContain(secret);

    workdir.use(synthStack('numbers', (stack) => {
      const v = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true, default: secret });
      const lenient = addProviderPayloadCheck(stack, 'lenient', { operation: agentless, body: { fromAddress: 'a', toAddressMessengerType: v.stringValue }, failOnError: false });
      new TerraformOutput(stack, 'lenient_diagnostics', { value: lenient.diagnostics });
      const skill = 'postUserRoutingskills';
      for (const [id, proficiency] of [['tenth', 0.1], ['two_63', Fn.pow(2, 63)], ['huge', Fn.tonumber('1e400')]] as const) {
        const check = addProviderPayloadCheck(stack, id, { operation: skill, body: { id: 'skill-1', proficiency } });
        new TerraformOutput(stack, `${id}_valid`, { value: check.valid });
      }
      const big = addProviderPayloadCheck(stack, 'big', { operation: 'postConversationsChats', body: { provider: 'PureCloud Webchat', queueId: 'q', customerName: 'x'.repeat(4 * 1024 * 1024 + 65_536) }, failOnError: false });
      new TerraformOutput(stack, 'big_valid', { value: big.valid });
    }));
    const { result, outputs } = await workdir.applyOutputs();
    expect(result.stdout).not.toMatch(/larger than max/);
    expect({ code: result.code, errors: diagnosticsOf(result.stdout).filter((d) => d.severity === 'error'), stderr: result.stderr.slice(0, 2000) }).toMatchObject({ code: 0, errors: [] });
    expect(outputs).toMatchObject({ tenth_valid: true, two_63_valid: true, huge_valid: true, big_valid: expect.any(Boolean) });
    expect(JSON.stringify(outputs.lenient_diagnostics)).toContain('not-in-enum');
    expect(JSON.stringify(outputs)).not.toContain(secret);
  });

  test('each kind of invalid payload fails the plan with an error on the body attribute', async () => {
    workdir.use(synthStack('invalid', invalidStack));
    const plan = await workdir.plan();
    expect(plan.code).toBe(1);
    for (const [id, c] of Object.entries(INVALID_CASES)) {
      const errors = errorsAt(plan.diagnostics, `data.genesyscobrowse_payload_check.${id}`);
      const onBody = errors.filter((d) => /"body"/.test(d.snippet?.code ?? ''));
      expect({ id, matched: onBody.some((d) => c.expect.test(`${d.summary}\n${d.detail}`)) }).toEqual({ id, matched: true });
    }
    const partly = errorsAt(plan.diagnostics, 'data.genesyscobrowse_payload_check.partly_unknown');
    expect(partly.map((d) => d.detail)).toEqual([expect.stringMatching(/^\/validateCallbackNumbers \[wrong-type\]/)]);
    // The forum's made-up web chat path is also reported on the operation, with the real call.
    const forum = errorsAt(plan.diagnostics, 'data.genesyscobrowse_payload_check.forum_cobrowse');
    expect(forum.some((d) => /"operation"/.test(d.snippet?.code ?? '') && /postConversationCobrowse|\/cobrowse/.test(d.detail))).toBe(true);
  });

  describe('with credentials (live checks against a stand-in)', () => {
    let standIn: GenesysAccessStandIn;
    const credentials = { region: 'us-east-1', clientId: 'ci-client', clientSecret: 'never-print-me-5f2c9' };
    const STAND_IN = { clientId: credentials.clientId, clientSecret: credentials.clientSecret, queues: ['queue-7'], users: [], grants: ['conversation:callback:create'] };
    beforeAll(async () => {
      standIn = await GenesysAccessStandIn.start(STAND_IN);
    });
    afterAll(() => standIn?.close());

    test('missing queue and uncovered permission are errors; the secret appears nowhere', async () => {
      workdir.use(synthStack('live', liveStack(credentials, 'queue-7')));
      const result = await workdir.terraform(['plan', '-input=false', '-json'], { [BASE_URL_ENV]: standIn.url, TF_LOG: 'debug' });
      const diagnostics = diagnosticsOf(result.stdout);
      expect(result.code).toBe(1);
      expect(errorsAt(diagnostics, 'data.genesyscobrowse_payload_check.queue_exists')).toEqual([]);
      const missing = errorsAt(diagnostics, 'data.genesyscobrowse_payload_check.queue_missing');
      expect(missing.map((d) => d.detail).join('\n')).toMatch(/\/queueId \[reference-not-found\] No queue with the id given in queueId/);
      expect(missing.every((d) => /"body"/.test(d.snippet?.code ?? ''))).toBe(true);
      const denied = errorsAt(diagnostics, 'data.genesyscobrowse_payload_check.not_granted');
      expect(denied.map((d) => d.detail).join('\n')).toMatch(/insufficient-access.*conversation:cobrowse:add/);
      expect(diagnostics.some((d) => d.summary === 'Structure-only payload check')).toBe(false);
      expect(standIn.seen).toEqual(expect.arrayContaining(['POST /oauth/token', 'GET /api/v2/routing/queues/queue-7', 'GET /api/v2/tokens/me', 'GET /api/v2/authorization/roles/role-1']));
      expect(`${result.stdout}\n${result.stderr}`).not.toContain(credentials.clientSecret);
    });

    test('over HTTPS, live checks trust the certificates of NODE_EXTRA_CA_CERTS (which the launcher defers to them) and no others', async () => {
      const cert = generateServerCertificate();
      const secure = await GenesysAccessStandIn.start({ ...STAND_IN, queues: ['queue-7'] }, cert);
      try {
        const caFile = path.join(workdir.root, 'extra-ca.pem');
        fs.writeFileSync(caFile, cert.certPem);
        workdir.use(synthStack('live', liveStack(credentials, 'queue-7')));
        const plan = async (extraCaCerts: string) => diagnosticsOf((await workdir.terraform(['plan', '-input=false', '-json'], { [BASE_URL_ENV]: secure.url, NODE_EXTRA_CA_CERTS: extraCaCerts })).stdout);
        const trusted = await plan(caFile);
        expect(errorsAt(trusted, 'data.genesyscobrowse_payload_check.queue_exists')).toEqual([]);
        expect(errorsAt(trusted, 'data.genesyscobrowse_payload_check.queue_missing').map((d) => d.detail).join('\n')).toMatch(/\[reference-not-found\]/);
        const untrusted = await plan('');
        expect(errorsAt(untrusted, 'data.genesyscobrowse_payload_check.queue_exists').map((d) => d.detail).join('\n')).toMatch(/\[live-check-failed\].*\(network\)/);
      } finally {
        await secure.close();
      }
    });
  });

  test('terraform providers schema -json matches the schema the cdktf bindings are generated from', async () => {
    workdir.use(synthStack('valid', validStack));
    const schema = await workdir.terraform(['providers', 'schema', '-json']);
    const parsed = JSON.parse(schema.stdout) as { provider_schemas: Record<string, unknown> };
    const declared = providerSchemaJson(PROVIDER_SOURCE) as { provider_schemas: Record<string, unknown> };
    expect(parsed.provider_schemas[PROVIDER_SOURCE]).toEqual(declared.provider_schemas[PROVIDER_SOURCE]);
  });
});
