/** Validates the entries of payload files into the results every output format prints. */
import { describeOperation, findOperation } from '../../genesys';
import { echo, hasErrors, REFERENCE_ECHO_LIMIT, validatePermissions, validateRequest, validateScopes, type Diagnostic } from '../../validation';
import type { Location } from './json-scan';
import type { Entry, PayloadFile } from './inputs';
import type { CheckCode } from './rule-help';

export interface CheckedDiagnostic extends Omit<Diagnostic, 'code'> {
  code: CheckCode;
  /** Where in the file the diagnostic points, when known. */
  location?: Location;
}

export interface Result {
  file: string;
  /** Position of the request in the file. */
  index: number;
  /** `METHOD /path (operationId)`; null for unknown operations and scope/permission lists. */
  operation: string | null;
  /** What was checked, for people: the operation, `POST /x (unknown operation)`, `OAuth scopes`, `permissions`. */
  subject: string;
  valid: boolean;
  diagnostics: CheckedDiagnostic[];
  /** check-terraform: the resource's address (`genesyscloud_auth_role.agent`). */
  address?: string;
  /** check-terraform: the attribute the diagnostics concern (`permission_policies[0].action_set`); absent for the resource as a whole. */
  attribute?: string;
  /** check-terraform: diagnostics acknowledged by a suppression, with its reason. */
  suppressed?: (Omit<CheckedDiagnostic, 'suggestion' | 'pointer'> & { reason: string; attribute: string | null })[];
}

export function checkFile(payloads: PayloadFile): Result[] {
  return payloads.entries.map((entry, index) => {
    const { operation, diagnostics, prefix } = checkEntry(entry);
    const located = diagnostics.map((d) => ({
      ...d,
      location: payloads.locate(d.code === 'unknown-operation' && entry.kind === 'request' ? entry.bodyPointer.replace(/\/body$/, '/path') : prefix + d.pointer)
        ?? payloads.locate(prefix),
    }));
    return { file: payloads.file, index, operation, subject: subjectOf(entry, operation), valid: !hasErrors(diagnostics), diagnostics: located };
  });
}

/** A file that could not be read or parsed, as a result with one `unreadable-input` error, so no format drops it. */
export function unreadableResult(file: string, message: string, location?: Location): Result {
  return {
    file,
    index: 0,
    operation: null,
    subject: 'unreadable input',
    valid: false,
    diagnostics: [{ severity: 'error', pointer: '', code: 'unreadable-input', message, suggestion: null, location }],
  };
}

export function isUnreadable(result: Result): boolean {
  return result.diagnostics.some((d) => d.code === 'unreadable-input');
}

function checkEntry(entry: Entry): { operation: string | null; diagnostics: Diagnostic[]; prefix: string } {
  if (entry.kind !== 'request') {
    const validate = entry.kind === 'scopes' ? validateScopes : validatePermissions;
    return { operation: null, diagnostics: validate(entry.values as string[]), prefix: entry.valuesPointer };
  }
  const op = findOperation(entry.method, entry.path);
  return {
    operation: op ? describeOperation(op) : null,
    diagnostics: validateRequest({ method: entry.method, path: entry.path, body: entry.hasBody ? entry.body : undefined }),
    prefix: entry.bodyPointer,
  };
}

function subjectOf(entry: Entry, operation: string | null): string {
  if (entry.kind !== 'request') return entry.kind === 'scopes' ? 'OAuth scopes' : 'permissions';
  return operation ?? `${echo(`${entry.method.toUpperCase()} ${entry.path}`, REFERENCE_ECHO_LIMIT)} (unknown operation)`;
}
