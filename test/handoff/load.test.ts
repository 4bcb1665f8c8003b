import type { AlertRecord } from '../../src/handoff';
import type { Fault } from '../support/genesys-standin';
import { expectNoSecrets, notification, startHarness, triggerConfig, workitemFallback, type Harness } from './harness';

const ALERTS = 1500;
const RESENT = 150; // duplicate deliveries of already-sent alerts
const SENDERS = 24;

let h: Harness;
afterAll(() => h.close());

test(`${ALERTS} alerts from ${SENDERS} concurrent senders under 429 storms, 5xx and dropped connections: each accepted alert leads to exactly one work item`, async () => {
  // Work items: after a 500 or a dropped connection the service looks the work item up by its externalTag
  // instead of creating it again (the stand-in never acts on a faulted call, so each look-up finds nothing).
  h = await startHarness(triggerConfig({ fallback: workitemFallback }), {
    concurrency: 16,
    retry: { maxAttempts: 40, baseDelayMs: 2, maxDelayMs: 25, maxTotalMs: 60_000 },
    client: { timeoutMs: 1000 },
    leaseMs: 5_000,
  });
  // Three 150 ms storms in which every API call is rate-limited, plus random 429s, 5xx and dropped connections.
  const started = Date.now();
  let random = 12345; // deterministic pseudo-random faults
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  h.standin.setFaultPolicy((call): Fault | null => {
    if (call.token) return null;
    const t = (Date.now() - started) % 1000;
    if (t < 150) return { kind: 'status', status: 429, retryAfterSeconds: 0 };
    const r = next();
    if (r < 0.05) return { kind: 'status', status: 429, retryAfterSeconds: 0 };
    if (r < 0.1) return { kind: 'status', status: r < 0.075 ? 500 : 503 };
    if (r < 0.12) return { kind: 'drop' };
    return null;
  });

  const deliveries = [
    ...Array.from({ length: ALERTS }, (_, i) => notification(`load-${i}`)),
    ...Array.from({ length: RESENT }, (_, i) => notification(`load-${(i * 7) % ALERTS}`)),
  ];
  const answers: string[] = [];
  let cursor = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (cursor < deliveries.length) {
        const res = await h.post(deliveries[cursor++]);
        expect(res.status).toBe(202);
        answers.push(res.body.status as string);
      }
    }),
  );
  await h.handler.drain();

  expect(answers.filter((a) => a === 'accepted')).toHaveLength(ALERTS);
  expect(answers.filter((a) => a === 'duplicate')).toHaveLength(RESENT);

  // The stand-in's count: one work item per alert, each with its own tag.
  const created = h.standin.succeeded('postTaskmanagementWorkitems');
  expect(created).toHaveLength(ALERTS);
  expect(new Set(h.standin.workitems.map((w) => w.externalTag)).size).toBe(ALERTS);
  const faults = h.standin.calls.filter((c) => c.fault);
  expect(faults.filter((c) => c.outcome === 429).length).toBeGreaterThan(100);
  expect(faults.filter((c) => c.outcome === 500).length).toBeGreaterThan(20);
  expect(faults.filter((c) => c.outcome === 503).length).toBeGreaterThan(20);
  expect(faults.filter((c) => c.outcome === 'dropped').length).toBeGreaterThan(10);

  // The status endpoint agrees, page by page, down to the attempts per alert.
  const records: AlertRecord[] = [];
  let status;
  for (let after: unknown = 0; after !== null; after = status.body.next) {
    status = await h.get(`/status?limit=200&after=${after}`);
    records.push(...(status.body.alerts as AlertRecord[]));
  }
  expect(status?.body.counts).toEqual({ pending: 0, succeeded: ALERTS, failed: 0, unknown: 0 });
  expect(records).toHaveLength(ALERTS);
  const tagOf = new Map(h.standin.workitems.map((w) => [w.id, w.externalTag]));
  const sendsPerTag = new Map<unknown, number>();
  for (const c of h.standin.calls) {
    if (c.path === '/api/v2/taskmanagement/workitems') {
      const tag = (c.body as { externalTag?: string } | undefined)?.externalTag;
      sendsPerTag.set(tag, (sendsPerTag.get(tag) ?? 0) + 1);
    }
  }
  const mismatched = records.filter((r) => r.attempts !== sendsPerTag.get(tagOf.get(r.resultId as string)));
  expect(mismatched).toEqual([]);

  expectNoSecrets([...h.logLines, ...records.map((r) => JSON.stringify(r))], h.secrets());
});
