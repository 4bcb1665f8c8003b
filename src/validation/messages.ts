/**
 * Diagnostic wording, shared by the JS validator and the plan-time precondition compiler so a mistake
 * reads the same at synth, at plan and at run time. `actual` is omitted where it is not known (plan time).
 */
import { unescapeSegment } from '../text/json-pointer';
import { FORMAT_EXAMPLES, type Rule } from './rules';

/** `/cobrowse/session` reads better as `cobrowse.session` in prose; the root is "the body". */
export function fieldName(pointer: string): string {
  if (pointer === '') return 'the body';
  return `\`${pointer.slice(1).split('/').map(unescapeSegment).join('.')}\``;
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
  unknownProperty: (pointer: string, objectName: string | undefined) =>
    `${fieldName(pointer)} is not a property of ${objectName ?? 'this object'}; Genesys rejects it ('invalid.property').`,
  missingRequired: (pointer: string, objectName: string | undefined) =>
    `${fieldName(pointer)} is required${objectName ? ` by ${objectName}` : ''} but missing.`,
  wrongType: (pointer: string, rule: Rule, actual?: string) =>
    `${fieldName(pointer)} must be ${expectedType(rule)}${actual ? `, not ${actual}` : ''}.`,
  notInEnum: (pointer: string, allowed: readonly (string | number)[], actual?: string | number) =>
    `${fieldName(pointer)} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${actual !== undefined ? `, not ${JSON.stringify(actual)}` : ''}.`,
  badFormat: (pointer: string, format: string) =>
    `${fieldName(pointer)} must be ${FORMAT_EXAMPLES[format] ?? `in format ${format}`}.`,
  badPattern: (pointer: string, pattern: string) => `${fieldName(pointer)} must match the pattern ${pattern}.`,
  outOfRange: (pointer: string, what: string) => `${fieldName(pointer)} ${what}.`,
};

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
