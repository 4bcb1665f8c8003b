/**
 * The library as users get it: compiled into a scratch copy (the repo's lib/ is left alone), packed with
 * `npm pack`, checked for contents, then installed into a fresh cdktf 0.21 app (TypeScript 5.9, ts-node,
 * the shipped worked example) and into a CDK Terrain app (`cdktf@npm:cdktn`), each synthesizing a stack
 * that imports only the documented entry points. Needs the npm registry (or its cache); the installs
 * make this file slow, hence the long timeouts.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { call, startPlugin } from '../provider/plugin-client';
import { triggerConfig } from '../handoff/harness';
import { encodeValue } from '../../src/provider/msgpack';
import { OPTIONAL_PEERS } from '../../src/optional-dependency';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ENTRY_POINTS = Object.keys(manifest.exports).filter((key) => key !== './package.json');

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function npmInstall(dir: string, specs: string[]): void {
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true }));
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], dir);
}

/** Installed packages (npm's hidden lockfile) and bytes under node_modules. */
function footprint(dir: string): { packages: string[]; bytes: number } {
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  const bytes = (p: string): number => fs.readdirSync(p, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? bytes(path.join(p, e.name)) : e.isFile() ? fs.statSync(path.join(p, e.name)).size : 0), 0);
  return { packages: Object.keys(lock.packages).filter((key) => key !== ''), bytes: bytes(path.join(dir, 'node_modules')) };
}

let tmp: string;
let tarball: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'packed-'));
  const pkg = path.join(tmp, 'pkg');
  try {
    sh(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'tsconfig.json'), '--outDir', path.join(pkg, 'lib')], ROOT);
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; the entry-point checks below say what is missing.
  }
  // The build's other steps, as `npm run build` runs them: the API snapshot copied byte for byte, and the provider's
  // bundles (dependencies from the repo's node_modules).
  fs.cpSync(path.join(ROOT, 'src', 'genesys', 'data'), path.join(pkg, 'src', 'genesys', 'data'), { recursive: true });
  const modules = path.join(ROOT, 'node_modules');
  for (const step of ['build:data', 'bundle:provider']) {
    execFileSync('sh', ['-c', manifest.scripts[step]], { cwd: pkg, stdio: 'pipe', env: { ...process.env, NODE_PATH: modules, PATH: `${path.join(modules, '.bin')}${path.delimiter}${process.env.PATH}` } });
  }
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'examples', 'docs']) fs.cpSync(path.join(ROOT, file), path.join(pkg, file), { recursive: true });
  // Decoys the `files` rules must keep out: example build output, tests, sources.
  for (const decoy of ['examples/datadog-apm-cobrowse/cdktf.out/stacks/x/cdk.tf.json', 'test/a.test.ts', 'src/index.ts']) {
    fs.mkdirSync(path.dirname(path.join(pkg, decoy)), { recursive: true });
    fs.writeFileSync(path.join(pkg, decoy), '{}');
  }
  // Without scripts: `prepare` would rebuild from sources the scratch copy does not have.
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, scripts: {} }, null, 2));
  tarball = path.join(pkg, sh('npm', ['pack', '--ignore-scripts', '--silent'], pkg).trim().split('\n').pop()!);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships the compiled library once, the worked example, the CI recipes and the docs; no tests, sources, maps or build output', () => {
    const files = sh('tar', ['-tzf', tarball], tmp).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    expect(files.filter((f) => /snapshot(-records)?\.jsonl?$/.test(f)).sort()).toEqual(['lib/genesys/data/snapshot-records.jsonl', 'lib/genesys/data/snapshot.json']);
    expect(files.filter((f) => /^(src|test)\//.test(f) || f.includes('cdktf.out') || f.endsWith('.map') || /(^|\/)generate(-\w+)?\.(js|d\.ts)$/.test(f))).toEqual([]);
    const targets = ENTRY_POINTS.flatMap((key) => Object.values(manifest.exports[key] as Record<string, string>));
    const bins = Object.values(manifest.bin as Record<string, string>);
    // A `*` target (`./bindings/*`) must match at least one shipped file.
    const shipped = (pattern: string) => files.some((f) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(f));
    const expected = [...targets, ...bins, ...Object.values(manifest.typesVersions['*'] as Record<string, string[]>).flat(), 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'examples/datadog-apm-cobrowse/main.ts', 'examples/payloads/forum-scopes.json', 'examples/ci/github-actions.yml', 'examples/ci/gitlab-ci.yml', 'examples/ci/payload-checks.tfvars', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)];
    expect(expected.filter((pattern) => !shipped(pattern))).toEqual([]);
    // Every shipped file under examples/ is the worked example, a payload or a CI recipe.
    expect(files.filter((f) => f.startsWith('examples/') && !/^examples\/(payloads|ci)\//.test(f))).toEqual(['examples/datadog-apm-cobrowse/main.ts']);
  });
});

const APP_TSCONFIG = {
  // What `cdktf init --template=typescript` writes (module CommonJS: moduleResolution node10, so typesVersions matter).
  compilerOptions: { target: 'ES2018', module: 'CommonJS', lib: ['es2018'], strict: true, declaration: true, noEmitOnError: true, skipLibCheck: true, types: ['node'] },
  include: ['*.ts'],
};

const ENTRY_POINTS_TS = `
import { App, TerraformStack } from 'cdktf';
import { PayloadCheck, type PayloadCheckProps, type Diagnostic } from 'genesys-cobrowse-cdktf';
import { validateRequest } from 'genesys-cobrowse-cdktf/validation';
import { GenesysClient } from 'genesys-cobrowse-cdktf/client';
import { createHandoffHandler, type TriggerConfig } from 'genesys-cobrowse-cdktf/handoff';
import { genesyscloud } from 'genesys-cobrowse-cdktf/bindings';
import { GenesyscloudProvider } from 'genesys-cobrowse-cdktf/bindings/genesyscloud/provider';
import { addProviderPayloadCheck } from 'genesys-cobrowse-cdktf/provider';

const props: PayloadCheckProps = { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['+15555550100'] } };
const stack = new TerraformStack(new App(), 'entry');
new GenesyscloudProvider(stack, 'genesyscloud', {});
new genesyscloud.dataGenesyscloudAuthDivisionHome.DataGenesyscloudAuthDivisionHome(stack, 'home');
new PayloadCheck(stack, 'check', props);
addProviderPayloadCheck(stack, 'provider-check', { operation: 'postConversationCobrowse' });
const diagnostics: Diagnostic[] = validateRequest({ method: 'POST', path: '/api/v2/conversations/c/cobrowse' }, { grantType: 'CODE' });
const uses: [typeof GenesysClient, typeof createHandoffHandler, TriggerConfig | undefined] = [GenesysClient, createHandoffHandler, undefined];
console.log(JSON.stringify({ diagnostics: diagnostics.length, uses: uses.length }));
`;

describe('installed into a fresh cdktf 0.21 app (TypeScript 5.9, ts-node)', () => {
  let app: string;
  let before: ReturnType<typeof footprint>;
  let after: ReturnType<typeof footprint>;
  let seconds: number;
  beforeAll(() => {
    app = path.join(tmp, 'cdktf-app');
    npmInstall(app, ['cdktf@0.21.0', 'constructs@10.7.x', 'typescript@5.9.3', 'ts-node@10', '@types/node@20']);
    before = footprint(app);
    const started = process.hrtime.bigint();
    npmInstall(app, [tarball]);
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    after = footprint(app);
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(APP_TSCONFIG, null, 2));
  }, 300_000);

  it('installs light: no native addon, database driver or HTTP client (optional peers, not installed)', () => {
    const added = after.packages.filter((p) => !before.packages.includes(p));
    console.log(`installing the packed tarball into the app added ${added.length} packages and ${(after.bytes - before.bytes) / 1e6} MB in ${seconds.toFixed(1)} s: ${added.join(', ')}`);
    expect(added.filter((p) => Object.keys(OPTIONAL_PEERS).some((peer) => p.endsWith(`node_modules/${peer}`)))).toEqual([]);
    expect(added.filter((p) => fs.existsSync(path.join(app, p, 'binding.gyp')))).toEqual([]);
    // The library and its run-time dependencies (the selector parser, the WebAssembly tree-sitter runtime that
    // check-terraform reads HCL with; the HCL grammar ships inside the package).
    expect(added.sort()).toEqual(['node_modules/css-what', 'node_modules/genesys-cobrowse-cdktf', 'node_modules/web-tree-sitter']);
  });

  it('`serve` without the optional peers names every package it needs and the command that installs them', () => {
    fs.writeFileSync(path.join(app, 'trigger.json'), JSON.stringify(triggerConfig()));
    const env = { ...process.env, GENESYS_CLIENT_ID: 'id', GENESYS_CLIENT_SECRET: 'secret', COBROWSE_WEBHOOK_SECRET: 'webhook' };
    const sqlite = spawnSync('npx', ['genesys-cobrowse', 'serve', '--config', 'trigger.json', '--port', '0'], { cwd: app, encoding: 'utf8', env });
    const install = (...names: (keyof typeof OPTIONAL_PEERS)[]) => `npm install ${names.map((n) => `${n}@${OPTIONAL_PEERS[n].range}`).join(' ')}\n`;
    expect(sqlite.status).toBe(1);
    expect(sqlite.stderr).toMatch(/^genesys-cobrowse serve: missing npm packages axios and better-sqlite3, for the Genesys client and the SQLite journal; /);
    expect(sqlite.stderr.endsWith(install('axios', 'better-sqlite3'))).toBe(true);
    const postgres = spawnSync('npx', ['genesys-cobrowse', 'serve', '--config', 'trigger.json', '--store', 'postgres://u@127.0.0.1:1/db'], { cwd: app, encoding: 'utf8', env });
    expect(postgres.status).toBe(1);
    expect(postgres.stderr.endsWith(install('axios', 'pg'))).toBe(true);
  });

  it('runs the shipped worked example, type-checked, into cdktf.out', () => {
    fs.copyFileSync(path.join(app, 'node_modules/genesys-cobrowse-cdktf/examples/datadog-apm-cobrowse/main.ts'), path.join(app, 'main.ts'));
    expect(sh('npx', ['ts-node', 'main.ts'], app)).toContain('synthesized to cdktf.out');
    const doc = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out/stacks/datadog-apm-cobrowse/cdk.tf.json'), 'utf8'));
    expect(Object.keys(doc.resource)).toEqual(expect.arrayContaining(['genesyscloud_oauth_client', 'genesyscloud_auth_role', 'datadog_webhook', 'datadog_monitor']));
    expect(Object.values(doc.output as Record<string, { precondition?: unknown[] }>).some((o) => (o.precondition ?? []).length > 0)).toBe(true);
  }, 120_000);

  it("synthesizes the README's quick-start stack and plans its checks green without credentials", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const code = /\*\*One stack\*\*[^\n]*\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    const command = /```sh\nnpx cdktf synth\ncd (\S+) && terraform init && terraform plan (.*)\n```/.exec(readme);
    expect({ code: code !== undefined, command: command !== null }).toEqual({ code: true, command: true });
    fs.writeFileSync(path.join(app, 'quickstart.ts'), code!);
    fs.writeFileSync(path.join(app, 'empty.tfrc'), '');
    const env = { ...process.env, CDKTF_OUTDIR: 'quickstart.out', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_ARGS: '-no-color', TF_CLI_CONFIG_FILE: path.join(app, 'empty.tfrc') };
    const synth = spawnSync('npx', ['ts-node', 'quickstart.ts'], { cwd: app, encoding: 'utf8', env });
    expect({ status: synth.status, stderr: synth.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.readdirSync(path.join(app, 'quickstart.out/stacks')).sort()).toEqual(['datadog-apm-cobrowse', 'payload-checks']);
    const stackDir = path.join(app, command![1].replace(/^cdktf\.out\//, 'quickstart.out/'));
    const plan = spawnSync('bash', ['-c', `terraform init -input=false >/dev/null && terraform plan -input=false ${command![2]}`], { cwd: stackDir, encoding: 'utf8', env });
    expect({ status: plan.status, stderr: plan.stderr }).toEqual({ status: 0, stderr: '' });
    expect(plan.stdout).toContain('No changes.');
  }, 120_000);

  it('resolves every documented entry point, with types, under moduleResolution node10 and node16', () => {
    fs.writeFileSync(path.join(app, 'entry-points.ts'), ENTRY_POINTS_TS);
    // node10 (typesVersions) compiles to out/ and runs; node16 (the exports map's types) only type-checks.
    for (const [module, moduleResolution, emit] of [['CommonJS', 'node10', ['--outDir', 'out']], ['Node16', 'node16', ['--noEmit']]] as const) {
      const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--declaration', 'false', '--module', module, '--moduleResolution', moduleResolution, ...emit], { cwd: app, encoding: 'utf8' });
      expect({ moduleResolution, output: tsc.stdout + tsc.stderr, status: tsc.status }).toEqual({ moduleResolution, output: '', status: 0 });
    }
    expect(JSON.parse(sh('node', ['out/entry-points.js'], app))).toEqual({ diagnostics: 0, uses: 3 });
  }, 120_000);

  it('keeps internals out of reach: only the exports map resolves', () => {
    const deep = spawnSync('node', ['-e', "require('genesys-cobrowse-cdktf/lib/validation/rules')"], { cwd: app, encoding: 'utf8' });
    expect(deep.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    const root = JSON.parse(sh('node', ['-e', "console.log(JSON.stringify(Object.keys(require('genesys-cobrowse-cdktf'))))"], app));
    expect(root).toEqual(expect.arrayContaining(['GenesysOAuthClient', 'CobrowseSettings', 'CobrowseTrigger', 'PayloadCheck']));
    expect(root).not.toEqual(expect.arrayContaining(['validateBody']));
  });

  it('starts the installed provider (the bundled start-up file) and checks a body through it', async () => {
    const plugin = await startPlugin(path.join(app, 'node_modules/genesys-cobrowse-cdktf/lib/provider/main.js'));
    const client = plugin.connect();
    try {
      const config = { operation: 'POST /api/v2/conversations/callbacks', body: JSON.stringify({ callbackNumbers: 5 }), fail_on_error: null };
      const { diagnostics } = await call(client, 'ValidateDataResourceConfig', { type_name: 'genesyscobrowse_payload_check', config: { msgpack: encodeValue(config) } });
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', detail: expect.stringMatching(/^\/callbackNumbers \[wrong-type\]/) })]);
    } finally {
      client.close();
      plugin.child.kill();
    }
  });

  it("names axios when the installed provider is configured for live checks without it", async () => {
    const plugin = await startPlugin(path.join(app, 'node_modules/genesys-cobrowse-cdktf/lib/provider/main.js'));
    const client = plugin.connect();
    try {
      const config = { region: 'us-east-1', client_id: 'id', client_secret: 'secret' };
      const { diagnostics } = await call(client, 'ConfigureProvider', { terraform_version: '1.11.4', config: { msgpack: encodeValue(config) } });
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', summary: 'genesyscobrowse provider: live checks need axios', detail: expect.stringContaining(`npm install axios@${OPTIONAL_PEERS.axios.range}`) })]);
    } finally {
      client.close();
      plugin.child.kill();
    }
  });

  it('runs the installed CLI on the shipped payloads', () => {
    expect(sh('npx', ['genesys-cobrowse', '--version'], app)).toContain(`genesys-cobrowse ${manifest.version}`);
    const check = spawnSync('npx', ['genesys-cobrowse', 'check', 'node_modules/genesys-cobrowse-cdktf/examples/payloads/forum-scopes.json'], { cwd: app, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('error [unknown-scope]');
    // check-terraform loads the HCL grammar (WebAssembly) and the provider schema data from the installed package.
    fs.writeFileSync(path.join(app, 'main.tf'), 'resource "genesyscloud_flow" "f" {\n  filepath          = "f.yaml"\n  file_content_hash = "abc"\n}\n');
    const tf = spawnSync('npx', ['genesys-cobrowse', 'check-terraform', 'main.tf'], { cwd: app, encoding: 'utf8' });
    expect(tf.stdout).toContain('main.tf:3:23: error [computed-attribute]');
    expect(tf.status).toBe(1);
  });
});

const TERRAIN_SCRIPT = `
const path = require('path');
const { App, TerraformStack, TerraformVariable } = require('cdktf');
const c = require('genesys-cobrowse-cdktf');
const { genesyscloud, datadog } = require('genesys-cobrowse-cdktf/bindings');
const app = new App({ outdir: path.join(__dirname, 'out') });
const stack = new TerraformStack(app, 'terrain');
new genesyscloud.provider.GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: 'us-east-1' });
new datadog.provider.DatadogProvider(stack, 'datadog');
const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true });
const queue = new TerraformVariable(stack, 'queue', { type: 'string' });
const client = new c.GenesysOAuthClient(stack, 'client', { name: 'svc', operations: ['postConversationCobrowse', 'postConversationsCallbacks'] });
new c.CobrowseSettings(stack, 'web', { name: 'web', languages: ['en-us'], defaultLanguage: 'en-us', channels: ['Webmessaging'] });
new c.CobrowseTrigger(stack, 'trigger', {
  name: 'terrain', region: 'us-east-1', oauthClient: client, existingMonitorId: '1',
  webhookUrl: 'https://h.example.com', webhookSecret: secret.stringValue,
  fallback: { operation: 'postConversationsCallbacks', body: { callbackNumbers: ['+15555550100'], routingData: { queueId: queue.stringValue } } },
});
app.synth();
const bad = new TerraformStack(new App({ outdir: path.join(__dirname, 'bad') }), 'bad');
new c.GenesysOAuthClient(bad, 'client', { name: 'svc', operations: ['postConversationCobrowse'], additionalPermissions: ['cobrowse:write'] });
let error = '';
try { bad.node.root.synth(); } catch (e) { error = e.message; }
process.stdout.write(JSON.stringify({ cdktf: require('cdktf/package.json').name, error }));
`;

describe('installed into a CDK Terrain app (cdktf@npm:cdktn)', () => {
  it('synthesizes the constructs and enforces their validations', () => {
    const app = path.join(tmp, 'terrain-app');
    npmInstall(app, [tarball, 'cdktf@npm:cdktn@^0.24', 'constructs@10.7.x']);
    fs.writeFileSync(path.join(app, 'synth.js'), TERRAIN_SCRIPT);
    const result = JSON.parse(sh('node', ['synth.js'], app));

    expect(result.cdktf).toBe('cdktn');
    // The README's matrix: cdktn needs constructs below 10.8; what got installed is inside both ranges.
    const cdktn = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/cdktf/package.json'), 'utf8'));
    expect(cdktn.peerDependencies.constructs).toBe('>=10.6.0 <10.8.0');
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`cdktn's own peer: \`${cdktn.peerDependencies.constructs}\``);
    const constructs = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/constructs/package.json'), 'utf8')).version;
    expect(constructs).toMatch(/^10\.7\./);
    expect(result.error).toContain('`cobrowse:write` is not a Genesys Cloud permission');
    const doc = JSON.parse(fs.readFileSync(path.join(app, 'out/stacks/terrain/cdk.tf.json'), 'utf8'));
    expect(Object.values(doc.resource.genesyscloud_oauth_client)).toEqual([expect.objectContaining({ authorized_grant_type: 'CLIENT-CREDENTIALS' })]);
    expect(Object.values(doc.resource.genesyscloud_auth_role)).toEqual([
      expect.objectContaining({ permission_policies: expect.arrayContaining([{ domain: 'conversation', entity_name: 'cobrowse', action_set: ['add'] }]) }),
    ]);
    expect(Object.values(doc.resource.genesyscloud_webdeployments_configuration)).toEqual([expect.objectContaining({ cobrowse: expect.objectContaining({ channels: ['Webmessaging'] }) })]);
    expect(Object.values(doc.resource.datadog_webhook)).toEqual([expect.objectContaining({ custom_headers: '${jsonencode({"X-Cobrowse-Webhook-Secret" = var.secret})}' })]);
    // PayloadCheck: one null output per operation carrying the preconditions.
    const outputs = Object.values(doc.output as Record<string, { precondition?: unknown[] }>);
    expect(outputs.flatMap((o) => o.precondition ?? []).length).toBeGreaterThan(0);
    expect(doc.terraform.required_providers.genesyscloud).toEqual({ source: 'mypurecloud/genesyscloud', version: '~> 1.84' });
  }, 300_000);
});
