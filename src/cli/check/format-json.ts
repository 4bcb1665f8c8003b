import type { Result } from './results';

/** `{ "results": [...] }`: the documented shape (location omitted, to keep it stable); check-terraform adds address, attribute and suppressed. */
export function formatJson(results: readonly Result[]): string {
  return `${JSON.stringify({
    results: results.map((r) => ({
      file: r.file,
      index: r.index,
      operation: r.operation,
      valid: r.valid,
      ...(r.address !== undefined ? { address: r.address } : {}),
      ...(r.attribute !== undefined ? { attribute: r.attribute } : {}),
      ...(r.suppressed ? { suppressed: r.suppressed.map(({ code, reason, attribute }) => ({ code, reason, attribute })) } : {}),
      diagnostics: r.diagnostics.map(({ severity, pointer, code, message, suggestion }) => ({ severity, pointer, code, message, suggestion })),
    })),
  }, null, 2)}\n`;
}
