/**
 * `genesys-cobrowse provider serve`: one long-running provider that real `terraform plan`s reattach to
 * through TF_REATTACH_PROVIDERS. The mirror's launcher is deleted first, so a plan that passes cannot
 * have started a provider process; two plans run at once against the one server.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INVALID_CASES, invalidStack, validStack } from './stacks';
import { synthStack, TerraformWorkdir } from './terraform-workdir';
import { serveForReattach, type ReattachServer } from '../../src/provider/reattach';
import { PROVIDER_SOURCE } from '../../src/provider/install';

jest.setTimeout(120_000);

/** Deletes the launcher `terraform init` linked, so only reattaching can reach the provider. */
function removeLauncher(workdir: TerraformWorkdir): void {
  const mirror = path.join(workdir.root, 'mirror');
  const launchers = fs.readdirSync(mirror, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f).startsWith('terraform-provider-'));
  expect(launchers).toHaveLength(1);
  fs.rmSync(path.join(mirror, launchers[0]));
}

describe('a reattached provider', () => {
  let server: ReattachServer;
  let valid: TerraformWorkdir;
  let invalid: TerraformWorkdir;
  beforeAll(async () => {
    [valid, invalid] = await Promise.all([
      TerraformWorkdir.create(synthStack('valid', validStack)),
      TerraformWorkdir.create(synthStack('invalid', invalidStack)),
    ]);
    removeLauncher(valid);
    removeLauncher(invalid);
    server = await serveForReattach();
  });
  afterAll(() => {
    server?.close();
    valid?.dispose();
    invalid?.dispose();
  });

  test('listens on a socket only its user can reach and names it in TF_REATTACH_PROVIDERS', () => {
    expect(fs.statSync(path.dirname(server.socketPath)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(server.reattachProviders)).toEqual({
      [PROVIDER_SOURCE]: { Protocol: 'grpc', ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: { Network: 'unix', String: server.socketPath } },
    });
  });

  test('serves concurrent plans, each with its own verdicts, without a provider process start', async () => {
    const env = { TF_REATTACH_PROVIDERS: server.reattachProviders };
    // Without the variable the deleted launcher is missed: the plans below can only have reattached.
    expect((await valid.terraform(['plan', '-input=false', '-no-color'])).code).toBe(1);
    const [ok, bad] = await Promise.all([valid.plan(env), invalid.plan(env)]);
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ok.code).toBe(0);
    expect(bad.code).toBe(1);
    for (const [id, c] of Object.entries(INVALID_CASES)) {
      const errors = bad.diagnostics.filter((d) => d.severity === 'error' && d.address === `data.genesyscobrowse_payload_check.${id}`);
      expect({ id, matched: errors.some((d) => c.expect.test(`${d.summary}\n${d.detail}`)) }).toEqual({ id, matched: true });
    }
    // The server outlives the plans: a second round is served the same way.
    expect((await valid.plan(env)).code).toBe(0);
  });
});

test('the CLI prints the TF_REATTACH_PROVIDERS value, serves until SIGTERM, then removes its socket', async () => {
  const cli = path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js');
  const child = spawn(process.execPath, [cli, 'provider', 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`provider serve exited with ${code}`)));
  });
  const { Addr, Pid } = (JSON.parse(line) as Record<string, { Addr: { String: string }; Pid: number }>)[PROVIDER_SOURCE];
  expect(Pid).toBe(child.pid);
  expect(fs.existsSync(Addr.String)).toBe(true);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(fs.existsSync(path.dirname(Addr.String))).toBe(false);
});
