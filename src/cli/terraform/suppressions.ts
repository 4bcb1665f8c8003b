/** Suppressions written for check-terraform: `# genesys-cobrowse-ignore: CODE reason` comments, and a `--suppressions` file. */
import { parseInputJson, readInputText, UnreadableInput } from '../check/read-input';
import type { Suppression } from './types';

const MARKER = /^(?:#|\/\/|\/\*)\s*genesys-cobrowse-ignore\s*:?\s*(.*?)\s*(?:\*\/)?$/s;

/** A suppression comment (`# genesys-cobrowse-ignore: CODE reason`), a problem with one, or null for other comments. */
export function parseSuppressionComment(text: string): { code: string; reason: string } | { problem: string } | null {
  const m = MARKER.exec(text.trim());
  if (!m) return null;
  const [, code = '', reason = ''] = /^(\S*)\s*(.*)$/s.exec(m[1]) ?? [];
  if (!code) return { problem: 'The genesys-cobrowse-ignore comment names no code; write `# genesys-cobrowse-ignore: CODE reason`.' };
  return { code, reason: reason.trim() };
}

/**
 * A suppressions file: `{"suppressions": {"genesyscloud_auth_role.agent": [{"code": "...", "reason": "..."}]}}`,
 * keyed by resource address. Throws UnreadableInput when it is not that shape.
 */
export function readSuppressionsFile(file: string): Map<string, Suppression[]> {
  const json = parseInputJson(file, readInputText(file)) as { suppressions?: unknown };
  const map = new Map<string, Suppression[]>();
  const table = json?.suppressions;
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new UnreadableInput(file, 'not a suppressions file: write {"suppressions": {"ADDRESS": [{"code": "...", "reason": "..."}]}}');
  }
  for (const [address, list] of Object.entries(table)) {
    if (!Array.isArray(list)) throw new UnreadableInput(file, `suppressions for ${address}: write a list of {"code": "...", "reason": "..."}`);
    map.set(address, list.map((s: { code?: unknown; reason?: unknown }) => ({ code: String(s?.code ?? ''), reason: typeof s?.reason === 'string' ? s.reason : '', address })));
  }
  return map;
}
