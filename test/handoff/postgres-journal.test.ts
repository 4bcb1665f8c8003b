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
    const now = Date.now();
    // Issued in the same turn: one transaction, until the NOT NULL violation makes each run on its own.
    const [first, broken, second] = await Promise.allSettled([
      journal.accept(alert(trigger, 'a'), 'owner-1', now, 60_000, 60_000),
      journal.accept({ ...alert(trigger, 'b'), alertId: null as unknown as string }, 'owner-1', now, 60_000, 60_000),
      journal.accept(alert(trigger, 'c'), 'owner-1', now, 60_000, 60_000),
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
