#!/usr/bin/env node
/** `genesys-cobrowse <command>`: each command lives in commands/<name>.ts and loads only when used. */
import { existsSync } from 'fs';
import { join } from 'path';
import { versionText } from './package-info';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Read by `check -`. */
  stdin?: NodeJS.ReadableStream;
}

export type Command = (args: string[], io: Io) => Promise<number>;

const USAGE = `usage: genesys-cobrowse <command> [options]
       genesys-cobrowse --version

commands:
  check FILE... [--operation "METHOD /path"] [--format text|json|sarif]
                      check Genesys Cloud request payloads (- reads stdin; check --help for more)
  check-terraform PATH... [--format text|json|sarif] [--suppressions FILE]
                      check the genesyscloud resources of Terraform configurations, cdk.tf.json and plans
  provider install [--dir DIR] [--write-cli-config FILE]
                      lay out the genesyscobrowse Terraform provider as a filesystem mirror
  provider serve      run the provider for TF_REATTACH_PROVIDERS (prints the value; stop it with kill)
  serve --config trigger.json [--port N]
                      run the Datadog-alert co-browse handoff service
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(versionText());
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  const file = join(__dirname, 'commands', `${name}.js`);
  if (!/^[a-z-]+$/.test(name) || !existsSync(file)) {
    io.stderr.write(`genesys-cobrowse: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  const command = (await import(file)) as { run: Command };
  return command.run(args, io);
}

if (require.main === module) {
  main(process.argv.slice(2), process)
    .then((code) => { process.exitCode = code; })
    .catch((error: unknown) => {
      // Last resort: a bug, not bad input (commands report bad input themselves). No stack trace for users.
      process.stderr.write(`genesys-cobrowse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    });
}
