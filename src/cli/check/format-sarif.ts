/** SARIF 2.1.0, which code-scanning CI systems read to annotate pull requests. */
import { packageVersion } from '../../package-info';
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
      results: diagnostics.map(({ r, d, reason }) => ({
        ruleId: d.code,
        level: d.severity,
        message: { text: `${d.pointer || '/'}: ${d.message}${d.suggestion ? ` Suggestion: ${d.suggestion}` : ''}` },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.split('\\').join('/') },
            ...(d.location ? { region: { startLine: d.location.line, startColumn: d.location.column } } : {}),
          },
          logicalLocations: [{ fullyQualifiedName: `${r.subject}#${d.pointer}` }],
        }],
        ...(reason !== undefined ? { suppressions: [{ kind: 'inSource', justification: reason }] } : {}),
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
