/**
 * Test support: a provider process started as Terraform starts it (magic cookie, PLUGIN_CLIENT_CERT),
 * and calls to it through grpc-js, a gRPC implementation independent of the provider's own server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { PROVIDER_METHODS, type ProviderMethod } from '../../src/provider/protocol';
import { generateServerCertificate, type ServerCertificate } from '../../src/provider/tls';

export const COOKIE = { TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2' };

export interface RunningPlugin {
  child: ChildProcess;
  /** The go-plugin handshake line, newline included. */
  handshake: string;
  /** A client holding `cert` (by default the certificate the plugin was told to accept; null: none). */
  connect(cert?: ServerCertificate | null): grpc.Client;
}

/** Starts `node <entry>` and resolves once it printed its handshake line. */
export async function startPlugin(entry: string): Promise<RunningPlugin> {
  const clientCert = generateServerCertificate(); // any go-plugin-style certificate works as Terraform's
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...COOKIE, PLUGIN_CLIENT_CERT: clientCert.certPem }, stdio: ['ignore', 'pipe', 'pipe'] });
  const handshake = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out);
    });
    child.on('exit', (code) => reject(new Error(`provider exited with ${code} before the handshake`)));
  });
  const [, , , address, , cert] = handshake.trim().split('|');
  const serverPem = new X509Certificate(Buffer.from(cert, 'base64')).toString();
  return {
    child,
    handshake,
    connect: (own = clientCert) =>
      new grpc.Client(address, grpc.credentials.createSsl(Buffer.from(serverPem), own && Buffer.from(own.keyPem), own && Buffer.from(own.certPem)), {
        'grpc.ssl_target_name_override': 'localhost',
      }),
  };
}

/** A unary tfplugin6.Provider call, with the provider's message codec. */
export function call(client: grpc.Client, method: ProviderMethod, request: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { request: req, response: res } = PROVIDER_METHODS[method];
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      `/tfplugin6.Provider/${method}`,
      (v: Record<string, unknown>) => req.encode(v),
      (b: Buffer) => res.decode(b),
      request,
      (err, value) => (err ? reject(err) : resolve(value as Record<string, unknown>)),
    );
  });
}
