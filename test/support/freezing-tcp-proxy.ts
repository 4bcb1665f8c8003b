/**
 * A hanging-database stand-in: a loopback TCP proxy to a real server that can be frozen. Frozen, it keeps
 * every connection open and accepts new ones, but forwards nothing in either direction: a server that
 * accepts the connection and never answers.
 */
import net from 'node:net';

export class FreezingTcpProxyStandin {
  frozen = false;
  private readonly sockets = new Set<net.Socket>();

  private constructor(private readonly server: net.Server, readonly port: number) {}

  static async start(target: { host: string; port: number }, frozen = false): Promise<FreezingTcpProxyStandin> {
    let proxy: FreezingTcpProxyStandin | null = null;
    const server = net.createServer((client) => {
      const self = proxy as FreezingTcpProxyStandin;
      self.sockets.add(client);
      client.on('error', () => undefined).on('close', () => self.sockets.delete(client));
      if (self.frozen) return; // accepted, never answered
      const upstream = net.connect(target.port, target.host);
      self.sockets.add(upstream);
      upstream.on('error', () => client.destroy()).on('close', () => self.sockets.delete(upstream));
      client.on('data', (d) => self.frozen || upstream.write(d));
      upstream.on('data', (d) => self.frozen || client.write(d));
      client.on('close', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new FreezingTcpProxyStandin(server, (server.address() as net.AddressInfo).port);
    proxy.frozen = frozen;
    return proxy;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
