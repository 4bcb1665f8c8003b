import { GenesysApiError, type GenesysClient, type Logger, type RetryPolicy } from '../client';
import { backoffDelayMs } from '../client/retry';
import type { AlertError, AlertJournal, EntryUpdate, JournalEntry } from './journal';
import { loggedError, shortId } from './log-fields';
import { OUTCOME_LOOKUPS } from '../trigger/config';
import { WorkQueue, type ReservedSlot } from './work-queue';

/** The work item create whose unknown outcome a look-up settles (see `resolveUnknown`). */
export const WORKITEM_CREATE = 'postTaskmanagementWorkitems';
const WORKITEM_QUERY = OUTCOME_LOOKUPS[WORKITEM_CREATE];

export interface DeliveryProps {
  journal: AlertJournal;
  /** Sends one attempt per call (its own retry policy allows one attempt). */
  client: GenesysClient;
  trigger: string;
  /** This instance's claim owner id. */
  owner: string;
  log: Logger;
  policy: RetryPolicy;
  concurrency: number;
  /** Claim lease: longer than any attempt can take. */
  leaseMs: number;
  /** How often due entries are claimed from the journal. */
  pollMs: number;
  /** The client's per-attempt timeout. */
  timeoutMs: number;
}

type Outcome = 'retry' | 'final' | 'unknown';

/**
 * An entry in this instance's hands, with when it was accepted on this process's monotonic clock: the
 * retry budget is a duration, measured without the wall clock (which may disagree with the journal's).
 */
type Held = JournalEntry & { acceptedAtMono: number };

/**
 * Delivers journaled alerts to Genesys, one attempt at a time, recording every step in the journal so
 * that any instance can take over after a crash. Once an attempt's token is in hand, just before its
 * request is written, the entry is marked in flight (a crash during the token request resends; see
 * `beforeWrite`); an entry found in flight (its attempt timed out, lost its connection, or its instance died)
 * is never simply resent: a work item is looked up by its `externalTag`, anything else ends `unknown`.
 */
export class Delivery {
  private readonly queue: WorkQueue;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private polling: Promise<void> = Promise.resolve();

  constructor(private readonly p: DeliveryProps) {
    this.queue = new WorkQueue(p.concurrency);
  }

  start(): void {
    this.schedulePoll(0);
  }

  /**
   * A free attempt slot, taken before an alert is accepted so that `push` can send it at once; when the
   * client also holds a token (the request is written right after the accept), the accept marks the first
   * attempt on the wire too (`startAttempt`: one journal write instead of two). Null when every slot is
   * busy or delivery has stopped: the alert then waits its turn, unmarked.
   */
  reserve(): ReservedSlot | null {
    return this.stopped ? null : this.queue.reserve();
  }

  /** Delivers an entry this instance has just accepted (and holds the claim of), in `slot` if it reserved one. */
  push(journaled: JournalEntry, slot: ReservedSlot | null = null): void {
    const entry: Held = { ...journaled, acceptedAtMono: performance.now() - journaled.ageMs };
    // An entry accepted without the mark is marked when its request is about to be written.
    if (slot) return slot.start(() => this.run(entry, entry.inFlightSince !== null));
    this.queue.push(() => this.run(entry));
  }

  /** Resolves when no attempt is queued or running here. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops claiming; resolves when attempts already started have ended and been recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    await this.queue.idle();
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.poll().finally(() => this.schedulePoll(this.p.pollMs));
    }, delayMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const room = this.p.concurrency * 2 - this.queue.load;
    if (room <= 0 || this.stopped) return;
    try {
      const entries = await this.p.journal.claim(this.p.trigger, this.p.owner, this.p.leaseMs, room);
      for (const entry of entries) this.push(entry);
    } catch (err) {
      this.p.log({ level: 'error', event: 'journal.error', trigger: this.p.trigger, operation: 'claim', message: message(err) });
    }
  }

  /** `started`: the entry's attempt was marked on the wire when it was accepted and is not sent yet. */
  private async run(entry: Held, started = false): Promise<void> {
    try {
      if (started) await this.send(entry, entry.attempts);
      else if (entry.inFlightSince !== null) await this.resolveUnknown(entry);
      else await this.attempt(entry);
    } catch (err) {
      // The journal failed: the claim lapses and the entry is taken up again (here or elsewhere).
      this.p.log({ level: 'error', event: 'journal.error', trigger: this.p.trigger, alertId: shortId(entry.alertId), message: message(err) });
    }
  }

  private async attempt(entry: Held): Promise<void> {
    if (this.stopped) return this.handBack(entry);
    return this.send(entry, entry.attempts + 1, false);
  }

  /**
   * Sends attempt number `attempt` and records its outcome. Unless `marked` (by the accept), the attempt is
   * marked on the wire in the journal once its token is in hand, right before the request is written: a
   * crash before that leaves the entry unmarked, and it is sent again.
   */
  private async send(entry: Held, attempt: number, marked = true): Promise<void> {
    const { client, journal, owner, leaseMs } = this.p;
    const beforeWrite = async () => {
      if (marked) return;
      marked = true;
      const began = await journal.beginAttempt(entry.uid, owner, leaseMs).catch((err: unknown) => {
        throw new NotSent(err);
      });
      if (!began) throw new NotSent(null);
    };
    try {
      const res = await client.request<{ id?: unknown }>({ ...entry.call, beforeWrite });
      await this.finish(entry, attempt, { state: 'succeeded', resultId: typeof res.data?.id === 'string' ? res.data.id : null });
    } catch (err) {
      if (err instanceof NotSent) {
        if (err.cause) throw err.cause; // the journal failed: the claim lapses (see run)
        return; // the claim was lost: another instance has the entry
      }
      // A failed token request sent nothing (the journal's attempts stay), but its retries still back off and count toward the bound.
      const tokenFailure = err instanceof GenesysApiError && err.operationId === 'oauth.token';
      if (tokenFailure) attempt = (entry.lastError?.operationId === 'oauth.token' ? (entry.lastError.attempts ?? entry.attempts) : entry.attempts) + 1;
      const error: AlertError = err instanceof GenesysApiError ? { ...err.toJSON(), attempts: attempt } : { detail: `internal error: ${message(err)}` };
      const outcome = err instanceof GenesysApiError ? classify(err) : 'final';
      if (outcome === 'final') return this.finish(entry, attempt, { state: 'failed', lastError: error });
      if (outcome === 'unknown') {
        this.p.log({ level: 'warn', event: 'handoff.outcome-unknown', ...this.fields(entry, attempt), error: loggedError(error) });
        if (!entry.externalTag) return this.resolveUnknown({ ...entry, attempts: attempt, lastError: error });
        // Left in flight: the look-up (or the `unknown` verdict) is the next step. Genesys may still be
        // working on the request, so the look-up waits at least as long again as the attempt could.
        return this.reschedule(entry, attempt, error, this.p.timeoutMs, false);
      }
      return this.reschedule(entry, attempt, error, (err as GenesysApiError).retryAfterMs, true);
    }
  }

  /** An attempt whose outcome is unknown: a work item is looked up by its tag; anything else is not resent. */
  private async resolveUnknown(entry: Held): Promise<void> {
    const attempt = entry.attempts;
    if (!entry.externalTag) {
      const lastError: AlertError = {
        ...entry.lastError,
        detail: `attempt ${attempt} ended without an answer from Genesys (${entry.lastError?.detail ?? 'the instance sending it stopped'}); Genesys may have acted, so it is not resent`,
      };
      return this.finish(entry, attempt, { state: 'unknown', lastError });
    }
    if (this.stopped) return this.handBack(entry);
    try {
      const res = await this.p.client.request<{ entities?: { id?: unknown }[] }>({
        operation: WORKITEM_QUERY,
        body: { filters: [{ name: 'externalTag', type: 'String', operator: 'EQ', values: [entry.externalTag] }], pageSize: 1 },
      });
      const found = res.data?.entities?.[0]?.id;
      this.p.log({ level: 'info', event: 'handoff.lookup', ...this.fields(entry, attempt), found: typeof found === 'string' });
      if (typeof found === 'string') return this.finish(entry, attempt, { state: 'succeeded', resultId: found });
      // Genesys has no work item with this tag: the attempt did not create one, so sending again is safe.
      await this.p.journal.release(entry.uid, this.p.owner, { settled: true, retryInMs: 0 });
    } catch (err) {
      const error: AlertError = err instanceof GenesysApiError ? err.toJSON() : { detail: `internal error: ${message(err)}` };
      await this.reschedule(entry, attempt, { ...error, detail: `work item look-up failed: ${error.detail}` }, null, false);
    }
  }

  /** Schedules the next attempt (or look-up, when `settled` is false) within the bound, or ends the alert. */
  private async reschedule(entry: Held, attempt: number, lastError: AlertError, retryAfterMs: number | null, settled: boolean) {
    const { policy } = this.p;
    const delayMs = Math.max(retryAfterMs ?? 0, backoffDelayMs(Math.max(1, attempt), policy));
    const overBudget = attempt >= policy.maxAttempts || performance.now() + delayMs - entry.acceptedAtMono > policy.maxTotalMs;
    if (overBudget) return this.finish(entry, attempt, { state: settled ? 'failed' : 'unknown', lastError });
    await this.p.journal.release(entry.uid, this.p.owner, { lastError, retryInMs: delayMs, settled });
    this.p.log({ level: 'warn', event: 'handoff.retry', ...this.fields(entry, attempt), delayMs, error: loggedError(lastError) });
  }

  private async finish(entry: Held, attempt: number, update: EntryUpdate & { state: 'succeeded' | 'failed' | 'unknown' }) {
    const recorded = await this.p.journal.release(entry.uid, this.p.owner, { ...update, settled: true, retryInMs: null });
    const event = `handoff.${update.state}`;
    if (!recorded) {
      this.p.log({ level: 'warn', event: 'handoff.claim-lost', ...this.fields(entry, attempt), outcome: update.state });
      return;
    }
    const level = update.state === 'succeeded' ? 'info' : 'error';
    this.p.log({ level, event, ...this.fields(entry, attempt), resultId: update.resultId, error: loggedError(update.lastError ?? null) });
  }

  /** Releases the claim untouched (stopping), so another instance need not wait for the lease. */
  private async handBack(entry: Held): Promise<void> {
    await this.p.journal.release(entry.uid, this.p.owner, {});
  }

  private fields(entry: JournalEntry, attempts: number) {
    return { trigger: this.p.trigger, alertId: shortId(entry.alertId), transition: entry.transition, operationId: entry.operationId, attempts };
  }
}

/**
 * What a failed attempt means. 429 and 503 are Genesys declining before acting, and a failed token
 * request means the call itself was not sent: retried. Other 4xx answers are final. A timeout, a
 * dropped connection, or a 500/502/504 may come after Genesys acted: unknown.
 */
function classify(err: GenesysApiError): Outcome {
  if (err.operationId === 'oauth.token') return err.status !== null && err.status < 500 && err.status !== 429 ? 'final' : 'retry';
  if (err.kind === 'network' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)\b/.test(err.detail)) return 'retry'; // never connected
  if (err.kind !== 'http') return 'unknown';
  if (err.status === 429 || err.status === 503) return 'retry';
  return (err.status as number) >= 500 ? 'unknown' : 'final';
}

/** Stops a request before it is written: the claim was lost (`cause` null), or marking it failed. */
class NotSent extends Error {
  constructor(readonly cause: unknown) {
    super('not sent');
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
