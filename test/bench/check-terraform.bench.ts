/**
 * Cost of the genesyscloud resource checks: `genesys-cobrowse check-terraform` on a directory of 200 resources
 * (goal: under 1 s; baseline: the CLI's own start-up, `--version`), and cdktf synth of an app of 200
 * genesyscloud L1 resources with the GenesysChecks Aspect vs the same app without it (goal: at most 1.3x).
 * Interleaved; ratios are medians of per-pair ratios.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformResource, TerraformStack } from 'cdktf';
import { GenesysChecks } from '../../src/constructs';
import { AuthRole } from '../../src/constructs/bindings/generated/providers/genesyscloud/auth-role';
import { OauthClient } from '../../src/constructs/bindings/generated/providers/genesyscloud/oauth-client';
import { GenesyscloudProvider } from '../../src/constructs/bindings/generated/providers/genesyscloud/provider';
import { WebdeploymentsConfiguration } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-configuration';
import { compareTime, record } from './timing';

const N = 200;
const CLI = path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js');

/** Five kinds of resource, N in all, across ten files: roles, clients, data actions, web deployment configurations, queues. */
export function hclDirectory(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tf-'));
  const blocks: string[] = ['resource "genesyscloud_integration" "da" {\n  integration_type = "purecloud-data-actions"\n}\n'];
  for (let i = 0; blocks.length < N; i++) {
    blocks.push(`resource "genesyscloud_auth_role" "r${i}" {\n  name = "Role ${i}"\n  permission_policies {\n    domain      = "conversation"\n    entity_name = "cobrowse"\n    action_set  = ["add"]\n  }\n}\n`);
    blocks.push(`resource "genesyscloud_oauth_client" "c${i}" {\n  name                  = "Client ${i}"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n  roles {\n    role_id = genesyscloud_auth_role.r${i}.id\n  }\n}\n`);
    blocks.push(`resource "genesyscloud_integration_action" "a${i}" {\n  name            = "Callback ${i}"\n  category        = "Callbacks"\n  integration_id  = genesyscloud_integration.da.id\n  contract_input  = jsonencode({ type = "object", properties = { number = { type = "string" } } })\n  contract_output = jsonencode({ type = "object" })\n  config_request {\n    request_url_template = "/api/v2/conversations/callbacks"\n    request_type         = "POST"\n    request_template     = "{\\"callbackNumbers\\": [\\"$\${input.number}\\"]}"\n  }\n}\n`);
    blocks.push(`resource "genesyscloud_webdeployments_configuration" "w${i}" {\n  name             = "Site ${i}"\n  languages        = ["en-us"]\n  default_language = "en-us"\n  cobrowse {\n    enabled  = true\n    channels = ["Webmessaging"]\n  }\n}\n`);
    blocks.push(`resource "genesyscloud_routing_queue" "q${i}" {\n  name = "Queue ${i}"\n}\n`);
  }
  blocks.slice(0, N).forEach((b, i) => fs.appendFileSync(path.join(dir, `part${i % 10}.tf`), `${b}\n`));
  return dir;
}

function cliMs(args: string[], expectedStatus: number): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== expectedStatus) throw new Error(`genesys-cobrowse ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** N genesyscloud L1 resources of four kinds, some through the bindings, some raw. */
function build(stack: TerraformStack): void {
  const integration = new TerraformResource(stack, 'da', { terraformResourceType: 'genesyscloud_integration' });
  integration.addOverride('integration_type', 'purecloud-data-actions');
  for (let i = 0; i * 4 < N; i++) {
    const role = new AuthRole(stack, `r${i}`, { name: `Role ${i}`, permissionPolicies: [{ domain: 'conversation', entityName: 'cobrowse', actionSet: ['add'] }] });
    new OauthClient(stack, `c${i}`, { name: `Client ${i}`, authorizedGrantType: 'CLIENT-CREDENTIALS', roles: [{ roleId: role.id }] });
    new WebdeploymentsConfiguration(stack, `w${i}`, { name: `Site ${i}`, languages: ['en-us'], defaultLanguage: 'en-us', cobrowse: { enabled: true, channels: ['Webmessaging'] } });
    const action = new TerraformResource(stack, `a${i}`, { terraformResourceType: 'genesyscloud_integration_action' });
    for (const [k, v] of Object.entries({
      name: `Callback ${i}`, category: 'Callbacks', integration_id: `\${genesyscloud_integration.${integration.friendlyUniqueId}.id}`,
      contract_input: '{"type":"object","properties":{"number":{"type":"string"}}}', contract_output: '{"type":"object"}',
      config_request: [{ request_url_template: '/api/v2/conversations/callbacks', request_type: 'POST', request_template: '{"callbackNumbers": ["$${input.number}"]}' }],
    })) action.addOverride(k, v);
  }
}

function synthMs(checks: boolean): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-aspect-'));
  try {
    const start = process.hrtime.bigint();
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'bench');
    new GenesyscloudProvider(stack, 'genesyscloud');
    build(stack);
    if (checks) Aspects.of(stack).add(new GenesysChecks());
    app.synth();
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export async function run(print: (line: string) => void): Promise<void> {
  const dir = hclDirectory();
  try {
    const { subject, baseline, pairs } = await compareTime(() => cliMs(['check-terraform', dir, '--format', 'json'], 0), () => cliMs(['--version'], 0), 9, 1);
    print(record({ figure: `check-terraform on a directory of ${N} genesyscloud resources (goal: under 1 s) vs the CLI's start-up`, subject: `check-terraform, ${N} resources in 10 .tf files`, baseline: 'genesys-cobrowse --version', unit: 'ms', subjectStats: subject, baselineStats: baseline, pairs }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { subject, baseline, pairs } = await compareTime(() => synthMs(true), () => synthMs(false), 7, 1);
  print(record({ figure: `cdktf synth of ${N} genesyscloud L1 resources with the GenesysChecks Aspect vs without (goal: at most 1.3x)`, subject: 'synth with GenesysChecks', baseline: 'the same synth without it', unit: 'ms', subjectStats: subject, baselineStats: baseline, pairs }));
}
