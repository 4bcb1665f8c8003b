/** SARIF 2.1.0, which code-scanning CI systems read to annotate pull requests. */
import { isAbsolute, relative, resolve, sep } from 'path';
import { packageVersion } from '../../package-info';
import { STDIN_NAME } from './inputs';
import type { Result } from './results';
import { RULE_HELP } from './rule-help';

export function formatSarif(results: readonly Result[]): string {
  // Suppressed diagnostics (check-terraform) are results too, marked with SARIF's `suppressions` and their reason.
  const diagnostics = results.flatMap((r) => [
    ...r.diagnostics.map((d) => ({ r, d, reason: undefined as string | undefined })),
    ...(r.suppressed ?? []).map((s) => ({ r, d: { ...s, pointer: '', suggestion: null }, reason: s.reason as string | undefined })),
  ]);
  const rules = [...new Set(diagnostics.map(({ d }) => d.code))].sort();
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'genesys-cobrowse',
          version: packageVersion(),
          rules: rules.map((id) => ({
            id,
            shortDescription: { text: RULE_HELP[id].summary },
            help: { text: RULE_HELP[id].help },
          })),
        },
      },
      results: diagnostics.map(({ r, d, reason }) => {
        const uri = artifactUri(r.file);
        // Without a URI, the message names the file instead.
        const text = `${uri === null ? `${r.file}: ` : ''}${d.pointer || '/'}: ${d.message}${d.suggestion ? ` Suggestion: ${d.suggestion}` : ''}`;
        return {
          ruleId: d.code,
          level: d.severity,
          message: { text },
          locations: [{
            ...(uri === null ? {} : {
              physicalLocation: {
                artifactLocation: { uri },
                ...(d.location ? { region: { startLine: d.location.line, startColumn: d.location.column } } : {}),
              },
            }),
            logicalLocations: [{ fullyQualifiedName: `${r.subject}#${d.pointer}` }],
          }],
          ...(reason !== undefined ? { suppressions: [{ kind: 'inSource', justification: reason }] } : {}),
        };
      }),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * The file as a relative URI reference from the working directory (where code scanning resolves it), each
 * path segment percent-encoded (`::x.json` is `%3A%3Ax.json`, `a b` is `a%20b`). Null for stdin and for a
 * file outside the working directory (absolute elsewhere, or climbing out with `..`): no absolute or
 * climbing URI is written; such a result has only its logical location, and its message names the file.
 */
export function artifactUri(file: string, cwd = process.cwd()): string | null {
  if (file === STDIN_NAME) return null;
  const path = relative(cwd, resolve(cwd, file));
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return null;
  return path.split(sep).map(encodeURIComponent).join('/');
}
