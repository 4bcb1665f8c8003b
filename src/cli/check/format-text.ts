import type { Result } from './results';

/** Compiler-style lines: `file:line:col: error [code] /pointer: message` and an indented suggestion. */
export function formatText(results: readonly Result[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const where = `${r.file}${results.filter((o) => o.file === r.file).length > 1 ? ` [${r.index}]` : ''}`;
    lines.push(`${where}: ${r.subject}: ${r.valid ? 'valid' : 'INVALID'}`);
    for (const d of r.diagnostics) {
      const at = d.location ? `${r.file}:${d.location.line}:${d.location.column}` : r.file;
      lines.push(`  ${at}: ${d.severity} [${d.code}] ${d.pointer || '/'}: ${d.message}`);
      if (d.suggestion) lines.push(`      suggestion: ${d.suggestion}`);
    }
  }
  const invalid = results.filter((r) => !r.valid).length;
  lines.push(`${results.length} checked, ${results.length - invalid} valid, ${invalid} invalid`);
  return `${lines.join('\n')}\n`;
}
