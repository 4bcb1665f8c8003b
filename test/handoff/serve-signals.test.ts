import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { postAlert, startService } from './service-process';

const dir = mkdtempSync(join(tmpdir(), 'serve-signals-'));
let standin: GenesysCloudStandin;
afterAll(async () => {
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});

test('SIGTERM: new alerts get 503 while the listener is up; a second signal exits at once with code 1 and a serve.stopped line', async () => {
  standin = await GenesysCloudStandin.start();
  standin.setFaultPolicy((call) => (call.token ? null : { kind: 'delay', ms: 5_000 })); // keeps the drain busy
  const configFile = join(dir, 'trigger.json');
  writeFileSync(configFile, JSON.stringify(triggerConfig()));
  const secrets = { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: `whsec-${randomBytes(8).toString('hex')}` };
  const service = await startService({ configFile, store: join(dir, 'journal.sqlite'), genesysBaseUrl: standin.endpoints.apiBaseUrl, secrets, extraArgs: ['--genesys-timeout-ms', '8000'] });
  expect((await postAlert(service.url, secrets.webhookSecret, notification('sig-1', { conversationId: 'c-1' })))?.body.status).toBe('accepted');
  while (!standin.calls.some((c) => !c.token)) await new Promise((resolve) => setTimeout(resolve, 20)); // the attempt is on the wire

  service.child.kill('SIGTERM');
  while (!service.lines.some((l) => l.includes('"serve.stopping"'))) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await postAlert(service.url, secrets.webhookSecret, notification('sig-2', { conversationId: 'c-2' }))).toMatchObject({ status: 503 });

  const started = Date.now();
  service.child.kill('SIGTERM');
  expect(await service.exited).toEqual({ code: 1, signal: null });
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(JSON.parse(service.lines.find((l) => l.includes('"serve.stopped"')) as string)).toMatchObject({ forced: true, exitCode: 1 });
}, 60_000);
