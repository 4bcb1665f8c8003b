import type { AlertRecord } from '../../src/handoff';
import type { Fault } from '../support/genesys-standin';
import { expectNoSecrets, notification, startHarness, triggerConfig, type Harness } from './harness';

const ALERTS = 3000;
const RESENT = 300; // duplicate deliveries of already-sent alerts
const SENDERS = 24;

let h: Harness;
afterAll(() => h.close());

test(`${ALERTS} alerts from ${SENDERS} concurrent senders under 429 storms and 5xx: each accepted alert leads to exactly one Genesys action`, async () => {
  h = await startHarness(triggerConfig(), {
    concurrency: 16,
    client: { retry: { maxAttempts: 30, baseDelayMs: 2, maxDelayMs: 25, maxTotalMs: 30_000 } },
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
    ...Array.from({ length: ALERTS }, (_, i) => notification(`load-${i}`, { conversationId: `conv-${i}` })),
    ...Array.from({ length: RESENT }, (_, i) => notification(`load-${(i * 7) % ALERTS}`, { conversationId: `conv-${(i * 7) % ALERTS}` })),
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

  // The stand-in's count: one successful co-browse call per alert, in its own conversation.
  const successes = h.standin.succeeded('postConversationCobrowse');
  expect(successes).toHaveLength(ALERTS);
  expect(new Set(successes.map((c) => c.path)).size).toBe(ALERTS);
  const faults = h.standin.calls.filter((c) => c.fault);
  expect(faults.filter((c) => c.outcome === 429).length).toBeGreaterThan(100);
  expect(faults.filter((c) => c.outcome === 500 || c.outcome === 503).length).toBeGreaterThan(50);
  expect(faults.filter((c) => c.outcome === 'dropped').length).toBeGreaterThan(10);

  // The status endpoint agrees, down to the attempts per alert.
  const status = await h.get('/status');
  expect(status.body.counts).toEqual({ pending: 0, succeeded: ALERTS, failed: 0 });
  const callsPerPath = new Map<string, number>();
  for (const c of h.standin.calls) if (!c.token) callsPerPath.set(c.path, (callsPerPath.get(c.path) ?? 0) + 1);
  const records = status.body.alerts as AlertRecord[];
  expect(records).toHaveLength(ALERTS);
  const mismatched = records.filter((r) => r.attempts !== callsPerPath.get(`/api/v2/conversations/${r.conversationId}/cobrowse`));
  expect(mismatched).toEqual([]);

  expectNoSecrets([...h.logLines, JSON.stringify(status.body)], h.secrets());
});
