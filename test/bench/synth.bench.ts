/**
 * Cost of the constructs' validation: synth time of N CobrowseTriggers vs the same resources built as raw
 * L1 resources without validation, and `terraform plan` time with PayloadCheck preconditions vs the same
 * terraform_data resources without them. Ratios are measured in the same run.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, DataResource, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { CobrowseTrigger, GenesysOAuthClient, PayloadCheck } from '../../src/constructs';
import { Monitor } from '../../src/constructs/bindings/generated/providers/datadog/monitor';
import { DatadogProvider } from '../../src/constructs/bindings/generated/providers/datadog/provider';
import { Webhook } from '../../src/constructs/bindings/generated/providers/datadog/webhook';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { notificationPayloadTemplate } from '../../src/trigger/notification';
import { ratio } from './timing';

const QUERY = 'trace-analytics("service:checkout status:error").rollup("count").by("@conversation_id").last("5m") > 3';
const BODY = { name: 'Co-browse follow-up: $EVENT_TITLE', typeId: 'type-1', description: 'Alert $ALERT_ID: $LINK' };

function withConstructs(stack: TerraformStack, n: number): void {
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
  const client = new GenesysOAuthClient(stack, 'client', { name: 'svc', operations: ['postConversationCobrowse', 'postTaskmanagementWorkitems'], divisionId: '*' });
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

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Alternating runs of subject and baseline, so both see the same machine load. */
function compare(runs: number, subject: () => number, baseline: () => number): [number, number] {
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    s.push(subject());
    b.push(baseline());
  }
  return [median(s), median(b)];
}

const fmt = (subject: number, baseline: number) => `${ratio(subject, baseline)} (${subject.toFixed(0)} ms vs ${baseline.toFixed(0)} ms)`;

function terraform(dir: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync('terraform', [...args, '-no-color', '-input=false'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' } });
  if (r.status !== 0) throw new Error(`terraform ${args[0]} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A dir with `checks` terraform_data resources checking a workitem body held in a variable. */
function planDir(checks: number, preconditions: boolean): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'plan');
  const body = new TerraformVariable(stack, 'body', { type: 'any' });
  for (let i = 0; i < checks; i++) {
    if (preconditions) new PayloadCheck(stack, `c${i}`, { operation: 'postTaskmanagementWorkitems', body: body.value });
    else new DataResource(stack, `c${i}`, { input: { operation: 'postTaskmanagementWorkitems', body: body.value } });
  }
  app.synth();
  const dir = path.join(outdir, 'stacks', 'plan');
  terraform(dir, ['init']);
  return dir;
}

export async function run(print: (line: string) => void): Promise<void> {
  compare(1, () => synthMs((s) => withConstructs(s, 5)), () => synthMs((s) => rawL1(s, 5))); // warm-up (module loading, JIT)
  for (const [n, runs] of [[1, 7], [50, 5], [500, 3]] as const) {
    const [subject, baseline] = compare(runs, () => synthMs((s) => withConstructs(s, n)), () => synthMs((s) => rawL1(s, n)));
    print(`synth ${n} trigger(s): ${fmt(subject, baseline)} raw cdktf synth of the same resources`);
  }
  const checks = 20;
  const withChecks = planDir(checks, true);
  const without = planDir(checks, false);
  try {
    const body = '-var=body={"name":"Call back","typeId":"t-1","priority":3,"scoredAgents":[{"id":"a","score":1}]}';
    const [subject, baseline] = compare(5, () => terraform(withChecks, ['plan', '-refresh=false', '-lock=false', body]), () => terraform(without, ['plan', '-refresh=false', '-lock=false', body]));
    print(`terraform plan, ${checks} PayloadChecks (workitem body from a variable): ${fmt(subject, baseline)} the same terraform_data without preconditions`);
  } finally {
    for (const dir of [withChecks, without]) fs.rmSync(path.resolve(dir, '..', '..'), { recursive: true, force: true });
  }
}
