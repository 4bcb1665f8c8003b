/**
 * Cost of the constructs' validation: synth time of N CobrowseTriggers vs the same resources built as raw
 * L1 resources without validation, and `terraform plan` time of N resources with a PayloadCheck
 * (preconditions) of each body vs the same resources without checks, at 20 and 200, twice: all N bodies
 * the same expression (one variable; the checks share one evaluation and one precondition) and N
 * distinct expressions (the variable merged with a per-check description; N evaluations and
 * preconditions). Interleaved.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, DataResource, Fn, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { CobrowseTrigger, GenesysOAuthClient, PayloadCheck } from '../../src/constructs';
import { Monitor } from '../../src/constructs/bindings/generated/providers/datadog/monitor';
import { DatadogProvider } from '../../src/constructs/bindings/generated/providers/datadog/provider';
import { Webhook } from '../../src/constructs/bindings/generated/providers/datadog/webhook';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { notificationPayloadTemplate } from '../../src/trigger/notification';
import { compareTime, record } from './timing';

const QUERY = 'trace-analytics("service:checkout status:error").rollup("count").by("@conversation_id").last("5m") > 3';
const BODY = { name: 'Co-browse follow-up: $EVENT_TITLE', typeId: 'type-1', description: 'Alert $ALERT_ID: $LINK' };

function withConstructs(stack: TerraformStack, n: number): void {
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
  const client = new GenesysOAuthClient(stack, 'client', { name: 'svc', operations: ['postConversationCobrowse', 'postTaskmanagementWorkitems', 'postTaskmanagementWorkitemsQuery'], divisionId: '*' });
  for (let i = 0; i < n; i++) {
    new CobrowseTrigger(stack, `t${i}`, {
      name: `trigger-${i}`, region: 'us-east-1', oauthClient: client, monitor: { type: 'trace-analytics alert', query: QUERY, priority: 2 },
      webhookUrl: 'https://handoff.example.com/datadog', webhookSecret: secret.stringValue,
      fallback: { operation: 'postTaskmanagementWorkitems', body: BODY },
    });
  }
}

/** The same resources, hand-built: no derivation, no validation. */
function rawL1(stack: TerraformStack, n: number): void {
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
  const role = new AuthRole(stack, 'role', {
    name: 'svc role',
    permissionPolicies: [{ domain: 'conversation', entityName: 'cobrowse', actionSet: ['add'] }, { domain: 'workitems', entityName: 'workitem', actionSet: ['add'] }],
  });
  new OauthClient(stack, 'client', { name: 'svc', authorizedGrantType: 'CLIENT-CREDENTIALS', roles: [{ roleId: role.id, divisionId: '*' }] });
  for (let i = 0; i < n; i++) {
    const webhook = new Webhook(stack, `w${i}`, {
      name: `trigger-${i}`, url: 'https://handoff.example.com/datadog', encodeAs: 'json', payload: notificationPayloadTemplate(),
      customHeaders: `{"X-Cobrowse-Webhook-Secret": "${secret.stringValue}"}`,
    });
    new Monitor(stack, `m${i}`, { name: `trigger-${i}`, type: 'trace-analytics alert', query: QUERY, message: `Co-browse @webhook-trigger-${i}`, priority: '2', dependsOn: [webhook] });
    new TerraformOutput(stack, `o${i}`, { value: JSON.stringify({ version: 1, name: `trigger-${i}`, fallback: { operationId: 'postTaskmanagementWorkitems', bodyTemplate: BODY } }) });
  }
}

function synthMs(build: (stack: TerraformStack) => void): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-'));
  try {
    const start = process.hrtime.bigint();
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'bench');
    new GenesyscloudProvider(stack, 'genesyscloud');
    new DatadogProvider(stack, 'datadog');
    build(stack);
    app.synth();
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function terraform(dir: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync('terraform', [...args, '-no-color', '-input=false'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' } });
  if (r.status !== 0) throw new Error(`terraform ${args[0]} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * A dir with `n` terraform_data resources holding a workitem body from a variable (the user's own
 * resources), with or without a PayloadCheck of each body; `distinct`: each body is its own expression.
 */
function planDir(n: number, checks: boolean, distinct: boolean): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'plan');
  const body = new TerraformVariable(stack, 'body', { type: 'any' });
  for (let i = 0; i < n; i++) {
    const value = distinct ? Fn.merge([body.value, { description: `check ${i}` }]) : body.value;
    new DataResource(stack, `r${i}`, { input: { operation: 'postTaskmanagementWorkitems', body: value } });
    if (checks) new PayloadCheck(stack, `c${i}`, { operation: 'postTaskmanagementWorkitems', body: value });
  }
  app.synth();
  const dir = path.join(outdir, 'stacks', 'plan');
  terraform(dir, ['init']);
  return dir;
}

export async function run(print: (line: string) => void): Promise<void> {
  for (const [n, runs] of [[1, 7], [50, 5], [500, 3]] as const) {
    const { subject, baseline, pairs } = await compareTime(() => synthMs((s) => withConstructs(s, n)), () => synthMs((s) => rawL1(s, n)), runs, 1);
    print(record({ figure: `synth ${n} trigger(s) vs raw cdktf synth of the same resources`, subject: 'CobrowseTrigger synth', baseline: 'raw L1 synth', unit: 'ms', subjectStats: subject, baselineStats: baseline, pairs }));
  }
  const body = '-var=body={"name":"Call back","typeId":"t-1","priority":3,"scoredAgents":[{"id":"a","score":1}]}';
  for (const distinct of [false, true]) {
    for (const [n, runs] of [[20, 7], [200, 7]] as const) {
      const withChecks = planDir(n, true, distinct);
      const without = planDir(n, false, distinct);
      const bodies = distinct ? `${n} distinct workitem bodies` : 'one workitem body';
      try {
        const { subject, baseline, pairs } = await compareTime(() => terraform(withChecks, ['plan', '-refresh=false', '-lock=false', body]), () => terraform(without, ['plan', '-refresh=false', '-lock=false', body]), runs, 1);
        const perCheck = (subject.median - baseline.median) / n;
        print(record({
          figure: `terraform plan, ${n} PayloadChecks (preconditions) of ${distinct ? 'distinct bodies' : 'one body'} vs none`,
          subject: `${n} terraform_data + ${n} PayloadChecks (${bodies} from a variable)`, baseline: `the same ${n} terraform_data, no checks`, unit: 'ms',
          subjectStats: subject, baselineStats: baseline, pairs, extra: { checks: n, msPerCheck: Number(perCheck.toFixed(2)) },
        }));
        print(`  ${perCheck.toFixed(1)} ms per check`);
      } finally {
        for (const dir of [withChecks, without]) fs.rmSync(path.resolve(dir, '..', '..'), { recursive: true, force: true });
      }
    }
  }
}
