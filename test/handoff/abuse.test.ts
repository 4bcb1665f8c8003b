import net from 'node:net';
import { AUTH_HEADER, notification, startHarness, triggerConfig, type Harness } from './harness';

let h: Harness;
afterEach(() => h.close());

/** Sends raw HTTP/1.1 text; resolves with what came back and how long until the server closed. */
function raw(url: string, head: string, body: { chunk: string; times: number; everyMs: number }): Promise<{ text: string; ms: number }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    let text = '';
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(head);
      let sent = 0;
      const timer = setInterval(() => {
        if (sent++ >= body.times || socket.destroyed) return clearInterval(timer);
        socket.write(body.chunk, () => undefined);
      }, body.everyMs);
      socket.on('close', () => clearInterval(timer));
    });
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
  });
}

test('an oversize upload is answered 413 from its Content-Length and the connection closed before the body is read', async () => {
  h = await startHarness(triggerConfig(), { maxBodyBytes: 1024 });
  const res = await raw(h.url, `POST / HTTP/1.1\r\nHost: x\r\n${AUTH_HEADER}: ${h.webhookSecret}\r\nContent-Length: 100000000\r\n\r\n`, { chunk: 'x'.repeat(65536), times: 1000, everyMs: 5 });
  expect(res.text).toMatch(/^HTTP\/1\.1 413/);
  expect(res.ms).toBeLessThan(2000); // 100 MB at 64 KiB per 5 ms would take 7 s
});

test('a chunked upload is cut off once it passes the limit', async () => {
  h = await startHarness(triggerConfig(), { maxBodyBytes: 1024 });
  const chunk = `${(4096).toString(16)}\r\n${'x'.repeat(4096)}\r\n`;
  const res = await raw(h.url, `POST / HTTP/1.1\r\nHost: x\r\n${AUTH_HEADER}: ${h.webhookSecret}\r\nTransfer-Encoding: chunked\r\n\r\n`, { chunk, times: 2000, everyMs: 2 });
  expect(res.text).toMatch(/^HTTP\/1\.1 413/);
  expect(res.ms).toBeLessThan(2000);
});

test('an unauthenticated upload gets 401 and the connection is closed without reading the body', async () => {
  h = await startHarness();
  const res = await raw(h.url, `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n`, { chunk: 'x'.repeat(65536), times: 1000, everyMs: 5 });
  expect(res.text).toMatch(/^HTTP\/1\.1 401/);
  expect(res.ms).toBeLessThan(2000);
});

test('a slow authenticated body is timed out with 408 after bodyTimeoutMs', async () => {
  h = await startHarness(triggerConfig(), { bodyTimeoutMs: 500 });
  const res = await raw(h.url, `POST / HTTP/1.1\r\nHost: x\r\n${AUTH_HEADER}: ${h.webhookSecret}\r\nContent-Length: 1000\r\n\r\n`, { chunk: 'x', times: 1000, everyMs: 50 });
  expect(res.text).toMatch(/^HTTP\/1\.1 408/);
  expect(res.ms).toBeGreaterThanOrEqual(450);
  expect(res.ms).toBeLessThan(3000);
});

test.each([['.'], ['..'], ['ab\uD800cd'], ['\uDC00']])('conversation id %j: 400, nothing sent', async (id) => {
  h = await startHarness();
  const res = await h.post(notification('bad-conv', { conversationId: id }));
  expect(res.status).toBe(400);
  expect(res.body.message).toMatch(/genesys_conversation_id tag must be a conversation id/);
  expect(h.standin.calls).toHaveLength(0);
});

test('/status pages are bounded and a bad query is a 400', async () => {
  h = await startHarness();
  for (let i = 0; i < 5; i++) await h.post(notification(`s-${i}`, { conversationId: `c-${i}` }));
  await h.handler.drain();
  const first = await h.get('/status?limit=2');
  expect((first.body.alerts as unknown[]).length).toBe(2);
  expect(first.body.counts).toMatchObject({ succeeded: 5 });
  const second = await h.get(`/status?limit=2&after=${first.body.next}`);
  expect((second.body.alerts as { alertId: string }[]).map((a) => a.alertId)).toEqual(['s-2', 's-3']);
  for (const q of ['limit=0', 'limit=201', 'state=done', 'after=-1']) expect((await h.get(`/status?${q}`)).status).toBe(400);
});
