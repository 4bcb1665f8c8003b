/** Runs the handoff handler in a loopback HTTP server against a Genesys Cloud stand-in, capturing logs. */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandoffHandler, type HandoffHandler, type HandoffHandlerProps } from '../../src/handoff';
import { DEFAULT_SECRET_ENV, type TriggerConfig } from '../../src/trigger/config';
import { GenesysCloudStandin } from '../support/genesys-standin';

export const AUTH_HEADER = 'X-Cobrowse-Secret';

export function triggerConfig(overrides: Partial<TriggerConfig> = {}): TriggerConfig {
  return {
    version: 1,
    name: 'checkout-errors',
    region: 'us-east-1',
    priorityThreshold: 2,
    conversationIdTag: 'genesys_conversation_id',
    webhookAuthHeader: AUTH_HEADER,
    fallback: null,
    secretEnv: DEFAULT_SECRET_ENV,
    ...overrides,
  };
}

/** A Datadog notification as the trigger's webhook payload renders it. */
export function notification(alertId: string, options: { priority?: string; transition?: string; conversationId?: string; title?: string; cycleKey?: string } = {}) {
  const tags = ['env:prod', ...(options.conversationId ? [`genesys_conversation_id:${options.conversationId}`] : [])];
  return {
    vars: {
      ALERT_ID: alertId,
      ALERT_CYCLE_KEY: options.cycleKey ?? `cycle-${alertId}`,
      ALERT_PRIORITY: options.priority ?? 'P1',
      ALERT_TRANSITION: options.transition ?? 'Triggered',
      EVENT_TITLE: options.title ?? `[P1] Triggered: checkout errors ${alertId}`,
      LINK: `https://app.datadoghq.com/monitors/${alertId}`,
      TAGS: tags.join(','),
    },
  };
}

/** A fallback that creates a callback, with Datadog variables in its body. */
export const callbackFallback = {
  operationId: 'postConversationsCallbacks',
  bodyTemplate: {
    callbackNumbers: ['+15555550100'],
    queueId: 'queue-1',
    customerFirstCallbackDeliveryMode: 'UseQueueSetting',
    data: { datadogAlert: '$ALERT_ID', reason: '$EVENT_TITLE' },
  },
};

/** A fallback that creates a work item (tagged by the service, so an unknown outcome can be looked up). */
export const workitemFallback = {
  operationId: 'postTaskmanagementWorkitems',
  bodyTemplate: { name: 'Co-browse follow-up: $EVENT_TITLE', typeId: 'workitem-type-1' },
};

export interface Harness {
  standin: GenesysCloudStandin;
  handler: HandoffHandler;
  url: string;
  webhookSecret: string;
  logLines: string[];
  /** POSTs a notification (or raw text) with the right secret unless `headers` says otherwise. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Every secret of the run: client secret, webhook secret, issued tokens. */
  secrets(): string[];
  close(): Promise<void>;
}

export async function startHarness(config: TriggerConfig = triggerConfig(), props: Partial<HandoffHandlerProps> = {}): Promise<Harness> {
  const standin = await GenesysCloudStandin.start();
  const webhookSecret = `whsec-${randomBytes(16).toString('hex')}`;
  const logLines: string[] = [];
  const handler = createHandoffHandler(config, {
    secrets: { clientId: standin.clientId, clientSecret: standin.clientSecret, webhookSecret },
    logger: (entry) => logLines.push(JSON.stringify(entry)),
    pollMs: 10,
    // In memory, unless a test names a store: these tests exercise the handler, the durability tests the journals.
    store: ':memory:',
    ...props,
    retry: { maxAttempts: 10, baseDelayMs: 5, maxDelayMs: 40, maxTotalMs: 20_000, ...props.retry },
    client: { endpoints: standin.endpoints, ...props.client },
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = async (method: string, path: string, body: string | undefined, headers: Record<string, string> | undefined) => {
    const res = await fetch(url + path, { method, body, headers: headers ?? { [AUTH_HEADER]: webhookSecret, 'Content-Type': 'application/json' } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    standin,
    handler,
    url,
    webhookSecret,
    logLines,
    post: (body, headers) => send('POST', '/', typeof body === 'string' ? body : JSON.stringify(body), headers),
    get: (path, headers) => send('GET', path, undefined, headers),
    secrets: () => [standin.clientSecret, webhookSecret, ...standin.issuedTokens],
    close: async () => {
      await handler.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standin.close();
    },
  };
}

/** Asserts that no secret appears in any of `texts`. */
export function expectNoSecrets(texts: readonly string[], secrets: readonly string[]): void {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}
