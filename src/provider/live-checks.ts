import { getOperation } from '../genesys';
import type { Operation } from '../genesys/types';
import { GenesysApiError, GenesysClient, regionEndpoints, type LogEntry } from '../client';
import { escapeSegment } from '../text/json-pointer';
import type { Diagnostic } from '../validation';
import { isUnknown } from './cty';
import { trustExtraCaCerts } from './extra-ca-certs';
import { log } from './log';

/**
 * Checks against a live Genesys Cloud org, through the shared GenesysClient (region hosts, token,
 * retries). No message built here contains the credentials, and the client never logs them.
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

/** A role's permission policy (DomainPermissionPolicy), as far as a grant check reads it. */
interface Policy {
  domain?: string;
  entityName?: string;
  actionSet?: string[];
}

/** A plan waits on these calls: retry briefly, then report. */
const LIVE_RETRY = { maxAttempts: 3, maxTotalMs: 10_000 };

export class LiveChecks {
  /** Throws a message naming `region` when it is not a known Genesys Cloud region. */
  static create(credentials: LiveCredentials, baseUrlOverride = process.env[BASE_URL_ENV]): LiveChecks {
    const endpoints = baseUrlOverride ? { apiBaseUrl: baseUrlOverride, loginBaseUrl: baseUrlOverride } : regionEndpoints(credentials.region);
    const logger = (entry: LogEntry) => log(entry.level.toUpperCase() as Parameters<typeof log>[0], JSON.stringify(entry));
    trustExtraCaCerts();
    return new LiveChecks(new GenesysClient({ clientId: credentials.clientId, clientSecret: credentials.clientSecret, endpoints, retry: LIVE_RETRY, logger }));
  }

  private policies: Promise<Policy[]> | undefined;
  private readonly exists = new Map<string, Promise<number>>();

  private constructor(private readonly client: GenesysClient) {}

  async check(op: Operation, body: unknown): Promise<LiveDiagnostic[]> {
    try {
      const references = findReferences(body).map((ref) => this.checkReference(ref));
      return (await Promise.all([this.checkAccess(op), ...references])).flat();
    } catch (err) {
      return [{ severity: 'error', pointer: '', code: 'live-check-failed', message: (err as Error).message, suggestion: null }];
    }
  }

  private async checkAccess(op: Operation): Promise<LiveDiagnostic[]> {
    // Unknown permissions are already an `access-unknown` warning of the validator: nothing to compare here.
    if (!op.permissions) return [];
    const policies = await (this.policies ??= this.grantedPolicies());
    const granted = (p: string) => policies.some((policy) => policyGrants(policy, p));
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

  /**
   * The policies of the roles this client holds. Who a client-credentials token is comes from
   * GET /api/v2/tokens/me (its OAuthClient's roleDivisions), each role's policies from
   * GET /api/v2/authorization/roles/{roleId} (FACTS.md; whether GET /api/v2/authorization/subjects/me
   * works for such a token is UNVERIFIED, so it is not used).
   */
  private async grantedPolicies(): Promise<Policy[]> {
    const me = await this.get('getTokensMe');
    if (me.status !== 200) throw new Error(`Could not learn the OAuth client's roles: Genesys Cloud answered HTTP ${me.status} to GET /api/v2/tokens/me.`);
    const roleDivisions = (me.data as { OAuthClient?: { roleDivisions?: { roleId?: string }[] } } | undefined)?.OAuthClient?.roleDivisions ?? [];
    const roleIds = [...new Set(roleDivisions.flatMap((r) => (typeof r.roleId === 'string' ? [r.roleId] : [])))];
    const roles = await Promise.all(roleIds.map((roleId) => this.get('getAuthorizationRole', { roleId })));
    const refused = roles.find((r) => r.status !== 200);
    if (refused) {
      throw new Error(`Could not read the OAuth client's roles (HTTP ${refused.status} to GET /api/v2/authorization/roles/{roleId}); grant the provider's client authorization:role:view, or leave out the credentials for structure-only checks.`);
    }
    return roles.flatMap((r) => (r.data as { permissionPolicies?: Policy[] } | undefined)?.permissionPolicies ?? []);
  }

  private async checkReference(ref: Reference): Promise<LiveDiagnostic[]> {
    const { operationId, entity } = REFERENCES[ref.property];
    const op = getOperation(operationId);
    if (!op) return [];
    const key = `${operationId} ${ref.id}`;
    let status = this.exists.get(key);
    if (!status) this.exists.set(key, (status = this.get(operationId, { [op.pathParams[0]]: ref.id }).then((res) => res.status)));
    const code = await status;
    if (code === 404) {
      return [{ severity: 'error', pointer: ref.pointer, code: 'reference-not-found', message: `No ${entity} with the id given in ${ref.property} exists in this Genesys Cloud org.`, suggestion: `use the id of an existing ${entity}, e.g. from genesyscloud_${entity === 'queue' ? 'routing_queue' : 'user'}.<name>.id` }];
    }
    if (code >= 200 && code < 300) return [];
    return [{ severity: 'warning', pointer: ref.pointer, code: 'live-check-failed', message: `Could not check ${ref.property}: Genesys Cloud answered HTTP ${code} to GET ${op.path}.`, suggestion: null }];
  }

  /** An HTTP answer, error statuses included; a refused token or an unreachable org throws a plain message. */
  private async get(operationId: string, pathParams?: Record<string, string>): Promise<{ status: number; data: unknown }> {
    try {
      return await this.client.request({ operation: operationId, pathParams });
    } catch (err) {
      if (!(err instanceof GenesysApiError)) throw err;
      if (err.operationId === 'oauth.token') {
        throw new Error(`Genesys Cloud refused the provider's client credentials (${err.status === null ? err.kind : `HTTP ${err.status}`}); check client_id, client_secret and region.`);
      }
      if (err.kind === 'http' && err.status !== null) return { status: err.status, data: undefined };
      throw new Error(`Could not reach Genesys Cloud: ${err.message}`);
    }
  }
}

/** A granted policy covers `domain:entity:action`; `*` in any part is a wildcard. */
function policyGrants(policy: Policy, permission: string): boolean {
  const [domain, entity, action] = permission.split(':');
  const matches = (granted: string | undefined, wanted: string | undefined) => granted === '*' || granted === wanted;
  return matches(policy.domain, domain) && matches(policy.entityName, entity) && (policy.actionSet ?? []).some((a) => matches(a, action));
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
    if (Object.hasOwn(REFERENCES, key) && !Array.isArray(value) && typeof child === 'string') return [{ property: key, id: child, pointer: at }];
    return findReferences(child, at);
  });
}
