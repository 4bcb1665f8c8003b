import type { Operation } from '../genesys/types';
import { permissionStrings } from '../validation/access';
import { echo, REFERENCE_ECHO_LIMIT } from '../validation/messages';
import { requiredAccess } from '../validation/operation-ref';
import { lookupOperation } from '../validation/request';
import { isUnknown, UNKNOWN } from './cty';
import type { TfDiagnostic } from './server';

export type RequiredAccessConfig = Record<string, unknown> & { operations: unknown };

const COMPUTED = ['permission_policies', 'permissions', 'all_permissions', 'oauth_scopes'] as const;

/** Resolves every listed operation; unresolvable ones become diagnostics on `operations[i]`. */
function resolve(config: RequiredAccessConfig): { ops: Operation[]; diagnostics: TfDiagnostic[] } | null {
  if (isUnknown(config.operations) || !Array.isArray(config.operations)) return null;
  const ops: Operation[] = [];
  const diagnostics: TfDiagnostic[] = [];
  config.operations.forEach((ref: unknown, i) => {
    if (isUnknown(ref)) return;
    const found = typeof ref === 'string' ? lookupOperation(ref) : undefined;
    if (found && 'operationId' in found) ops.push(found);
    else {
      diagnostics.push({
        severity: 'ERROR',
        summary: `operations[${i}]: no Genesys Cloud operation ${typeof ref === 'string' ? JSON.stringify(echo(ref, REFERENCE_ECHO_LIMIT)) : 'named'}`,
        detail: found
          ? `${found.message}${found.suggestion ? `\nFix: ${found.suggestion}` : ''}`
          : 'Write each operation as "METHOD /api/v2/path" (e.g. "POST /api/v2/conversations/{conversationId}/cobrowse") or an operationId.',
        attribute: ['operations'],
      });
    }
  });
  return { ops, diagnostics };
}

export function validateRequiredAccess(config: RequiredAccessConfig): TfDiagnostic[] {
  return resolve(config)?.diagnostics ?? [];
}

/** Outputs the union of what the operations need; unknown while any listed operation is unknown. */
export function readRequiredAccess(config: RequiredAccessConfig): { state: Record<string, unknown>; diagnostics: TfDiagnostic[] } {
  const resolved = resolve(config);
  const pending = !resolved || (config.operations as unknown[]).some(isUnknown);
  if (pending) return { state: { ...config, ...Object.fromEntries(COMPUTED.map((k) => [k, UNKNOWN])) }, diagnostics: resolved?.diagnostics ?? [] };
  const access = requiredAccess(resolved.ops);
  return {
    state: {
      ...config,
      permission_policies: access.permissionPolicies.map((p) => ({ domain: p.domain, entity_name: p.entityName, action_set: p.actionSet })),
      permissions: access.permissions,
      all_permissions: permissionStrings(access),
      oauth_scopes: access.scopes,
    },
    diagnostics: [...resolved.diagnostics, ...unknownAccess(access.scopesUnknown, 'oauth_scopes', 'scope'), ...unknownAccess(access.permissionsUnknown, 'all_permissions', 'permission')],
  };
}

/** Unknown is not "none": say which operations the computed lists say nothing about. */
function unknownAccess(operationIds: string[], attribute: string, list: string): TfDiagnostic[] {
  if (operationIds.length === 0) return [];
  return [{
    severity: 'WARNING',
    summary: `${attribute} is incomplete: the ${list}s of ${operationIds.join(', ')} are unknown`,
    detail: `Unknown for this operation (added after the last published ${list} list): ${attribute} lists nothing for it, which does not mean it needs no ${list}.`,
    attribute: ['operations'],
  }];
}
