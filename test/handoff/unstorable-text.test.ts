/**
 * Text the journal cannot store (NUL, a lone UTF-16 surrogate) in an alert id, cycle key, conversation tag
 * or `/status/:id` is a 400 naming the field, the same on SQLite and PostgreSQL, and nothing reaches Genesys
 * (on PostgreSQL it used to fail every write of the alert: a 503 forever).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notification, startHarness, triggerConfig, type Harness } from './harness';
import { requirePostgres } from './service-process';

const dir = mkdtempSync(join(tmpdir(), 'handoff-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORES: [string, () => string][] = [
  ['SQLite', () => join(dir, `journal-${Math.random().toString(36).slice(2)}.sqlite`)],
  ['PostgreSQL', () => requirePostgres()],
];
const BAD: [string, string, RegExp][] = [
  ['NUL', 'a\u0000b', /NUL \(U\+0000\)/],
  ['a lone surrogate', 'a\uD800b', /a lone UTF-16 surrogate/],
];

describe.each(STORES)('%s', (_, storeOf) => {
  let h: Harness;
  beforeAll(async () => {
    // Its own trigger name: the PostgreSQL database is shared by every run.
    h = await startHarness(triggerConfig({ name: `text-${randomBytes(4).toString('hex')}` }), { store: storeOf() });
  });
  afterAll(() => h.close());

  test.each(BAD)('%s in the alert id, cycle key or conversation tag: 400 naming the field, nothing journaled or sent', async (_, bad, what) => {
    const cases: [ReturnType<typeof notification>, RegExp][] = [
      [notification(`id-${bad}`, { conversationId: 'conv-1', cycleKey: 'cycle-1' }), /^vars\.ALERT_ID holds/],
      [notification('id-2', { conversationId: 'conv-2', cycleKey: `cycle-${bad}` }), /^vars\.ALERT_CYCLE_KEY holds/],
      // A lone surrogate in the tag is already refused as no conversation id; NUL by this check.
      [notification('id-3', { conversationId: `conv-${bad}` }), /genesys_conversation_id tag/],
    ];
    for (const [body, field] of cases) {
      const res = await h.post(body);
      expect([res.status, res.body.error]).toEqual([400, 'malformed-notification']);
      expect(res.body.message).toMatch(field);
      if (field.source.startsWith('^vars')) expect(res.body.message).toMatch(what);
    }
    expect(h.standin.calls).toHaveLength(0);
    expect((await h.get('/status')).body.counts).toEqual({ pending: 0, succeeded: 0, failed: 0, unknown: 0 });
  });

  // A lone surrogate cannot arrive in a URL: its escape (%ED%A0%80) is not UTF-8 and is left undecoded.
  test('NUL in /status/:id: 400, not a journal error', async () => {
    const res = await h.get('/status/a%00b');
    expect([res.status, res.body.error]).toEqual([400, 'bad-alert-id']);
    expect(res.body.message).toMatch(/NUL \(U\+0000\)/);
    expect((await h.get('/status/a%ED%A0%80b')).status).toBe(404);
  });

  test('a good alert still goes through after the refusals', async () => {
    expect((await h.post(notification('fine', { conversationId: 'conv-ok' }))).body.status).toBe('accepted');
    await h.handler.drain();
    expect(h.standin.succeeded()).toHaveLength(1);
  });
});
