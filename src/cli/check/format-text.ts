import { isUnreadable, type Result } from './results';

/**
 * One output line made safe: control characters (C0, DEL, C1) and line/paragraph separators as visible
 * escapes (`\n`, `\u001b`), and a leading `::` (after blanks) as `./::`. Lines carry file names, paths
 * and keys from the input, which must not start a new line, drive the terminal (ANSI escapes), or be read
 * by GitHub Actions as a workflow command (`::error ...::`, `::add-mask::`): a file name is the only input
 * a line starts with, and `./::x` names the same file.
 */
export function escapeLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const short = ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' } as Record<string, string>)[c];
    return short ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return visible.replace(/^(\s*)::/, '$1./::');
}

/**
 * Compiler-style lines: `file:line:col: error [code] /pointer: message` and an indented suggestion.
 * Unreadable files are only counted here: `check` already wrote their message to stderr.
 */
export function formatText(all: readonly Result[]): string {
  const lines: string[] = [];
  const results = all.filter((r) => !isUnreadable(r));
  const perFile = new Map<string, number>();
  for (const r of results) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1);
  for (const r of results) {
    const where = `${r.file}${(perFile.get(r.file) ?? 0) > 1 ? ` [${r.index}]` : ''}`;
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
  return `${lines.map(escapeLine).join('\n')}\n`;
}

/** A well-formed request whose call FACTS.md leaves unverified is not simply "valid". */
const isUnverified = (r: Result) => r.diagnostics.some((d) => d.code === 'unverified');
const verdict = (r: Result) => (!r.valid ? 'INVALID' : isUnverified(r) ? 'valid, but unverified (see the warning)' : 'valid');
