/**
 * Test support: the built provider installed into a temporary filesystem mirror, and one `terraform
 * init`-ed directory per suite in which synthesized cdktf stacks are swapped in and planned.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { installMirror } from '../../src/provider/install';

const ENTRY = path.join(__dirname, '..', '..', 'lib', 'provider', 'main.js');

export interface TfResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface JsonDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  address?: string;
  snippet?: { code: string; context?: string | null };
}

/** Synthesizes one stack (built by `build`) and returns its Terraform JSON, backend pinned to local state. */
export function synthStack(name: string, build: (stack: TerraformStack) => void): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-synth-'));
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, name);
    new LocalBackend(stack, { path: 'terraform.tfstate' });
    build(stack);
    app.synth();
    return fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export class TerraformWorkdir {
  private constructor(
    readonly root: string,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Installs the mirror, writes a CLI config for it and runs `terraform init` on `firstStack`. */
  static async create(firstStack: string, extraEnv: NodeJS.ProcessEnv = {}, fileName = 'cdk.tf.json'): Promise<TerraformWorkdir> {
    if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` before the provider tests`);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-provider-'));
    const { cliConfig } = installMirror(path.join(root, 'mirror'));
    fs.writeFileSync(path.join(root, 'terraform.rc'), cliConfig);
    const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, TF_CLI_CONFIG_FILE: path.join(root, 'terraform.rc'), TF_IN_AUTOMATION: '1' };
    delete env.TF_PLUGIN_CACHE_DIR;
    delete env.TF_LOG;
    const dir = path.join(root, 'work');
    fs.mkdirSync(dir);
    const workdir = new TerraformWorkdir(root, dir, env);
    workdir.useFile(fileName, firstStack);
    const init = await workdir.terraform(['init', '-input=false', '-no-color']);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    return workdir;
  }

  /** Replaces the configuration with a synthesized stack and forgets earlier state. */
  use(stackJson: string): void {
    this.useFile('cdk.tf.json', stackJson);
  }

  /** Replaces the configuration with one file (`main.tf` for HCL) and forgets earlier state. */
  useFile(name: string, text: string): void {
    for (const f of fs.readdirSync(this.dir)) if (/\.tf(\.json)?$|^terraform\.tfstate$/.test(f)) fs.rmSync(path.join(this.dir, f));
    fs.writeFileSync(path.join(this.dir, name), text);
  }

  terraform(args: string[], env: NodeJS.ProcessEnv = {}): Promise<TfResult> {
    return new Promise((resolve) => {
      // Asynchronous on purpose: an in-process stand-in must keep answering while Terraform runs.
      execFile('terraform', args, { cwd: this.dir, env: { ...this.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      });
    });
  }

  /** `terraform plan -json`: exit code and the diagnostics Terraform reported. */
  async plan(env: NodeJS.ProcessEnv = {}): Promise<TfResult & { diagnostics: JsonDiagnostic[] }> {
    const result = await this.terraform(['plan', '-input=false', '-json'], env);
    return { ...result, diagnostics: diagnosticsOf(result.stdout) };
  }

  /** `terraform apply` on local state, then the outputs' values. */
  async applyOutputs(): Promise<{ result: TfResult; outputs: Record<string, unknown> }> {
    const result = await this.terraform(['apply', '-auto-approve', '-input=false', '-json']);
    const out = await this.terraform(['output', '-json']);
    const parsed = out.code === 0 ? (JSON.parse(out.stdout) as Record<string, { value: unknown }>) : {};
    return { result, outputs: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.value])) };
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export function diagnosticsOf(jsonLines: string): JsonDiagnostic[] {
  return jsonLines
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { type: string; diagnostic?: JsonDiagnostic })
    .filter((m) => m.type === 'diagnostic' && m.diagnostic)
    .map((m) => m.diagnostic as JsonDiagnostic);
}
