/**
 * An in-process Genesys Cloud stand-in on 127.0.0.1 for tests and benchmarks: the client-credentials
 * token endpoint plus every operation of the embedded API snapshot, enforcing the snapshot's request
 * schemas with the library's own validator. It can inject 429 (with Retry-After), 5xx, slow answers
 * and dropped connections, and records every call it received.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation } from '../../src/genesys';
import { formatDiagnostic, hasErrors, validateRequest } from '../../src/validation';

export type Fault =
  /** `echoAuthorization`: the error message repeats the request's Authorization header, as a careless server might. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number; echoAuthorization?: boolean }
  /** Destroy the socket without answering. */
  | { kind: 'drop' }
  /** Wait, then handle the request normally (a slow answer). */
  | { kind: 'delay'; ms: number };

export interface IncomingCall {
  method: string;
  path: string;
  /** True for the token endpoint. */
  token: boolean;
}

export interface RecordedCall extends IncomingCall {
  at: number;
  operationId: string | null;
  body: unknown;
  /** HTTP status answered, or 'dropped'. */
  outcome: number | 'dropped';
  fault: Fault['kind'] | null;
}

export interface GenesysStandinProps {
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens. Default 3600. */
  tokenTtlSeconds?: number;
}

const FAULT_CODES: Record<number, string> = { 401: 'bad.credentials', 404: 'not.found', 429: 'too.many.requests' };

interface PlannedFault {
  fault: Fault;
  remaining: number;
  match: (call: IncomingCall) => boolean;
}

export class GenesysCloudStandin {
  readonly calls: RecordedCall[] = [];
  readonly issuedTokens: string[] = [];
  /** Work items created so far. */
  readonly workitems: { id: string; externalTag?: string }[] = [];
  readonly clientId: string;
  readonly clientSecret: string;
  private readonly valid = new Set<string>();
  private readonly planned: PlannedFault[] = [];
  private policy: ((call: IncomingCall) => Fault | null) | null = null;
  private readonly server: http.Server;
  /** Timers of delayed answers: `close` drops them, or a long delay would keep the test process alive. */
  private readonly delays = new Set<NodeJS.Timeout>();

  private constructor(private readonly props: GenesysStandinProps) {
    this.clientId = props.clientId ?? 'standin-client-id';
    this.clientSecret = props.clientSecret ?? `standin-secret-${randomBytes(12).toString('hex')}`;
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
  }

  static async start(props: GenesysStandinProps = {}): Promise<GenesysCloudStandin> {
    const standin = new GenesysCloudStandin(props);
    await new Promise<void>((resolve) => standin.server.listen(0, '127.0.0.1', resolve));
    return standin;
  }

  /** Base URLs to hand to `GenesysClient` as `endpoints`. */
  get endpoints() {
    const { port } = this.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    return { apiBaseUrl: base, loginBaseUrl: base };
  }

  /** Answer the next `times` matching calls (default: any API call) with `fault`. */
  inject(fault: Fault, options: { times?: number; match?: (call: IncomingCall) => boolean } = {}): void {
    this.planned.push({ fault, remaining: options.times ?? 1, match: options.match ?? ((c) => !c.token) });
  }

  /** Decide a fault for every call not covered by `inject` (null = none). */
  setFaultPolicy(policy: ((call: IncomingCall) => Fault | null) | null): void {
    this.policy = policy;
  }

  /** Make every token issued so far invalid (Genesys answers 401 to them). */
  revokeTokens(): void {
    this.valid.clear();
  }

  /** API calls answered 2xx, optionally of one operation. */
  succeeded(operationId?: string): RecordedCall[] {
    return this.calls.filter((c) => !c.token && typeof c.outcome === 'number' && c.outcome < 300 && (!operationId || c.operationId === operationId));
  }

  tokenRequests(): RecordedCall[] {
    return this.calls.filter((c) => c.token);
  }

  async close(): Promise<void> {
    for (const timer of this.delays) clearTimeout(timer);
    this.delays.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextFault(call: IncomingCall): Fault | null {
    const planned = this.planned.find((p) => p.remaining > 0 && p.match(call));
    if (planned) {
      planned.remaining -= 1;
      return planned.fault;
    }
    return this.policy?.(call) ?? null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = (req.url ?? '/').split('?')[0];
    const incoming: IncomingCall = { method, path, token: path === '/oauth/token' };
    const record: RecordedCall = { ...incoming, at: Date.now(), operationId: null, body: incoming.token ? undefined : parsedOrUndefined(raw), outcome: 0, fault: null };
    this.calls.push(record);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.outcome = status;
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };

    const fault = this.nextFault(incoming);
    record.fault = fault?.kind ?? null;
    if (fault?.kind === 'drop') {
      record.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    // Codes for 401/404/429/5xx are the stand-in's own: the snapshot documents only 400 error codes.
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      const message = fault.echoAuthorization ? `injected by the stand-in; you sent Authorization: ${req.headers.authorization ?? ''} (credential ${(req.headers.authorization ?? '').split(' ')[1]})` : 'injected by the stand-in';
      return answer(fault.status, { code: FAULT_CODES[fault.status] ?? 'internal.server.error', message, status: fault.status }, headers);
    }
    if (fault?.kind === 'delay') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.delays.delete(timer);
          resolve();
        }, fault.ms);
        this.delays.add(timer);
      });
    }

    if (incoming.token) return this.issueToken(req, raw, answer);

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !this.valid.has(bearer)) {
      return answer(401, { code: FAULT_CODES[401], message: 'Invalid login credentials.', status: 401 });
    }
    const operation = findOperation(method, path);
    if (!operation) return answer(404, { code: 'not.found', message: `no operation ${method} ${path}`, status: 404 });
    record.operationId = operation.operationId;
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return answer(400, { code: 'bad.request', message: 'The request could not be understood by the server due to malformed syntax.', status: 400 });
    }
    record.body = body;
    const diagnostics = validateRequest({ method, path, body });
    if (hasErrors(diagnostics)) {
      return answer(400, { code: 'bad.request', message: diagnostics.map(formatDiagnostic).join('; '), status: 400 });
    }
    return answer(200, this.act(operation.operationId, body));
  }

  /** The answer of a valid call. Work items are kept, so that the query by `externalTag` finds them. */
  private act(operationId: string, body: unknown): unknown {
    if (operationId === 'postConversationCobrowse') return cobrowseSession();
    if (operationId === 'postTaskmanagementWorkitemsQuery') {
      const filters = (body as { filters: { name: string; operator: string; values: string[] }[] }).filters;
      const tag = filters.find((f) => f.name === 'externalTag' && f.operator === 'EQ')?.values[0];
      return { entities: this.workitems.filter((w) => tag !== undefined && w.externalTag === tag) };
    }
    const id = randomUUID();
    if (operationId === 'postTaskmanagementWorkitems') this.workitems.push({ id, ...(body as object) } as { id: string; externalTag?: string });
    return { id };
  }

  private issueToken(req: http.IncomingMessage, raw: string, answer: (status: number, body: unknown) => void): void {
    const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return answer(401, { error: 'invalid_client', error_description: 'client authentication failed' });
    if (new URLSearchParams(raw).get('grant_type') !== 'client_credentials') {
      return answer(400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
    }
    const token = `standin-token-${randomBytes(16).toString('hex')}`;
    this.valid.add(token);
    this.issuedTokens.push(token);
    answer(200, { access_token: token, token_type: 'bearer', expires_in: this.props.tokenTtlSeconds ?? 3600 });
  }
}

/** Shaped like the snapshot's `CobrowseWebMessagingSession`. */
function cobrowseSession() {
  return {
    id: randomUUID(),
    joinCode: String(Math.floor(Math.random() * 1e6)).padStart(6, '0'),
    dateOfferEnds: new Date(Date.now() + 60_000).toISOString(),
    communicationType: 'Message',
  };
}

function parsedOrUndefined(raw: string): unknown {
  try {
    return raw === '' ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
