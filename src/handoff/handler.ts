import type { IncomingMessage, ServerResponse } from 'node:http';
import { GenesysApiError, GenesysClient, RequestValidationError, jsonLineLogger, type GenesysCall, type GenesysClientProps, type Logger, type RetryPolicy } from '../client';
import type { TriggerConfig } from '../trigger/config';
import { ACTIONABLE_TRANSITIONS, templateVariables } from '../trigger/notification';
import type { Diagnostic } from '../validation/types';
import { AlertLedger, type AlertRecord, type AlertState, type StatusReport } from './alert-ledger';
import { renderTemplate } from './fallback-template';
import { MalformedNotificationError, parseNotification, type Alert } from './notification-parser';
import { checkTriggerConfig, resolveSecrets, type HandoffSecrets } from './trigger-config';
import { secretMatches } from './webhook-auth';
import { WorkQueue } from './work-queue';

/** Retry bound for delivering an accepted alert: about 10 minutes of Genesys being down or rate-limiting. */
export const HANDOFF_RETRY_POLICY: RetryPolicy = { maxAttempts: 12, baseDelayMs: 1_000, maxDelayMs: 60_000, maxTotalMs: 10 * 60_000 };

export interface HandoffHandlerProps {
  /** The OAuth client credentials and the webhook secret. @default read from the environment variables the config's `secretEnv` names */
  readonly secrets?: HandoffSecrets;
  /**
   * Genesys client settings (endpoints, timeouts, retry policy...).
   * @default the config's region and `HANDOFF_RETRY_POLICY`
   */
  readonly client?: Omit<Partial<GenesysClientProps>, 'clientId' | 'clientSecret'>;
  /** Structured log sink. @default JSON lines on stderr */
  readonly logger?: Logger;
  /** Genesys calls in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Largest accepted webhook body, in bytes. @default 65536 */
  readonly maxBodyBytes?: number;
  /** How long (ms) a repeated alert (monitor id + alert cycle + conversation) counts as a duplicate. @default 900000 (15 minutes) */
  readonly dedupeWindowMs?: number;
  /** Alert records kept for the status endpoint. @default 10000 */
  readonly maxTrackedAlerts?: number;
}

type Plan = { call: GenesysCall; operationId: string } | { ignored: string } | { invalid: string; diagnostics: readonly Diagnostic[] };

/** A Node request listener, plus status and graceful shutdown. */
export interface HandoffHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Same as `GET /status`. */
  status(filter?: { alertId?: string; state?: AlertState }): StatusReport;
  /** Resolves once every accepted alert has succeeded or failed. */
  drain(): Promise<void>;
  /** Refuses new alerts (503), then drains. */
  close(): Promise<void>;
}

/**
 * Creates the handler of Datadog webhook notifications that hands alerts off to Genesys Cloud:
 * `POST` (any path) receives a notification; `GET .../status` and `GET .../status/<alertId>` report
 * outcomes. Both require the webhook shared secret in the header `config.webhookAuthHeader`.
 * Throws `HandoffConfigError` or `MissingSecretError` for a config it cannot run.
 */
export function createHandoffHandler(config: TriggerConfig, props: HandoffHandlerProps = {}): HandoffHandler {
  checkTriggerConfig(config);
  const secrets = props.secrets ?? resolveSecrets(config);
  const log = props.logger ?? jsonLineLogger();
  const client = new GenesysClient({
    region: config.region,
    retry: HANDOFF_RETRY_POLICY,
    logger: log,
    ...props.client,
    clientId: secrets.clientId,
    clientSecret: secrets.clientSecret,
  });
  const ledger = new AlertLedger(props.dedupeWindowMs ?? 15 * 60_000, props.maxTrackedAlerts ?? 10_000);
  const queue = new WorkQueue(props.concurrency ?? 8);
  const maxBodyBytes = props.maxBodyBytes ?? 64 * 1024;
  const authHeader = config.webhookAuthHeader.toLowerCase();
  let closing = false;

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
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

  const deliver = async (record: AlertRecord, call: GenesysCall) => {
    const fields = () => ({ trigger: config.name, alertId: record.alertId, transition: record.transition, operationId: record.operationId, attempts: record.attempts });
    try {
      const res = await client.request<{ id?: unknown }>({
        ...call,
        // At-least-once: an accepted alert must not be lost, so a POST is resent after a 5xx or a dropped
        // connection too, accepting a possible second offer/callback if Genesys had acted on the first.
        retrySafe: true,
        onRetry: ({ attempt, error }) => {
          record.attempts = attempt;
          record.lastError = error.toJSON();
        },
      });
      record.attempts = res.attempts;
      record.resultId = typeof res.data?.id === 'string' ? res.data.id : null;
      ledger.finish(record, 'succeeded');
      log({ level: 'info', event: 'handoff.succeeded', ...fields(), resultId: record.resultId });
    } catch (err) {
      if (err instanceof GenesysApiError) {
        record.attempts = err.attempts;
        record.lastError = err.toJSON();
      } else {
        record.lastError = { detail: `internal error: ${err instanceof Error ? err.message : String(err)}` };
      }
      ledger.finish(record, 'failed');
      log({ level: 'error', event: 'handoff.failed', ...fields(), error: record.lastError });
    }
  };

  const receive = (res: ServerResponse, raw: string) => {
    if (closing) return reply(res, 503, { error: 'shutting-down', message: 'the service is shutting down; retry later' });
    let alert: Alert;
    try {
      alert = parseNotification(raw, config.conversationIdTag);
    } catch (err) {
      if (!(err instanceof MalformedNotificationError)) throw err;
      log({ level: 'warn', event: 'webhook.malformed', trigger: config.name, reason: err.message });
      return reply(res, 400, { error: 'malformed-notification', message: err.message });
    }
    const about = { alertId: alert.alertId, transition: alert.transition };
    if (!alert.actionable) {
      const reason = `transition ${alert.transition} does not start an action (only ${ACTIONABLE_TRANSITIONS.join(', ')})`;
      log({ level: 'info', event: 'handoff.ignored', trigger: config.name, ...about, reason });
      return reply(res, 202, { status: 'ignored', ...about, reason });
    }
    if (alert.priority === null || alert.priority > config.priorityThreshold) {
      const reason = alert.priority === null ? 'the alert has no priority' : `priority P${alert.priority} is below the threshold P${config.priorityThreshold}`;
      log({ level: 'info', event: 'handoff.ignored', trigger: config.name, ...about, reason });
      return reply(res, 202, { status: 'ignored', ...about, reason });
    }
    // From the duplicate check to ledger.add nothing awaits, so concurrent deliveries cannot both pass.
    const duplicate = ledger.duplicateOf(alert);
    if (duplicate) {
      log({ level: 'info', event: 'handoff.duplicate', trigger: config.name, ...about });
      return reply(res, 202, { status: 'duplicate', ...about, state: duplicate.state });
    }
    const plan = planCall(alert);
    if ('ignored' in plan) {
      log({ level: 'info', event: 'handoff.ignored', trigger: config.name, ...about, reason: plan.ignored });
      return reply(res, 202, { status: 'ignored', ...about, reason: plan.ignored });
    }
    if ('invalid' in plan) {
      log({ level: 'warn', event: 'handoff.invalid-request', trigger: config.name, ...about, reason: plan.invalid });
      return reply(res, 422, { error: 'invalid-genesys-request', message: plan.invalid, diagnostics: plan.diagnostics });
    }
    const { operationId } = plan;
    const record = ledger.add({ ...about, cycleKey: alert.cycleKey, priority: alert.priority, operationId, conversationId: alert.conversationId });
    log({ level: 'info', event: 'handoff.accepted', trigger: config.name, ...about, priority: alert.priority, operationId });
    reply(res, 202, { status: 'accepted', ...about, operationId });
    queue.push(() => deliver(record, plan.call));
  };

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    const provided = req.headers[authHeader];
    if (typeof provided !== 'string' || !secretMatches(provided, secrets.webhookSecret)) {
      log({ level: 'warn', event: 'webhook.unauthorized', trigger: config.name, reason: provided === undefined ? 'missing secret header' : 'wrong secret' });
      req.resume();
      return reply(res, 401, { error: 'unauthorized', message: `missing or wrong ${config.webhookAuthHeader} header` });
    }
    const path = (req.url ?? '/').split('?')[0];
    const statusPath = /(?:^|\/)status(?:\/([^/]+))?\/?$/.exec(path);
    if (req.method === 'GET' && statusPath) {
      req.resume();
      if (!statusPath[1]) return reply(res, 200, ledger.report());
      const report = ledger.report({ alertId: safeDecode(statusPath[1]) });
      return report.alerts.length ? reply(res, 200, report) : reply(res, 404, { error: 'not-found', message: 'no accepted alert with this id' });
    }
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('Allow', 'POST, GET');
      return reply(res, 405, { error: 'method-not-allowed', message: 'POST a Datadog notification, or GET /status' });
    }
    readLimited(req, maxBodyBytes)
      .then((raw) => (raw === null ? reply(res, 413, { error: 'too-large', message: `the body exceeds ${maxBodyBytes} bytes` }) : receive(res, raw)))
      .catch((err: unknown) => {
        log({ level: 'error', event: 'webhook.internal-error', trigger: config.name, message: err instanceof Error ? err.message : String(err) });
        if (res.headersSent) res.destroy();
        else reply(res, 500, { error: 'internal', message: 'internal error; see the service log' });
      });
  }) as HandoffHandler;

  handler.status = (filter) => ledger.report(filter);
  handler.drain = () => queue.idle();
  handler.close = () => {
    closing = true;
    return queue.idle();
  };
  return handler;
}

/** `decodeURIComponent`, leaving a malformed escape as it is instead of throwing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The body as text, or null once it exceeds `limit` bytes (the rest is discarded). When a body parser
 * (e.g. `express.json()`) already consumed the stream, its `req.body` is used instead.
 */
function readLimited(req: IncomingMessage & { body?: unknown }, limit: number): Promise<string | null> {
  if (req.readableEnded) {
    const { body } = req;
    const text = body === undefined ? '' : typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
    return Promise.resolve(Buffer.byteLength(text) > limit ? null : text);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
