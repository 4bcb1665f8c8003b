/** `validateRequest`: which operation a request goes to, and whether its body fits. */
import { closestOperationId, closestOperations, describeOperation, findOperation, getOperation, methodsAt, parseOperationRef } from '../genesys';
import type { Operation } from '../genesys/types';
import { explainMisconception, operationMisconception } from './misconceptions';
import type { ApiRequest, Diagnostic, ValidationOptions } from './types';
import { echo, REFERENCE_ECHO_LIMIT } from './messages';
import { checkBody } from './validate';

/** Validates a request; never throws, whatever JSON value `req` or its body is. */
export function validateRequest(req: ApiRequest, options: ValidationOptions = {}): Diagnostic[] {
  if (typeof req !== 'object' || req === null || typeof req.method !== 'string' || typeof req.path !== 'string') {
    return [{ severity: 'error', pointer: '', code: 'unknown-operation', message: 'A request needs a string `method` and a string `path`.', suggestion: 'write {"method": "POST", "path": "/api/v2/...", "body": {...}}' }];
  }
  const op = findOperation(req.method, req.path);
  return op ? validateBody(op, req.body, options) : unknownOperation(req, options);
}

/** Validates a body for a known operation (plus the deprecation warning). `undefined` = no body sent. */
export function validateBody(op: Operation, body: unknown, options: ValidationOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (op.deprecated) {
    out.push({
      severity: 'warning',
      pointer: '',
      code: 'deprecated-operation',
      message: `${describeOperation(op)} is deprecated.`,
      suggestion: op.replacement ? `use ${op.replacement}` : null,
    });
  }
  const sent = body !== undefined;
  if (!op.schemaKnown) {
    if (sent) out.push({ severity: 'warning', pointer: '', code: 'schema-unavailable', message: `The snapshot has no body schema for ${describeOperation(op)}; the body was not checked.`, suggestion: null });
  } else if (!op.body) {
    if (sent && body !== null) out.push({ severity: 'error', pointer: '', code: 'unexpected-body', message: `${describeOperation(op)} takes no request body.`, suggestion: 'send the request without a body' });
  } else if (!sent || body === null) {
    if (op.body.required) out.push({ severity: 'error', pointer: '', code: 'missing-body', message: `${describeOperation(op)} requires a request body.`, suggestion: null });
  } else {
    out.push(...checkBody(op, body, options));
  }
  return out;
}

/**
 * The operation an operationId or `METHOD /path` names, or the diagnostic that explains why there is
 * none (a known misconception, the methods the path does take, or the closest real operations).
 */
export function lookupOperation(ref: string): Operation | Diagnostic {
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

function unknownOperation(req: ApiRequest, options: ValidationOptions): Diagnostic[] {
  const method = req.method.toUpperCase();
  const misconception = operationMisconception(method, req.path);
  if (misconception) {
    const { explanation, suggestion } = explainMisconception(misconception.id);
    const diagnostics: Diagnostic[] = [{ severity: 'error', pointer: '', code: 'unknown-operation', message: explanation, suggestion }];
    const intended = misconception.match.kind === 'operation' && misconception.match.checkBodyAs ? getOperation(misconception.match.checkBodyAs) : undefined;
    // Checking the body against the call it was meant for reports its other mistakes too.
    return intended && req.body !== undefined ? [...diagnostics, ...validateBody(intended, req.body, options)] : diagnostics;
  }
  const others = methodsAt(req.path);
  const suggestion = others.length > 0
    ? `this path takes ${others.join(', ')}`
    : `did you mean ${closestOperations(method, req.path).map(describeOperation).join(' or ')}?`;
  return [{ severity: 'error', pointer: '', code: 'unknown-operation', message: `No Genesys Cloud operation ${echo(`${method} ${req.path}`, REFERENCE_ECHO_LIMIT)}.`, suggestion }];
}
