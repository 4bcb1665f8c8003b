/**
 * `genesyscloud_auth_role` and `genesyscloud_oauth_client`: what they grant, checked by the validator's own
 * permission and scope rules (access.ts), and an OAuth client's grant type, token validity and roles.
 */
import { PERMISSIONS } from '../../genesys';
import { providerTypeSchema } from '../../genesys/provider-types';
import { validatePermissions, validateScopes } from '../access';
import type { Finding } from './schema';
import type { ResourceContext } from './types';
import { isUnknownValue } from './values';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknownValue(v);
const blocks = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : []);

/** Each `permission_policies` entry's `domain:entity_name:action` through the permission rule; `*` matches any. */
export function checkAuthRole(values: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  blocks(values.permission_policies).forEach((policy, i) => {
    const { domain, entity_name: entity, action_set: actions } = policy;
    if (typeof domain !== 'string' || typeof entity !== 'string' || !Array.isArray(actions)) return;
    actions.forEach((action, j) => {
      if (typeof action !== 'string') return;
      const permission = `${domain}:${entity}:${action}`;
      if (permission.includes('*') && matchesKnown(permission)) return;
      for (const d of validatePermissions([permission])) {
        out.push({ ...d, path: ['permission_policies', i, 'action_set'], pointer: `/${j}` });
      }
    });
  });
  return out;
}

function matchesKnown(pattern: string): boolean {
  const [d, e, a] = pattern.split(':');
  for (const p of PERMISSIONS) {
    const [pd, pe, pa] = p.split(':');
    if ((d === '*' || d === pd) && (e === '*' || e === pe) && (a === '*' || a === pa)) return true;
  }
  return false;
}

/** FACTS.md, OAuth clients: roles for CLIENT-CREDENTIALS, scopes for every other grant; the API's 48 h for ordinary clients. */
const ORDINARY_MAX_SECONDS = 172800;

export function checkOauthClient(values: Record<string, unknown>, context: ResourceContext): Finding[] {
  const out: Finding[] = [];
  const grant = values.authorized_grant_type;
  const roles = values.roles;
  const scopes = values.scopes;
  if (grant === 'CLIENT-CREDENTIALS' && (roles === undefined || roles === null || (Array.isArray(roles) && roles.length === 0)) && !hasDynamic(values, 'roles')) {
    out.push({ severity: 'error', path: ['roles'], code: 'missing-attribute', message: 'A CLIENT-CREDENTIALS client acts with the permissions of its roles, and this one has no roles block: every call it makes is refused.', suggestion: 'add roles { role_id = genesyscloud_auth_role.NAME.id }' });
  }
  // Only for a grant type the provider takes: a misspelt one is already an error of its own (not-in-enum).
  if (typeof grant === 'string' && grant !== 'CLIENT-CREDENTIALS' && knownGrantType(grant) && (scopes === undefined || scopes === null || (Array.isArray(scopes) && scopes.length === 0))) {
    out.push({ severity: 'error', path: ['scopes'], code: 'missing-attribute', message: `Scopes must be set for a ${grant} client (every grant but CLIENT-CREDENTIALS).`, suggestion: 'set scopes = [...]' });
  }
  if (Array.isArray(scopes)) {
    const known = scopes.map((s, i) => [s, i] as const).filter(([s]) => typeof s === 'string');
    for (const d of validateScopes(known.map(([s]) => s as string))) out.push({ ...d, path: ['scopes'], pointer: `/${known[Number(d.pointer.slice(1))][1]}` });
  }
  const validity = typeof values.access_token_validity_seconds === 'string' ? Number(values.access_token_validity_seconds) : values.access_token_validity_seconds;
  if (typeof validity === 'number' && validity > ORDINARY_MAX_SECONDS && validity <= 38880000) {
    out.push({ severity: 'warning', path: ['access_token_validity_seconds'], code: 'out-of-range', message: `access_token_validity_seconds is ${validity}: the API allows 5 minutes to 48 hours (${ORDINARY_MAX_SECONDS}) for ordinary clients; only Genesys Cloud SCIM (Identity Management) clients may go up to 38880000.`, suggestion: `use at most ${ORDINARY_MAX_SECONDS} unless this is a SCIM client` });
  }
  blocks(roles).forEach((role, i) => {
    const id = role.role_id;
    if (!isUnknownValue(id) || !context.complete) return;
    for (const ref of id.references) {
      const [type, name] = ref.replace(/^data\./, '').split('.');
      const address = `${ref.startsWith('data.') ? 'data.' : ''}${type}.${name}`;
      if (type.startsWith('genesyscloud_') && !context.resource(address)) {
        out.push({ severity: 'error', path: ['roles', i, 'role_id'], code: 'unknown-reference', message: `role_id refers to ${address}, which this configuration does not declare.`, suggestion: 'declare the role, or refer to one that is declared' });
      } else if (type !== 'genesyscloud_auth_role' && type.startsWith('genesyscloud_')) {
        out.push({ severity: 'error', path: ['roles', i, 'role_id'], code: 'unknown-reference', message: `role_id refers to ${address}, which is not a role (genesyscloud_auth_role).`, suggestion: 'refer to a genesyscloud_auth_role (resource or data source)' });
      }
    }
  });
  return out;
}

/** A grant type the genesyscloud provider's schema accepts (its `x_validation` enum). */
function knownGrantType(grant: string): boolean {
  const check = providerTypeSchema('resource', 'genesyscloud_oauth_client')?.attributes?.authorized_grant_type?.check;
  return !check?.enum || check.enum.some((g) => String(g) === grant);
}

const hasDynamic = (values: Record<string, unknown>, name: string) => isObject(values.dynamic) && name in values.dynamic;
