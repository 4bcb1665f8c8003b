/**
 * Suppressions (acknowledgements) of diagnostics, cdk-nag style: a code and a reason, on one resource or
 * construct. A reason is required; a suppression that matches nothing is reported (`unused-suppression`);
 * `removed-operation` cannot be suppressed (the call is gone from the API: nothing makes it fine).
 */
import type { Diagnostic } from '../types';

export interface SuppressionRule {
  /** The diagnostic code acknowledged (`unverified`, `unknown-permission`, ...). */
  readonly code: string;
  /** Why it is fine here; required. */
  readonly reason: string;
}

/** Codes no suppression applies to. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(['removed-operation']);

export interface Applied<D extends Diagnostic> {
  /** Diagnostics still reported. */
  kept: D[];
  /** Diagnostics acknowledged, each with its reason. */
  suppressed: (D & { reason: string })[];
  /** Suppressions that cannot apply (no reason, removed-operation) as errors, and unused ones as warnings, by index into the rules given. */
  problems: { index: number; diagnostic: Diagnostic }[];
}

/** Why a suppression cannot be applied, or null. */
export function suppressionProblem(rule: { code?: unknown; reason?: unknown }): string | null {
  if (typeof rule.code !== 'string' || rule.code.trim() === '') return 'A suppression needs the code of the diagnostic it acknowledges.';
  if (typeof rule.reason !== 'string' || rule.reason.trim() === '') return `The suppression of ${rule.code} has no reason; write why it is fine here.`;
  if (UNSUPPRESSIBLE.has(rule.code)) return `${rule.code} cannot be suppressed: the operation is gone from the Genesys Cloud Platform API, so the call fails whatever the reason.`;
  return null;
}

export function applySuppressions<D extends Diagnostic>(diagnostics: readonly D[], rules: readonly SuppressionRule[], where: string): Applied<D> {
  const valid = rules.map((r) => suppressionProblem(r) === null);
  const used = rules.map(() => false);
  const kept: D[] = [];
  const suppressed: (D & { reason: string })[] = [];
  for (const d of diagnostics) {
    const i = rules.findIndex((r, k) => valid[k] && r.code === d.code);
    if (i === -1) kept.push(d);
    else {
      used[i] = true;
      suppressed.push({ ...d, reason: rules[i].reason });
    }
  }
  const problems = rules.flatMap((r, index): Applied<D>['problems'] => {
    const problem = suppressionProblem(r);
    if (problem) return [{ index, diagnostic: { severity: 'error', pointer: '', code: 'invalid-suppression', message: problem, suggestion: null } }];
    if (used[index]) return [];
    return [{ index, diagnostic: { severity: 'warning', pointer: '', code: 'unused-suppression', message: `The suppression of ${r.code} on ${where} matched no diagnostic ("${r.reason}").`, suggestion: 'remove the suppression' } }];
  });
  return { kept, suppressed, problems };
}
