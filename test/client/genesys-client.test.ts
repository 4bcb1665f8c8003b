import { inspect } from 'node:util';
import { GenesysApiError, GenesysClient, RequestValidationError, regionEndpoints, type GenesysClientProps, type LogEntry } from '../../src/client';
import { GenesysCloudStandin } from '../support/genesys-standin';

let standin: GenesysCloudStandin;
/** Every log line and error text produced in the current test, checked for secrets after it. */
let captured: string[];

beforeEach(async () => {
  standin = await GenesysCloudStandin.start();
  captured = [];
});

afterEach(async () => {
  await standin.close();
  const secrets = [standin.clientSecret, ...standin.issuedTokens];
  for (const text of captured) for (const secret of secrets) expect(text).not.toContain(secret);
});

function client(props: Partial<GenesysClientProps> = {}): GenesysClient {
  return new GenesysClient({
    clientId: standin.clientId,
    clientSecret: standin.clientSecret,
    endpoints: standin.endpoints,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    logger: (entry: LogEntry) => captured.push(JSON.stringify(entry)),
    ...props,
  });
}

/** Awaits a rejection and records everything the error would show in a log or a console. */
async function failure(promise: Promise<unknown>): Promise<GenesysApiError | RequestValidationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof GenesysApiError || error instanceof RequestValidationError)) throw error;
  captured.push(error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error.stack));
  return error;
}

const getConversation = { operation: 'getConversation', pathParams: { conversationId: 'c-1' } };
const apiCalls = () => standin.calls.filter((c) => !c.token);

describe('token', () => {
  test('is fetched once with HTTP Basic client credentials and shared by concurrent and later calls', async () => {
    const c = client();
    await Promise.all(Array.from({ length: 5 }, () => c.request(getConversation)));
    await c.request(getConversation);
    expect(standin.tokenRequests()).toHaveLength(1);
    expect(standin.succeeded('getConversation')).toHaveLength(6);
  });

  test('is refreshed before it expires', async () => {
    let now = 1_000_000;
    const c = client({ now: () => now, tokenRefreshMarginMs: 60_000 });
    await c.request(getConversation); // token valid 3600 s: refreshed from 3540 s on
    now += 3_539_000;
    await c.request(getConversation);
    expect(standin.tokenRequests()).toHaveLength(1);
    now += 2_000;
    await c.request(getConversation);
    expect(standin.tokenRequests()).toHaveLength(2);
    expect(standin.succeeded()).toHaveLength(3);
  });

  test('is replaced after a 401 and the call is sent again once', async () => {
    const c = client();
    await c.request(getConversation);
    standin.revokeTokens();
    const res = await c.request(getConversation);
    expect(res.attempts).toBe(2);
    expect(apiCalls().map((x) => x.outcome)).toEqual([200, 401, 200]);
    expect(standin.tokenRequests()).toHaveLength(2);
  });

  test('a second 401 with a fresh token fails the call without another refresh', async () => {
    const c = client();
    await c.request(getConversation);
    standin.inject({ kind: 'status', status: 401 }, { times: 2 });
    const error = await failure(c.request(getConversation));
    expect(error).toMatchObject({ status: 401, code: 'bad.credentials', attempts: 2 });
    expect(standin.tokenRequests()).toHaveLength(2);
  });

  test('wrong client credentials fail at the token endpoint, not retried, secret not shown', async () => {
    const c = client({ clientSecret: `${standin.clientSecret}-wrong` });
    const error = await failure(c.request(getConversation));
    expect(error).toMatchObject({ operationId: 'oauth.token', status: 401, code: 'invalid_client', attempts: 1 });
    expect(error.message).not.toContain(`${standin.clientSecret}-wrong`);
    expect(apiCalls()).toHaveLength(0);
  });
});

describe('retries', () => {
  test('429 is retried (even for a POST) after the Retry-After delay', async () => {
    const c = client();
    standin.inject({ kind: 'status', status: 429, retryAfterSeconds: 1 });
    const res = await c.createCobrowseSession('conv-1');
    expect(res.attempts).toBe(2);
    const [first, second] = apiCalls();
    expect([first.outcome, second.outcome]).toEqual([429, 200]);
    expect(second.at - first.at).toBeGreaterThanOrEqual(950);
    expect(captured.some((l) => JSON.parse(l).event === 'genesys.retry')).toBe(true);
  });

  test('5xx is retried for a GET with backoff', async () => {
    const c = client();
    standin.inject({ kind: 'status', status: 503 }, { times: 2 });
    const res = await c.request(getConversation);
    expect(res.attempts).toBe(3);
    expect(apiCalls().map((x) => x.outcome)).toEqual([503, 503, 200]);
  });

  test('5xx on a POST is retried only when the caller marks it retry-safe', async () => {
    const c = client();
    standin.inject({ kind: 'status', status: 500 });
    const error = await failure(c.createCobrowseSession('conv-1'));
    expect(error).toMatchObject({ kind: 'http', status: 500, attempts: 1 });
    standin.inject({ kind: 'status', status: 500 });
    const res = await c.createCobrowseSession('conv-1', { retrySafe: true });
    expect(res.attempts).toBe(2);
  });

  test('a dropped connection is retried for a GET, and for a POST only when retry-safe', async () => {
    const c = client();
    standin.inject({ kind: 'drop' });
    expect((await c.request(getConversation)).attempts).toBe(2);
    standin.inject({ kind: 'drop' });
    const error = await failure(c.createCobrowseSession('conv-1'));
    expect(error).toMatchObject({ kind: 'network', status: null, attempts: 1 });
    standin.inject({ kind: 'drop' });
    expect((await c.createCobrowseSession('conv-1', { retrySafe: true })).attempts).toBe(2);
    expect(apiCalls().map((x) => x.outcome)).toEqual(['dropped', 200, 'dropped', 'dropped', 200]);
  });

  test('a slow answer times out and is retried; always slow fails as a timeout', async () => {
    const c = client({ timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 5 } });
    standin.inject({ kind: 'delay', ms: 400 });
    expect((await c.request(getConversation)).attempts).toBe(2);
    standin.inject({ kind: 'delay', ms: 400 }, { times: 2 });
    const error = await failure(c.request(getConversation));
    expect(error).toMatchObject({ kind: 'timeout', status: null, attempts: 2 });
  });

  test('stops at the attempt cap', async () => {
    const c = client({ retry: { maxAttempts: 4, baseDelayMs: 1 } });
    standin.setFaultPolicy((call) => (call.token ? null : { kind: 'status', status: 502 }));
    const error = await failure(c.request(getConversation));
    expect(error).toMatchObject({ status: 502, attempts: 4 });
    expect(apiCalls()).toHaveLength(4);
  });

  test('does not wait for a Retry-After beyond the total time budget', async () => {
    const c = client({ retry: { maxTotalMs: 2_000 } });
    standin.inject({ kind: 'status', status: 429, retryAfterSeconds: 30 });
    const error = await failure(c.request(getConversation));
    expect(error).toMatchObject({ status: 429, attempts: 1 });
    expect(apiCalls()).toHaveLength(1);
  });

  test('a server echoing the Authorization header: the bearer token and the Basic credential are redacted', async () => {
    const c = client({ retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 } });
    standin.inject({ kind: 'status', status: 503, echoAuthorization: true }, { times: 2, match: (call) => !call.token });
    const api = await failure(c.request({ ...getConversation, retrySafe: true }));
    expect(api).toMatchObject({ status: 503, attempts: 2, detail: expect.stringContaining('Authorization: Bearer [redacted] (credential [redacted])') });
    expect(captured.some((line) => line.includes('genesys.retry') && line.includes('[redacted]'))).toBe(true);

    const fresh = client();
    standin.inject({ kind: 'status', status: 500, echoAuthorization: true }, { times: 50, match: (call) => call.token });
    const token = await failure(fresh.request(getConversation));
    const basic = Buffer.from(`${standin.clientId}:${standin.clientSecret}`).toString('base64');
    expect(token).toMatchObject({ operationId: 'oauth.token', detail: expect.stringContaining('Authorization: Basic [redacted]') });
    for (const text of captured) expect(text).not.toContain(basic);
  });

  test('4xx other than 401/429 is final', async () => {
    const c = client();
    standin.inject({ kind: 'status', status: 404 });
    expect(await failure(c.request(getConversation))).toMatchObject({ status: 404, attempts: 1 });
  });
});

describe('validation before sending', () => {
  test('an invalid body is refused with diagnostics and never sent', async () => {
    const c = client();
    const error = await failure(c.request({ operation: 'postConversationsCallbacks', body: { queueId: 'q-1' } }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'missing-required', pointer: '/callbackNumbers' }),
    );
    expect(error.message).toContain('callbackNumbers');
    expect(standin.calls).toHaveLength(0);
  });

  test('a body sent to the bodiless cobrowse call and an invented operation are refused', async () => {
    const c = client();
    const withBody = await failure(c.request({ operation: 'postConversationCobrowse', pathParams: { conversationId: 'c' }, body: { cobrowse: {} } }));
    expect((withBody as RequestValidationError).diagnostics.map((d) => d.code)).toContain('unexpected-body');
    const invented = await failure(c.request({ operation: 'POST /api/v2/conversations/webchat', body: {} }));
    expect((invented as RequestValidationError).diagnostics.map((d) => d.code)).toContain('unknown-operation');
    const removed = await failure(c.request({ operation: 'postConversationsChats', body: { provider: 'PureCloud Webchat', queueId: 'q-1' } }));
    expect((removed as RequestValidationError).diagnostics.map((d) => d.code)).toEqual(['removed-operation']);
    expect(standin.calls).toHaveLength(0);
  });

  test('a deprecated operation is sent, with a warning logged once', async () => {
    const c = client();
    await c.request({ operation: 'getRoutingQueueUsers', pathParams: { queueId: 'q-1' } });
    await c.request({ operation: 'getRoutingQueueUsers', pathParams: { queueId: 'q-1' } });
    const warnings = captured.map((l) => JSON.parse(l)).filter((e) => e.event === 'genesys.request.warning');
    expect(warnings).toEqual([expect.objectContaining({ code: 'deprecated-operation', level: 'warn' })]);
    expect(standin.succeeded('getRoutingQueueUsers')).toHaveLength(2);
  });

  test('the stand-in enforces the same schemas when local validation is skipped', async () => {
    const c = client({ skipValidation: true });
    const error = await failure(c.request({ operation: 'postConversationsCallbacks', body: { queueId: 'q-1' } }));
    expect(error).toMatchObject({ status: 400, code: 'bad.request', attempts: 1 });
    expect(error.message).toContain('callbackNumbers');
  });
});

describe('endpoints', () => {
  test('come from the region data', () => {
    expect(regionEndpoints('us-east-1')).toEqual({ apiBaseUrl: 'https://api.mypurecloud.com', loginBaseUrl: 'https://login.mypurecloud.com' });
    expect(regionEndpoints('mypurecloud.ie').apiBaseUrl).toBe('https://api.mypurecloud.ie');
    expect(() => regionEndpoints('mars-1')).toThrow(/unknown Genesys Cloud region "mars-1".*us-east-1, us-east-2, us-west-2, .*ap-northeast-3/);
  });
});
