import type { Result } from './results';

/** `{ "results": [...] }`: the documented shape (location omitted, to keep it stable). */
export function formatJson(results: readonly Result[]): string {
  return `${JSON.stringify({
    results: results.map((r) => ({
      file: r.file,
      index: r.index,
      operation: r.operation,
      valid: r.valid,
      diagnostics: r.diagnostics.map(({ severity, pointer, code, message, suggestion }) => ({ severity, pointer, code, message, suggestion })),
    })),
  }, null, 2)}\n`;
}
