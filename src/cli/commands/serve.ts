/** `genesys-cobrowse serve --config trigger.json [--port N] [--host H] [--store ...]`: the handoff service as a process. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonLineLogger } from '../../client';
import { storeDriver } from '../../handoff/journal';
import { MissingDependencyError, missingPeers } from '../../optional-dependency';
import { HandoffConfigError, MissingSecretError, checkTriggerConfig, createHandoffHandler, resolveSecrets, type HandoffHandler } from '../../handoff';

const DEFAULT_STORE = 'genesys-cobrowse-handoff.sqlite';

const USAGE = `usage: genesys-cobrowse serve --config trigger.json [--port N] [--host ADDRESS] [--store FILE|postgres://...]

Receives Datadog webhook notifications and hands alerts off to Genesys Cloud. An alert is answered 202
only once it is journaled; pending alerts are resumed on the next start.
  --config FILE            the CobrowseTrigger construct's config output (JSON)
  --port N                 port to listen on (default 8080)
  --host ADDRESS           address to bind (default 0.0.0.0)
  --store FILE|URL         the alert journal: an SQLite file (default ./${DEFAULT_STORE}), or
                           postgres://... shared by every replica (or env GENESYS_COBROWSE_STORE,
                           which keeps a database password off the command line)
  --genesys-base-url URL   Genesys API and login base URL instead of the config's region, e.g. a proxy
                           (or env GENESYSCOBROWSE_BASE_URL)
  --genesys-timeout-ms N   per-attempt Genesys timeout (default 10000)
  --lease-ms N             how long a replica's claim on an alert lasts (default 60000)
  --concurrency N          Genesys calls in flight (default 8)
Secrets come from the environment variables the config's secretEnv names
(default GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, COBROWSE_WEBHOOK_SECRET).
SIGTERM or SIGINT: new alerts get 503 while attempts in progress end, then exit 0; pending alerts stay
in the journal. A second signal exits at once with code 1. An SQLite journal file deleted or replaced
while serving: 503 to every alert, then exit 1. PostgreSQL not answering: 503 within 10 s (see the docs).
`;

export interface ServeIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Stops the service like SIGTERM (used when embedding or testing the command). */
  signal?: AbortSignal;
}

interface ServeArgs {
  config: string;
  port: number;
  host: string;
  store?: string;
  baseUrl?: string;
  timeoutMs?: number;
  leaseMs?: number;
  concurrency?: number;
}

export async function run(args: string[], io: ServeIo): Promise<number> {
  const fail = (message: string, code = 2) => {
    io.stderr.write(`genesys-cobrowse serve: ${message}\n`);
    return code;
  };
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') return fail(`${parsed}\n\n${USAGE}`);
  const env = io.env ?? process.env;
  const baseUrl = parsed.baseUrl ?? env.GENESYSCOBROWSE_BASE_URL;
  if (baseUrl !== undefined && !/^https?:\/\/[^/]+/.test(baseUrl)) return fail(`the Genesys base URL must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const log = jsonLineLogger(io.stderr);

  const store = parsed.store ?? env.GENESYS_COBROWSE_STORE ?? DEFAULT_STORE;
  // The run-time packages are optional peers: name every one this command lacks, at once.
  const driver = storeDriver(store);
  const missing = missingPeers(['axios', driver]);
  if (missing.length > 0) return fail(new MissingDependencyError(missing, `the Genesys client and the ${driver === 'pg' ? 'PostgreSQL' : 'SQLite'} journal`).message, 1);

  let handler: HandoffHandler;
  try {
    const config = checkTriggerConfig(readConfig(parsed.config));
    const secrets = resolveSecrets(config, env);
    handler = createHandoffHandler(config, {
      secrets,
      logger: log,
      store,
      client: {
        ...(baseUrl ? { endpoints: { apiBaseUrl: baseUrl.replace(/\/+$/, ''), loginBaseUrl: baseUrl.replace(/\/+$/, '') } } : {}),
        ...(parsed.timeoutMs ? { timeoutMs: parsed.timeoutMs } : {}),
      },
      ...(parsed.leaseMs ? { leaseMs: parsed.leaseMs } : {}),
      ...(parsed.concurrency ? { concurrency: parsed.concurrency } : {}),
    });
  } catch (err) {
    if (err instanceof HandoffConfigError || err instanceof MissingSecretError || err instanceof ConfigFileError || err instanceof RangeError) return fail(err.message);
    throw err;
  }
  try {
    await handler.ready();
  } catch (err) {
    return fail(`cannot open the alert journal (${handler.store}): ${err instanceof Error ? err.message : String(err)}`, 1);
  }

  const server = http.createServer(handler);
  // Slow clients cannot hold a connection for minutes (the handler itself times a body out sooner).
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;
  const listening = await new Promise<Error | null>((resolve) => {
    server.once('error', resolve);
    server.listen(parsed.port, parsed.host, () => resolve(null));
  });
  if (listening) {
    await handler.close();
    return fail(`cannot listen on ${parsed.host}:${parsed.port}: ${listening.message}`, 1);
  }
  const { port } = server.address() as AddressInfo;
  log({ level: 'info', event: 'serve.listening', host: parsed.host, port, store: handler.store });

  let signals = 0;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const onStop = () => {
    signals += 1;
    if (signals > 1) {
      log({ level: 'warn', event: 'serve.stopped', forced: true, exitCode: 1 });
      process.exit(1);
    }
    void (async () => {
      const pending = await handler.status({ state: 'pending', limit: 1 }).then((p) => p.counts.pending, () => null);
      log({ level: 'info', event: 'serve.stopping', pending });
      // The listener stays up meanwhile: new alerts are answered 503, not refused.
      await handler.close();
      stop();
    })();
  };
  process.on('SIGTERM', onStop).on('SIGINT', onStop);
  io.signal?.addEventListener('abort', onStop);
  // A journal lost for good (its file deleted or replaced) stops the service with exit code 1.
  let exitCode = 0;
  void handler.lost().then(async () => {
    exitCode = 1;
    await handler.close().catch(() => undefined);
    stop();
  });
  await stopped;
  process.off('SIGTERM', onStop).off('SIGINT', onStop);
  io.signal?.removeEventListener('abort', onStop);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  log({ level: exitCode ? 'error' : 'info', event: 'serve.stopped', forced: false, exitCode });
  return exitCode;
}

class ConfigFileError extends Error {}

/** Reads the config file; a JSON string holding the config (as `terraform output -json` prints a jsonencode'd output) is unwrapped. */
function readConfig(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigFileError(`cannot read the config file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch (err) {
    throw new ConfigFileError(`the config file ${file} is not JSON: ${(err as Error).message}`);
  }
}

const NUMBER_FLAGS: Record<string, { key: 'port' | 'timeoutMs' | 'leaseMs' | 'concurrency'; min: number; max: number }> = {
  '--port': { key: 'port', min: 0, max: 65535 },
  '--genesys-timeout-ms': { key: 'timeoutMs', min: 1, max: 600_000 },
  '--lease-ms': { key: 'leaseMs', min: 1, max: 3_600_000 },
  '--concurrency': { key: 'concurrency', min: 1, max: 1000 },
};
const TEXT_FLAGS: Record<string, 'config' | 'host' | 'store' | 'baseUrl'> = {
  '--config': 'config',
  '--host': 'host',
  '--store': 'store',
  '--genesys-base-url': 'baseUrl',
};

function parseArgs(args: string[]): ServeArgs | 'help' | string {
  const out: Partial<ServeArgs> = { port: 8080, host: '0.0.0.0' };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--help' || flag === '-h') return 'help';
    const value = args[i + 1];
    const number = NUMBER_FLAGS[flag];
    if (!number && !TEXT_FLAGS[flag]) return `unknown argument ${flag}`;
    if (value === undefined) return `${flag} needs a value`;
    i += 1;
    if (!number) {
      out[TEXT_FLAGS[flag]] = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < number.min || n > number.max) return `${flag} must be an integer from ${number.min} to ${number.max}, got ${value}`;
    out[number.key] = n;
  }
  return out.config ? (out as ServeArgs) : '--config is required';
}
