/**
 * A journal that disappears or hangs is a journal that failed: the SQLite file deleted or replaced under a
 * running `serve` makes it answer 503, log journal.error and exit non-zero within seconds; a PostgreSQL that
 * accepts connections and never answers fails `serve` at start, and webhooks at run time, within a bound.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PG_TIMEOUTS } from '../../src/handoff/journal/postgres-journal';
import { FreezingTcpProxyStandin } from '../support/freezing-tcp-proxy';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { postAlert, requirePostgres, startService, type ServiceOptions, type ServiceProcess } from './service-process';

const dir = mkdtempSync(join(tmpdir(), 'handoff-journal-failure-'));
let standin: GenesysCloudStandin;
const services: ServiceProcess[] = [];
const proxies: FreezingTcpProxyStandin[] = [];

beforeAll(async () => {
  standin = await GenesysCloudStandin.start();
});
afterAll(async () => {
  for (const s of services) s.child.kill('SIGKILL');
  for (const p of proxies) await p.close();
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});

function options(store: string): ServiceOptions & { secret: string; name: string } {
  const name = `jf-${randomBytes(4).toString('hex')}`;
  const configFile = join(dir, `${name}.json`);
  writeFileSync(configFile, JSON.stringify(triggerConfig({ name })));
  const secret = `whsec-${randomBytes(8).toString('hex')}`;
  return {
    name, secret, configFile, store, genesysBaseUrl: standin.endpoints.apiBaseUrl,
    secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret },
  };
}

const alert = (o: { name: string }, i: number) => notification(`${o.name}-${i}`, { conversationId: `${o.name}-${i}` });

test.each([
  ['deleted', (file: string) => unlinkSync(file)],
  ['replaced by another file', (file: string) => {
    copyFileSync(file, `${file}.copy`);
    renameSync(`${file}.copy`, file);
  }],
])('the SQLite file %s while serve runs: 503, journal.error, exit 1 within seconds', async (_, tamper) => {
  const file = join(dir, `journal-${randomBytes(4).toString('hex')}.sqlite`);
  const o = options(file);
  const service = await startService(o);
  services.push(service);
  expect((await postAlert(service.url, o.secret, alert(o, 0)))?.body.status).toBe('accepted');

  tamper(file);
  const tamperedAt = Date.now();
  const { code } = await service.exited;
  const exitMs = Date.now() - tamperedAt;
  expect(code).toBe(1);
  expect(service.lines.some((l) => l.includes('"journal.error"') && l.includes('"watch"') && l.includes(file))).toBe(true);
  expect(service.lines.some((l) => l.includes('"serve.stopped"') && l.includes('"exitCode":1'))).toBe(true);
  expect(exitMs).toBeLessThan(5_000);
  console.log(`journal file ${_}: serve exited 1 ${exitMs} ms later`);
});

test('the SQLite file deleted: alerts arriving before the exit get 503, not 202', async () => {
  const file = join(dir, `journal-${randomBytes(4).toString('hex')}.sqlite`);
  const o = options(file);
  const service = await startService({ ...o, extraArgs: ['--genesys-timeout-ms', '20000', '--lease-ms', '130000'] });
  services.push(service);
  standin.setFaultPolicy((call) => (call.token ? null : { kind: 'delay', ms: 3_000 })); // an attempt on the wire keeps serve up a while
  expect((await postAlert(service.url, o.secret, alert(o, 0)))?.body.status).toBe('accepted');
  unlinkSync(file);
  while (!service.lines.some((l) => l.includes('"journal.error"'))) await new Promise((resolve) => setTimeout(resolve, 50));
  const res = await postAlert(service.url, o.secret, alert(o, 1));
  expect(res?.status).toBe(503);
  standin.setFaultPolicy(null);
  expect((await service.exited).code).toBe(1);
});

function viaProxy(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
}

test('a PostgreSQL that accepts the connection and never answers: serve fails at start with a clear message within the bound', async () => {
  const target = new URL(requirePostgres());
  const proxy = await FreezingTcpProxyStandin.start({ host: target.hostname, port: Number(target.port) }, true);
  proxies.push(proxy);
  const started = Date.now();
  const error = await startService(options(viaProxy(requirePostgres(), proxy.port))).then(
    () => null,
    (err: Error) => err,
  );
  const ms = Date.now() - started;
  expect(error?.message).toMatch(/exited \(1\)/);
  expect(error?.message).toContain(`cannot open the alert journal (PostgreSQL 127.0.0.1:${proxy.port}/postgres): PostgreSQL did not accept a connection within ${PG_TIMEOUTS.CONNECT_TIMEOUT_MS} ms`);
  expect(ms).toBeLessThan(PG_TIMEOUTS.CONNECT_TIMEOUT_MS + 5_000);
  console.log(`hanging PostgreSQL at start: serve exited 1 after ${ms} ms`);
});

test('PostgreSQL hangs while serve runs: webhooks get 503 within the bound', async () => {
  const target = new URL(requirePostgres());
  const proxy = await FreezingTcpProxyStandin.start({ host: target.hostname, port: Number(target.port) });
  proxies.push(proxy);
  const o = options(viaProxy(requirePostgres(), proxy.port));
  const service = await startService(o);
  services.push(service);
  expect((await postAlert(service.url, o.secret, alert(o, 0)))?.body.status).toBe('accepted');

  proxy.frozen = true;
  const times = await Promise.all(
    [1, 2, 3, 4, 5].map(async (i) => {
      const sent = Date.now();
      const res = await postAlert(service.url, o.secret, alert(o, i));
      return { status: res?.status, ms: Date.now() - sent };
    }),
  );
  expect(times.map((t) => t.status)).toEqual([503, 503, 503, 503, 503]);
  const slowest = Math.max(...times.map((t) => t.ms));
  // The statement's own timeout, plus at most one connect timeout for a write queued behind it.
  expect(slowest).toBeLessThan(PG_TIMEOUTS.QUERY_TIMEOUT_MS + PG_TIMEOUTS.CONNECT_TIMEOUT_MS + 1_000);
  console.log(`hanging PostgreSQL at run time: 5 webhooks answered 503 after ${times.map((t) => t.ms).join(', ')} ms`);
  service.child.kill('SIGKILL');
}, 60_000);
