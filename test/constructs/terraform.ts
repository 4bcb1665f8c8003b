/** Runs the real Terraform CLI on synthesized JSON (only built-in `terraform_data`: no provider download). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface TerraformResult {
  status: number | null;
  /** stdout and stderr, box-drawing stripped and whitespace collapsed (Terraform wraps messages). */
  output: string;
}

const env = (dir: string) => ({ ...process.env, TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'empty.tfrc'), CHECKPOINT_DISABLE: '1' });

function run(dir: string, args: string[]): TerraformResult {
  const r = spawnSync('terraform', [...args, '-no-color', '-input=false'], { cwd: dir, env: env(dir), encoding: 'utf8' });
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.replace(/[│╷╵├─]/g, ' ').replace(/\s+/g, ' ');
  return { status: r.status, output };
}

/** A temp dir holding `cdk.tf.json`, `terraform init`-ed once so several plans can reuse it. */
export function initDir(synthesizedJson: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-check-'));
  fs.writeFileSync(path.join(dir, 'empty.tfrc'), '');
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), synthesizedJson);
  const init = run(dir, ['init', '-backend=false']);
  if (init.status !== 0) throw new Error(`terraform init failed: ${init.output}`);
  return dir;
}

/** `terraform plan` with `-var name=value` per entry (values are HCL, e.g. '{"a" = 1}' or a JSON object). */
export function plan(dir: string, vars: Record<string, string> = {}): TerraformResult {
  return run(dir, ['plan', '-refresh=false', '-lock=false', ...Object.entries(vars).flatMap(([k, v]) => ['-var', `${k}=${v}`])]);
}
