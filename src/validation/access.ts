/** OAuth scope and permission checks, and the access a set of operations needs. */
import { closest, nearest } from '../text/similarity';
import { CAVEATS, OAUTH_SCOPES, PERMISSIONS } from '../genesys';
import type { Operation } from '../genesys/types';
import { explainMisconception, misconceptionFor } from './misconceptions';
import { boundedJson, echo } from './messages';
import type { Diagnostic } from './types';

/** The snapshot's scope list is complete (the scopes of every operation), so a name outside it is an error. */
export function validateScopes(scopes: readonly string[]): Diagnostic[] {
  return scopes.flatMap((value, i): Diagnostic[] => {
    if (typeof value === 'string' && OAUTH_SCOPES.has(value)) return [];
    const explained = misconceived(value, 'scope', i);
    if (explained) return [explained];
    const near = closest(value, OAUTH_SCOPES);
    return [{ severity: 'error', pointer: `/${i}`, code: 'unknown-scope', message: `\`${echo(value)}\` is not a Genesys Cloud OAuth scope.`, suggestion: near ? `did you mean ${near}?` : null }];
  });
}

/**
 * The snapshot's permissions are those some API operation requires, not Genesys's catalogue (only
 * available live: `GET /api/v2/authorization/permissions`); real roles hold many others
 * (`conversation:call:accept`). So a permission outside the list is a warning that says exactly that; an
 * error only where the data proves it wrong: a known invented string (misconceptions.json), a value that
 * is not a string, or a `domain:entity:action` whose domain no listed permission has.
 */
export function validatePermissions(permissions: readonly string[]): Diagnostic[] {
  return permissions.flatMap((value, i): Diagnostic[] => {
    if (typeof value === 'string' && PERMISSIONS.has(value)) return [];
    const explained = misconceived(value, 'permission', i);
    if (explained) return [explained];
    const pointer = `/${i}`;
    const parts = value.split(':');
    if (parts.length === 3 && !permissionDomains().has(parts[0])) {
      const near = closest(value, PERMISSIONS);
      return [{
        severity: 'error',
        pointer,
        code: 'unknown-permission',
        message: `\`${echo(value)}\` is not a Genesys Cloud permission: no permission of the API has the domain \`${echo(parts[0])}\`.`,
        suggestion: near ? `did you mean ${near}?` : 'permissions are domain:entity:action, with a domain such as conversation or routing',
      }];
    }
    // One edit away from a listed permission: most likely a typo of it.
    const near = nearest(value, PERMISSIONS, 1, { maxDistance: 1 })[0]?.candidate;
    return [{
      severity: 'warning',
      pointer,
      code: 'unlisted-permission',
      message: `\`${echo(value)}\` is required by no API operation here; Genesys's full catalogue is only live (GET /api/v2/authorization/permissions).`,
      suggestion: near ? `did you mean ${near}?` : 'check the name in Genesys Cloud (Admin > Roles, or GET /api/v2/authorization/permissions)',
    }];
  });
}

let domains: ReadonlySet<string> | undefined;

/** The domains (`conversation` of `conversation:call:add`) of the snapshot's permissions. */
function permissionDomains(): ReadonlySet<string> {
  return (domains ??= new Set([...PERMISSIONS].filter((p) => p.split(':').length === 3).map((p) => p.split(':')[0])));
}

/** The error for a value that is not a string, or that a misconception explains; undefined otherwise. */
function misconceived(value: unknown, kind: 'scope' | 'permission', i: number): Diagnostic | undefined {
  // Bounded: a value nested thousands deep would overflow JSON.stringify's stack.
  const text = typeof value === 'string' ? value : boundedJson(value);
  const misconception = misconceptionFor(kind, text);
  if (misconception) {
    const { explanation, suggestion } = explainMisconception(misconception.id);
    return { severity: 'error', pointer: `/${i}`, code: `unknown-${kind}`, message: explanation, suggestion };
  }
  if (typeof value === 'string') return undefined;
  const label = kind === 'scope' ? 'OAuth scope' : 'permission';
  return { severity: 'error', pointer: `/${i}`, code: `unknown-${kind}`, message: `\`${echo(text)}\` is not a Genesys Cloud ${label}: ${label}s are strings.`, suggestion: null };
}

export interface PermissionPolicy {
  /** Permission domain, e.g. `conversation`. */
  domain: string;
  /** Entity within the domain, e.g. `cobrowse`. */
  entityName: string;
  /** Actions on the entity, e.g. `['add']`. */
  actionSet: string[];
}

export interface RequiredAccess {
  /** One scope per operation: the read-only one where the operation accepts it (least privilege). */
  scopes: string[];
  /**
   * operationIds whose scopes are unknown (added after the last published scope list): `scopes` says
   * nothing about them, which never means they need none.
   */
  scopesUnknown: string[];
  /** operationIds whose permissions are unknown: `permissionPolicies` and `permissions` say nothing about them. */
  permissionsUnknown: string[];
  /** `domain:entity:action` permissions grouped as a role's permission policies. */
  permissionPolicies: PermissionPolicy[];
  /** Permissions that are not `domain:entity:action` (special permissions such as `admin`). */
  permissions: string[];
}

/** The union of what the operations need. For an ANY requirement the first permission listed is taken. */
export function requiredAccess(ops: readonly Operation[]): RequiredAccess {
  const scopes = new Set<string>();
  const permissions: string[] = [];
  for (const op of ops) {
    const scope = op.scopes.find((s) => s.endsWith(':readonly')) ?? op.scopes[0];
    if (scope) scopes.add(scope);
    permissions.push(...(op.permissions?.type === 'ANY' ? op.permissions.permissions.slice(0, 1) : op.permissions?.permissions ?? []));
  }
  const unknown = (known: (op: Operation) => boolean) => [...new Set(ops.filter((op) => !known(op)).map((op) => op.operationId))].sort();
  return {
    scopes: [...scopes].sort(),
    scopesUnknown: unknown((op) => op.scopesKnown),
    permissionsUnknown: unknown((op) => op.permissionsKnown),
    ...rolePermissions(permissions),
  };
}

/** What is unknown about an operation's access, one warning each; empty when scopes and permissions are known. */
export function accessDiagnostics(op: Operation): Diagnostic[] {
  return [
    ...(op.scopesKnown ? [] : [accessUnknown(op, 'OAuth scopes', 'scope')]),
    ...(op.permissionsKnown ? [] : [accessUnknown(op, 'permissions', 'permission')]),
  ];
}

/**
 * What FACTS.md leaves UNVERIFIED about calling `op` (caveats.json), as warnings: for the given grant type,
 * or for every grant type when it is not known.
 */
export function caveatDiagnostics(op: Operation, grantType?: string): Diagnostic[] {
  return CAVEATS.filter((c) => c.operation === op.operationId && (grantType === undefined || grantType === c.grantType)).map((c) => ({
    severity: 'warning',
    pointer: '',
    code: 'unverified',
    message: `With a ${c.grantType} token this call is unverified: ${c.explanation}`,
    suggestion: c.suggestion,
  }));
}

function accessUnknown(op: Operation, what: string, list: string): Diagnostic {
  return {
    severity: 'warning',
    pointer: '',
    code: 'access-unknown',
    message: `The ${what} of ${op.method} ${op.path} (${op.operationId}) are unknown for this operation (added after the last published ${list} list); that does not mean it needs none.`,
    suggestion: `check the operation's ${what} in the Genesys Cloud API explorer before granting access`,
  };
}

/** Permission strings as a role holds them: `domain:entity:action` grouped into policies, the rest special. */
export function rolePermissions(permissions: readonly string[]): Pick<RequiredAccess, 'permissionPolicies' | 'permissions'> {
  const policies = new Map<string, PermissionPolicy>();
  const special = new Set<string>();
  for (const permission of permissions) {
    const parts = permission.split(':');
    if (parts.length !== 3) {
      special.add(permission);
      continue;
    }
    const [domain, entityName, action] = parts;
    const key = `${domain}:${entityName}`;
    const policy = policies.get(key) ?? { domain, entityName, actionSet: [] };
    if (!policy.actionSet.includes(action)) policy.actionSet.push(action);
    policies.set(key, policy);
  }
  return { permissionPolicies: [...policies.values()], permissions: [...special].sort() };
}

/** Every permission of a role as a string: its policies' `domain:entity:action`s, then its special ones. */
export function permissionStrings(access: Pick<RequiredAccess, 'permissionPolicies' | 'permissions'>): string[] {
  return [...access.permissionPolicies.flatMap((p) => p.actionSet.map((a) => `${p.domain}:${p.entityName}:${a}`)), ...access.permissions];
}

/**
 * Whether granted permissions satisfy an operation's requirement (ALL or ANY); `unknown` when the
 * operation's permissions are unknown, so no caller can read that as "needs none".
 */
export function permissionsCover(granted: readonly string[], op: Operation): boolean | 'unknown' {
  if (!op.permissionsKnown) return 'unknown';
  if (!op.permissions) return true;
  const has = (p: string) => granted.includes(p);
  return op.permissions.type === 'ANY' ? op.permissions.permissions.some(has) : op.permissions.permissions.every(has);
}
