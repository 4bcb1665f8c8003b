import { X509Certificate } from 'node:crypto';
import type * as http2 from 'node:http2';
import * as net from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { MessageType } from './protobuf';

/**
 * The part of gRPC over HTTP/2 a go-plugin server needs (the wire format of
 * https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md), on Node's own http2: unary calls, and
 * streams held open until the server ends them. A full gRPC library costs every provider start its
 * load time; Terraform (grpc-go) needs nothing more than this.
 */

export interface UnaryMethod {
  request: MessageType;
  response: MessageType;
  /** `session` identifies the client connection: one Terraform provider instance. */
  handle: (request: Record<string, unknown>, session: object) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Called once the call's stream has closed: its response sent, or the client gone. */
  afterResponse?: () => void;
}

/** gRPC status codes used here. */
const INTERNAL = 13;
const UNIMPLEMENTED = 12;

export type Listen = { port: number } | { path: string };

export interface GrpcServerOptions {
  /** Mutual TLS: our certificate and the one client certificate accepted; plaintext when absent. */
  tls?: { certPem: string; keyPem: string; clientCertPem: string };
  unary: Record<string, UnaryMethod>;
  /** Paths of streaming methods that are accepted and held open, their input ignored. */
  held: ReadonlySet<string>;
  onError: (message: string) => void;
}

export class GrpcServer {
  private readonly listener: net.Server;
  /** The HTTP/2 server, made once `node:http2` has loaded; connections wait for it. */
  private readonly server: Promise<http2.Http2Server>;
  private readonly open = new Set<http2.ServerHttp2Stream>();
  private readonly sessions = new Set<http2.ServerHttp2Session>();

  constructor(private readonly options: GrpcServerOptions) {
    // The port is bound by `node:net`, and `node:http2` (with `node:tls`, about 16 ms of a provider start to
    // load) is loaded only after `listen` has resolved: Terraform reads the handshake line and dials while
    // it loads. A connection that comes first waits, its bytes buffered by the socket, and is handed over.
    this.listener = net.createServer({ pauseOnConnect: true });
    this.server = new Promise((resolve) => this.listener.once('listening', () => setImmediate(resolve))).then(() => this.createServer());
    this.listener.on('connection', (socket: net.Socket) => {
      void this.server.then((server) => {
        server.emit('connection', socket);
        socket.resume();
      });
    });
  }

  private async createServer(): Promise<http2.Http2Server> {
    const h2 = await import('node:http2');
    const { options } = this;
    // Terraform's plugin client allows messages up to math.MaxInt32 bytes; Node's default session
    // memory cap (10 MB) would refuse a large body before the provider can report it as a diagnostic.
    const settings = { maxSessionMemory: Number.MAX_SAFE_INTEGER };
    const { tls } = options;
    // Mutual TLS by pinning: the client must hold exactly the certificate Terraform passed. Giving it to Node
    // as a `ca` would make Node build its store of public root certificates first (about 30 ms of every start)
    // and trust those too; with no CA, Node verifies no chain and the certificate is compared whole below.
    const clientCert = tls && new X509Certificate(tls.clientCertPem);
    const server = tls
      ? h2.createSecureServer({ ...settings, cert: tls.certPem, key: tls.keyPem, ca: [], requestCert: true, rejectUnauthorized: false })
      : h2.createServer(settings);
    server.on('session', (session) => {
      // Emitted as the connection is set up, before any of its requests is read.
      if (clientCert && !(session.socket as TLSSocket).getPeerX509Certificate()?.raw.equals(clientCert.raw)) {
        options.onError('TLS client refused: it did not present the certificate Terraform passed in PLUGIN_CLIENT_CERT');
        session.destroy();
        return;
      }
      this.sessions.add(session);
      session.on('close', () => this.sessions.delete(session));
    });
    server.on('stream', (stream, headers) => this.route(stream, String(headers[':path'])));
    // A client that hangs up without GOAWAY (Terraform after each plan of a reattached server) is normal.
    server.on('sessionError', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET') options.onError(`HTTP/2 session error: ${err.message}`);
    });
    server.on('tlsClientError', (err) => options.onError(`TLS client refused: ${err.message}`));
    return server;
  }

  /** Resolves with the TCP port bound (loopback only), or 0 for a unix socket. */
  listen(where: Listen): Promise<number> {
    return new Promise((resolve, reject) => {
      this.listener.once('error', reject);
      const done = () => {
        const address = this.listener.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      };
      if ('path' in where) this.listener.listen(where.path, done);
      else this.listener.listen(where.port, '127.0.0.1', done);
    });
  }

  /** Ends the held streams, lets calls in flight finish, then closes every connection. */
  close(): void {
    for (const stream of this.open) if (!stream.closed) stream.end();
    this.open.clear();
    for (const session of this.sessions) session.close();
    this.listener.close();
  }

  private route(stream: http2.ServerHttp2Stream, path: string): void {
    const { session } = stream;
    if (!session) return; // the connection is already gone
    stream.on('error', (err) => this.options.onError(`${path}: ${err.message}`));
    if (this.options.held.has(path)) {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
      this.open.add(stream);
      stream.on('close', () => this.open.delete(stream));
      stream.resume();
      return;
    }
    const method = this.options.unary[path];
    if (!method) {
      trailersOnly(stream, UNIMPLEMENTED, `unknown method ${path}`);
      return;
    }
    if (method.afterResponse) stream.once('close', method.afterResponse);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      Promise.resolve()
        .then(async () => method.response.encode(await method.handle(method.request.decode(unframe(Buffer.concat(chunks))), session)))
        .then(
          (message) => {
            if (stream.destroyed) return;
            const framed = Buffer.allocUnsafe(5 + message.length);
            framed[0] = 0; // not compressed
            framed.writeUInt32BE(message.length, 1);
            message.copy(framed, 5);
            stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
            stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
            stream.end(framed);
          },
          (err: unknown) => {
            const message = err instanceof Error ? err.message : String(err);
            this.options.onError(`${path} failed: ${message}`);
            trailersOnly(stream, INTERNAL, message);
          },
        );
    });
  }
}

/** The one message of a unary request: a 5-byte prefix (compressed flag, big-endian length), then the bytes. */
function unframe(body: Buffer): Buffer {
  if (body.length < 5) throw new Error('gRPC request without a message');
  if (body[0] !== 0) throw new Error('compressed gRPC messages are not supported');
  const length = body.readUInt32BE(1);
  if (body.length !== 5 + length) throw new Error('a unary gRPC request must carry exactly one message');
  return body.subarray(5);
}

/** A gRPC response with no messages: status in the headers, which end the stream. */
function trailersOnly(stream: http2.ServerHttp2Stream, status: number, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': String(status), 'grpc-message': encodeURIComponent(message) }, { endStream: true });
}
