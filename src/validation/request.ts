/** `validateRequest`: which operation a request goes to, and whether its body fits. */
import { closestOperationId, closestOperations, describeOperation, getOperation, getRemovedOperation, methodsAt, parseOperationRef } from '../genesys';
// From its module, not the index: in CommonJS an index's re-export is a getter run on every call.
import { routeRequest } from '../genesys/operations';
import type { Operation, RemovedOperation, UndocumentedOperation } from '../genesys/types';
import { accessDiagnostics, caveatDiagnostics } from './access';
import { explainMisconception, operationMisconception } from './misconceptions';
import type { ApiRequest, Diagnostic, ValidationOptions } from './types';
import { describeEvidence, echo, fieldName, quote, REFERENCE_ECHO_LIMIT } from './messages';
import { isOperation, type OperationRef } from './operation-ref';
import { bodyCheck, checkBody, runBodyCheck, type BodyCheck } from './validate';

/** Validates a request; never throws, whatever JSON value `req` or its body is. */
export function validateRequest(req: ApiRequest, options: ValidationOptions = {}): Diagnostic[] {
  if (typeof req !== 'object' || req === null || typeof req.method !== 'string' || typeof req.path !== 'string') {
    return [{ severity: 'error', pointer: '', code: 'unknown-operation', message: 'A request needs a string `method` and a string `path`.', suggestion: 'write {"method": "POST", "path": "/api/v2/...", "body": {...}}' }];
  }
  const { removed, undocumented, op } = routeRequest(req.method, req.path);
  if (removed) return [removedOperation(removed), ...explainOldBody(removed, req.body, options)];
  if (undocumented) return [undocumentedOperation(undocumented)];
  return op ? validateBody(op, req.body, options) : unknownOperation(req, options);
}

const NO_OPTIONS: ValidationOptions = Object.freeze({});

/**
 * Validates a body for an operation (plus the deprecation warning). `undefined` = no body sent. An operation
 * named by a reference that names none gives that reference's `unknown-operation` (or `removed-operation`)
 * error. Never throws.
 */
export function validateBody(operation: OperationRef, body: unknown, options: ValidationOptions = NO_OPTIONS): Diagnostic[] {
  if (typeof operation === 'string') {
    const found = lookupOperation(operation);
    return isOperation(found) ? validateBody(found, body, options) : [found];
  }
  const op = operation;
  const entry = entries.get(op) ?? entryFor(op);
  const grantType = options.grantType;
  const warnings = grantType === undefined ? entry.warnings : grantWarnings(entry, op, grantType);
  if (entry.check && body !== undefined && body !== null) {
    const found = runBodyCheck(entry.check, body, options.isUnknown, options.redactValues);
    return warnings.length === 0 ? found : [...copies(warnings), ...found];
  }
  const out = copies(warnings);
  const sent = body !== undefined;
  if (!op.schemaKnown) {
    if (sent) out.push({ severity: 'warning', pointer: '', code: 'schema-unavailable', message: `The snapshot has no body schema for ${describeOperation(op)}; the body was not checked.`, suggestion: null });
  } else if (!op.body) {
    // HTTP clients send `{}` by default (Genesys's Secure Pause add-in does, to POST /notifications/channels).
    if (isEmptyObject(body)) out.push({ severity: 'warning', pointer: '', code: 'unexpected-body', message: `${describeOperation(op)} takes no request body; the empty object sent is most likely ignored.`, suggestion: 'send the request without a body' });
    else if (sent && body !== null) out.push({ severity: 'error', pointer: '', code: 'unexpected-body', message: `${describeOperation(op)} takes no request body.`, suggestion: 'send the request without a body' });
  } else if (!sent || body === null) {
    if (op.body.required) out.push({ severity: 'error', pointer: '', code: 'missing-body', message: `${describeOperation(op)} requires a request body.`, suggestion: null });
  }
  return out;
}

/**
 * What validateBody needs of an operation, built once: its body check and the warnings that depend only
 * on the operation and the grant type (so a call pays one look-up before the body is checked).
 */
interface Entry {
  readonly check: BodyCheck | null;
  /** Warnings when the grant type is not known. */
  readonly warnings: readonly Diagnostic[];
  readonly byGrant: Map<string, readonly Diagnostic[]>;
}

const entries = new WeakMap<Operation, Entry>();

function entryFor(op: Operation): Entry {
  const entry = { check: bodyCheck(op), warnings: operationWarnings(op, undefined), byGrant: new Map() };
  entries.set(op, entry);
  return entry;
}

function grantWarnings(entry: Entry, op: Operation, grantType: string): readonly Diagnostic[] {
  let warnings = entry.byGrant.get(grantType);
  if (!warnings) entry.byGrant.set(grantType, (warnings = operationWarnings(op, grantType)));
  return warnings;
}

/** Callers own what they get back; the cached warnings stay as they are. */
function copies(warnings: readonly Diagnostic[]): Diagnostic[] {
  return warnings.length === 0 ? [] : warnings.map((d) => ({ ...d }));
}

function operationWarnings(op: Operation, grantType: string | undefined): Diagnostic[] {
  const deprecated: Diagnostic[] = op.deprecated
    ? [{ severity: 'warning', pointer: '', code: 'deprecated-operation', message: `${describeOperation(op)} is deprecated.`, suggestion: op.replacement ? `use ${op.replacement}` : null }]
    : [];
  return [...deprecated, ...accessDiagnostics(op), ...caveatDiagnostics(op, grantType)];
}

/**
 * The operation an operationId or `METHOD /path` names, or the diagnostic that explains why there is
 * none (a known misconception, the methods the path does take, or the closest real operations). An
 * Operation is returned as it is. Narrow the result with `isOperation`. Never throws.
 */
export function lookupOperation(ref: OperationRef): Operation | Diagnostic {
  if (typeof ref !== 'string') return isOperation(ref) ? ref : notAReference(ref);
  const removed = getRemovedOperation(ref);
  if (removed) return removedOperation(removed);
  const op = getOperation(ref);
  if (op) return op;
  const spaced = parseOperationRef(ref);
  if (spaced) return unknownOperation(spaced, {})[0];
  const near = closestOperationId(ref);
  return {
    severity: 'error',
    pointer: '',
    code: 'unknown-operation',
    message: `\`${echo(ref, REFERENCE_ECHO_LIMIT)}\` is not a Genesys Cloud operationId.`,
    suggestion: near ? `did you mean ${near}?` : 'write an operationId or "METHOD /api/v2/..."',
  };
}

function notAReference(ref: unknown): Diagnostic {
  return { severity: 'error', pointer: '', code: 'unknown-operation', message: `${quote(ref)} does not name a Genesys Cloud operation.`, suggestion: 'write an operationId or "METHOD /api/v2/..."' };
}

function unknownOperation(req: ApiRequest, options: ValidationOptions): Diagnostic[] {
  const method = req.method.toUpperCase();
  const misconception = operationMisconception(method, req.path);
  if (misconception) {
    const { explanation, suggestion } = explainMisconception(misconception.id);
    const diagnostics: Diagnostic[] = [{ severity: 'error', pointer: '', code: 'unknown-operation', message: explanation, suggestion }];
    const checkBodyAs = misconception.match.kind === 'operation' ? misconception.match.checkBodyAs : undefined;
    if (!checkBodyAs || req.body === undefined) return diagnostics;
    // Checking the body against the call it was meant for reports its other mistakes too.
    const removed = getRemovedOperation(checkBodyAs);
    const intended = getOperation(checkBodyAs);
    if (removed) return [...diagnostics, ...explainOldBody(removed, req.body, options)];
    return intended ? [...diagnostics, ...validateBody(intended, req.body, options)] : diagnostics;
  }
  const others = methodsAt(req.path);
  const suggestion = others.length > 0
    ? `this path takes ${others.join(', ')}`
    : `did you mean ${closestOperations(method, req.path).map(describeOperation).join(' or ')}?`;
  return [{ severity: 'error', pointer: '', code: 'unknown-operation', message: `No Genesys Cloud operation ${echo(`${method} ${req.path}`, REFERENCE_ECHO_LIMIT)}.`, suggestion }];
}

function undocumentedOperation(op: UndocumentedOperation): Diagnostic {
  return {
    severity: 'warning',
    pointer: '',
    code: 'undocumented',
    message: `${op.method} ${op.path} is not in the public API definition, but Genesys's own code makes this call (${describeEvidence(op.evidence)}: ${op.use}); its body was not checked.`,
    suggestion: null,
  };
}

function removedOperation(op: RemovedOperation): Diagnostic {
  return {
    severity: 'error',
    pointer: '',
    code: 'removed-operation',
    message: `${describeOperation(op)} was removed from the Genesys Cloud Platform API at ${op.removedIn}, after being deprecated.`,
    suggestion: op.replacement ? `use ${op.replacement}` : null,
  };
}

/** Removed operations seen as operations, so the validator can walk their old bodies; one per removed operation. */
const explainable = new WeakMap<RemovedOperation, Operation>();

/**
 * A body written for a removed call, checked against that call's old body only to explain old code: what
 * was never a field of it (and the known misconceptions), never what to add to a call that is gone.
 */
function explainOldBody(removed: RemovedOperation, body: unknown, options: ValidationOptions): Diagnostic[] {
  if (!removed.body || body === undefined || body === null) return [];
  let op = explainable.get(removed);
  if (!op) {
    op = { ...removed, domain: '', summary: '', deprecated: true, scopes: [], scopesKnown: true, permissions: null, permissionsKnown: true, pathParams: [], schemaKnown: true };
    explainable.set(removed, op);
  }
  return checkBody(op, body, options)
    .filter((d) => d.code !== 'missing-required')
    .map((d) => d.code !== 'unknown-property' ? d : {
      ...d,
      message: `${d.message} (That body belonged to a call removed at Platform API ${removedVersion(removed)}: this explains old code; it is not a call to make.)`,
      suggestion: d.suggestion?.includes('; use ') ? d.suggestion : `remove ${fieldName(d.pointer)}`,
    });
}

function isEmptyObject(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
}

const removedVersion = (op: RemovedOperation) => /\bAPI (\d+)/.exec(op.removedIn)?.[1] ?? op.removedIn;
