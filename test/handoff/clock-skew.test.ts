/**
 * One clock per journal. Replicas whose clocks are 20 minutes apart (a preload shifts `Date.now()`) share
 * one PostgreSQL journal: an alert one delivered is a duplicate at the other, and the alerts of a dead replica
 * are taken over within the lease. With SQLite, a step of the system clock expires no de-duplication key.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { allRecords, postAlert, requirePostgres, startService, waitUntilSettled, type ServiceOptions, type ServiceProcess } from './service-process';

const PRELOAD = join(__dirname, '..', 'support', 'clock-skew-preload.js');
const MINUTES_20 = 20 * 60_000;
const ALERTS = 50;
const LEASE_MS = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'handoff-clock-'));
let standin: GenesysCloudStandin;
const services: ServiceProcess[] = [];

beforeAll(async () => {
  standin = await GenesysCloudStandin.start();
});
afterAll(async () => {
  for (const s of services) s.child.kill('SIGKILL');
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});

function options(store: string, env: Record<string, string>): ServiceOptions & { secret: string; name: string } {
  const name = `clock-${randomBytes(4).toString('hex')}`;
  const configFile = join(dir, `${name}.json`);
  writeFileSync(configFile, JSON.stringify(triggerConfig({ name })));
  const secret = `whsec-${randomBytes(8).toString('hex')}`;
  return {
    name, secret, configFile, store, genesysBaseUrl: standin.endpoints.apiBaseUrl, nodeArgs: ['--require', PRELOAD], env,
    secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret },
    extraArgs: ['--genesys-timeout-ms', '2000', '--lease-ms', String(LEASE_MS)],
  };
}

async function start(o: ServiceOptions): Promise<ServiceProcess> {
  const s = await startService(o);
  services.push(s);
  return s;
}

async function postAll(url: string, secret: string, bodies: unknown[]): Promise<string[]> {
  return Promise.all(bodies.map(async (b) => String((await postAlert(url, secret, b))?.body.status)));
}

/** Co-browse offers Genesys received, per conversation whose id starts with `prefix`. */
function offersPer(prefix: string): Map<string, number> {
  const per = new Map<string, number>();
  for (const c of standin.succeeded('postConversationCobrowse')) {
    if (c.path.includes(`/conversations/${prefix}`)) per.set(c.path, (per.get(c.path) ?? 0) + 1);
  }
  return per;
}

test('PostgreSQL, replicas 20 minutes ahead and behind: what one delivered is a duplicate at the other; a dead replica\'s alerts are taken over within the lease', async () => {
  const base = options(requirePostgres(), {});
  const { name, secret } = base;
  const behind = await start({ ...base, env: { CLOCK_SKEW_MS: String(-MINUTES_20) } });
  const ahead = await start({ ...base, env: { CLOCK_SKEW_MS: String(MINUTES_20) } });
  const alerts = (prefix: string) => Array.from({ length: ALERTS }, (_, i) => notification(`${name}-${prefix}${i}`, { conversationId: `${name}-${prefix}${i}` }));

  // Delivered by the replica behind, then delivered again to the one ahead (whose clock says 40 minutes later).
  expect(await postAll(behind.url, secret, alerts('a'))).toEqual(Array(ALERTS).fill('accepted'));
  await waitUntilSettled(behind.url, secret, 30_000);
  expect(await postAll(ahead.url, secret, alerts('a'))).toEqual(Array(ALERTS).fill('duplicate'));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect([...offersPer(`${name}-a`).values()]).toEqual(Array(ALERTS).fill(1));

  // The replica ahead accepts alerts but cannot reach Genesys (its token request hangs), then dies.
  standin.setFaultPolicy((call) => (call.token ? { kind: 'delay', ms: 60_000 } : null));
  expect(await postAll(ahead.url, secret, alerts('b'))).toEqual(Array(ALERTS).fill('accepted'));
  await new Promise((resolve) => setTimeout(resolve, 300));

  ahead.child.kill("SIGKILL");
  const killedAt = Date.now();
  await ahead.exited;
  standin.setFaultPolicy(null);
  await waitUntilSettled(behind.url, secret, 60_000);
  const takeoverMs = Date.now() - killedAt;

  const records = await allRecords(behind.url, secret);
  expect(records.filter((r) => r.state !== 'succeeded')).toEqual([]);
  expect(records).toHaveLength(2 * ALERTS);
  expect([...offersPer(name).values()]).toEqual(Array(2 * ALERTS).fill(1));
  // The lease, one claim poll (250 ms), and the 50 offers sent.
  expect(takeoverMs).toBeLessThan(LEASE_MS + 5_000);
  console.log(`clock skew ${name}: ${ALERTS} re-deliveries to the replica 40 min ahead all duplicates; ${ALERTS} alerts of the killed replica delivered by the other ${takeoverMs} ms after the kill (lease ${LEASE_MS} ms); one offer per alert`);
  behind.child.kill('SIGTERM');
  expect((await behind.exited).code).toBe(0);
}, 120_000);

test('SQLite: the system clock stepping 20 minutes forward expires no de-duplication key, and is logged', async () => {
  const o = options(join(dir, `journal-${randomBytes(4).toString('hex')}.sqlite`), { CLOCK_STEP_MS: String(MINUTES_20) });
  const service = await start(o);
  const alerts = Array.from({ length: ALERTS }, (_, i) => notification(`${o.name}-${i}`, { conversationId: `${o.name}-${i}` }));
  expect(await postAll(service.url, o.secret, alerts)).toEqual(Array(ALERTS).fill('accepted'));
  await waitUntilSettled(service.url, o.secret, 30_000);

  service.child.kill('SIGUSR2'); // the clock steps 20 minutes (more than the 15-minute window) forward
  const stepped = Date.now();
  while (!service.lines.some((l) => l.includes('"journal.clock-jump"'))) {
    if (Date.now() - stepped > 5_000) throw new Error(`no journal.clock-jump logged:\n${service.lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const loggedAfterMs = Date.now() - stepped;
  const logged = JSON.parse(service.lines.find((l) => l.includes('"journal.clock-jump"')) as string) as { level: string; driftMs: number };
  expect(logged.level).toBe('error');
  expect(Math.abs(logged.driftMs - MINUTES_20)).toBeLessThan(2_000);

  expect(await postAll(service.url, o.secret, alerts)).toEqual(Array(ALERTS).fill('duplicate'));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect([...offersPer(o.name).values()]).toEqual(Array(ALERTS).fill(1));
  console.log(`clock step ${o.name}: journal.clock-jump seen ${loggedAfterMs} ms after the step (drift ${logged.driftMs} ms); ${ALERTS} re-deliveries all duplicates`);
  service.child.kill('SIGTERM');
  expect((await service.exited).code).toBe(0);
}, 120_000);
