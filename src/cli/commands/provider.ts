/** `genesys-cobrowse provider install [--dir DIR] [--write-cli-config FILE]` and `provider serve`. */
import * as fs from 'fs';
import * as path from 'path';
import type { Io } from '../main';
import { installMirror, PROVIDER_SOURCE } from '../../provider/install';

const USAGE = 'usage: genesys-cobrowse provider install [--dir DIR] [--write-cli-config FILE]\n       genesys-cobrowse provider serve\n';
const DEFAULT_DIR = '.terraform-mirror';

export async function run(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'serve') return serveCommand(rest, io);
  if (sub !== 'install') {
    io.stderr.write(sub ? `genesys-cobrowse provider: unknown subcommand '${sub}'\n${USAGE}` : USAGE);
    return 2;
  }
  const options: { dir: string; cliConfigFile?: string } = { dir: DEFAULT_DIR };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if ((flag !== '--dir' && flag !== '--write-cli-config') || value === undefined || value.startsWith('--')) {
      io.stderr.write(`genesys-cobrowse provider install: ${value === undefined && flag?.startsWith('--') ? `${flag} needs a value` : `unexpected argument '${flag}'`}\n${USAGE}`);
      return 2;
    }
    if (flag === '--dir') options.dir = value;
    else options.cliConfigFile = value;
  }
  let result;
  try {
    result = installMirror(options.dir);
  } catch (err) {
    io.stderr.write(`genesys-cobrowse ${(err as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`installed ${PROVIDER_SOURCE} ${result.version} at ${result.executable}\n`);
  if (options.cliConfigFile) {
    fs.writeFileSync(options.cliConfigFile, result.cliConfig);
    io.stderr.write(`wrote Terraform CLI configuration to ${options.cliConfigFile}; export TF_CLI_CONFIG_FILE=${path.resolve(options.cliConfigFile)}\n`);
  } else {
    io.stdout.write(result.cliConfig);
  }
  return 0;
}

/**
 * Serves the provider for TF_REATTACH_PROVIDERS until SIGTERM or SIGINT: prints the variable's value
 * (one JSON line) on stdout once listening, so a CI step can export it for the plans that follow.
 */
async function serveCommand(rest: string[], io: Io): Promise<number> {
  if (rest.length > 0) {
    io.stderr.write(`genesys-cobrowse provider serve: unexpected argument '${rest[0]}'\n${USAGE}`);
    return 2;
  }
  const { serveForReattach } = await import('../../provider/reattach');
  const server = await serveForReattach();
  // Listening for the signals before announcing the server: whoever reads the line may stop it at once.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  io.stdout.write(`${server.reattachProviders}\n`);
  io.stderr.write(`serving ${PROVIDER_SOURCE} on ${server.socketPath} (pid ${process.pid}); export TF_REATTACH_PROVIDERS to the line above; stop with kill ${process.pid}\n`);
  await stopped;
  server.close();
  return 0;
}
