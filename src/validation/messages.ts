/**
 * Diagnostic wording, shared by the JS validator and the plan-time precondition compiler so a mistake
 * reads the same at synth, at plan and at run time. `actual` is omitted where it is not known (plan time).
 */
import { unescapeSegment } from '../text/json-pointer';
import type { Evidence, PropertyCondition, UndocumentedProperty } from '../genesys/types';
import { FORMAT_EXAMPLES, type Rule } from './rules';

/** Longest stretch of input any message repeats: input may be huge (20 MB), or a secret. */
export const ECHO_LIMIT = 32;

/** Longest operation reference (`METHOD /path`, operationId) a message repeats: real ones are shorter. */
export const REFERENCE_ECHO_LIMIT = 200;

/** Input as a message repeats it: cut to `limit` characters, with the full length noted. */
export function echo(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  const end = /[\ud800-\udbff]/.test(text[limit - 1]) ? limit - 1 : limit; // keep surrogate pairs whole
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

/** Any input value as a message quotes it: a string JSON-quoted, anything else as JSON; cut by {@link echo}. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(echo(value)) : echo(boundedJson(value));
}

/**
 * `value` as JSON down to `maxDepth` levels, deeper arrays and objects as `[…]` and `{…}`: a message never
 * shows more than ECHO_LIMIT characters, and input nested thousands deep must not exhaust the stack.
 */
export function boundedJson(value: unknown, maxDepth = ECHO_LIMIT): string {
  if (typeof value !== 'object' || value === null) return String(JSON.stringify(value));
  if (maxDepth <= 0) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) return `[${value.map((v) => boundedJson(v ?? null, maxDepth - 1)).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function'); // as JSON.stringify drops them
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${boundedJson(v, maxDepth - 1)}`).join(',')}}`;
}

/** `/cobrowse/session` reads better as `cobrowse.session` in prose; the root is "the body". */
export function fieldName(pointer: string): string {
  if (pointer === '') return 'the body';
  return `\`${echo(pointer.slice(1).split('/').map(unescapeSegment).join('.'))}\``;
}

export function expectedType(rule: Rule): string {
  switch (rule.kind) {
    case 'object':
      return rule.name ? `an object (${rule.name})` : 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'any':
      return 'any value';
  }
}

export const messages = {
  // Not "Genesys rejects it": some endpoints ignore properties outside their definition (Genesys's own
  // WebRTC SDK sends one on every softphone call).
  unknownProperty: (pointer: string, objectName: string | undefined) =>
    `${fieldName(pointer)} is not in the API definition of ${objectName ?? 'this object'}; Genesys ignores or rejects it.`,
  missingRequired: (pointer: string, objectName: string | undefined) =>
    `${fieldName(pointer)} is required${objectName ? ` by ${objectName}` : ''} but missing.`,
  wrongType: (pointer: string, rule: Rule, actual?: string) =>
    `${fieldName(pointer)} must be ${expectedType(rule)}${actual ? `, not ${actual}` : ''}.`,
  notInEnum: (pointer: string, allowed: readonly (string | number)[], actual?: string | number) =>
    `${fieldName(pointer)} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${actual !== undefined ? `, not ${quote(actual)}` : ''}.`,
  undocumentedProperty: (pointer: string, objectName: string | undefined, u: UndocumentedProperty) =>
    `${fieldName(pointer)} is not in the API definition of ${objectName ?? 'this object'}, but Genesys's own code sends it (${describeEvidence(u.evidence)}: ${u.use}).`,
  omittedRequired: (pointer: string, objectName: string | undefined, u: UndocumentedProperty) =>
    `${fieldName(pointer)} is required by the API definition of ${objectName ?? 'this object'}, but Genesys's own code omits it (${describeEvidence(u.evidence)}: ${u.use}).`,
  enumCase: (pointer: string, member: string, actual?: string) =>
    `${fieldName(pointer)}${actual !== undefined ? ` is ${quote(actual)}, which` : ''} matches the API's value ${JSON.stringify(member)} only when case is ignored; ` +
    'whether Genesys matches enum values case-insensitively is unverified.',
  badFormat: (pointer: string, format: string) =>
    `${fieldName(pointer)} must be ${FORMAT_EXAMPLES[format] ?? `in format ${format}`}.`,
  badPattern: (pointer: string, pattern: string) => `${fieldName(pointer)} must match the pattern ${pattern}.`,
  /** `pointer` is the forbidden property's. */
  invalidCombination: (pointer: string, condition: PropertyCondition) =>
    `${fieldName(pointer)} cannot be used when ${condition.when.property} is ${JSON.stringify(condition.when.equals)}. ${condition.explanation}`,
  outOfRange: (pointer: string, what: string) => `${fieldName(pointer)} ${what}.`,
};

/** `MyPureCloud/genesys-cloud-webrtc-sdk src/client.ts at 3cd80b9`: where Genesys's own code does a thing. */
export function describeEvidence(evidence: Evidence): string {
  return [evidence.repository, evidence.path, evidence.commit && `at ${evidence.commit.slice(0, 7)}`].filter(Boolean).join(' ');
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
