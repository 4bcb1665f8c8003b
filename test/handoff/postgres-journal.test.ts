/** The PostgreSQL journal's group commit: writes of one event-loop turn share a commit, but not a failure. */
import { randomUUID } from 'node:crypto';
import { openJournal, type NewAlert } from '../../src/handoff';
import { requirePostgres } from './service-process';

const alert = (trigger: string, id: string): NewAlert => ({
  uid: randomUUID(), dedupeKey: `${trigger}:${id}`, trigger, alertId: id, cycleKey: null, transition: 'Triggered', priority: 1,
  operationId: 'postConversationCobrowse', conversationId: 'conv-1', call: { operation: 'postConversationCobrowse', pathParams: { conversationId: 'conv-1' } }, externalTag: null,
});

test('a failing write in a group commit fails only its own caller; the others are committed', async () => {
  const journal = openJournal(requirePostgres());
  await journal.open();
  try {
    const trigger = `group-${randomUUID()}`;
    // Issued in the same turn: one transaction, until the NOT NULL violation makes each run on its own.
    const [first, broken, second] = await Promise.allSettled([
      journal.accept(alert(trigger, 'a'), 'owner-1', 60_000, 60_000),
      journal.accept({ ...alert(trigger, 'b'), alertId: null as unknown as string }, 'owner-1', 60_000, 60_000),
      journal.accept(alert(trigger, 'c'), 'owner-1', 60_000, 60_000),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { entry: { alertId: 'a', state: 'pending' } } });
    expect(broken.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { entry: { alertId: 'c', state: 'pending' } } });
    const page = await journal.status(trigger, { limit: 10 });
    expect(page.alerts.map((a) => a.alertId)).toEqual(['a', 'c']);
  } finally {
    await journal.close();
  }
});

test('one group commit carries accepts, attempt starts and releases; a second delivery of an alert in the same turn is a duplicate', async () => {
  const journal = openJournal(requirePostgres());
  await journal.open();
  try {
    const trigger = `group-${randomUUID()}`;
    const first = await journal.accept(alert(trigger, 'a'), 'owner-1', 60_000, 60_000);
    const second = await journal.accept(alert(trigger, 'b'), 'owner-1', 60_000, 60_000);
    if (!('entry' in first) || !('entry' in second)) throw new Error('not accepted');
    const again = alert(trigger, 'c');
    // One turn: two deliveries of alert c, the attempt start of a (by its owner and by another), the release of b.
    const [c1, c2, began, stolen, released] = await Promise.all([
      journal.accept(again, 'owner-1', 60_000, 60_000),
      journal.accept({ ...again, uid: randomUUID() }, 'owner-1', 60_000, 60_000),
      journal.beginAttempt(first.entry.uid, 'owner-1', 60_000),
      journal.beginAttempt(second.entry.uid, 'owner-2', 60_000),
      journal.release(second.entry.uid, 'owner-1', { state: 'failed', lastError: { detail: 'refused' }, settled: true, retryInMs: null }),
    ]);
    expect(c1).toMatchObject({ entry: { alertId: 'c', state: 'pending', attempts: 0 } });
    expect(c2).toEqual({ duplicateOf: 'pending' });
    expect([began, stolen, released]).toEqual([true, false, true]);
    const page = await journal.status(trigger, { limit: 10 });
    expect(page.counts).toEqual({ pending: 2, succeeded: 0, failed: 1, unknown: 0 });
    expect(page.alerts.map((a) => [a.alertId, a.state, a.attempts, a.lastError?.detail ?? null])).toEqual([
      ['a', 'pending', 1, null],
      ['b', 'failed', 0, 'refused'],
      ['c', 'pending', 0, null],
    ]);
    // A release that changes nothing but the claim leaves the other columns as they were.
    expect(await journal.release(first.entry.uid, 'owner-1', {})).toBe(true);
    const [a] = (await journal.status(trigger, { alertId: 'a', limit: 1 })).alerts;
    expect(a).toMatchObject({ state: 'pending', attempts: 1, lastError: null, finishedAt: null });
  } finally {
    await journal.close();
  }
});
