/**
 * Nothing is marked sent before it could have been sent: a process killed while its token request is still
 * waiting has written no co-browse offer, so after a restart every one of them is sent (once), none ends
 * `unknown`. The attempt is marked on the wire only once the token is in hand, right before the write.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { allRecords, postAlert, startService, waitUntilSettled, type ServiceProcess } from './service-process';

const ALERTS = 30; // more than the 8 attempt slots: some wait in the queue, some were accepted into a slot

const dir = mkdtempSync(join(tmpdir(), 'handoff-prewrite-'));
let standin: GenesysCloudStandin;
const services: ServiceProcess[] = [];
afterAll(async () => {
  for (const s of services) s.child.kill('SIGKILL');
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('SIGKILL during the token request, restart: every accepted co-browse offer is sent exactly once, none ends unknown', async () => {
  standin = await GenesysCloudStandin.start();
  const name = `prewrite-${randomBytes(4).toString('hex')}`;
  const configFile = join(dir, 'trigger.json');
  writeFileSync(configFile, JSON.stringify(triggerConfig({ name })));
  const secret = `whsec-${randomBytes(8).toString('hex')}`;
  const options = {
    configFile, store: join(dir, 'journal.sqlite'), genesysBaseUrl: standin.endpoints.apiBaseUrl,
    secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret },
    extraArgs: ['--genesys-timeout-ms', '500', '--lease-ms', '2500'],
  };
  standin.setFaultPolicy((call) => (call.token ? { kind: 'delay', ms: 60_000 } : null)); // the login host hangs
  const first = await startService(options);
  services.push(first);
  const alerts = Array.from({ length: ALERTS }, (_, i) => notification(`${name}-${i}`, { conversationId: `${name}-${i}` }));
  const answers = await Promise.all(alerts.map((a) => postAlert(first.url, secret, a)));
  expect(answers.map((a) => a?.body.status)).toEqual(Array(ALERTS).fill('accepted'));
  await new Promise((resolve) => setTimeout(resolve, 500));
  first.child.kill('SIGKILL');
  await first.exited;
  expect(standin.calls.filter((c) => !c.token)).toHaveLength(0);

  standin.setFaultPolicy(null);
  const second = await startService(options);
  services.push(second);
  await waitUntilSettled(second.url, secret, 30_000);
  const records = await allRecords(second.url, secret);
  expect(records.map((r) => [r.alertId, r.state, r.attempts])).toEqual(alerts.map((a) => [a.vars.ALERT_ID, 'succeeded', 1]));
  const offers = standin.succeeded('postConversationCobrowse').map((c) => c.path);
  expect(offers).toHaveLength(ALERTS);
  expect(new Set(offers).size).toBe(ALERTS);
  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);
}, 90_000);
