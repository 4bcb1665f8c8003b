import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openJournal, type AlertJournal } from '../../src/handoff';
import { AUTH_HEADER, callbackFallback, expectNoSecrets, notification, startHarness, triggerConfig, workitemFallback, type Harness } from './harness';

let h: Harness;
/** Response bodies of the current test, checked for secrets with the log lines. */
let responses: string[];

afterEach(async () => {
  await h.close();
  expectNoSecrets([...h.logLines, ...responses], h.secrets());
});

async function start(...args: Parameters<typeof startHarness>) {
  h = await startHarness(...args);
  responses = [];
  const { post, get } = h;
  const record = async (p: ReturnType<Harness['post']>) => {
    const res = await p;
    responses.push(JSON.stringify(res.body));
    return res;
  };
  h.post = (body, headers) => record(post(body, headers));
  h.get = (path, headers) => record(get(path, headers));
  return h;
}

const events = () => h.logLines.map((l) => JSON.parse(l) as { event: string; [k: string]: unknown });

describe('webhook authentication', () => {
  test.each([
    ['missing', {}],
    ['wrong, same length', { [AUTH_HEADER]: 'x'.repeat(38) }],
    ['wrong, different length', { [AUTH_HEADER]: 'short' }],
  ])('%s secret is refused with 401 and nothing reaches Genesys', async (_, headers) => {
    await start();
    const res = await h.post(notification('a-1', { conversationId: 'c-1' }), headers);
    expect(res.status).toBe(401);
    expect((await h.get('/status', headers)).status).toBe(401);
    expect(h.standin.calls).toHaveLength(0);
    expect(events().filter((e) => e.event === 'webhook.unauthorized')).toHaveLength(2);
    expectNoSecrets(h.logLines, Object.values(headers));
    expect(h.webhookSecret).toHaveLength(38);
  });
});

describe('malformed notifications', () => {
  test.each([
    ['not JSON', '{"vars": ', /not JSON/],
    ['no vars', { alert: 'x' }, /"vars"/],
    ['missing ALERT_ID', { vars: { ALERT_PRIORITY: 'P1', ALERT_TRANSITION: 'Triggered' } }, /vars\.ALERT_ID/],
    ['missing ALERT_TRANSITION', { vars: { ALERT_ID: '1', ALERT_PRIORITY: 'P1' } }, /vars\.ALERT_TRANSITION/],
    ['bad priority', notification('a', { priority: 'P9' }), /ALERT_PRIORITY must be P1\.\.P5 or 1\.\.5, got "P9"/],
    ['unrendered priority', notification('a', { priority: '$ALERT_PRIORITY' }), /ALERT_PRIORITY/],
    ['non-string var', { vars: { ALERT_ID: 7, ALERT_TRANSITION: 'Triggered' } }, /vars\.ALERT_ID must be a string/],
  ])('%s: 400 with the reason', async (_, body, reason) => {
    await start();
    const res = await h.post(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(reason);
    expect(h.standin.calls).toHaveLength(0);
  });

  test('an oversized body is refused with 413', async () => {
    await start(triggerConfig(), { maxBodyBytes: 1024 });
    const res = await h.post({ vars: { ALERT_ID: 'x'.repeat(2000), ALERT_TRANSITION: 'Triggered' } });
    expect(res.status).toBe(413);
  });
});

test('priority threshold: P1..P5 and 1..5 accepted as input, only up to the threshold handled', async () => {
  await start(triggerConfig({ priorityThreshold: 2 }));
  const answers = [];
  for (const [id, priority] of [['p1', 'P1'], ['p2', '2'], ['p3', 'P3'], ['p5', '5'], ['none', '']]) {
    answers.push((await h.post(notification(id, { priority, conversationId: `conv-${id}` }))).body);
  }
  expect(answers.map((a) => a.status)).toEqual(['accepted', 'accepted', 'ignored', 'ignored', 'ignored']);
  expect(answers[2].reason).toBe('priority P3 is below the threshold P2');
  expect(answers[4].reason).toBe('the alert has no priority');
  await h.handler.drain();
  expect(h.standin.succeeded().map((c) => c.path)).toEqual(['/api/v2/conversations/conv-p1/cobrowse', '/api/v2/conversations/conv-p2/cobrowse']);
});

test('an alert with the conversation tag offers co-browse in that conversation, reported by /status', async () => {
  await start();
  const res = await h.post(notification('alert-7', { conversationId: 'conv-42' }));
  expect(res).toEqual({ status: 202, body: { status: 'accepted', alertId: 'alert-7', transition: 'Triggered', operationId: 'postConversationCobrowse' } });
  await h.handler.drain();
  const [call] = h.standin.succeeded();
  expect(call).toMatchObject({ method: 'POST', path: '/api/v2/conversations/conv-42/cobrowse', body: undefined });
  const status = await h.get('/status/alert-7');
  expect(status.body.alerts).toEqual([
    expect.objectContaining({ state: 'succeeded', attempts: 1, conversationId: 'conv-42', lastError: null, resultId: expect.any(String) }),
  ]);
  expect((await h.get('/status/unknown')).status).toBe(404);
  expect((await h.get('/status/%E0%A4%A')).status).toBe(404);
  expect(events().find((e) => e.event === 'handoff.succeeded')).toMatchObject({ alertId: 'alert-7', attempts: 1 });
});

test('concurrent duplicate deliveries produce exactly one Genesys action; a re-trigger of the same alert cycle is the same alert', async () => {
  await start();
  const body = notification('dup-1', { conversationId: 'conv-1' });
  const answers = await Promise.all(Array.from({ length: 20 }, () => h.post(body)));
  expect(answers.filter((a) => a.body.status === 'accepted')).toHaveLength(1);
  expect(answers.filter((a) => a.body.status === 'duplicate')).toHaveLength(19);
  await h.handler.drain();
  expect((await h.post(body)).body.status).toBe('duplicate');
  expect((await h.post(notification('dup-1', { conversationId: 'conv-1', transition: 'Re-Triggered' }))).body.status).toBe('duplicate');
  expect((await h.post(notification('dup-1', { conversationId: 'conv-1', cycleKey: 'next-cycle' }))).body.status).toBe('accepted');
  await h.handler.drain();
  expect(h.standin.succeeded()).toHaveLength(2);
});

test('one monitor alerting for two customers is two alerts; the conversation may come from $ALERT_SCOPE', async () => {
  await start();
  const plain = notification('monitor-9', { cycleKey: 'c-1' });
  const scoped = { vars: { ...plain.vars, ALERT_SCOPE: 'genesys_conversation_id:conv-b,service:checkout' } };
  const answers = [await h.post(notification('monitor-9', { cycleKey: 'c-1', conversationId: 'conv-a' })), await h.post(scoped)];
  expect(answers.map((a) => a.body.status)).toEqual(['accepted', 'accepted']);
  await h.handler.drain();
  expect(h.standin.succeeded().map((c) => c.path).sort()).toEqual(['/api/v2/conversations/conv-a/cobrowse', '/api/v2/conversations/conv-b/cobrowse']);
});

test('recoveries and warnings are acknowledged and start nothing', async () => {
  await start();
  for (const transition of ['Recovered', 'Warn', 'No Data']) {
    const res = await h.post(notification('rec-1', { conversationId: 'conv-r', transition }));
    expect(res).toMatchObject({ status: 202, body: { status: 'ignored', reason: expect.stringContaining(`transition ${transition} does not start an action`) } });
  }
  await h.handler.drain();
  expect(h.standin.succeeded()).toEqual([]);
});

test('works behind a body parser that already consumed the request (Express-style)', async () => {
  await start();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
      Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString()) });
      h.handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/datadog`, {
    method: 'POST',
    headers: { [AUTH_HEADER]: h.webhookSecret, 'Content-Type': 'application/json' },
    body: JSON.stringify(notification('parsed-1', { conversationId: 'conv-9' })),
  });
  expect(await res.json()).toMatchObject({ status: 'accepted', alertId: 'parsed-1' });
  server.closeAllConnections();
  server.close();
  await h.handler.drain();
  expect(h.standin.succeeded().map((c) => c.path)).toEqual(['/api/v2/conversations/conv-9/cobrowse']);
});

describe('fallback without a conversation id', () => {
  test('renders the configured body from the notification and calls the fallback operation', async () => {
    await start(triggerConfig({ fallback: callbackFallback }));
    const res = await h.post(notification('fb-1', { title: 'Checkout "5xx" spike' }));
    expect(res.body).toMatchObject({ status: 'accepted', operationId: 'postConversationsCallbacks' });
    await h.handler.drain();
    expect(h.standin.succeeded('postConversationsCallbacks').map((c) => c.body)).toEqual([
      { ...callbackFallback.bodyTemplate, data: { datadogAlert: 'fb-1', reason: 'Checkout "5xx" spike' } },
    ]);
  });

  test('a rendered body the schema refuses is answered 422 and never sent', async () => {
    const fallback = { ...callbackFallback, bodyTemplate: { ...callbackFallback.bodyTemplate, customerFirstCallbackDeliveryMode: '$EVENT_TITLE' } };
    await start(triggerConfig({ fallback }));
    const res = await h.post(notification('fb-2', { title: 'not a mode' }));
    expect(res.status).toBe(422);
    expect(res.body.diagnostics).toEqual([expect.objectContaining({ code: 'not-in-enum', pointer: '/customerFirstCallbackDeliveryMode' })]);
    expect(h.standin.calls).toHaveLength(0);
  });

  test('no tag and no fallback: ignored with the reason', async () => {
    await start();
    const res = await h.post(notification('nf-1'));
    expect(res.body).toMatchObject({ status: 'ignored', reason: 'no "genesys_conversation_id" tag and no fallback configured' });
  });
});

describe('delivery', () => {
  test('rate limiting and 503 are retried until Genesys accepts; the status shows attempts and the last error', async () => {
    await start();
    h.standin.inject({ kind: 'status', status: 429, retryAfterSeconds: 0 });
    h.standin.inject({ kind: 'status', status: 503 });
    await h.post(notification('r-1', { conversationId: 'conv-1' }));
    await h.handler.drain();
    const [record] = (await h.handler.status({ alertId: 'r-1' })).alerts;
    expect(record).toMatchObject({ state: 'succeeded', attempts: 3, lastError: { status: 503, kind: 'http' }, nextRetryAt: null });
    expect(h.standin.succeeded()).toHaveLength(1);
    const retries = events().filter((e) => e.event === 'handoff.retry');
    expect(retries.map((e) => [e.alertId, e.attempts])).toEqual([['r-1', 1], ['r-1', 2]]);
  });

  test.each([
    ['a dropped connection', { kind: 'drop' } as const],
    ['a 500', { kind: 'status', status: 500 } as const],
  ])('a co-browse offer that ends in %s is not resent: its outcome is unknown and reported', async (_, fault) => {
    await start();
    h.standin.inject(fault);
    await h.post(notification('u-1', { conversationId: 'conv-1' }));
    await h.handler.drain();
    const [record] = (await h.handler.status({ alertId: 'u-1' })).alerts;
    expect(record).toMatchObject({ state: 'unknown', attempts: 1, lastError: { detail: expect.stringContaining('Genesys may have acted, so it is not resent') } });
    expect(h.standin.calls.filter((c) => !c.token)).toHaveLength(1);
    expect(events().find((e) => e.event === 'handoff.unknown')).toMatchObject({ alertId: 'u-1' });
  });

  test('a work item whose creation timed out is looked up by its externalTag instead of being created again', async () => {
    await start(triggerConfig({ fallback: workitemFallback }), { client: { timeoutMs: 150 }, leaseMs: 1000 });
    h.standin.inject({ kind: 'delay', ms: 250 }); // Genesys creates it, but answers after the client gave up
    // The next two creations are dropped before Genesys acts: the look-up finds nothing, so it is sent again.
    h.standin.inject({ kind: 'drop' }, { match: (c) => !c.token && c.path.endsWith('/workitems'), times: 2 });
    await h.post(notification('w-1'));
    await h.post(notification('w-2'));
    await h.handler.drain();
    const records = (await h.handler.status()).alerts;
    expect(records.map((r) => [r.alertId, r.state])).toEqual([['w-1', 'succeeded'], ['w-2', 'succeeded']]);
    const created = h.standin.succeeded('postTaskmanagementWorkitems');
    expect(created).toHaveLength(2);
    expect(h.standin.workitems.map((w) => w.externalTag)).toEqual([expect.stringMatching(/^genesys-cobrowse:/), expect.stringMatching(/^genesys-cobrowse:/)]);
    expect(records.map((r) => r.resultId).sort()).toEqual(h.standin.workitems.map((w) => w.id).sort());
    const lookups = events().filter((e) => e.event === 'handoff.lookup');
    expect(lookups.map((e) => `${e.alertId} ${e.found}`).sort()).toEqual(['w-1 true', 'w-2 false', 'w-2 false']);
    expect(records.find((r) => r.alertId === 'w-2')?.attempts).toBe(3);
  });

  test('a login host that fails three times: nothing was sent, so attempts stays 1, and the token retries back off', async () => {
    await start();
    h.standin.inject({ kind: 'status', status: 503 }, { match: (c) => c.token, times: 3 });
    await h.post(notification('t-1', { conversationId: 'conv-1' }));
    await h.handler.drain();
    const [record] = (await h.handler.status({ alertId: 't-1' })).alerts;
    expect(record).toMatchObject({ state: 'succeeded', attempts: 1, lastError: { operationId: 'oauth.token', status: 503, attempts: 3 } });
    expect(h.standin.calls.filter((c) => !c.token)).toHaveLength(1);
    const retries = events().filter((e) => e.event === 'handoff.retry');
    const delays = retries.map((e) => e.delayMs as number);
    expect(delays).toHaveLength(3);
    expect(delays[2]).toBeGreaterThan(delays[0]); // backing off (with jitter), not retrying at the base delay
  });

  test('wrong client credentials fail the alert with the token error, no secret shown', async () => {
    await start(triggerConfig(), { secrets: { clientId: 'someone', clientSecret: 'not-the-secret-0123456789', webhookSecret: 'w-secret-0123456789' } });
    await h.post(notification('cred-1', { conversationId: 'conv-1' }), { [AUTH_HEADER]: 'w-secret-0123456789' });
    await h.handler.drain();
    const [record] = (await h.handler.status()).alerts;
    expect(record).toMatchObject({ state: 'failed', lastError: { operationId: 'oauth.token', status: 401, code: 'invalid_client' } });
    expectNoSecrets([...h.logLines, JSON.stringify(record)], ['not-the-secret-0123456789', 'w-secret-0123456789']);
  });

  test('a server echoing the Authorization header: /status and the logs carry no token', async () => {
    await start(triggerConfig(), { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    h.standin.setFaultPolicy((call) => (call.token ? null : { kind: 'status', status: 500, echoAuthorization: true }));
    await h.post(notification('echo-1', { conversationId: 'conv-1' }));
    await h.handler.drain();
    const status = await h.get('/status');
    expect(JSON.stringify(status.body)).toContain('Bearer [redacted]');
    expectNoSecrets([...h.logLines, JSON.stringify(status.body)], h.secrets());
  });

  test('when Genesys stays down, the alert fails after the bound and is reported', async () => {
    await start(triggerConfig(), { retry: { maxAttempts: 3, baseDelayMs: 1 } });
    h.standin.setFaultPolicy((call) => (call.token ? null : { kind: 'status', status: 503 }));
    await h.post(notification('down-1', { conversationId: 'conv-1' }));
    await h.handler.drain();
    const status = await h.get('/status');
    expect(status.body.counts).toEqual({ pending: 0, succeeded: 0, failed: 1, unknown: 0 });
    expect(status.body.alerts).toEqual([expect.objectContaining({ state: 'failed', attempts: 3, lastError: expect.objectContaining({ status: 503 }) })]);
    expect(events().find((e) => e.event === 'handoff.failed')).toMatchObject({ alertId: 'down-1', attempts: 3 });
  });

  test('close() waits for in-flight work and refuses new alerts', async () => {
    await start();
    h.standin.inject({ kind: 'delay', ms: 300 });
    await h.post(notification('slow-1', { conversationId: 'conv-1' }));
    const closed = h.handler.close();
    expect((await h.post(notification('late-1', { conversationId: 'conv-2' }))).status).toBe(503);
    await closed;
    expect(h.standin.succeeded()).toHaveLength(1);
  });

  test.each([
    ['a journal that marks it', false],
    ['a journal that ignores startAttempt', true],
  ])('with a free slot and a token in hand, the accept also marks the first attempt on the wire and it is sent at once; otherwise it is marked right before the write (%s)', async (_, ignoresStart) => {
    const inner = openJournal(':memory:');
    const marked = { byAccept: 0, byBeginAttempt: 0 };
    const journal: AlertJournal = {
      location: inner.location,
      durable: inner.durable,
      open: () => inner.open(),
      accept: async (alert, owner, windowMs, leaseMs, startAttempt) => {
        const result = await inner.accept(alert, owner, windowMs, leaseMs, startAttempt && !ignoresStart);
        if ('entry' in result && result.entry.inFlightSince !== null) marked.byAccept += 1;
        return result;
      },
      claim: (...args) => inner.claim(...args),
      beginAttempt: (...args) => {
        marked.byBeginAttempt += 1;
        return inner.beginAttempt(...args);
      },
      release: (...args) => inner.release(...args),
      status: (...args) => inner.status(...args),
      purge: (...args) => inner.purge(...args),
      close: () => inner.close(),
    };
    await start(triggerConfig(), { store: journal, concurrency: 2 });
    // No token yet: the accept cannot know when the request will be written, so it leaves the mark to the write.
    await h.post(notification('warm-up', { conversationId: 'conv-warm' }));
    await h.handler.drain();
    expect(marked).toEqual({ byAccept: 0, byBeginAttempt: 1 });
    marked.byBeginAttempt = 0;
    // Slow enough that all six are accepted while the first two hold both slots.
    h.standin.setFaultPolicy((call) => (call.token ? null : { kind: 'delay', ms: 300 }));
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => h.post(notification(`slot-${i}`, { conversationId: `conv-${i}` }))));
    expect(answers.map((a) => a.body.status)).toEqual(Array(6).fill('accepted'));
    await h.handler.drain();
    const { alerts } = await h.handler.status();
    expect(alerts.map((a) => [a.state, a.attempts])).toEqual(Array(7).fill(['succeeded', 1]));
    expect(h.standin.succeeded()).toHaveLength(7);
    expect(marked).toEqual(ignoresStart ? { byAccept: 0, byBeginAttempt: 6 } : { byAccept: 2, byBeginAttempt: 4 });
  });
});
