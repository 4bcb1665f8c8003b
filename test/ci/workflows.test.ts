/**
 * examples/ci: parses the GitHub Actions workflow and the GitLab CI file and runs their credential-less
 * job's commands in a scratch cdktf app laid out as they expect (the worked example as main.ts, valid
 * payloads in payloads/, ci/payload-checks.tfvars), with real `terraform plan` (only the built-in
 * terraform_data: offline). `npm ci` is replaced by linking this checkout's node_modules and built library;
 * `npx cdktf synth` by what it runs, cdktf.json's app with CDKTF_OUTDIR (the cdktf CLI is not a dependency).
 * The credentialed job cannot run here (provider downloads, credentials): its steps are checked against
 * the synthesized stack instead.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const CI = path.join(ROOT, 'examples', 'ci');
const SYNTH = 'npx cdktf synth';

interface Step { run?: string; uses?: string; 'working-directory'?: string; if?: string; with?: Record<string, unknown> }
interface Job { steps: Step[]; env?: Record<string, string>; if?: string }
const github = parse(fs.readFileSync(path.join(CI, 'github-actions.yml'), 'utf8')) as { jobs: Record<string, Job>; permissions: unknown };
const gitlab = parse(fs.readFileSync(path.join(CI, 'gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; rules: { if: string }[]; artifacts?: { paths: string[] } }>;

let app: string;

/** A scratch cdktf app as the workflows expect it, using this checkout's built library. */
function scaffold(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-app-'));
  fs.copyFileSync(path.join(ROOT, 'examples/datadog-apm-cobrowse/main.ts'), path.join(dir, 'main.ts'));
  fs.mkdirSync(path.join(dir, 'payloads'));
  for (const f of fs.readdirSync(path.join(ROOT, 'examples/payloads')).filter((f) => !f.startsWith('forum-'))) {
    fs.copyFileSync(path.join(ROOT, 'examples/payloads', f), path.join(dir, 'payloads', f));
  }
  fs.mkdirSync(path.join(dir, 'ci'));
  fs.copyFileSync(path.join(CI, 'payload-checks.tfvars'), path.join(dir, 'ci/payload-checks.tfvars'));
  fs.writeFileSync(path.join(dir, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: 'npx ts-node main.ts', output: 'cdktf.out' }));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2018', module: 'CommonJS', strict: true, skipLibCheck: true, types: ['node'] } }));
  fs.writeFileSync(path.join(dir, 'empty.tfrc'), '');
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, '.bin'), { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules')).filter((n) => n !== '.bin')) fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules/.bin'))) fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules/.bin', name)), path.join(modules, '.bin', name));
  fs.symlinkSync(ROOT, path.join(modules, 'genesys-cobrowse-cdktf'));
  // What npm's bin link does (the built main.js is not executable in a checkout).
  fs.writeFileSync(path.join(modules, '.bin', 'genesys-cobrowse'), `#!/bin/sh\nexec node ${JSON.stringify(path.join(ROOT, 'lib/cli/main.js'))} "$@"\n`, { mode: 0o755 });
  return dir;
}

/** Runs one workflow command in bash, as CI would, with `npm ci` and `cdktf synth` replaced (see above). */
function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  const appCommand = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.json'), 'utf8')).app as string;
  const script = command.split('\n').filter((line) => !/^npm ci\b/.test(line.trim())).map((line) => (line.trim() === SYNTH ? `CDKTF_OUTDIR=cdktf.out ${appCommand}` : line)).join('\n');
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${path.join(app, 'node_modules/.bin')}:${process.env.PATH}`, TS_NODE_TRANSPILE_ONLY: 'true', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: path.join(app, 'empty.tfrc'), TF_CLI_ARGS: '-no-color' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/[│╷╵]/g, ' ').replace(/\s+/g, ' ') };
}

function runSteps(steps: Step[], cwd: string) {
  return steps.filter((s) => s.run).map((s) => ({ run: s.run!, ...sh(s.run!, path.join(cwd, s['working-directory'] ?? '.'), { GITHUB_WORKSPACE: cwd }) }));
}

beforeAll(() => {
  app = scaffold();
});
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

describe('examples/ci/github-actions.yml', () => {
  const checks = github.jobs.checks;

  it('has a credential-less job: install, synth, SARIF check and upload, plan of the payload checks', () => {
    expect(checks.env).toBeUndefined();
    expect(JSON.stringify(checks)).not.toMatch(/secrets\./);
    const runs = checks.steps.map((s) => s.run ?? s.uses);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', SYNTH, expect.stringMatching(/^npx genesys-cobrowse check --format sarif .* > genesys-cobrowse\.sarif$/)]));
    const upload = checks.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload).toMatchObject({ if: 'always()', with: { sarif_file: 'genesys-cobrowse.sarif' } });
    expect(checks.steps.find((s) => s.run?.includes('terraform plan'))).toMatchObject({ 'working-directory': 'cdktf.out/stacks/payload-checks' });
  });

  it("runs the credential-less job's commands: synth, a SARIF report, a green plan of the gathered checks", () => {
    const results = runSteps(checks.steps, app);
    expect(results.map((r) => [r.run.split('\n')[0], r.status])).toEqual(results.map((r) => [r.run.split('\n')[0], 0]));
    expect(fs.readdirSync(path.join(app, 'cdktf.out/stacks')).sort()).toEqual(['datadog-apm-cobrowse', 'payload-checks']);
    const sarif = JSON.parse(fs.readFileSync(path.join(app, 'genesys-cobrowse.sarif'), 'utf8'));
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'genesys-cobrowse' } } }] });
    // Valid payloads: warnings (e.g. unverified access) are annotated, but nothing is an error.
    expect(sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toEqual([]);
    const plan = results[results.length - 1].output;
    // The checks are output preconditions: a green plan has nothing to add (the failing cases below prove they run).
    expect(plan).toContain('No changes.');
    const doc = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out/stacks/payload-checks/cdk.tf.json'), 'utf8'));
    expect(doc.provider).toBeUndefined();
    expect(doc.resource).toBeUndefined();
    expect(Object.values(doc.output as Record<string, { precondition?: unknown[] }>).flatMap((o) => o.precondition ?? []).length).toBeGreaterThan(0);
  }, 120_000);

  it('fails that plan on a bad example value, naming the field, and on a missing one, naming the variable', () => {
    const planStep = checks.steps.find((s) => s.run?.includes('terraform plan'))!;
    const dir = path.join(app, planStep['working-directory']!);
    const tfvars = path.join(app, 'ci/payload-checks.tfvars');
    const good = fs.readFileSync(tfvars, 'utf8');
    try {
      fs.writeFileSync(tfvars, good.replace(/^data_genesyscloud_routing_queue_support-queue_id = .*$/m, 'data_genesyscloud_routing_queue_support-queue_id = 42'));
      const bad = sh(planStep.run!, dir, { GITHUB_WORKSPACE: app });
      expect(bad.status).toBe(1);
      expect(bad.output).toContain('`queueId` must be a string.');
      expect(bad.output).toContain('`routingData.queueId` must be a string.');
      fs.writeFileSync(tfvars, good.replace(/^workitem_type_id = .*$/m, ''));
      const missing = sh(planStep.run!, dir, { GITHUB_WORKSPACE: app });
      expect(missing.status).toBe(1);
      expect(missing.output).toContain('No value for required variable');
      expect(missing.output).toContain('workitem_type_id');
    } finally {
      fs.writeFileSync(tfvars, good);
    }
  }, 60_000);

  it('annotates an invalid payload file through SARIF and fails the step', () => {
    const step = checks.steps.find((s) => s.run?.startsWith('npx genesys-cobrowse check'))!;
    fs.copyFileSync(path.join(ROOT, 'examples/payloads/forum-scopes.json'), path.join(app, 'payloads/forum-scopes.json'));
    try {
      expect(sh(step.run!, app).status).toBe(1);
      const results = JSON.parse(fs.readFileSync(path.join(app, 'genesys-cobrowse.sarif'), 'utf8')).runs[0].results;
      expect(results.find((r: { level: string }) => r.level === 'error')).toMatchObject({ ruleId: 'unknown-scope', locations: [{ physicalLocation: { artifactLocation: { uri: 'payloads/forum-scopes.json' } } }] });
    } finally {
      fs.rmSync(path.join(app, 'payloads/forum-scopes.json'));
    }
  });

  it('gives the credentialed job every required variable of the whole stack and keeps it off forks', () => {
    const plan = github.jobs.plan;
    expect(plan.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(plan.steps.map((s) => s.run)).toContain(SYNTH);
    const planStep = plan.steps.find((s) => s.run?.includes('terraform plan'))!;
    const doc = JSON.parse(fs.readFileSync(path.join(app, planStep['working-directory']!, 'cdk.tf.json'), 'utf8'));
    const required = Object.entries(doc.variable as Record<string, { default?: unknown }>).filter(([, v]) => v.default === undefined).map(([name]) => `TF_VAR_${name}`);
    expect(Object.keys(plan.env!)).toEqual(expect.arrayContaining(required));
    for (const name of ['GENESYSCLOUD_OAUTHCLIENT_ID', 'GENESYSCLOUD_OAUTHCLIENT_SECRET', 'DD_API_KEY', 'DD_APP_KEY']) expect(plan.env![name]).toBe(`\${{ secrets.${name} }}`);
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  it("runs the merge-request job's script: synth, SARIF artifact, a green plan of the gathered checks", () => {
    const job = gitlab['payload-checks'];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job.artifacts?.paths).toEqual(['genesys-cobrowse.sarif']);
    fs.rmSync(path.join(app, 'cdktf.out'), { recursive: true, force: true });
    const r = sh(job.script.join('\n'), app, { CI_PROJECT_DIR: app });
    expect(r.status).toBe(0);
    expect(r.output).toContain('No changes.');
    expect(JSON.parse(fs.readFileSync(path.join(app, 'genesys-cobrowse.sarif'), 'utf8')).runs[0].results.filter((r: { level: string }) => r.level === 'error')).toEqual([]);
    expect(gitlab.plan.script).toEqual(expect.arrayContaining([SYNTH, 'cd cdktf.out/stacks/datadog-apm-cobrowse', 'terraform plan -input=false -lock=false']));
  }, 120_000);
});
