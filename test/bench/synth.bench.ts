/**
 * Cost of the constructs' validation: synth time of N CobrowseTriggers vs the same resources built as raw
 * L1 resources without validation, and `terraform plan` time of N resources with a PayloadCheck
 * (preconditions) of each body vs the same resources without checks, at 20 and 200, in three shapes: all N
 * bodies the same expression (one variable; the checks share one evaluation and one precondition), N
 * distinct expressions (the variable merged with a per-check description; N evaluations), and N body
 * variables, each used by its own resource (as resources that send the bodies would use them; N distinct
 * values). Interleaved.
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

const WORKITEM = { name: 'Call back', typeId: 't-1', priority: 3, scoredAgents: [{ id: 'a', score: 1 }] };

/** How the N checked bodies are written: one variable, that variable merged per check, or a variable per body. */
type Shape = 'shared' | 'merged' | 'variables';

const SHAPES: Record<Shape, { figure: string; bodies: (n: number) => string }> = {
  shared: { figure: 'one body', bodies: () => 'one workitem body from a variable' },
  merged: { figure: 'distinct bodies (one variable merged per check)', bodies: (n) => `${n} distinct workitem bodies, one variable merged per check` },
  variables: { figure: 'distinct bodies (a variable per body)', bodies: (n) => `${n} distinct workitem bodies, one variable each` },
};

/**
 * A dir with `n` terraform_data resources holding a workitem body (the user's own resources), with or
 * without a PayloadCheck of each body, and the variables' values in terraform.tfvars.json.
 */
function planDir(n: number, checks: boolean, shape: Shape): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'plan');
  const shared = shape === 'variables' ? undefined : new TerraformVariable(stack, 'body', { type: 'any' });
  const values: Record<string, unknown> = shared ? { body: WORKITEM } : {};
  for (let i = 0; i < n; i++) {
    let value: unknown;
    if (shared) value = shape === 'merged' ? Fn.merge([shared.value, { description: `check ${i}` }]) : shared.value;
    else {
      value = new TerraformVariable(stack, `body${i}`, { type: 'any' }).value;
      values[`body${i}`] = { ...WORKITEM, description: `body ${i}` };
    }
    new DataResource(stack, `r${i}`, { input: { operation: 'postTaskmanagementWorkitems', body: value } });
    if (checks) new PayloadCheck(stack, `c${i}`, { operation: 'postTaskmanagementWorkitems', body: value });
  }
  app.synth();
  const dir = path.join(outdir, 'stacks', 'plan');
  fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), JSON.stringify(values));
  terraform(dir, ['init']);
  return dir;
}

export async function run(print: (line: string) => void): Promise<void> {
  for (const [n, runs] of [[1, 7], [50, 5], [500, 3]] as const) {
    const { subject, baseline, pairs } = await compareTime(() => synthMs((s) => withConstructs(s, n)), () => synthMs((s) => rawL1(s, n)), runs, 1);
    print(record({ figure: `synth ${n} trigger(s) vs raw cdktf synth of the same resources`, subject: 'CobrowseTrigger synth', baseline: 'raw L1 synth', unit: 'ms', subjectStats: subject, baselineStats: baseline, pairs }));
  }
  for (const shape of ['shared', 'merged', 'variables'] as const) {
    for (const [n, runs] of [[20, 7], [200, 7]] as const) {
      const withChecks = planDir(n, true, shape);
      const without = planDir(n, false, shape);
      try {
        const { subject, baseline, pairs } = await compareTime(() => terraform(withChecks, ['plan', '-refresh=false', '-lock=false']), () => terraform(without, ['plan', '-refresh=false', '-lock=false']), runs, 1);
        const perCheck = (subject.median - baseline.median) / n;
        print(record({
          figure: `terraform plan, ${n} PayloadChecks (preconditions) of ${SHAPES[shape].figure} vs none`,
          subject: `${n} terraform_data + ${n} PayloadChecks (${SHAPES[shape].bodies(n)})`, baseline: `the same ${n} terraform_data, no checks`, unit: 'ms',
          subjectStats: subject, baselineStats: baseline, pairs, extra: { checks: n, msPerCheck: Number(perCheck.toFixed(2)) },
        }));
        print(`  ${perCheck.toFixed(1)} ms per check`);
      } finally {
        for (const dir of [withChecks, without]) fs.rmSync(path.resolve(dir, '..', '..'), { recursive: true, force: true });
      }
    }
  }
}
