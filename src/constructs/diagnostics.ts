/** Turning the validator's diagnostics into cdktf synth-time errors and warnings, in the constructs' one style. */
import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import type { Operation } from '../genesys';
import { isOperation, lookupOperation as resolveOperation, type Diagnostic, type OperationRef } from '../validation';
import { acknowledge } from './acknowledgements';

/**
 * A synth message as every construct writes it: `<prop>: <what is wrong> (<what to do>)`, the validator's
 * message and suggestion without its severity, pointer and code. The prop is where the user wrote the value
 * (`fallback.body`, `additionalPermissions[0]`: a list entry's index is taken from the diagnostic's pointer
 * when `list` is set). cdktf prefixes the construct's path.
 */
export function synthMessage(what: string, d: Pick<Diagnostic, 'message' | 'suggestion' | 'pointer'>, list = false): string {
  const index = list ? /^\/(\d+)$/.exec(d.pointer)?.[1] : undefined;
  return `${index === undefined ? what : `${what}[${index}]`}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;
}

/**
 * Errors as synth messages (see {@link synthMessage}); warnings become annotations so they show at synth
 * without failing it.
 */
export function reportDiagnostics(scope: IConstruct, what: string, diagnostics: readonly Diagnostic[], list = false): string[] {
  const errors: string[] = [];
  for (const d of diagnostics) {
    if (d.severity === 'error') errors.push(synthMessage(what, d, list));
    else reportWarning(scope, d.code, synthMessage(what, d, list));
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

/** An operation by any OperationRef, or the synth error that explains why there is none. */
export function lookupOperation(ref: OperationRef, what: string): Operation | string {
  const found = resolveOperation(ref);
  return isOperation(found) ? found : synthMessage(what, found);
}
