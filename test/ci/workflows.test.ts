/**
 * examples/ci: parses the GitHub Actions workflow and the GitLab CI file and runs their credential-less
 * jobs' commands in a scratch cdktf app laid out as they expect (the worked example as main.ts, valid
 * payloads in payloads/, ci/payload-checks.tfvars), with real `terraform plan` (offline: preconditions, or
 * this package's provider from the mirror `provider install` writes). `npm ci` is replaced by linking this
 * checkout's node_modules and built library; `npx cdktf synth` by what it runs, cdktf.json's app with
 * CDKTF_OUTDIR (the cdktf CLI is not a dependency). GitHub steps' `if:` conditions are evaluated for the
 * few forms the workflow uses. The credentialed jobs cannot run here (provider downloads, credentials):
 * their steps are checked against the synthesized stack instead.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const CI = path.join(ROOT, 'examples', 'ci');
const SYNTH = 'npx cdktf synth';

interface Step { id?: string; run?: string; uses?: string; 'working-directory'?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { steps: Step[]; env?: Record<string, string>; if?: string }
interface GitlabJob { script: string[]; before_script?: string[]; extends?: string; rules: { if: string; exists?: string[] }[]; artifacts?: { paths: string[] } }
const github = parse(fs.readFileSync(path.join(CI, 'github-actions.yml'), 'utf8')) as { jobs: Record<string, Job>; permissions: unknown };
const gitlab = parse(fs.readFileSync(path.join(CI, 'gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob>;
/** The provider credentials and the stack's sensitive variable: never in the environment of the install. */
const SECRETS = ['GENESYSCLOUD_OAUTHCLIENT_ID', 'GENESYSCLOUD_OAUTHCLIENT_SECRET', 'DD_API_KEY', 'DD_APP_KEY', 'TF_VAR_webhook_secret'];

let app: string;

/** A scratch cdktf app as the workflows expect it, using this checkout's built library. */
function scaffold(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-app-'));
  fs.copyFileSync(path.join(ROOT, 'examples/datadog-apm-cobrowse/main.ts'), path.join(dir, 'main.ts'));
  fs.mkdirSync(path.join(dir, 'runner-temp'));
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
    env: { ...process.env, GITHUB_WORKSPACE: app, RUNNER_TEMP: path.join(app, 'runner-temp'), CI_PROJECT_DIR: app, ...env, PATH: `${path.join(app, 'node_modules/.bin')}:${process.env.PATH}`, TS_NODE_TRANSPILE_ONLY: 'true', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: path.join(app, 'empty.tfrc'), TF_CLI_ARGS: '-no-color' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/[│╷╵]/g, ' ').replace(/\s+/g, ' ') };
}

/** Whether a step's `if:` holds, for the forms the workflow uses (anything else fails the test). */
function condition(expression: string | undefined, outcomes: Map<string, number | null>, cwd: string): boolean {
  if (expression === undefined) return [...outcomes.values()].every((status) => status === 0 || status === null);
  return expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '').split(' && ').every((term) => {
    if (term === '!cancelled()') return true;
    const step = /^steps\.([\w-]+)\.outcome == 'success'$/.exec(term);
    if (step) return outcomes.get(step[1]) === 0;
    const files = /^hashFiles\('([^']+)'\) != ''$/.exec(term);
    if (files) return spawnSync('bash', ['-c', `shopt -s globstar nullglob; for f in ${files[1]}; do [ -f "$f" ] && exit 0; done; exit 1`], { cwd }).status === 0;
    throw new Error(`the test does not evaluate the condition ${term}`);
  });
}

/** Runs a job's `run` steps in order as GitHub would: skipped steps have status null. */
function runSteps(steps: Step[], cwd: string) {
  const outcomes = new Map<string, number | null>();
  return steps.map((s, i) => {
    const result = !condition(s.if, outcomes, cwd) ? { status: null, output: '' } : s.run ? sh(s.run, path.join(cwd, s['working-directory'] ?? '.'), s.env) : { status: 0, output: '' };
    outcomes.set(s.id ?? `#${i}`, result.status);
    return { name: s.run?.split('\n')[0] ?? s.uses ?? '', ...result };
  });
}

beforeAll(() => {
  app = scaffold();
});
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

const checks = github.jobs.checks;
const planStep = checks.steps.find((s) => s.run?.includes('terraform plan'))!;
const payloadStep = checks.steps.find((s) => s.run?.includes('npx genesys-cobrowse check'))!;
const tfvars = () => path.join(app, 'ci/payload-checks.tfvars');

/** Runs `fn` with a file of the scratch app replaced (or removed, for null), then restores it. */
function withFile<T>(file: string, content: string | null, fn: () => T): T {
  const saved = fs.existsSync(file) ? fs.readFileSync(file) : null;
  try {
    if (content === null) fs.rmSync(file, { recursive: true, force: true });
    else fs.writeFileSync(file, content);
    return fn();
  } finally {
    if (saved === null) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, saved);
  }
}

describe('examples/ci/github-actions.yml', () => {
  it('has a credential-less job: install, synth, SARIF check and upload, plan of the payload checks, each shown even when an earlier one fails', () => {
    expect(checks.env).toBeUndefined();
    expect(JSON.stringify(checks)).not.toMatch(/secrets\./);
    expect(checks.steps.map((s) => s.run)).toEqual(expect.arrayContaining(['npm ci', SYNTH]));
    expect(payloadStep.run).toMatch(/\nnpx genesys-cobrowse check --format sarif payloads\/\*\*\/\*\.json > genesys-cobrowse\.sarif\n$/);
    // Skipped when the repository has no payload files; otherwise run even after a failed synth.
    expect(payloadStep.if).toBe("${{ !cancelled() && steps.install.outcome == 'success' && hashFiles('payloads/**/*.json') != '' }}");
    const upload = checks.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload).toMatchObject({ if: "${{ !cancelled() && hashFiles('genesys-cobrowse.sarif') != '' }}", with: { sarif_file: 'genesys-cobrowse.sarif' } });
    expect(planStep).toMatchObject({ 'working-directory': 'cdktf.out/stacks/payload-checks', if: "${{ !cancelled() && steps.synth.outcome == 'success' }}" });
  });

  it("runs the credential-less job's commands: synth, a SARIF report, a green plan of the gathered checks", () => {
    const results = runSteps(checks.steps, app);
    expect(results.map((r) => [r.name, r.status])).toEqual(results.map((r) => [r.name, 0]));
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
    const dir = path.join(app, planStep['working-directory']!);
    const good = fs.readFileSync(tfvars(), 'utf8');
    const bad = withFile(tfvars(), good.replace(/^data_genesyscloud_routing_queue_support-queue_id = .*$/m, 'data_genesyscloud_routing_queue_support-queue_id = 42'), () => sh(planStep.run!, dir));
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('`queueId` must be a string.');
    expect(bad.output).toContain('`routingData.queueId` must be a string.');
    const missing = withFile(tfvars(), good.replace(/^workitem_type_id = .*$/m, ''), () => sh(planStep.run!, dir));
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('No value for required variable');
    expect(missing.output).toContain('workitem_type_id');
  }, 60_000);

  it('shows every finding in one run: an invalid payload file fails its step, the plan still runs and fails too', () => {
    const good = fs.readFileSync(tfvars(), 'utf8');
    const results = withFile(path.join(app, 'payloads/forum-scopes.json'), fs.readFileSync(path.join(ROOT, 'examples/payloads/forum-scopes.json'), 'utf8'), () =>
      withFile(tfvars(), good.replace(/^data_genesyscloud_routing_queue_support-queue_id = .*$/m, 'data_genesyscloud_routing_queue_support-queue_id = 42'), () => runSteps(checks.steps, app)),
    );
    const status = (step: Step) => results[checks.steps.indexOf(step)].status;
    expect([status(payloadStep), status(planStep)]).toEqual([1, 1]);
    expect(results[checks.steps.indexOf(planStep)].output).toContain('`queueId` must be a string.');
    const sarif = JSON.parse(fs.readFileSync(path.join(app, 'genesys-cobrowse.sarif'), 'utf8')).runs[0].results;
    expect(sarif.find((r: { level: string }) => r.level === 'error')).toMatchObject({ ruleId: 'unknown-scope', locations: [{ physicalLocation: { artifactLocation: { uri: 'payloads/forum-scopes.json' } } }] });
  }, 120_000);

  it('assumes no payloads/ folder: without one the check and upload are skipped and the plan is green', () => {
    const payloads = path.join(app, 'payloads');
    const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-payloads-'));
    fs.cpSync(payloads, saved, { recursive: true });
    fs.rmSync(payloads, { recursive: true });
    fs.rmSync(path.join(app, 'genesys-cobrowse.sarif'), { force: true });
    try {
      const results = runSteps(checks.steps, app);
      expect(results.filter((r) => r.status === null).map((r) => r.name)).toEqual([payloadStep.run!.split('\n')[0], 'github/codeql-action/upload-sarif@v3']);
      expect(results.filter((r) => r.status !== null && r.status !== 0)).toEqual([]);
      expect(results[checks.steps.indexOf(planStep)].output).toContain('No changes.');
    } finally {
      fs.cpSync(saved, payloads, { recursive: true });
      fs.rmSync(saved, { recursive: true, force: true });
    }
  }, 120_000);

  it("works with engine: 'provider': the job installs this package's provider and the plan runs it", () => {
    const main = fs.readFileSync(path.join(app, 'main.ts'), 'utf8');
    const withProvider = main.replace("new PayloadCheck(this, 'callback-check', {", "new PayloadCheck(this, 'callback-check', {\n      engine: 'provider',");
    expect(withProvider).not.toBe(main);
    withFile(path.join(app, 'main.ts'), withProvider, () => {
      const results = runSteps(checks.steps, app);
      expect(results.map((r) => [r.name, r.status])).toEqual(results.map((r) => [r.name, 0]));
      const doc = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out/stacks/payload-checks/cdk.tf.json'), 'utf8'));
      expect(Object.keys(doc.data.genesyscobrowse_payload_check)).toHaveLength(1);
      const good = fs.readFileSync(tfvars(), 'utf8');
      const bad = withFile(tfvars(), good.replace(/^data_genesyscloud_routing_queue_support-queue_id = .*$/m, 'data_genesyscloud_routing_queue_support-queue_id = 42'), () =>
        sh(planStep.run!, path.join(app, planStep['working-directory']!)),
      );
      expect(bad.status).toBe(1);
      // The provider's own diagnostic, on the data source (the preconditions of the other check fail too).
      expect(bad.output).toContain('Invalid Genesys Cloud payload');
      expect(bad.output).toContain('`routingData.queueId` must be a string');
      expect(bad.output).toMatch(/data\.genesyscobrowse_payload_check\./);
    });
  }, 180_000);

  it('keeps the credentialed job off forks, its secrets in the plan step only, and supplies every variable the stack requires', () => {
    const plan = github.jobs.plan;
    expect(plan.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(plan.env).toBeUndefined();
    expect(plan.steps.map((s) => s.run)).toEqual(expect.arrayContaining(['npm ci', SYNTH]));
    const step = plan.steps.find((s) => s.run?.includes('terraform plan'))!;
    expect(plan.steps.filter((s) => s !== step && JSON.stringify(s).includes('secrets.'))).toEqual([]);
    expect(step.run).toContain('npx genesys-cobrowse provider install');
    const doc = JSON.parse(fs.readFileSync(path.join(app, step['working-directory']!, 'cdk.tf.json'), 'utf8'));
    const required = Object.entries(doc.variable as Record<string, { default?: unknown }>).filter(([, v]) => v.default === undefined).map(([name]) => `TF_VAR_${name}`);
    expect(Object.keys(step.env!)).toEqual(expect.arrayContaining([...required, ...SECRETS]));
    for (const name of ['GENESYSCLOUD_OAUTHCLIENT_ID', 'GENESYSCLOUD_OAUTHCLIENT_SECRET', 'DD_API_KEY', 'DD_APP_KEY']) expect(step.env![name]).toBe(`\${{ secrets.${name} }}`);
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  it("runs the merge-request jobs' scripts side by side: SARIF artifact of the payload files, a green plan of the gathered checks", () => {
    const files = gitlab['payload-files'];
    expect(files.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"', exists: ['payloads/**/*.json'] }]);
    expect(files.artifacts?.paths).toEqual(['genesys-cobrowse.sarif']);
    fs.rmSync(path.join(app, 'genesys-cobrowse.sarif'), { force: true });
    expect(sh(files.script.join('\n'), app).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(app, 'genesys-cobrowse.sarif'), 'utf8')).runs[0].results.filter((r: { level: string }) => r.level === 'error')).toEqual([]);

    const job = gitlab['payload-checks'];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    fs.rmSync(path.join(app, 'cdktf.out'), { recursive: true, force: true });
    const r = sh(job.script.join('\n'), app);
    expect(r.status).toBe(0);
    expect(r.output).toContain('No changes.');
  }, 120_000);

  it('verifies the Terraform download against the release checksum before unpacking it', () => {
    const setup = gitlab['.with-terraform'].before_script!;
    expect(gitlab['payload-checks'].extends).toBe('.with-terraform');
    expect(gitlab.plan.extends).toBe('.with-terraform');
    const verify = setup.find((line) => line.includes('sha256sum -c'))!;
    expect(setup.indexOf(verify)).toBeLessThan(setup.findIndex((line) => line.startsWith('unzip')));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-tf-'));
    try {
      const zip = 'terraform_1.11.4_linux_amd64.zip';
      fs.writeFileSync(path.join(dir, zip), 'the release zip');
      const sum = spawnSync('sha256sum', [zip], { cwd: dir, encoding: 'utf8' }).stdout;
      fs.writeFileSync(path.join(dir, 'terraform_1.11.4_SHA256SUMS'), `${'0'.repeat(64)}  terraform_1.11.4_darwin_arm64.zip\n${sum}`);
      const run = () => spawnSync('bash', ['-c', verify], { cwd: dir, env: { ...process.env, TERRAFORM_VERSION: '1.11.4' } }).status;
      expect(run()).toBe(0);
      fs.writeFileSync(path.join(dir, zip), 'a tampered zip');
      expect(run()).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the install and synth of the credentialed job without the secrets in their environment', () => {
    const script = gitlab.plan.script;
    expect(script).toEqual(expect.arrayContaining(['without_secrets npm ci --cache .npm --prefer-offline', `without_secrets ${SYNTH}`, 'cd cdktf.out/stacks/datadog-apm-cobrowse', 'terraform plan -input=false -lock=false']));
    expect(script.filter((line) => /^(npm|npx cdktf)\b/.test(line))).toEqual([]);
    const define = script.find((line) => line.startsWith('without_secrets()'))!;
    const secrets = Object.fromEntries(SECRETS.map((name) => [name, `value-of-${name}`]));
    const seen = spawnSync('bash', ['-c', `${define}\nwithout_secrets env`], { encoding: 'utf8', env: { ...process.env, ...secrets } }).stdout;
    expect(SECRETS.filter((name) => seen.includes(`value-of-${name}`))).toEqual([]);
  });
});
