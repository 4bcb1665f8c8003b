/**
 * The handoff service end to end (HTTP webhook in, Genesys call out, over loopback against the Genesys
 * Cloud stand-in) against the same number of direct GenesysClient calls; the durable journals (SQLite
 * file, PostgreSQL) against the in-memory one; and the client's request cost with body validation against
 * the same client with validation off (`skipValidation`, bench-only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { GenesysClient, type GenesysCall } from '../../src/client';
import { createHandoffHandler } from '../../src/handoff';
import { DEFAULT_SECRET_ENV } from '../../src/trigger/config';
import { validateRequest } from '../../src/validation';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { fmt, ratio, throughput } from './timing';

const ALERTS = 500;
const STORE_ROUNDS = 3;
const REQUESTS = 2000;
const CONCURRENCY = 16;
const quiet = () => undefined;

/** Runs `task(i)` for i < n with `concurrency` workers; returns the elapsed ms. */
async function timed(n: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await task(next++);
  }));
  return performance.now() - start;
}

export async function run(print: (line: string) => void): Promise<void> {
  const standin = await GenesysCloudStandin.start();
  const clientProps = { clientId: standin.clientId, clientSecret: standin.clientSecret, endpoints: standin.endpoints, logger: quiet };
  try {
    // Baseline: the Genesys calls alone, from the same client class at the same concurrency.
    const direct = new GenesysClient(clientProps);
    const cobrowse = (i: number) => direct.createCobrowseSession(`direct-${i}`);
    await timed(200, CONCURRENCY, cobrowse); // warm-up
    const directMs = await timed(ALERTS, CONCURRENCY, cobrowse);

    const secret = 'bench-webhook-secret';
    /** Sends `n` alerts through a fresh handler on `store` and waits until all are delivered; returns the ms. */
    const handoff = async (store: string, n: number, round: string) => {
      const handler = createHandoffHandler(
        { version: 1, name: `bench-${round}`, region: 'us-east-1', priorityThreshold: 3, conversationIdTag: 'genesys_conversation_id', webhookAuthHeader: 'X-Cobrowse-Secret', fallback: null, secretEnv: DEFAULT_SECRET_ENV },
        { secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret }, client: { endpoints: standin.endpoints }, logger: quiet, concurrency: CONCURRENCY, store, pollMs: 50 },
      );
      await handler.ready();
      const server = http.createServer(handler);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const post = (i: number) =>
        fetch(url, {
          method: 'POST',
          headers: { 'X-Cobrowse-Secret': secret, 'Content-Type': 'application/json' },
          body: JSON.stringify({ vars: { ALERT_ID: `bench-${round}-${i}`, ALERT_PRIORITY: 'P1', ALERT_TRANSITION: 'Triggered', TAGS: `env:bench,genesys_conversation_id:conv-${i}` } }),
        }).then((res) => res.arrayBuffer());
      const start = performance.now();
      await timed(n, CONCURRENCY, post);
      await handler.drain();
      const ms = performance.now() - start;
      const { counts } = await handler.status({ limit: 1 });
      if (counts.succeeded !== n) throw new Error(`bench: ${counts.succeeded} of ${n} alerts delivered on ${store}`);
      await handler.close();
      server.closeAllConnections();
      server.close();
      return ms;
    };

    const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-'));
    const pgUrl = process.env.GENESYS_COBROWSE_TEST_PG_URL;
    const stores: [string, (round: number) => string][] = [
      ['in memory (SQLite :memory:)', () => ':memory:'],
      ['SQLite file (WAL, synchronous=FULL)', (round) => join(dir, `journal-${round}.sqlite`)],
      ...(pgUrl ? [['PostgreSQL', () => pgUrl] as [string, (round: number) => string]] : []),
    ];
    // Rounds interleave the stores, so drift in the shared machine's load hits all alike; round 0 warms up.
    const times: number[][] = stores.map(() => []);
    const tag = Date.now().toString(36);
    try {
      for (let round = 0; round < STORE_ROUNDS + 1; round++) {
        for (const [k, [, storeOf]] of stores.entries()) {
          const ms = await handoff(storeOf(round), round === 0 ? 100 : ALERTS, `${tag}-${round}-${k}`);
          if (round > 0) times[k].push(ms);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const memoryMs = middle(times[0]);
    print(
      `handoff end to end, in memory (${fmt(ALERTS)} alerts per round, webhook -> Genesys stand-in, loopback): ${fmt((ALERTS * 1000) / memoryMs)} alerts/s = ` +
        `${ratio(directMs, memoryMs)} the throughput of direct GenesysClient co-browse calls (${fmt((ALERTS * 1000) / directMs)} calls/s)`,
    );
    for (const [k, [label]] of stores.entries()) {
      if (k === 0) continue;
      const ms = middle(times[k]);
      print(`handoff with the journal in ${label}: ${fmt((ALERTS * 1000) / ms)} alerts/s, ${ratio(ms, memoryMs)} the time of the in-memory journal (median of ${STORE_ROUNDS} interleaved rounds; goal <= 1.50x)`);
    }
    if (!pgUrl) print('handoff with the journal in PostgreSQL: NOT MEASURED (GENESYS_COBROWSE_TEST_PG_URL is not set; start one with .ci/postgres.sh start DIR)');

    // Validation overhead: the same request through the same client class, validation on vs off.
    const body = { callbackNumbers: ['+15555550100'], queueId: 'queue-1', customerFirstCallbackDeliveryMode: 'UseQueueSetting', data: { datadogAlert: 'a-1', reason: 'checkout errors' } };
    const call: GenesysCall = { operation: 'postConversationsCallbacks', body };
    const validating = new GenesysClient(clientProps);
    const unvalidated = new GenesysClient({ ...clientProps, skipValidation: true });
    const perRequest = async (client: GenesysClient) => (await timed(REQUESTS, CONCURRENCY, () => client.request(call))) / REQUESTS;
    // Alternating rounds, median of each, so drift in the shared machine's load hits both alike.
    const rounds: { on: number[]; off: number[] } = { on: [], off: [] };
    for (let round = 0; round < 6; round++) {
      rounds.on.push(await perRequest(validating));
      rounds.off.push(await perRequest(unvalidated));
    }
    const median = (xs: number[]) => xs.slice(1).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]; // first round = warm-up
    const [on, off] = [median(rounds.on), median(rounds.off)];
    const validateOnly = 1000 / throughput(() => validateRequest({ method: 'POST', path: '/api/v2/conversations/callbacks', body }), 500);
    print(
      `client request with validation: ${ratio(on, off)} the same client with validation off ` +
        `(${fmt(on * 1000)} vs ${fmt(off * 1000)} µs per request at concurrency ${CONCURRENCY}; validateRequest alone ${fmt(validateOnly * 1000, 1)} µs)`,
    );
  } finally {
    await standin.close();
  }
}
