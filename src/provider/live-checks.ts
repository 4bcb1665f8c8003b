import axios, { type AxiosInstance } from 'axios';
import { findRegion, getOperation, REGION_CHOICES } from '../genesys';
import type { Operation } from '../genesys/types';
import type { Diagnostic } from '../validation';
import { escapeSegment } from '../text/json-pointer';
import { isUnknown } from './cty';

/**
 * Checks against a live Genesys Cloud org, made with axios directly so this one file can later move to
 * the shared GenesysClient. Credentials stay in request headers: no message built here contains them.
 */

/** Findings of live checks, beyond the validator's own codes. */
export type LiveDiagnostic = Omit<Diagnostic, 'code'> & {
  code: Diagnostic['code'] | 'reference-not-found' | 'insufficient-access' | 'live-check-failed';
};

export interface LiveCredentials {
  region: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Body properties holding the id of an entity that must exist, and the operation that reads one.
 * Only these two are checked; add entries here (operationIds from the snapshot) to check more.
 */
const REFERENCES: Record<string, { operationId: string; entity: string }> = {
  queueId: { operationId: 'getRoutingQueue', entity: 'queue' },
  userId: { operationId: 'getUser', entity: 'user' },
};

/** Overrides both API and login base URLs (a proxy, or a loopback stand-in in tests). */
export const BASE_URL_ENV = 'GENESYSCOBROWSE_BASE_URL';

interface Grant {
  role?: { policies?: { domain?: string; entityName?: string; actions?: string[] }[] };
}

export class LiveChecks {
  /** Throws a message naming `region` when it is not a known Genesys Cloud region. */
  static create(credentials: LiveCredentials, baseUrlOverride = process.env[BASE_URL_ENV]): LiveChecks {
    const region = findRegion(credentials.region);
    if (!region && !baseUrlOverride) {
      throw new Error(
        `region "${credentials.region}" is not a Genesys Cloud region; use one of ${REGION_CHOICES}`,
      );
    }
    const api = baseUrlOverride ?? `https://api.${region?.domain}`;
    const login = baseUrlOverride ?? `https://login.${region?.domain}`;
    return new LiveChecks(credentials, api, login);
  }

  private readonly http: AxiosInstance;
  private token: Promise<string> | undefined;
  private grants: Promise<Grant[]> | undefined;
  private readonly exists = new Map<string, Promise<number>>();

  private constructor(
    private readonly credentials: LiveCredentials,
    private readonly apiUrl: string,
    private readonly loginUrl: string,
  ) {
    this.http = axios.create({ timeout: 10_000, validateStatus: () => true });
  }

  async check(op: Operation, body: unknown): Promise<LiveDiagnostic[]> {
    try {
      const references = findReferences(body).map((ref) => this.checkReference(ref));
      return (await Promise.all([this.checkAccess(op), ...references])).flat();
    } catch (err) {
      return [{ severity: 'error', pointer: '', code: 'live-check-failed', message: (err as Error).message, suggestion: null }];
    }
  }

  private async checkAccess(op: Operation): Promise<LiveDiagnostic[]> {
    if (!op.permissions) return [];
    this.grants ??= this.get('/api/v2/authorization/subjects/me').then((res) => (res.data as { grants?: Grant[] }).grants ?? []);
    const grants = await this.grants;
    const granted = (p: string) => grants.some((g) => (g.role?.policies ?? []).some((policy) => policyGrants(policy, p)));
    const { type, permissions } = op.permissions;
    const covered = type === 'ANY' ? permissions.some(granted) : permissions.every(granted);
    if (covered) return [];
    const missing = permissions.filter((p) => !granted(p));
    return [{
      severity: 'error',
      pointer: '',
      code: 'insufficient-access',
      message: `The OAuth client's roles do not grant ${type === 'ANY' ? 'any of ' : ''}${missing.join(', ')}, which ${op.method} ${op.path} requires.`,
      suggestion: `add ${type === 'ANY' ? missing[0] : missing.join(', ')} to a role of the OAuth client (genesyscloud_auth_role permission_policies)`,
    }];
  }

  private async checkReference(ref: Reference): Promise<LiveDiagnostic[]> {
    const { operationId, entity } = REFERENCES[ref.property];
    const op = getOperation(operationId);
    if (!op) return [];
    const path = op.path.replace(/\{[^}]+\}/, encodeURIComponent(ref.id));
    let status = this.exists.get(path);
    if (!status) this.exists.set(path, (status = this.get(path).then((res) => res.status)));
    const code = await status;
    if (code === 404) {
      return [{ severity: 'error', pointer: ref.pointer, code: 'reference-not-found', message: `No ${entity} with id \`${ref.id}\` exists in this Genesys Cloud org (${ref.property} at ${ref.pointer}).`, suggestion: `use the id of an existing ${entity}, e.g. from genesyscloud_${entity === 'queue' ? 'routing_queue' : 'user'}.<name>.id` }];
    }
    if (code >= 200 && code < 300) return [];
    return [{ severity: 'warning', pointer: ref.pointer, code: 'live-check-failed', message: `Could not check ${ref.property} \`${ref.id}\`: Genesys Cloud answered HTTP ${code} to GET ${op.path}.`, suggestion: null }];
  }

  private async get(path: string) {
    const token = await this.accessToken();
    try {
      return await this.http.get(`${this.apiUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    } catch (err) {
      throw new Error(`Could not reach ${this.apiUrl} (${(err as { code?: string }).code ?? 'network error'}).`);
    }
  }

  private accessToken(): Promise<string> {
    this.token ??= (async () => {
      let res;
      try {
        res = await this.http.post(`${this.loginUrl}/oauth/token`, 'grant_type=client_credentials', {
          auth: { username: this.credentials.clientId, password: this.credentials.clientSecret },
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
      } catch (err) {
        throw new Error(`Could not reach ${this.loginUrl} (${(err as { code?: string }).code ?? 'network error'}).`);
      }
      const token = (res.data as { access_token?: unknown } | undefined)?.access_token;
      if (res.status !== 200 || typeof token !== 'string') {
        throw new Error(
          `${this.loginUrl}/oauth/token refused the provider's client credentials (HTTP ${res.status}); check client_id, client_secret and region.`,
        );
      }
      return token;
    })();
    return this.token;
  }
}

/** A granted policy covers `domain:entity:action`; `*` in any part is a wildcard. */
function policyGrants(policy: { domain?: string; entityName?: string; actions?: string[] }, permission: string): boolean {
  const [domain, entity, action] = permission.split(':');
  const matches = (granted: string | undefined, wanted: string | undefined) => granted === '*' || granted === wanted;
  return matches(policy.domain, domain) && matches(policy.entityName, entity) && (policy.actions ?? []).some((a) => matches(a, action));
}

interface Reference {
  property: string;
  id: string;
  pointer: string;
}

function findReferences(value: unknown, pointer = ''): Reference[] {
  if (isUnknown(value) || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${pointer}/${escapeSegment(key)}`;
    if (key in REFERENCES && !Array.isArray(value) && typeof child === 'string') return [{ property: key, id: child, pointer: at }];
    return findReferences(child, at);
  });
}
