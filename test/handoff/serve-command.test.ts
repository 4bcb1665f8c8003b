import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/commands/serve';
import { AUTH_HEADER, triggerConfig } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const configFile = join(dir, 'trigger.json');
writeFileSync(configFile, JSON.stringify(triggerConfig()));
const env = { GENESYS_CLIENT_ID: 'client-id', GENESYS_CLIENT_SECRET: 'serve-client-secret-1', COBROWSE_WEBHOOK_SECRET: 'serve-webhook-secret-1' };

function io(extra: { env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {}) {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough().on('data', (c: Buffer) => (out.stdout += c.toString()));
  const stderr = new PassThrough().on('data', (c: Buffer) => (out.stderr += c.toString()));
  return { out, io: { stdout, stderr, ...extra } };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['no --config', [], /--config is required/],
  ['a bad port', ['--config', configFile, '--port', 'abc'], /--port must be an integer/],
  ['a missing file', ['--config', join(dir, 'missing.json')], /cannot read the config file .*missing\.json: ENOENT/],
])('%s: exit 2 with the reason', async (_, args, message) => {
  const { out, io: streams } = io({ env });
  expect(await run(args, streams)).toBe(2);
  expect(out.stderr).toMatch(message);
});

test('a missing secret names the environment variable, without a stack trace', async () => {
  const { out, io: streams } = io({ env: { GENESYS_CLIENT_ID: 'x' } });
  expect(await run(['--config', configFile], streams)).toBe(2);
  expect(out.stderr).toMatch(/environment variable GENESYS_CLIENT_SECRET is not set/);
  expect(out.stderr).toMatch(/environment variable COBROWSE_WEBHOOK_SECRET is not set/);
  expect(out.stderr).not.toMatch(/\n\s+at /);
});

test('an invalid config names the field', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...triggerConfig(), priorityThreshold: 0 }));
  const { out, io: streams } = io({ env });
  expect(await run(['--config', bad], streams)).toBe(2);
  expect(out.stderr).toMatch(/priorityThreshold: expected an integer from 1 \(highest\) to 5, got 0/);
});

test('serves the handler until stopped, then exits 0', async () => {
  const stop = new AbortController();
  const { out, io: streams } = io({ env, signal: stop.signal });
  const exit = run(['--config', configFile, '--port', '0', '--host', '127.0.0.1', '--store', join(dir, 'journal.sqlite')], streams);
  while (!out.stderr.includes('serve.listening')) await new Promise((resolve) => setTimeout(resolve, 10));
  const { port } = JSON.parse(out.stderr.split('\n').find((l) => l.includes('serve.listening')) as string);
  const status = await fetch(`http://127.0.0.1:${port}/status`, { headers: { [AUTH_HEADER]: env.COBROWSE_WEBHOOK_SECRET } });
  expect(await status.json()).toEqual({ counts: { pending: 0, succeeded: 0, failed: 0, unknown: 0 }, alerts: [], next: null });
  expect((await fetch(`http://127.0.0.1:${port}/status`)).status).toBe(401);
  stop.abort();
  expect(await exit).toBe(0);
  expect(out.stderr).toContain('serve.stopped');
  expect(out.stderr).not.toContain(env.COBROWSE_WEBHOOK_SECRET);
  expect(out.stderr).not.toContain(env.GENESYS_CLIENT_SECRET);
});
