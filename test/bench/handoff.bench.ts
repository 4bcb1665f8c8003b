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
import { GenesysCloudStandin } from '../support/genesys-standin';
import { compareTime, record, stats } from './timing';

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
    let round = 0;
    const cobrowse = () => timed(ALERTS, CONCURRENCY, (i) => direct.createCobrowseSession(`direct-${round}-${i}`));

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
        body: JSON.stringify({ vars: { ALERT_ID: `bench-${round}-${i}`, ALERT_PRIORITY: 'P1', ALERT_TRANSITION: 'Triggered', TAGS: `env:bench,genesys_conversation_id:conv-${round}-${i}` } }),
      }).then((res) => res.arrayBuffer());
    const handoff = async () => {
      await timed(ALERTS, CONCURRENCY, post);
      await handler.drain();
      round += 1;
    };
    // Times per ALERTS alerts / calls; the figure is throughput, so the ratio is baseline time over ours.
    const [handoffMs, directMs] = await compareTime(handoff, cobrowse, 3, 1);
    await handler.close();
    server.close();
    const perSecond = (s: ReturnType<typeof stats>) => stats([(ALERTS * 1000) / s.max, (ALERTS * 1000) / s.median, (ALERTS * 1000) / s.min]);
    print(record({ figure: `handoff end to end (${ALERTS} alerts, loopback stand-in) vs direct GenesysClient calls`, subject: 'handoff alerts', baseline: 'direct co-browse calls', unit: 'ops/s', subjectStats: perSecond(handoffMs), baselineStats: perSecond(directMs) }));

    // Validation overhead: the same request through the same client class, validation on vs off.
    const body = { callbackNumbers: ['+15555550100'], queueId: 'queue-1', customerFirstCallbackDeliveryMode: 'UseQueueSetting', data: { datadogAlert: 'a-1', reason: 'checkout errors' } };
    const call: GenesysCall = { operation: 'postConversationsCallbacks', body };
    const validating = new GenesysClient(clientProps);
    const unvalidated = new GenesysClient({ ...clientProps, skipValidation: true });
    const perRequest = (client: GenesysClient) => () => timed(REQUESTS, CONCURRENCY, () => client.request(call));
    const [on, off] = await compareTime(perRequest(validating), perRequest(unvalidated), 6, 1);
    print(record({ figure: `GenesysClient request with validation vs validation off (${REQUESTS} requests)`, subject: 'validating client', baseline: 'skipValidation', unit: 'ms', subjectStats: on, baselineStats: off }));
  } finally {
    await standin.close();
  }
}
