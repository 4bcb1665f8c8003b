import type { Diagnostic } from './types';

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** One line, compiler style: `error /cobrowse [unknown-property] message (suggestion)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.pointer || '/'} [${d.code}] ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;
}
