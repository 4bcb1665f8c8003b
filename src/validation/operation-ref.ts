/**
 * One way to name an operation: the validator's entry points take what the constructs and the CLI take (an
 * operationId, `METHOD /path`) as well as an Operation, and turn it into the Operation here, in one place.
 * The checks behind them (access.ts, rules.ts) keep taking Operations.
 */
import type { Operation } from '../genesys/types';
import * as access from './access';
import { lookupOperation } from './request';
import { bodyRules as rulesOf, type Rule } from './rules';
import type { Diagnostic } from './types';

/**
 * A Genesys Cloud API operation, named as anywhere in this package: its operationId
 * (`'postConversationCobrowse'`), `'METHOD /path'` with the path as a template or a concrete path
 * (`'POST /api/v2/conversations/{conversationId}/cobrowse'`, `'POST /api/v2/conversations/abc/cobrowse'`),
 * or the Operation itself (from `getOperation`, `listOperations`, ...).
 */
export type OperationRef = string | Operation;

/**
 * Whether a look-up found an operation: narrows what `lookupOperation` returns.
 *
 * @example
 * const found = lookupOperation('postConversationCobrowse');
 * if (isOperation(found)) console.log(found.path); else console.error(found.message);
 */
export function isOperation(found: Operation | Diagnostic): found is Operation {
  return typeof found === 'object' && found !== null && typeof (found as Partial<Operation>).operationId === 'string' && !('code' in found);
}

/** The operation `ref` names; an Error naming the caller and the fix when it names none. */
function operationOf(ref: OperationRef, caller: string): Operation {
  const found = lookupOperation(ref);
  if (isOperation(found)) return found;
  throw new Error(`${caller}: ${found.message}${found.suggestion ? ` (${found.suggestion})` : ''}`);
}

/**
 * The union of what the operations need (see `RequiredAccess`). For an ANY requirement the first permission
 * listed is taken. Throws when a reference names no operation (the error says why and what was meant).
 */
export function requiredAccess(operations: readonly OperationRef[]): access.RequiredAccess {
  return access.requiredAccess(operations.map((ref) => operationOf(ref, 'requiredAccess')));
}

/**
 * What is unknown about an operation's access, one warning each; empty when scopes and permissions are known.
 * A reference that names no operation gives its `unknown-operation` (or `removed-operation`) error instead.
 */
export function accessDiagnostics(operation: OperationRef): Diagnostic[] {
  const found = lookupOperation(operation);
  return isOperation(found) ? access.accessDiagnostics(found) : [found];
}

/**
 * Whether granted permissions satisfy an operation's requirement (ALL or ANY); `'unknown'` when the
 * operation's permissions are unknown, so no caller can read that as "needs none". Throws when the
 * reference names no operation.
 */
export function permissionsCover(granted: readonly string[], operation: OperationRef): boolean | 'unknown' {
  return access.permissionsCover(granted, operationOf(operation, 'permissionsCover'));
}

/**
 * The rule tree the validator checks an operation's request body with; null when it takes no body or its
 * schema is unknown. Throws when the reference names no operation.
 */
export function bodyRules(operation: OperationRef): Rule | null {
  return rulesOf(operationOf(operation, 'bodyRules'));
}
