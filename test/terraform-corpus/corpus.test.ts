/**
 * The Terraform corpus (manifest.json): configurations written after real public Genesys configurations, and
 * mutants with one planted defect each.
 *
 * 1. Terraform itself, with the genesyscloud stand-in (test/support/stand-in): `terraform validate` passes on
 *    every correct configuration and refuses the mutants Terraform can tell from the schema; `plan -out` and
 *    `show -json` give each configuration that validates its plan JSON.
 * 2. `genesys-cobrowse check-terraform` gives the manifest's verdict on each HCL folder (or its *.custom.json),
 *    and the same verdict on the plan JSON and, where marked, on the cdktf L1s under the GenesysChecks Aspect.
 * Part 2 needs `check-terraform` and `GenesysChecks`: without them it FAILS, by design, naming what is missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Aspects, TerraformStack, type IAspect } from 'cdktf';
import { StandInMirror } from '../support/stand-in/mirror';
import { addProvider, L1_STACKS } from './l1-stacks';

jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'lib', 'cli', 'main.js');

interface ExpectedError {
  code: string;
  address?: string;
  file?: string;
}
interface Entry {
  name: string;
  input: 'hcl' | 'custom-json';
  mutantOf?: string;
  standInValidate: 'passes' | 'fails' | null;
  aspect: boolean;
  expect: { errors: ExpectedError[] };
}
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, 'manifest.json'), 'utf8')) as { configurations: Entry[] };
const entries = manifest.configurations;
const byName = new Map(entries.map((e) => [e.name, e]));
/** Test tables by configuration name (titles stay short), each test looking its entry up. */
const names = (filter: (e: Entry) => boolean) => entries.filter(filter).map((e) => e.name);
const entry = (name: string) => byName.get(name) as Entry;

/** The contract of `check-terraform --format json`. */
interface CheckResult {
  file: string;
  index: number;
  operation: string | null;
  valid: boolean;
  address: string | null;
  attribute?: string;
  diagnostics: { severity: 'error' | 'warning'; pointer: string; code: string; message: string; suggestion: string | null }[];
}

/** Runs the CLI; throws (failing the test) when the command is missing or does not answer in the contract's form. */
function checkTerraform(inputs: string[]): { code: number; results: CheckResult[] } {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\``);
  const run = spawnSync(process.execPath, [CLI, 'check-terraform', ...inputs, '--format', 'json'], { encoding: 'utf8', timeout: 120_000 });
  let parsed: { results?: CheckResult[] } | undefined;
  try {
    parsed = JSON.parse(run.stdout) as { results?: CheckResult[] };
  } catch {
    parsed = undefined;
  }
  if (run.status === null || run.status > 2 || !parsed || !Array.isArray(parsed.results)) {
    throw new Error(
      `\`genesys-cobrowse check-terraform\` did not answer in its JSON contract (exit ${String(run.status)}). ` +
        `Is the command there (the tfrules work merged and built)?\nstdout: ${run.stdout.slice(0, 800)}\nstderr: ${run.stderr.slice(0, 800)}`,
    );
  }
  return { code: run.status, results: parsed.results };
}

/** A verdict: the error diagnostics as sorted `code address` (or `code file`) lines. */
function verdictOf(results: CheckResult[], byFile: boolean): string[] {
  return results
    .flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${byFile ? path.basename(r.file) : r.address}`))
    .filter((line, i, all) => all.indexOf(line) === i)
    .sort();
}

function expectedVerdict(configuration: Entry): string[] {
  return configuration.expect.errors.map((e) => `${e.code} ${configuration.input === 'custom-json' ? e.file : e.address}`).sort();
}

/** The error codes cdktf reports for a stack under the GenesysChecks Aspect (annotations and synth validation errors). */
function aspectCodes(name: string, GenesysChecks: new () => IAspect): string[] {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-corpus-synth-'));
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, name);
    addProvider(stack);
    L1_STACKS[name](stack);
    Aspects.of(stack).add(new GenesysChecks());
    let text = '';
    try {
      app.synth();
    } catch (err) {
      text += (err as Error).message;
    }
    for (const c of stack.node.findAll()) {
      // Annotations.of(c).addError entries
      for (const m of c.node.metadata) if (m.type === '@cdktf/error') text += `\n${String(m.data)}`;
    }
    return [...new Set([...text.matchAll(/\[([a-z][a-z0-9-]*)\]/g)].map((m) => m[1]))].sort();
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('terraform corpus', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-corpus-'));
  const dirs = new Map<string, string>();
  const validate = new Map<string, { failed?: string; output: string }>();
  const plans = new Map<string, string>();

  beforeAll(async () => {
    const mirror = StandInMirror.create(tmp);
    for (const e of entries) {
      const dir = path.join(tmp, 'work', e.name);
      fs.cpSync(path.join(__dirname, e.name), dir, { recursive: true });
      dirs.set(e.name, dir);
      if (e.input !== 'hcl') continue;
      const { failed, run, planJson } = await mirror.check(dir, { plan: e.standInValidate === 'passes' });
      validate.set(e.name, { failed, output: `${run.stdout}\n${run.stderr}` });
      if (planJson) {
        const file = path.join(tmp, 'plans', `${e.name}.json`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(planJson));
        plans.set(e.name, file);
      }
      // The plan JSON is checked on its own: the .tf files stay behind in `dir`, the state and plan files go.
      fs.rmSync(path.join(dir, '.terraform'), { recursive: true, force: true });
      fs.rmSync(path.join(dir, 'tfplan'), { force: true });
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('the corpus has at least 15 correct configurations and a mutant per defect kind, each mutant of a correct one', () => {
    const correct = entries.filter((e) => !e.mutantOf);
    expect(correct.length).toBeGreaterThanOrEqual(15);
    for (const m of entries.filter((e) => e.mutantOf)) {
      expect(correct.map((e) => e.name)).toContain(m.mutantOf);
      expect(m.expect.errors).toHaveLength(1);
    }
    expect(correct.every((e) => e.expect.errors.length === 0)).toBe(true);
  });

  test.each(names((e) => e.input === 'hcl'))('%s: terraform validate with the stand-in', (name) => {
    const { standInValidate } = entry(name);
    const result = validate.get(name);
    if (standInValidate === 'passes') {
      expect(result?.failed).toBeUndefined();
      expect(plans.has(name)).toBe(true);
    } else {
      // Refused by Terraform from the schema alone: the real provider would refuse it the same way.
      expect(result?.failed).toBe('validate');
      expect(result?.output).toMatch(/Unsupported argument|Computed attributes cannot be set|Invalid resource type/);
    }
  });

  test('a plan of a correct configuration shows creates with computed values unknown', () => {
    const plan = JSON.parse(fs.readFileSync(plans.get('da-queued-callback') as string, 'utf8')) as {
      resource_changes: { address: string; change: { actions: string[]; after_unknown: Record<string, unknown> } }[];
    };
    const action = plan.resource_changes.find((c) => c.address === 'genesyscloud_integration_action.queued_callback');
    expect(action?.change.actions).toEqual(['create']);
    expect(action?.change.after_unknown).toMatchObject({ id: true, integration_id: true });
  });

  test.each(names(() => true))('%s: check-terraform gives the manifest verdict on the configuration', (name) => {
    const e = entry(name);
    const { code, results } = checkTerraform([dirs.get(name) as string]);
    expect(results.length).toBeGreaterThan(0);
    expect(verdictOf(results, e.input === 'custom-json')).toEqual(expectedVerdict(e));
    expect(code).toBe(e.expect.errors.length ? 1 : 0);
  });

  test.each(names((e) => e.standInValidate === 'passes'))('%s: check-terraform on the plan JSON agrees with the HCL', (name) => {
    const fromPlan = checkTerraform([plans.get(name) as string]);
    const fromHcl = checkTerraform([dirs.get(name) as string]);
    expect(verdictOf(fromPlan.results, false)).toEqual(verdictOf(fromHcl.results, false));
    expect(verdictOf(fromPlan.results, false)).toEqual(expectedVerdict(entry(name)));
    expect(fromPlan.code).toBe(fromHcl.code);
  });

  test.each(names((e) => e.aspect))('%s: the GenesysChecks Aspect on the cdktf L1s agrees', async (name) => {
    const exported = (await import('../../src')) as Record<string, unknown>;
    const GenesysChecks = exported.GenesysChecks as (new () => IAspect) | undefined;
    if (typeof GenesysChecks !== 'function') throw new Error('GenesysChecks is not exported from src/index.ts: is the tfrules work merged?');
    expect(L1_STACKS[name]).toBeDefined();
    const codes = aspectCodes(name, GenesysChecks);
    expect(codes).toEqual([...new Set(entry(name).expect.errors.map((e) => e.code))].sort());
    expect(codes).toEqual([...new Set(verdictOf(checkTerraform([dirs.get(name) as string]).results, false).map((l) => l.split(' ')[0]))].sort());
  });
});
