/**
 * Kill tests with real processes: `genesys-cobrowse serve` is SIGKILLed mid-load, restarted on the same
 * journal, and every notification is replayed. No accepted alert may be lost and no Genesys action repeated,
 * with the embedded store and with PostgreSQL (GENESYS_COBROWSE_TEST_PG_URL, which .ci/run provides).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { allRecords, postAlert, requirePostgres, startService, waitUntilSettled, type ServiceProcess } from './service-process';


const ALERTS = 400; // half co-browse offers, half work items
const KILL_AFTER_ACCEPTED = 120;
const SENDERS = 16;

const dir = mkdtempSync(join(tmpdir(), 'handoff-kill-'));
let standin: GenesysCloudStandin;
const services: ServiceProcess[] = [];

beforeAll(async () => {
  standin = await GenesysCloudStandin.start();
  // Every API call takes 15 ms, so that attempts are on the wire when the process is killed.
  standin.setFaultPolicy((call) => (call.token ? null : { kind: 'delay', ms: 15 }));
});
afterAll(async () => {
  for (const s of services) s.child.kill('SIGKILL');
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});


/** Sends `bodies` from SENDERS concurrent senders; returns the answers (null: connection failed). */
async function send(url: string, secret: string, bodies: unknown[], onAnswer: (i: number, status: string | null) => void = () => undefined) {
  const answers: (string | null)[] = new Array(bodies.length).fill(null);
  let cursor = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (cursor < bodies.length) {
        const i = cursor++;
        const res = await postAlert(url, secret, bodies[i]);
        answers[i] = res ? String(res.body.status ?? res.status) : null;
        onAnswer(i, answers[i]);
      }
    }),
  );
  return answers;
}

test.each([
  ['the embedded store (SQLite file)', () => join(dir, `journal-${randomBytes(4).toString('hex')}.sqlite`)],
  ['PostgreSQL', () => requirePostgres()],
])('SIGKILL mid-load, restart, replay everything: no accepted alert lost, no Genesys action repeated (%s)', async (_, storeOf) => {
  const store = storeOf();
  const name = `kill-${randomBytes(4).toString('hex')}`; // its own alerts in a shared database
  const configFile = join(dir, `${name}.json`);
  writeFileSync(configFile, JSON.stringify(triggerConfig({ name, fallback: { operationId: 'postTaskmanagementWorkitems', bodyTemplate: { name: 'Follow-up $ALERT_ID', typeId: 'type-1' } } })));
  const secrets = { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: `whsec-${randomBytes(8).toString('hex')}` };
  const deliveries = Array.from({ length: ALERTS }, (_, i) => notification(`${name}-${i}`, i % 2 ? {} : { conversationId: `${name}-conv-${i}` }));
  const options = { configFile, store, genesysBaseUrl: standin.endpoints.apiBaseUrl, secrets, extraArgs: ['--genesys-timeout-ms', '500', '--lease-ms', '2500'] };

  const first = await startService(options);
  services.push(first);
  let accepted = 0;
  const acceptedBeforeKill = new Set<number>();
  await send(first.url, secrets.webhookSecret, deliveries, (i, status) => {
    if (status !== 'accepted') return;
    acceptedBeforeKill.add(i);
    if (++accepted === KILL_AFTER_ACCEPTED) first.child.kill('SIGKILL');
  });
  expect((await first.exited).signal).toBe('SIGKILL');
  const callsAtKill = standin.calls.length;

  const second = await startService(options);
  services.push(second);
  const replay = await send(second.url, secrets.webhookSecret, deliveries);
  for (const i of acceptedBeforeKill) expect([i, replay[i]]).toEqual([i, 'duplicate']);
  expect(replay.filter((a) => a !== 'accepted' && a !== 'duplicate')).toEqual([]);
  await waitUntilSettled(second.url, secrets.webhookSecret, 30_000);

  const records = await allRecords(second.url, secrets.webhookSecret);
  expect(records).toHaveLength(ALERTS);
  expect(new Set(records.map((r) => r.alertId)).size).toBe(ALERTS);
  // What Genesys did, per alert: co-browse offers by conversation, work items by name.
  const actions = new Map<string, number>();
  for (const c of standin.succeeded()) {
    const alertId =
      c.operationId === 'postTaskmanagementWorkitems' ? (c.body as { name: string }).name.replace('Follow-up ', '') : /conversations\/(.+)-conv-(\d+)\//.exec(c.path)?.slice(1).join('-');
    if (alertId?.startsWith(name)) actions.set(alertId, (actions.get(alertId) ?? 0) + 1);
  }
  const repeated = [...actions].filter(([, n]) => n > 1);
  expect(repeated).toEqual([]);
  for (const r of records) {
    const done = actions.get(r.alertId) ?? 0;
    if (r.conversationId === null) expect([r.alertId, r.state, done]).toEqual([r.alertId, 'succeeded', 1]); // work items: looked up, exactly once
    else expect([r.alertId, r.state, done]).toEqual([r.alertId, r.state === 'succeeded' ? 'succeeded' : 'unknown', r.state === 'succeeded' ? 1 : done]);
  }
  // Unknown: attempts on the wire at the kill, or timed out (500 ms) on a busy machine; never resent.
  const unknown = records.filter((r) => r.state === 'unknown');
  console.log(
    `${name} on ${store.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}: ${acceptedBeforeKill.size} accepted before SIGKILL (${callsAtKill} stand-in calls), ` +
      `${records.length} alerts journaled, ${records.filter((r) => r.state === 'succeeded').length} succeeded, ${unknown.length} unknown ` +
      `(co-browse offers on the wire at the kill: ${unknown.map((r) => `${r.alertId}=${actions.get(r.alertId) ?? 0} call`).join(', ') || 'none'}), 0 repeated`,
  );
  second.child.kill('SIGTERM');
  expect(await second.exited).toEqual({ code: 0, signal: null });
  expect(second.lines.some((l) => l.includes('"serve.stopped"'))).toBe(true);
}, 180_000);
