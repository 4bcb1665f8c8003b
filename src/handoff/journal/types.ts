import type { GenesysApiErrorDetails, GenesysCall } from '../../client';

/**
 * `pending` until Genesys confirms (`succeeded`), refuses or the retry bound runs out (`failed`), or
 * an attempt ended without an answer on a call that must not be sent twice and nothing could tell
 * whether Genesys acted (`unknown`: not resent; see the README).
 */
export type AlertState = 'pending' | 'succeeded' | 'failed' | 'unknown';
export const ALERT_STATES: readonly AlertState[] = ['pending', 'succeeded', 'failed', 'unknown'];

export type AlertError = Partial<GenesysApiErrorDetails> & { detail: string };

/** Which alert this is and what it asks for, as the notification said it. */
export interface AlertIdentity {
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
  /** The customer's conversation, from the alert tag; null when the fallback runs. */
  conversationId: string | null;
}

/** What the service did with one accepted alert; served by the status endpoint. Holds no secret. */
export interface AlertRecord extends AlertIdentity {
  /** Where the alert stands (see {@link AlertState}). */
  state: AlertState;
  /** Requests sent to Genesys so far (an attempt cut short by a crash counts). */
  attempts: number;
  /** The last failure (also after a later success); null if none. */
  lastError: AlertError | null;
  /** When the next attempt (or outcome look-up) is due, for a pending alert; null otherwise. */
  nextRetryAt: string | null;
  /** `id` of what Genesys created (session, callback, work item...), when it returned one. */
  resultId: string | null;
  /** When the alert was accepted (ISO 8601). */
  acceptedAt: string;
  /** When it ended `succeeded`, `failed` or `unknown` (ISO 8601); null while pending. */
  finishedAt: string | null;
}

/** A journal row: the record plus what a replica needs to deliver it. */
export interface JournalEntry extends AlertRecord {
  /** Journal-wide id of this accepted alert (a UUID). */
  uid: string;
  /** The validated Genesys call, as it will be sent. */
  call: GenesysCall;
  /** `externalTag` set on a work item this alert creates, to look the work item up after an unknown outcome. */
  externalTag: string | null;
  /** Set while an attempt is (or was, when its replica died) on the wire: its outcome is unknown until resolved. */
  inFlightSince: number | null;
  /** How long ago it was accepted, by the journal's clock, when this entry was read. */
  ageMs: number;
}

/** A new alert, as accepted. */
export interface NewAlert extends AlertIdentity {
  /** Journal-wide id of this accepted alert (a UUID). */
  uid: string;
  /** Hash of trigger + monitor id + alert cycle + conversation: one alert. */
  dedupeKey: string;
  /** Name of the trigger (config `name`) whose service accepted it. */
  trigger: string;
  /** The validated Genesys call, as it will be sent. */
  call: GenesysCall;
  /** `externalTag` set on the work item it creates (work item fallbacks only), for the look-up after an unknown outcome. */
  externalTag: string | null;
}

/** Which records `/status` lists. */
export interface StatusQuery {
  /** Only the records of this Datadog `$ALERT_ID`. @default every alert */
  alertId?: string;
  /** Only the records in this state. @default every state */
  state?: AlertState;
  /** Page size, 1..MAX_STATUS_PAGE. */
  limit: number;
  /** Cursor from the previous page's `next`. @default the first page */
  after?: number;
}

/** One page of `/status`. */
export interface StatusPage {
  /** Alerts in the journal (kept for the retention period), by state. */
  counts: Record<AlertState, number>;
  /** This page of records, oldest first. */
  alerts: AlertRecord[];
  /** Cursor for the next page (`?after=`), null on the last page. */
  next: number | null;
}

/** What an attempt's end changes on the entry. Fields left out stay as they are. */
export interface EntryUpdate {
  /** The new state. @default unchanged */
  state?: AlertState;
  /** The last failure. @default unchanged */
  lastError?: AlertError | null;
  /** `id` of what Genesys created. @default unchanged */
  resultId?: string | null;
  /** In how many ms (from the journal's clock) the next attempt is due; null when not pending. @default unchanged */
  retryInMs?: number | null;
  /** Clears the in-flight mark (the attempt's outcome is known now). @default false */
  settled?: boolean;
}

/**
 * The durable alert journal and de-duplication table. Every method that changes the journal resolves only
 * after the change is committed. Entries are claimed by one owner (a service instance) at a time, with a
 * lease: an owner that dies loses its claims when their leases end.
 *
 * Every time (accept time, de-duplication cutoff, lease expiry, retry time) comes from the journal's own
 * clock, never from the caller's: PostgreSQL's `clock_timestamp()`, one clock for every replica; SQLite's
 * process clock, advanced by the monotonic clock so that a step of the system clock moves nothing.
 */
export interface AlertJournal {
  /** Where the journal is, for the start-up log line (no credentials). */
  readonly location: string;
  /** False for `:memory:`: pending alerts do not survive the process. */
  readonly durable: boolean;
  /** Connects and runs the pending migrations. */
  open(): Promise<void>;
  /**
   * Records the alert as pending and claimed by `owner`, unless the same alert (`dedupeKey`) is pending
   * or was accepted less than `windowMs` ago: then returns that one's state. Atomic across replicas.
   * With `startAttempt`, the entry is also marked as its first attempt being on the wire (as
   * `beginAttempt` would), for a caller that writes the request as soon as this resolves.
   */
  accept(alert: NewAlert, owner: string, windowMs: number, leaseMs: number, startAttempt?: boolean): Promise<{ entry: JournalEntry } | { duplicateOf: AlertState }>;
  /** Claims up to `limit` pending entries of `trigger` that are due and not leased by anyone else. */
  claim(trigger: string, owner: string, leaseMs: number, limit: number): Promise<JournalEntry[]>;
  /** Marks an attempt as on the wire (attempts + 1) and renews the lease; false if `owner` lost the claim. */
  beginAttempt(uid: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Applies `update` and releases the claim; false if `owner` had lost it. */
  release(uid: string, owner: string, update: EntryUpdate): Promise<boolean>;
  /** One page of `trigger`'s records, with the counts by state. */
  status(trigger: string, query: StatusQuery): Promise<StatusPage>;
  /** Forgets finished entries accepted more than `olderThanMs` ago: records and their de-duplication keys. */
  purge(olderThanMs: number): Promise<number>;
  /**
   * How far this host's wall clock (`Date.now()`) is from the journal's clock, in ms, for a journal that
   * keeps its own time in this process (SQLite): a step of the system clock shows here. @default not reported
   */
  clockDriftMs?(): number;
  /**
   * Calls `listener` once if the journal is lost for good while open (its SQLite file deleted or replaced):
   * every later call then fails, and the service must stop rather than accept into it. @default never lost
   */
  onLost?(listener: (error: Error) => void): void;
  /** Closes the connection (PostgreSQL) or the database file (SQLite). */
  close(): Promise<void>;
}

/** Largest `/status` page. */
export const MAX_STATUS_PAGE = 200;
