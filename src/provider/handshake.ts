import { generateServerCertificate } from './tls';
import { serve, type ProviderHandlers } from './server';
import { log } from './log';

/** go-plugin's handshake constants for Terraform providers. */
const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const CORE_PROTOCOL_VERSION = 1;
const APP_PROTOCOL_VERSION = 6;

export interface PluginOptions {
  /** How messages and diagnostics name the provider, e.g. `genesyscobrowse provider`. */
  name: string;
  /** What to tell someone who runs the executable by hand. */
  notAPluginHint: string;
}

async function start(createHandlers: () => ProviderHandlers, options: PluginOptions): Promise<number> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(`This binary is a Terraform plugin. These are not meant to be executed directly.\n${options.notAPluginHint}\n`);
    return 1;
  }
  const offered = process.env.PLUGIN_PROTOCOL_VERSIONS;
  if (offered && !offered.split(',').map((v) => v.trim()).includes(String(APP_PROTOCOL_VERSION))) {
    process.stderr.write(
      `Terraform offered plugin protocol version(s) ${offered}; this provider speaks only ${APP_PROTOCOL_VERSION} (Terraform 1.0 or later).\n`,
    );
    return 1;
  }
  // Terraform forwards Ctrl-C to the whole process group and then calls Shutdown; survive the signal.
  process.on('SIGINT', () => log('DEBUG', 'ignoring SIGINT; waiting for Terraform to call Shutdown'));

  const clientCertPem = process.env.PLUGIN_CLIENT_CERT;
  const serverCert = clientCertPem ? generateServerCertificate() : undefined;
  if (!clientCertPem) log('WARN', 'PLUGIN_CLIENT_CERT not set; serving without TLS');
  const { port } = await serve(createHandlers, { clientCertPem, serverCert, name: options.name });
  process.stdout.write(
    `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|127.0.0.1:${port}|grpc|${serverCert?.handshakeCert ?? ''}\n`,
  );
  return -1; // keep serving until Shutdown
}

/** Runs this process as a Terraform provider plugin started by Terraform (go-plugin handshake on stdout). */
export function runPlugin(createHandlers: () => ProviderHandlers, options: PluginOptions): void {
  start(createHandlers, options).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (err: unknown) => {
      process.stderr.write(`${options.name} failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
