import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROVIDER_SOURCE } from './install';
import { createProvider } from './provider';
import { serve } from './server';

/**
 * A long-running provider that Terraform reattaches to (TF_REATTACH_PROVIDERS) instead of starting
 * it about three times per plan: the Node start-up, the handshake and the API snapshot are paid once.
 *
 * It listens on a unix socket in a fresh directory only its user can enter (mode 0700): go-plugin
 * reattaches without TLS, so the file permissions are what keeps other local users out; no TCP port is
 * offered for that reason. Each connection (one per Terraform provider instance) gets its own provider
 * state, so concurrent plans with different credentials do not share them. Terraform neither starts nor
 * stops it: whoever starts it stops it (SIGTERM or SIGINT).
 */
export interface ReattachServer {
  /** The value for TF_REATTACH_PROVIDERS. */
  reattachProviders: string;
  socketPath: string;
  close(): void;
}

export async function serveForReattach(): Promise<ReattachServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesyscobrowse-'));
  fs.chmodSync(dir, 0o700);
  const socketPath = path.join(dir, 'provider.sock');
  const server = await serve(createProvider, { listen: { path: socketPath }, exitOnShutdown: false });
  const reattachProviders = JSON.stringify({
    [PROVIDER_SOURCE]: { Protocol: 'grpc', ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: { Network: 'unix', String: socketPath } },
  });
  return {
    reattachProviders,
    socketPath,
    close: () => {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
