/**
 * The provider cannot tell secrets apart (Terraform strips sensitivity marks before calling it), so its
 * findings repeat neither the operation reference as written (a path may hold an id) nor any key of the
 * body that the API does not itself define: a map key (customer data under `data`, say) or an unknown
 * property may be a secret. The validator already leaves values out (`redactValues`); this pass replaces
 * such keys in each finding's pointer and texts with `<key>`, leaving the schema's property names, array
 * indexes and the keys a known misconception explains, and the reference with `<operation>`.
 */
import { SNAPSHOT } from '../genesys/snapshot';
import type { Operation } from '../genesys/types';
import { escapeSegment, toPointer, unescapeSegment } from '../text/json-pointer';
import { echo, fieldName, REFERENCE_ECHO_LIMIT } from '../validation/messages';
import { bodyRules } from '../validation/operation-ref';
import type { Rule } from '../validation/rules';

export const KEY_PLACEHOLDER = '<key>';
export const OPERATION_PLACEHOLDER = '<operation>';

interface Texts {
  pointer: string;
  message: string;
  suggestion: string | null;
}

let explained: ReadonlySet<string> | undefined;

/** Property names the misconceptions explain: public knowledge, never a user's secret. */
function explainedKeys(): ReadonlySet<string> {
  return (explained ??= new Set(SNAPSHOT.misconceptions.flatMap((m) => (m.match.kind === 'body-property' ? [m.match.property] : []))));
}

/** The pointer's segments, each with whether the schema names it, walking the operation's rule tree. */
function segments(rule: Rule | null, pointer: string): { key: string; foreign: boolean }[] {
  let at: Rule | undefined = rule ?? undefined;
  return pointer.split('/').slice(1).map(unescapeSegment).map((key) => {
    if (at?.kind === 'object' && Object.hasOwn(at.properties, key)) {
      at = at.properties[key]();
      return { key, foreign: false };
    }
    if (at?.kind === 'array' && /^\d+$/.test(key)) {
      at = at.items();
      return { key, foreign: false };
    }
    // An index under a value the rules do not describe is most likely an array's; a name never is safe.
    const foreign = !(at === undefined && /^\d+$/.test(key)) && !explainedKeys().has(key);
    at = at?.kind === 'object' && typeof at.additional === 'function' ? at.additional() : undefined;
    return { key, foreign };
  });
}

const IDENTIFIER = /[\p{L}\p{N}_]/u;

/** Replaces whole-word occurrences of `key` (not part of a longer name) in `text`. */
function replaceWord(text: string, key: string, by: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length)) {
    const before = text[i - 1];
    const after = text[i + key.length];
    if ((before && IDENTIFIER.test(before)) || (after && IDENTIFIER.test(after))) continue;
    out += text.slice(from, i) + by;
    from = i + key.length;
  }
  return out + text.slice(from);
}

/**
 * The finding with the operation reference (each of `references`, the forms the validator may quote)
 * replaced by {@link OPERATION_PLACEHOLDER} and every key of the body the API does not define by
 * {@link KEY_PLACEHOLDER}.
 */
export function redact<T extends Texts>(op: Operation | undefined, references: readonly string[], finding: T): T {
  return redactKeys(op, redactReference(references, finding));
}

function redactReference<T extends Texts>(references: readonly string[], finding: T): T {
  const forms = [...new Set(references.flatMap((r) => [r, echo(r, REFERENCE_ECHO_LIMIT)]))].filter((f) => f.trim() !== '');
  const scrub = (text: string) => forms.reduce((out, form) => out.split(form).join(OPERATION_PLACEHOLDER), text);
  if (!forms.some((f) => finding.message.includes(f) || finding.suggestion?.includes(f))) return finding;
  return { ...finding, message: scrub(finding.message), suggestion: finding.suggestion === null ? null : scrub(finding.suggestion) };
}

function redactKeys<T extends Texts>(op: Operation | undefined, finding: T): T {
  if (finding.pointer === '') return finding;
  const path = segments(op ? bodyRules(op) : null, finding.pointer);
  const foreign = path.filter((s) => s.foreign).map((s) => s.key);
  if (foreign.length === 0) return finding;
  const pointer = toPointer(path.map((s) => (s.foreign ? KEY_PLACEHOLDER : s.key)));
  const scrub = (text: string): string => {
    // The validator names the field as fieldName(pointer) (keys cut to ECHO_LIMIT) and says `remove <key>`.
    let out = text.split(fieldName(finding.pointer)).join(fieldName(pointer));
    for (const key of foreign) {
      for (const form of new Set([echo(key), key, escapeSegment(key)])) out = replaceWord(out, form, KEY_PLACEHOLDER);
    }
    return out;
  };
  return { ...finding, pointer, message: scrub(finding.message), suggestion: finding.suggestion === null ? null : scrub(finding.suggestion) };
}
