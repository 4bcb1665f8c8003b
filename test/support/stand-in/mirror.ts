/**
 * A Terraform filesystem mirror with the provider stand-ins (genesyscloud, datadog: the versions of
 * provider-schemas.json) and this package's own provider, and a runner for `terraform` with it. Only the
 * mirror is consulted: nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { installMirror, PROVIDER_SOURCE, terraformPlatform } from '../../../src/provider/install';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCHEMA_FILE = path.resolve(ROOT, '..', 'shared', 'genesys', 'provider-schemas.json');

/** The stand-ins, by source address, at the versions provider-schemas.json was read from. */
export const STAND_INS = {
  'registry.terraform.io/mypurecloud/genesyscloud': '1.84.1',
  'registry.terraform.io/datadog/datadog': '4.19.0',
} as const;

export interface TfRun {
  code: number;
  stdout: string;
  stderr: string;
}

export class StandInMirror {
  private constructor(
    readonly root: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Bundles the stand-in, lays out the mirror in `root` and writes a CLI configuration that uses only it. */
  static create(root: string): StandInMirror {
    const mirror = path.join(root, 'mirror');
    const bundle = path.join(root, 'provider-stand-in.js');
    buildSync({ entryPoints: [path.join(__dirname, 'main.ts')], bundle: true, platform: 'node', target: 'node20', outfile: bundle, logLevel: 'error' });
    for (const [source, version] of Object.entries(STAND_INS)) {
      const type = source.split('/')[2];
      const dir = path.join(mirror, source, version, terraformPlatform());
      fs.mkdirSync(dir, { recursive: true });
      const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const launcher = `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(bundle)} ${quote(SCHEMA_FILE)} ${quote(source)} "$@"\n`;
      fs.writeFileSync(path.join(dir, `terraform-provider-${type}_v${version}`), launcher, { mode: 0o755 });
    }
    installMirror(mirror); // this package's provider (needs `npm run build`)
    const include = [PROVIDER_SOURCE, ...Object.keys(STAND_INS)].map((s) => JSON.stringify(s)).join(', ');
    const rc = path.join(root, 'terraform.rc');
    fs.writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = [${include}]\n  }\n}\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1' };
    delete env.TF_PLUGIN_CACHE_DIR;
    delete env.TF_LOG;
    return new StandInMirror(root, env);
  }

  /** Runs terraform in `cwd` with the mirror (asynchronously, so tests stay responsive). */
  terraform(cwd: string, args: string[]): Promise<TfRun> {
    return new Promise((resolve) => {
      execFile('terraform', args, { cwd, env: this.env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      });
    });
  }

  /** `init`, `validate`, then `plan -out` and `show -json` when `plan` is set; stops at the first failure. */
  async check(cwd: string, options: { plan: boolean; vars?: Record<string, string> }): Promise<{ failed?: string; run: TfRun; planJson?: unknown }> {
    const vars = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
    const steps: [string, string[]][] = [
      ['init', ['init', '-input=false', '-no-color']],
      ['validate', ['validate', '-no-color']],
      ...(options.plan ? ([['plan', ['plan', '-input=false', '-no-color', '-lock=false', '-out=tfplan', ...vars]], ['show', ['show', '-json', '-no-color', 'tfplan']]] as [string, string[]][]) : []),
    ];
    let run: TfRun = { code: 0, stdout: '', stderr: '' };
    for (const [name, args] of steps) {
      run = await this.terraform(cwd, args);
      if (run.code !== 0) return { failed: name, run };
    }
    return { run, planJson: options.plan ? JSON.parse(run.stdout) : undefined };
  }
}
