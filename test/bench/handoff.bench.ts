/**
 * The handoff service end to end (HTTP webhook in, Genesys call out, over loopback against the Genesys
 * Cloud stand-in) against the same number of direct GenesysClient calls; and the client's request cost
 * with body validation against the same client with validation off (`skipValidation`, bench-only).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { GenesysClient, type GenesysCall } from '../../src/client';
import { createHandoffHandler } from '../../src/handoff';
import { DEFAULT_SECRET_ENV } from '../../src/trigger/config';
import { validateRequest } from '../../src/validation';
import { GenesysCloudStandin } from '../support/genesys-standin';
import { fmt, ratio, throughput } from './timing';

const ALERTS = 2000;
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
    const handler = createHandoffHandler(
      { version: 1, name: 'bench', region: 'us-east-1', priorityThreshold: 3, conversationIdTag: 'genesys_conversation_id', webhookAuthHeader: 'X-Cobrowse-Secret', fallback: null, secretEnv: DEFAULT_SECRET_ENV },
      { secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret: secret }, client: { endpoints: standin.endpoints }, logger: quiet, concurrency: CONCURRENCY },
    );
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const post = (i: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'X-Cobrowse-Secret': secret, 'Content-Type': 'application/json' },
        body: JSON.stringify({ vars: { ALERT_ID: `bench-${i}`, ALERT_PRIORITY: 'P1', ALERT_TRANSITION: 'Triggered', TAGS: `env:bench,genesys_conversation_id:conv-${i}` } }),
      }).then((res) => res.arrayBuffer());
    await timed(200, CONCURRENCY, (i) => post(ALERTS + i)); // warm-up
    await handler.drain();
    const start = performance.now();
    await timed(ALERTS, CONCURRENCY, post);
    await handler.drain();
    const handoffMs = performance.now() - start;
    await handler.close();
    server.close();
    const handled = handler.status().counts.succeeded - 200;
    print(
      `handoff end to end (${fmt(handled)} alerts, webhook -> Genesys stand-in, loopback): ${fmt((handled * 1000) / handoffMs)} alerts/s = ` +
        `${ratio(directMs, handoffMs)} the throughput of direct GenesysClient co-browse calls (${fmt((ALERTS * 1000) / directMs)} calls/s)`,
    );

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
