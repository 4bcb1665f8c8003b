import { isUnreadable, type Result } from './results';

/**
 * Compiler-style lines: `file:line:col: error [code] /pointer: message` and an indented suggestion.
 * Unreadable files are only counted here: `check` already wrote their message to stderr.
 */
export function formatText(all: readonly Result[]): string {
  const lines: string[] = [];
  const results = all.filter((r) => !isUnreadable(r));
  for (const r of results) {
    const where = `${r.file}${results.filter((o) => o.file === r.file).length > 1 ? ` [${r.index}]` : ''}`;
    lines.push(`${where}: ${r.subject}: ${verdict(r)}`);
    for (const d of r.diagnostics) {
      const at = d.location ? `${r.file}:${d.location.line}:${d.location.column}` : r.file;
      lines.push(`  ${at}: ${d.severity} [${d.code}] ${d.pointer || '/'}: ${d.message}`);
      if (d.suggestion) lines.push(`      suggestion: ${d.suggestion}`);
    }
  }
  const invalid = results.filter((r) => !r.valid).length;
  const unverified = results.filter((r) => r.valid && isUnverified(r)).length;
  const unreadable = all.length - results.length;
  lines.push(`${results.length} checked, ${results.length - invalid} valid${unverified ? ` (${unverified} unverified)` : ''}, ${invalid} invalid${unreadable ? `, ${unreadable} unreadable` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** A well-formed request whose call FACTS.md leaves unverified is not simply "valid". */
const isUnverified = (r: Result) => r.diagnostics.some((d) => d.code === 'unverified');
const verdict = (r: Result) => (!r.valid ? 'INVALID' : isUnverified(r) ? 'valid, but unverified (see the warning)' : 'valid');
