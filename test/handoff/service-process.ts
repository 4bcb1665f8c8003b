/** `genesys-cobrowse serve` as a real child process (the built CLI: `npm test` builds first), on 127.0.0.1. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { AUTH_HEADER } from './harness';

const CLI = join(__dirname, '..', '..', 'lib', 'cli', 'main.js');

/** The PostgreSQL the tests use; its absence fails the test (never skips it). */
export function requirePostgres(): string {
  const url = process.env.GENESYS_COBROWSE_TEST_PG_URL;
  // Jest's globalSetup (test/support/test-postgres.ts) starts one when this file is in the run and the variable is unset.
  if (!url) throw new Error('GENESYS_COBROWSE_TEST_PG_URL is not set and the test run started no PostgreSQL (test/support/test-postgres.ts): run this file through jest, or set it to a server of yours');
  return url;
}

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  /** Every stderr line so far. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServiceOptions {
  configFile: string;
  store: string;
  genesysBaseUrl: string;
  secrets: { clientId: string; clientSecret: string; webhookSecret: string };
  extraArgs?: string[];
  /** Options for node itself, before the CLI (e.g. `--require` of a preload). @default none */
  nodeArgs?: string[];
  /** More environment variables. @default none */
  env?: Record<string, string>;
}

/** Starts the service and resolves once it listens (rejects with its output if it exits or takes over 20 s). */
export function startService(o: ServiceOptions): Promise<ServiceProcess> {
  const child = spawn(
    process.execPath,
    [...(o.nodeArgs ?? []), CLI, 'serve', '--config', o.configFile, '--port', '0', '--host', '127.0.0.1', '--store', o.store, '--genesys-base-url', o.genesysBaseUrl, ...(o.extraArgs ?? [])],
    {
      env: { ...o.env, PATH: process.env.PATH, GENESYS_CLIENT_ID: o.secrets.clientId, GENESYS_CLIENT_SECRET: o.secrets.clientSecret, COBROWSE_WEBHOOK_SECRET: o.secrets.webhookSecret },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('did not listen within 20 s'), 20_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`serve ${why}:\n${lines.join('\n')}`));
    };
    void exited.then(({ code, signal }) => fail(`exited (${code ?? signal})`));
    const check = setInterval(() => {
      const line = lines.find((l) => l.includes('"serve.listening"'));
      if (!line) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve({ child, url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`, lines, exited });
    }, 20);
    void exited.then(() => clearInterval(check));
  });
}

/** POSTs a notification; null when the connection failed (e.g. the process was killed). */
export async function postAlert(url: string, secret: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { [AUTH_HEADER]: secret, 'Content-Type': 'application/json' } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch {
    return null;
  }
}

export async function getJson(url: string, secret: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { headers: { [AUTH_HEADER]: secret } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Polls `/status?state=pending` until no alert is pending (bounded by `timeoutMs`). */
export async function waitUntilSettled(url: string, secret: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson(`${url}/status?state=pending&limit=1`, secret);
    if ((body.counts as { pending: number }).pending === 0) return;
    if (Date.now() > until) throw new Error(`alerts still pending after ${timeoutMs} ms: ${JSON.stringify(body.counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every record of the trigger, page by page. */
export interface ListedRecord {
  alertId: string;
  state: string;
  attempts: number;
  conversationId: string | null;
  resultId: string | null;
}

export async function allRecords(url: string, secret: string): Promise<ListedRecord[]> {
  const records: ListedRecord[] = [];
  for (let after: unknown = 0; after !== null; ) {
    const { body } = await getJson(`${url}/status?limit=200&after=${after}`, secret);
    records.push(...(body.alerts as ListedRecord[]));
    after = body.next;
  }
  return records;
}
