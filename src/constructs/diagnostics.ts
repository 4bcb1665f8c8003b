/** Turning the validator's diagnostics into cdktf synth-time validation errors. */
import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import type { Operation } from '../genesys';
import { formatDiagnostic, lookupOperation as resolveOperation, type Diagnostic } from '../validation';
import { acknowledge } from './acknowledgements';

/**
 * Errors as `<what>: <diagnostic>` lines (the construct's path is prefixed by cdktf); warnings become
 * annotations so they show at synth without failing it, unless acknowledged (GenesysChecks.suppress).
 */
export function reportDiagnostics(scope: IConstruct, what: string, diagnostics: readonly Diagnostic[]): string[] {
  const errors: string[] = [];
  for (const d of diagnostics) {
    if (d.severity === 'error') errors.push(`${what}: ${formatDiagnostic(d)}`);
    else reportWarning(scope, d.code, `${what}: ${formatDiagnostic(d)}`);
  }
  return errors;
}

/** A warning as an annotation, or, when a suppression acknowledges its code, an info line with the reason. */
export function reportWarning(scope: IConstruct, code: string, text: string): void {
  const reason = acknowledge(scope, code);
  if (reason === undefined) Annotations.of(scope).addWarning(text);
  else Annotations.of(scope).addInfo(`acknowledged: ${text} (${reason})`);
}

/** Options passed to the validator so values only known at plan (cdktf tokens) are checked for presence only. */
export const TOKENS_UNKNOWN = { isUnknown: (value: unknown) => Token.isUnresolved(value) };

/** An operation by operationId or `METHOD /path`, or an error that explains why there is none. */
export function lookupOperation(ref: string, what: string): Operation | string {
  const found = resolveOperation(ref);
  return 'operationId' in found ? found : `${what}: ${found.message}${found.suggestion ? ` (${found.suggestion})` : ''}`;
}
