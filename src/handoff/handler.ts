import { randomUUID, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { GenesysClient, RequestValidationError, jsonLineLogger, type GenesysCall, type GenesysClientProps, type Logger, type RetryPolicy } from '../client';
import type { TriggerConfig } from '../trigger/config';
import { ACTIONABLE_TRANSITIONS, templateVariables } from '../trigger/notification';
import type { Diagnostic } from '../validation/types';
import { Delivery, WORKITEM_CREATE } from './delivery';
import { renderTemplate } from './fallback-template';
import { ALERT_STATES, MAX_STATUS_PAGE, openJournal, type AlertJournal, type AlertState, type StatusPage, type StatusQuery } from './journal';
import { unstorableCharacter } from './journal/storable-text';
import { shortId } from './log-fields';
import { MalformedNotificationError, parseNotification, type Alert } from './notification-parser';
import { readBody } from './request-body';
import { checkTriggerConfig, resolveSecrets, type HandoffSecrets } from './trigger-config';
import { secretMatches } from './webhook-auth';

/** Retry bound for delivering an accepted alert: about 10 minutes of Genesys being down or rate-limiting. */
export const HANDOFF_RETRY_POLICY: RetryPolicy = { maxAttempts: 12, baseDelayMs: 1_000, maxDelayMs: 60_000, maxTotalMs: 10 * 60_000 };

export interface HandoffHandlerProps {
  /**
   * Where accepted alerts are journaled before the 202: a file path (embedded SQLite, durable),
   * `postgres://...` (PostgreSQL, shared by replicas), or your own `AlertJournal`. `:memory:` keeps them in
   * memory only (a restart loses pending alerts and the de-duplication): for tests, never for a service.
   * Required, so that no caller gets a journal that loses accepted work by default
   * (`genesys-cobrowse serve` defaults to the file `./genesys-cobrowse-handoff.sqlite`).
   */
  readonly store: string | AlertJournal;
  /** The OAuth client credentials and the webhook secret. @default read from the environment variables the config's `secretEnv` names */
  readonly secrets?: HandoffSecrets;
  /** Genesys client settings (endpoints, per-attempt timeout...). @default the config's region */
  readonly client?: Omit<Partial<GenesysClientProps>, 'clientId' | 'clientSecret' | 'retry'>;
  /** Bound on delivering an accepted alert. @default HANDOFF_RETRY_POLICY */
  readonly retry?: Partial<RetryPolicy>;
  /** Structured log sink. @default JSON lines on stderr */
  readonly logger?: Logger;
  /** Genesys calls in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Largest accepted webhook body, in bytes. @default 65536 */
  readonly maxBodyBytes?: number;
  /** Time allowed to receive a webhook body, in ms. @default 10000 */
  readonly bodyTimeoutMs?: number;
  /** How long (ms) a repeated alert (monitor id + alert cycle + conversation) counts as a duplicate. @default 900000 (15 minutes) */
  readonly dedupeWindowMs?: number;
  /** How long (ms) finished alerts stay in the journal and `/status` (at least the de-duplication window). @default 86400000 (24 h) */
  readonly retentionMs?: number;
  /** How long (ms) a claim on an alert lasts before another replica may take it over. @default 6x the client timeout (60000) */
  readonly leaseMs?: number;
  /** How often (ms) due alerts are claimed from the journal. @default 250 */
  readonly pollMs?: number;
}

type Plan = { call: GenesysCall; operationId: string } | { ignored: string } | { invalid: string; diagnostics: readonly Diagnostic[] };

/** A Node request listener, plus status and graceful shutdown. */
export interface HandoffHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Where the journal is (for the start-up log line). */
  readonly store: string;
  /** Resolves once the journal is open and migrated; rejects if it cannot be. Requests wait for it. */
  ready(): Promise<void>;
  /** Same as `GET /status`: one page of accepted alerts of this trigger, oldest first. */
  status(query?: Partial<StatusQuery>): Promise<StatusPage>;
  /** Resolves once no alert of this trigger is pending in the journal. */
  drain(): Promise<void>;
  /**
   * Resolves with the reason if the journal is lost for good (its SQLite file deleted or replaced while
   * open); every alert is answered 503 from then on, and the process should stop. Never resolves otherwise.
   */
  lost(): Promise<Error>;
  /**
   * Refuses new alerts (503), ends the attempts in progress and closes the journal. Alerts still pending
   * stay in a durable journal for the next start or another replica; with `:memory:` they are delivered first.
   */
  close(): Promise<void>;
}

/**
 * Creates the handler of Datadog webhook notifications that hands alerts off to Genesys Cloud:
 * `POST` (any path) receives a notification and answers 202 once the alert is journaled;
 * `GET .../status` and `GET .../status/<alertId>` report outcomes. Both require the webhook shared
 * secret in the header `config.webhookAuthHeader`.
 * Throws `HandoffConfigError` or `MissingSecretError` for a config it cannot run.
 */
export function createHandoffHandler(config: TriggerConfig, props: HandoffHandlerProps): HandoffHandler {
  checkTriggerConfig(config);
  const secrets = props.secrets ?? resolveSecrets(config);
  const log = props.logger ?? jsonLineLogger();
  const timeoutMs = props.client?.timeoutMs ?? 10_000;
  // One request per attempt: the retries are scheduled in the journal, so they survive a restart.
  const client = new GenesysClient({ region: config.region, logger: log, ...props.client, retry: { maxAttempts: 1 }, clientId: secrets.clientId, clientSecret: secrets.clientSecret });
  const journal = typeof props.store === 'object' ? props.store : openJournal(props.store);
  const owner = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const dedupeWindowMs = props.dedupeWindowMs ?? 15 * 60_000;
  // An attempt is at most a token request and the call, twice (a rejected token is renewed once).
  const leaseMs = props.leaseMs ?? Math.max(60_000, 6 * timeoutMs);
  if (leaseMs <= 4 * timeoutMs) throw new RangeError(`leaseMs (${leaseMs}) must exceed 4x the client timeout (${timeoutMs} ms), the longest an attempt can take`);
  const delivery = new Delivery({
    journal, client, trigger: config.name, owner, log, leaseMs, timeoutMs,
    policy: { ...HANDOFF_RETRY_POLICY, ...props.retry },
    concurrency: props.concurrency ?? 8,
    pollMs: props.pollMs ?? 250,
  });
  const maxBodyBytes = props.maxBodyBytes ?? 64 * 1024;
  const bodyTimeoutMs = props.bodyTimeoutMs ?? 10_000;
  const authHeader = config.webhookAuthHeader.toLowerCase();
  const retentionMs = Math.max(dedupeWindowMs, props.retentionMs ?? 24 * 3_600_000);
  let closing = false;
  let purgeTimer: NodeJS.Timeout | null = null;
  let clockTimer: NodeJS.Timeout | null = null;
  let reportLost: (error: Error) => void = () => undefined;
  const lost = new Promise<Error>((resolve) => (reportLost = resolve));

  const opened = journal.open().then(() => {
    journal.onLost?.((error) => {
      log({ level: 'error', event: 'journal.error', trigger: config.name, operation: 'watch', message: error.message });
      reportLost(error);
    });
    delivery.start();
    const purge = () => journal.purge(retentionMs).catch((err: unknown) => log({ level: 'error', event: 'journal.error', trigger: config.name, operation: 'purge', message: String(err) }));
    purgeTimer = setInterval(purge, Math.min(dedupeWindowMs, 60_000));
    purgeTimer.unref();
    clockTimer = watchClock(journal, (driftMs) =>
      log({
        level: 'error', event: 'journal.clock-jump', trigger: config.name, driftMs,
        message: `this host's clock is ${Math.round(driftMs / 1000)} s ${driftMs > 0 ? 'ahead of' : 'behind'} the journal's clock (it was stepped); the journal keeps its own time, so no de-duplication key, lease or retry moves with it`,
      }),
    );
  });
  opened.catch(() => undefined); // reported by ready() and by each request

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  /** Answers and closes the connection without reading the rest of the request body. */
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) => {
    res.shouldKeepAlive = false;
    res.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' });
    res.end(JSON.stringify(body), () => req.destroy());
  };

  /** The Genesys call for an alert, resolved and validated without sending. */
  const planCall = (alert: Alert): Plan => {
    let call: GenesysCall;
    if (alert.conversationId) {
      call = { operation: 'postConversationCobrowse', pathParams: { conversationId: alert.conversationId } };
    } else if (!config.fallback) {
      return { ignored: `no "${config.conversationIdTag}" tag and no fallback configured` };
    } else {
      const missing = [...templateVariables(config.fallback.bodyTemplate)].filter((name) => alert.vars[name] === undefined);
      if (missing.length) return { invalid: `the fallback body needs vars.${missing.join(', vars.')}, missing from the notification`, diagnostics: [] };
      call = { operation: config.fallback.operationId, body: renderTemplate(config.fallback.bodyTemplate, alert.vars) };
    }
    try {
      return { call, operationId: client.prepare(call).operationId };
    } catch (err) {
      if (!(err instanceof RequestValidationError)) throw err;
      return { invalid: err.message, diagnostics: err.diagnostics };
    }
  };

  const receive = async (res: ServerResponse, raw: string) => {
    let alert: Alert;
    try {
      alert = parseNotification(raw, config.conversationIdTag);
    } catch (err) {
      if (!(err instanceof MalformedNotificationError)) throw err;
      log({ level: 'warn', event: 'webhook.malformed', trigger: config.name, reason: err.message });
      return reply(res, 400, { error: 'malformed-notification', message: err.message });
    }
    const about = { alertId: alert.alertId, transition: alert.transition };
    const logged = { trigger: config.name, alertId: shortId(alert.alertId), transition: alert.transition };
    if (!alert.actionable) {
      const reason = `transition ${alert.transition} does not start an action (only ${ACTIONABLE_TRANSITIONS.join(', ')})`;
      log({ level: 'info', event: 'handoff.ignored', ...logged, reason });
      return reply(res, 202, { status: 'ignored', ...about, reason });
    }
    if (alert.priority === null || alert.priority > config.priorityThreshold) {
      const reason = alert.priority === null ? 'the alert has no priority' : `priority P${alert.priority} is below the threshold P${config.priorityThreshold}`;
      log({ level: 'info', event: 'handoff.ignored', ...logged, reason });
      return reply(res, 202, { status: 'ignored', ...about, reason });
    }
    const plan = planCall(alert);
    if ('ignored' in plan) {
      log({ level: 'info', event: 'handoff.ignored', ...logged, reason: plan.ignored });
      return reply(res, 202, { status: 'ignored', ...about, reason: plan.ignored });
    }
    if ('invalid' in plan) {
      log({ level: 'warn', event: 'handoff.invalid-request', ...logged, reason: plan.invalid });
      return reply(res, 422, { error: 'invalid-genesys-request', message: plan.invalid, diagnostics: plan.diagnostics });
    }
    const uid = randomUUID();
    const { call, externalTag } = tagged(plan, uid);
    // With a free slot it is sent at once; with a token in hand too, the accept also marks the attempt on the wire.
    const slot = delivery.reserve();
    try {
      let accepted;
      try {
        accepted = await journal.accept(
          {
            uid, dedupeKey: dedupeKey(config.name, alert), trigger: config.name, ...about, cycleKey: alert.cycleKey, priority: alert.priority,
            operationId: plan.operationId, conversationId: alert.conversationId, call, externalTag,
          },
          owner, dedupeWindowMs, leaseMs, slot !== null && client.hasToken(),
        );
      } catch (err) {
        log({ level: 'error', event: 'journal.error', ...logged, operation: 'accept', message: err instanceof Error ? err.message : String(err) });
        return reply(res, 503, { error: 'journal-unavailable', message: 'the alert could not be recorded; retry later' });
      }
      if ('duplicateOf' in accepted) {
        log({ level: 'info', event: 'handoff.duplicate', ...logged });
        return reply(res, 202, { status: 'duplicate', ...about, state: accepted.duplicateOf });
      }
      // Handed over before anything else can throw: an attempt marked on the wire must not be left unsent.
      delivery.push(accepted.entry, slot);
      log({ level: 'info', event: 'handoff.accepted', ...logged, priority: alert.priority, operationId: plan.operationId });
      reply(res, 202, { status: 'accepted', ...about, operationId: plan.operationId });
    } finally {
      slot?.cancel(); // unless push used it
    }
  };

  const serveStatus = async (res: ServerResponse, alertId: string | null, search: URLSearchParams) => {
    const query = statusQuery(search);
    if (typeof query === 'string') return reply(res, 400, { error: 'bad-query', message: query });
    const bad = alertId === null ? null : unstorableCharacter(alertId);
    if (bad) return reply(res, 400, { error: 'bad-alert-id', message: `the alert id holds ${bad}; no alert can have it` });
    const page = await journal.status(config.name, { ...query, ...(alertId === null ? {} : { alertId }) });
    if (alertId !== null && page.alerts.length === 0 && query.after === undefined) return reply(res, 404, { error: 'not-found', message: 'no accepted alert with this id' });
    return reply(res, 200, page);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const provided = req.headers[authHeader];
    if (typeof provided !== 'string' || !secretMatches(provided, secrets.webhookSecret)) {
      log({ level: 'warn', event: 'webhook.unauthorized', trigger: config.name, reason: provided === undefined ? 'missing secret header' : 'wrong secret' });
      return refuse(req, res, 401, { error: 'unauthorized', message: `missing or wrong ${config.webhookAuthHeader} header` });
    }
    const url = new URL(req.url ?? '/', 'http://handoff.invalid');
    const statusPath = /(?:^|\/)status(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (req.method === 'GET' && statusPath) {
      req.resume();
      await opened;
      return serveStatus(res, statusPath[1] === undefined ? null : safeDecode(statusPath[1]), url.searchParams);
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, GET');
      return refuse(req, res, 405, { error: 'method-not-allowed', message: 'POST a Datadog notification, or GET /status' });
    }
    if (closing) return refuse(req, res, 503, { error: 'shutting-down', message: 'the service is shutting down; retry later' });
    const body = await readBody(req, maxBodyBytes, bodyTimeoutMs);
    if ('refused' in body) {
      log({ level: 'warn', event: 'webhook.refused', trigger: config.name, reason: body.refused });
      return body.refused === 'too-large'
        ? refuse(req, res, 413, { error: 'too-large', message: `the body exceeds ${maxBodyBytes} bytes` })
        : refuse(req, res, 408, { error: 'body-timeout', message: `the body did not arrive within ${bodyTimeoutMs} ms` });
    }
    await opened;
    return receive(res, body.text);
  };

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      log({ level: 'error', event: 'webhook.internal-error', trigger: config.name, message: err instanceof Error ? err.message : String(err) });
      if (res.headersSent) res.destroy();
      else reply(res, 503, { error: 'unavailable', message: 'internal error; see the service log' });
    });
  }) as HandoffHandler;

  Object.defineProperty(handler, 'store', { value: journal.location });
  handler.ready = () => opened;
  handler.lost = () => lost;
  handler.status = async (query = {}) => {
    await opened;
    return journal.status(config.name, { limit: MAX_STATUS_PAGE, ...query });
  };
  handler.drain = async () => {
    await opened;
    for (;;) {
      await delivery.idle();
      if ((await journal.status(config.name, { state: 'pending', limit: 1 })).counts.pending === 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(props.pollMs ?? 250, 50)));
    }
  };
  let closed: Promise<void> | null = null;
  handler.close = () => (closed ??= shutDown());
  const shutDown = async () => {
    closing = true;
    try {
      await opened;
    } catch {
      return; // never opened: nothing to stop
    }
    if (!journal.durable) await handler.drain();
    if (purgeTimer) clearInterval(purgeTimer);
    if (clockTimer) clearInterval(clockTimer);
    await delivery.stop();
    await journal.close();
  };
  return handler;
}

/** How far the host's clock may step from the journal's before it is logged (again). */
const CLOCK_JUMP_LOGGED_MS = 5_000;

/** Checks every second whether the host's wall clock stepped away from the journal's clock; `report`s each step. */
function watchClock(journal: AlertJournal, report: (driftMs: number) => void): NodeJS.Timeout | null {
  if (!journal.clockDriftMs) return null;
  let reported = 0;
  const check = () => {
    const drift = (journal.clockDriftMs as () => number)();
    if (Math.abs(drift - reported) <= CLOCK_JUMP_LOGGED_MS) return;
    reported = drift;
    report(drift);
  };
  check();
  const timer = setInterval(check, 1_000);
  timer.unref();
  return timer;
}

/**
 * A work item this alert creates carries `externalTag: genesys-cobrowse:<journal id>` (unless the
 * template sets its own), so that after an unknown outcome the service can look it up instead of
 * creating a second one.
 */
function tagged(plan: { call: GenesysCall; operationId: string }, uid: string): { call: GenesysCall; externalTag: string | null } {
  const body = plan.call.body as Record<string, unknown> | undefined;
  if (plan.operationId !== WORKITEM_CREATE || !body || body.externalTag !== undefined) return { call: plan.call, externalTag: null };
  const externalTag = `genesys-cobrowse:${uid}`;
  return { call: { ...plan.call, body: { ...body, externalTag } }, externalTag };
}

/** One alert: trigger, monitor id, alert cycle (or, without a cycle key, transition), conversation. */
function dedupeKey(trigger: string, alert: Alert): string {
  const parts = [trigger, alert.alertId, alert.cycleKey ?? `transition:${alert.transition}`, alert.conversationId ?? ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** `?state=&limit=&after=` of a status request, or the reason it is refused. */
function statusQuery(search: URLSearchParams): StatusQuery | string {
  const state = search.get('state');
  if (state !== null && !ALERT_STATES.includes(state as AlertState)) return `state must be one of ${ALERT_STATES.join(', ')}`;
  const limit = search.get('limit') === null ? 100 : Number(search.get('limit'));
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_STATUS_PAGE) return `limit must be an integer from 1 to ${MAX_STATUS_PAGE}`;
  const after = search.get('after') === null ? undefined : Number(search.get('after'));
  if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) return 'after must be the `next` cursor of the previous page';
  return { limit, ...(state === null ? {} : { state: state as AlertState }), ...(after === undefined ? {} : { after }) };
}

/** `decodeURIComponent`, leaving a malformed escape as it is instead of throwing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
