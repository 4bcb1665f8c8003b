/**
 * A fleet: three `genesys-cobrowse serve` processes on one PostgreSQL journal behind a round-robin
 * "load balancer", one of them SIGKILLed mid-way. Every alert must get exactly one successful Genesys call.
 * The alerts create work items (no conversation tag): an attempt the killed replica had on the wire is
 * settled by looking the work item up, so exactly-once holds even for those (a co-browse offer on the wire
 * would end `unknown` instead, see the kill tests).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { notification, triggerConfig } from './harness';
import { allRecords, postAlert, requirePostgres, startService, waitUntilSettled, type ServiceProcess } from './service-process';

const ALERTS = 3000;
const DUPLICATES = 600;
const SENDERS = 24;

const dir = mkdtempSync(join(tmpdir(), 'handoff-fleet-'));
let standin: GenesysCloudStandin;
const replicas: ServiceProcess[] = [];

afterAll(async () => {
  for (const r of replicas) r.child.kill('SIGKILL');
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

test(`3 replicas on one PostgreSQL, ${ALERTS} alerts + ${DUPLICATES} duplicate deliveries round-robin, one replica SIGKILLed mid-way: exactly one Genesys call per alert`, async () => {
  const store = requirePostgres();
  standin = await GenesysCloudStandin.start();
  standin.setFaultPolicy((call) => (call.token ? null : { kind: 'delay', ms: 10 }));
  const name = `fleet-${randomBytes(4).toString('hex')}`;
  const configFile = join(dir, 'trigger.json');
  writeFileSync(configFile, JSON.stringify(triggerConfig({ name, fallback: { operationId: 'postTaskmanagementWorkitems', bodyTemplate: { name: 'Follow-up $ALERT_ID', typeId: 'type-1' } } })));
  const secret = `whsec-${randomBytes(8).toString('hex')}`;
  const options = {
    configFile, store, genesysBaseUrl: standin.endpoints.apiBaseUrl,
    secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret },
    extraArgs: ['--genesys-timeout-ms', '500', '--lease-ms', '2500'],
  };
  replicas.push(...(await Promise.all([startService(options), startService(options), startService(options)])));

  const deliveries = [
    ...Array.from({ length: ALERTS }, (_, i) => notification(`${name}-${i}`)),
    ...Array.from({ length: DUPLICATES }, (_, i) => notification(`${name}-${(i * 7) % ALERTS}`)),
  ];
  const victim = replicas[1];
  let cursor = 0;
  let sent = 0;
  const answers: string[] = [];
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (cursor < deliveries.length) {
        const i = cursor++;
        // Round-robin; a delivery the load balancer could not hand over goes to the next replica.
        for (let r = i % 3, tries = 0; tries < 6; r = (r + 1) % 3, tries++) {
          const res = await postAlert(replicas[r].url, secret, deliveries[i]);
          if (!res) continue;
          expect(res.status).toBe(202);
          answers.push(res.body.status as string);
          break;
        }
        if (++sent === Math.floor(deliveries.length / 2)) victim.child.kill('SIGKILL');
      }
    }),
  );
  expect((await victim.exited).signal).toBe('SIGKILL');
  expect(answers).toHaveLength(deliveries.length);
  const survivor = replicas[0];
  await waitUntilSettled(survivor.url, secret, 60_000);

  const records = await allRecords(survivor.url, secret);
  expect(records).toHaveLength(ALERTS);
  expect(records.filter((r) => r.state !== 'succeeded')).toEqual([]);
  const perAlert = new Map<string, number>();
  for (const c of standin.succeeded('postTaskmanagementWorkitems')) {
    const alertId = (c.body as { name: string }).name.replace('Follow-up ', '');
    perAlert.set(alertId, (perAlert.get(alertId) ?? 0) + 1);
  }
  expect(perAlert.size).toBe(ALERTS);
  expect([...perAlert].filter(([, n]) => n !== 1)).toEqual([]);
  const lookups = replicas.flatMap((r) => r.lines.filter((l) => l.includes('"handoff.lookup"')));
  console.log(
    `fleet ${name}: ${answers.filter((a) => a === 'accepted').length} accepted, ${answers.filter((a) => a === 'duplicate').length} duplicates, ` +
      `${perAlert.size} alerts with exactly one work item; accepted/succeeded per replica ${replicas.map((r) => ['"handoff.accepted"', '"handoff.succeeded"'].map((e) => r.lines.filter((l) => l.includes(e)).length).join('/')).join(', ')} (the second one killed); ` +
      `${lookups.length} look-ups after the kill (${lookups.filter((l) => l.includes('"found":true')).length} found)`,
  );
  for (const r of [replicas[0], replicas[2]]) r.child.kill('SIGTERM');
  for (const r of [replicas[0], replicas[2]]) expect((await r.exited).code).toBe(0);
}, 240_000);
