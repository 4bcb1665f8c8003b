/** `genesys-cobrowse serve --config trigger.json [--port N] [--host H]`: the handoff service as a process. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonLineLogger } from '../../client';
import { HandoffConfigError, MissingSecretError, checkTriggerConfig, createHandoffHandler, resolveSecrets } from '../../handoff';

const USAGE = `usage: genesys-cobrowse serve --config trigger.json [--port N] [--host ADDRESS]

Receives Datadog webhook notifications and hands alerts off to Genesys Cloud.
  --config FILE   the CobrowseTrigger construct's config output (JSON)
  --port N        port to listen on (default 8080)
  --host ADDRESS  address to bind (default 0.0.0.0)
Secrets come from the environment variables the config's secretEnv names
(default GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, COBROWSE_WEBHOOK_SECRET).
SIGTERM or SIGINT stops accepting alerts and waits for accepted ones; a second signal exits at once.
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

  let handler;
  try {
    const config = checkTriggerConfig(readConfig(parsed.config));
    const secrets = resolveSecrets(config, io.env ?? process.env);
    handler = createHandoffHandler(config, { secrets, logger: jsonLineLogger(io.stderr) });
  } catch (err) {
    if (err instanceof HandoffConfigError || err instanceof MissingSecretError || err instanceof ConfigFileError) return fail(err.message);
    throw err;
  }

  const log = jsonLineLogger(io.stderr);
  const server = http.createServer(handler);
  const listening = await new Promise<Error | null>((resolve) => {
    server.once('error', resolve);
    server.listen(parsed.port, parsed.host, () => resolve(null));
  });
  if (listening) return fail(`cannot listen on ${parsed.host}:${parsed.port}: ${listening.message}`, 1);
  const { port } = server.address() as AddressInfo;
  log({ level: 'info', event: 'serve.listening', host: parsed.host, port });

  const stop = await new Promise<'graceful' | 'forced'>((resolve) => {
    let signals = 0;
    const onStop = () => {
      signals += 1;
      if (signals > 1) return resolve('forced');
      const pending = handler.status().counts.pending;
      log({ level: 'info', event: 'serve.stopping', pending });
      server.close();
      void handler.close().then(() => resolve('graceful'));
    };
    process.on('SIGTERM', onStop).on('SIGINT', onStop);
    io.signal?.addEventListener('abort', onStop);
    server.once('close', () => {
      process.off('SIGTERM', onStop).off('SIGINT', onStop);
      io.signal?.removeEventListener('abort', onStop);
    });
  });
  server.closeAllConnections();
  const { counts } = handler.status();
  log({ level: stop === 'graceful' ? 'info' : 'warn', event: 'serve.stopped', ...counts });
  return stop === 'graceful' ? 0 : 1;
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

function parseArgs(args: string[]): ServeArgs | 'help' | string {
  const out: Partial<ServeArgs> = { port: 8080, host: '0.0.0.0' };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--help' || flag === '-h') return 'help';
    const value = args[i + 1];
    if (!['--config', '--port', '--host'].includes(flag)) return `unknown argument ${flag}`;
    if (value === undefined) return `${flag} needs a value`;
    i += 1;
    if (flag === '--config') out.config = value;
    else if (flag === '--host') out.host = value;
    else {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be an integer from 0 to 65535, got ${value}`;
      out.port = port;
    }
  }
  return out.config ? (out as ServeArgs) : '--config is required';
}
