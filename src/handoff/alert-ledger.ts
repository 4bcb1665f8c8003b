import type { GenesysApiErrorDetails } from '../client';

export type AlertState = 'pending' | 'succeeded' | 'failed';

/** What the service did with one accepted alert; served by the status endpoint. Holds no secret. */
export interface AlertRecord {
  /** Datadog `$ALERT_ID` (the monitor). */
  alertId: string;
  /** `$ALERT_CYCLE_KEY`, when the notification carried it. */
  cycleKey: string | null;
  /** Datadog `$ALERT_TRANSITION` (`Triggered` or `Re-Triggered`). */
  transition: string;
  /** Alert priority, 1 (highest) to 5. */
  priority: number;
  /** The Genesys call: the co-browse offer in `conversationId`, or the configured fallback. */
  operationId: string;
  /** The customer's conversation, from the alert tag; null when the fallback ran. */
  conversationId: string | null;
  /** `pending` until the Genesys call succeeded or finally failed. */
  state: AlertState;
  /** Requests sent to Genesys so far. */
  attempts: number;
  /** The last failure (also after a later success); null if none. */
  lastError: Partial<GenesysApiErrorDetails> & { detail: string } | null;
  /** `id` of what Genesys created (session, callback, work item...), when it returned one. */
  resultId: string | null;
  /** When the alert was accepted (ISO 8601). */
  acceptedAt: string;
  /** When it succeeded or finally failed (ISO 8601); null while pending. */
  finishedAt: string | null;
}

/** What the status endpoint answers. */
export interface StatusReport {
  /** Alerts accepted since the service started, by state (including records no longer kept). */
  counts: Record<AlertState, number>;
  /** The records still kept (those matching the filter, if any), in the order accepted. */
  alerts: AlertRecord[];
}

/**
 * In-memory record of accepted alerts: de-duplication, and the status report. One alert is one monitor
 * id + alert cycle (or, without a cycle key, transition) + conversation: a monitor alerting for two
 * customers is two alerts. A key is a duplicate while its alert is pending or for `dedupeWindowMs` after
 * acceptance (Datadog re-sends a notification on delivery retries; a monitor re-triggering later is a new alert).
 * At most `capacity` records are kept; the oldest finished ones are forgotten first.
 */
export class AlertLedger {
  private readonly byKey = new Map<string, AlertRecord>();
  private readonly records = new Set<AlertRecord>();
  private readonly counts: Record<AlertState, number> = { pending: 0, succeeded: 0, failed: 0 };

  constructor(
    private readonly dedupeWindowMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The record of the same alert if it is still in its duplicate window; null otherwise. */
  duplicateOf(alert: AlertIdentity): AlertRecord | null {
    const existing = this.byKey.get(key(alert));
    if (!existing) return null;
    const fresh = this.now() - Date.parse(existing.acceptedAt) < this.dedupeWindowMs;
    return existing.state === 'pending' || fresh ? existing : null;
  }

  /** Records an accepted alert as pending. Call only after `duplicateOf` returned null, without awaiting in between. */
  add(record: Omit<AlertRecord, 'state' | 'attempts' | 'lastError' | 'resultId' | 'acceptedAt' | 'finishedAt'>): AlertRecord {
    const full: AlertRecord = {
      ...record,
      state: 'pending',
      attempts: 0,
      lastError: null,
      resultId: null,
      acceptedAt: new Date(this.now()).toISOString(),
      finishedAt: null,
    };
    this.byKey.set(key(full), full);
    this.records.add(full);
    this.counts.pending += 1;
    this.evict();
    return full;
  }

  finish(record: AlertRecord, state: Exclude<AlertState, 'pending'>): void {
    this.counts.pending -= 1;
    this.counts[state] += 1;
    record.state = state;
    record.finishedAt = new Date(this.now()).toISOString();
  }

  report(filter?: { alertId?: string; state?: AlertState }): StatusReport {
    const alerts: AlertRecord[] = [];
    for (const r of this.records) {
      if ((!filter?.alertId || r.alertId === filter.alertId) && (!filter?.state || r.state === filter.state)) alerts.push({ ...r });
    }
    return { counts: { ...this.counts }, alerts };
  }

  private evict(): void {
    for (const r of this.records) {
      if (this.records.size <= this.capacity) return;
      if (r.state === 'pending') continue;
      this.records.delete(r);
      const k = key(r);
      if (this.byKey.get(k) === r) this.byKey.delete(k);
    }
  }
}

type AlertIdentity = Pick<AlertRecord, 'alertId' | 'cycleKey' | 'transition' | 'conversationId'>;

function key(alert: AlertIdentity): string {
  return [alert.alertId, alert.cycleKey ?? `transition:${alert.transition}`, alert.conversationId ?? ''].join('\u0000');
}
