/**
 * A loopback stand-in for the few Genesys Cloud calls the provider's live checks make: the
 * client-credentials token, GET queue / user by id, the token's OAuth client (tokens/me) and its role.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface AccessStandInProps {
  clientId: string;
  clientSecret: string;
  queues: string[];
  users: string[];
  /** Granted permissions as `domain:entity:action`. */
  grants: string[];
}

export class GenesysAccessStandIn {
  private constructor(
    private readonly server: http.Server,
    /** Every request line received, to prove what the provider called. */
    readonly seen: string[],
    private readonly scheme: 'http' | 'https',
  ) {}

  /** Plain HTTP on 127.0.0.1; with `tls`, HTTPS on localhost with that certificate. */
  static async start(props: AccessStandInProps, tls?: { certPem: string; keyPem: string }): Promise<GenesysAccessStandIn> {
    const token = 'stand-in-token';
    const basic = `Basic ${Buffer.from(`${props.clientId}:${props.clientSecret}`).toString('base64')}`;
    const seen: string[] = [];
    const handle: http.RequestListener = (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const send = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (req.method === 'POST' && req.url === '/oauth/token') {
        return req.headers.authorization === basic ? send(200, { access_token: token, token_type: 'bearer', expires_in: 3600 }) : send(401, { code: 'bad.credentials' });
      }
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { code: 'bad.credentials' });
      const entity = /^\/api\/v2\/(routing\/queues|users)\/([^/?]+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && entity) {
        const known = entity[1] === 'users' ? props.users : props.queues;
        return known.includes(decodeURIComponent(entity[2])) ? send(200, { id: entity[2] }) : send(404, { code: 'not.found', status: 404 });
      }
      if (req.method === 'GET' && req.url === '/api/v2/tokens/me') {
        return send(200, { OAuthClient: { id: props.clientId, name: 'stand-in client', authorizedGrantType: 'CLIENT-CREDENTIALS', roleDivisions: [{ roleId: 'role-1', divisionId: '*' }] } });
      }
      if (req.method === 'GET' && req.url === '/api/v2/authorization/roles/role-1') {
        const permissionPolicies = props.grants.map((p) => {
          const [domain, entityName, action] = p.split(':');
          return { domain, entityName, actionSet: [action] };
        });
        return send(200, { id: 'role-1', name: 'stand-in role', permissionPolicies });
      }
      return send(404, { code: 'not.found' });
    };
    const server = tls ? https.createServer({ cert: tls.certPem, key: tls.keyPem }, handle) : http.createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, tls ? 'localhost' : '127.0.0.1', resolve));
    return new GenesysAccessStandIn(server, seen, tls ? 'https' : 'http');
  }

  get url(): string {
    return `${this.scheme}://${this.scheme === 'https' ? 'localhost' : '127.0.0.1'}:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
