/** The JS evaluation of rule trees (rules.ts) over any JSON value. Never throws. */
import { closest } from '../text/similarity';
import { MISCONCEPTIONS } from '../genesys';
import type { Operation } from '../genesys/types';
import { fieldName, jsonType, messages } from './messages';
import { bodyRules, FORMAT_PATTERNS, type Rule } from './rules';
import type { Diagnostic, ValidationOptions } from './types';
import { explainMisconception } from './misconceptions';

/** Deeper than any Genesys request body; bounds the work and the stack on hostile input. */
export const MAX_DEPTH = 64;

const formatRegex = Object.fromEntries(Object.entries(FORMAT_PATTERNS).map(([f, p]) => [f, new RegExp(p)]));
const patternCache = new Map<string, RegExp>();

interface Walk {
  out: Diagnostic[];
  /** Pointer segments of the value being checked (escaped per RFC 6901). */
  path: string[];
  isUnknown?: (value: unknown) => boolean;
  /** Properties that, when unknown here, have a known explanation (misconceptions.json). */
  explained: ReadonlyMap<string, string>;
}

/** Checks a body against an operation's schema (the operation must take a body). */
export function checkBody(op: Operation, body: unknown, options: ValidationOptions = {}): Diagnostic[] {
  const rule = bodyRules(op);
  if (!rule) return [];
  const walk: Walk = { out: [], path: [], isUnknown: options.isUnknown, explained: explainedProperties(op) };
  check(rule, body, walk, 0);
  return walk.out;
}

function explainedProperties(op: Operation): Map<string, string> {
  const explained = new Map<string, string>();
  for (const m of MISCONCEPTIONS) {
    if (m.match.kind === 'body-property' && m.match.operations.includes(op.operationId)) explained.set(m.match.property, m.id);
  }
  return explained;
}

function pointer(walk: Walk, extra?: string): string {
  const segments = extra === undefined ? walk.path : [...walk.path, escape(extra)];
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function report(walk: Walk, d: Omit<Diagnostic, 'severity'>, severity: Diagnostic['severity'] = 'error'): void {
  walk.out.push({ severity, ...d });
}

function check(rule: Rule, value: unknown, walk: Walk, depth: number): void {
  if (walk.isUnknown?.(value)) return;
  if (depth > MAX_DEPTH) {
    report(walk, { pointer: pointer(walk), code: 'too-deep', message: `The body nests deeper than ${MAX_DEPTH} levels at ${pointer(walk)}; no Genesys request is that deep.`, suggestion: null });
    return;
  }
  switch (rule.kind) {
    case 'any':
      return;
    case 'object':
      return checkObject(rule, value, walk, depth);
    case 'array':
      return checkArray(rule, value, walk, depth);
    case 'string':
      return checkString(rule, value, walk);
    case 'integer':
    case 'number':
      return checkNumber(rule, value, walk);
    case 'boolean':
      if (typeof value !== 'boolean') wrongType(rule, value, walk);
      return;
  }
}

function wrongType(rule: Rule, value: unknown, walk: Walk): void {
  const p = pointer(walk);
  const asString = typeof value === 'string' && rule.kind !== 'string' ? `write ${value} without quotes` : null;
  report(walk, { pointer: p, code: 'wrong-type', message: messages.wrongType(p, rule, jsonType(value)), suggestion: asString });
}

function checkObject(rule: Extract<Rule, { kind: 'object' }>, value: unknown, walk: Walk, depth: number): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType(rule, value, walk);
  const record = value as Record<string, unknown>;
  for (const name of rule.required) {
    if (record[name] === undefined || record[name] === null) {
      const p = pointer(walk, name);
      report(walk, { pointer: p, code: 'missing-required', message: messages.missingRequired(p, rule.name), suggestion: `add ${name}` });
    }
  }
  for (const [name, child] of Object.entries(record)) {
    const known = Object.hasOwn(rule.properties, name) ? rule.properties[name] : undefined;
    if (known) {
      if (rule.readOnly.includes(name)) {
        const p = pointer(walk, name);
        report(walk, { pointer: p, code: 'read-only-property', message: `${fieldName(p)} is read-only (set by Genesys); it is ignored in requests.`, suggestion: `remove ${name}` }, 'warning');
      } else if (child !== null) {
        descend(known(), child, name, walk, depth);
      }
    } else if (rule.additional === 'forbidden') {
      unknownProperty(rule, name, walk);
    } else if (rule.additional !== 'any') {
      descend(rule.additional(), child, name, walk, depth);
    }
  }
}

function unknownProperty(rule: Extract<Rule, { kind: 'object' }>, name: string, walk: Walk): void {
  const p = pointer(walk, name);
  const misconception = walk.path.length === 0 ? walk.explained.get(name) : undefined;
  if (misconception) {
    const { explanation, suggestion } = explainMisconception(misconception);
    report(walk, { pointer: p, code: 'unknown-property', message: `${messages.unknownProperty(p, rule.name)} ${explanation}`, suggestion: `remove ${name}; ${suggestion}` });
    return;
  }
  const near = closest(name, Object.keys(rule.properties));
  const known = Object.keys(rule.properties).filter((k) => !rule.readOnly.includes(k));
  report(walk, {
    pointer: p,
    code: 'unknown-property',
    message: messages.unknownProperty(p, rule.name),
    suggestion: near ? `did you mean ${near}?` : `remove ${name}; ${rule.name ?? 'this object'} takes ${known.length > 0 ? known.join(', ') : 'no properties'}`,
  });
}

function descend(rule: Rule, value: unknown, segment: string, walk: Walk, depth: number): void {
  walk.path.push(escape(segment));
  check(rule, value, walk, depth + 1);
  walk.path.pop();
}

function checkArray(rule: Extract<Rule, { kind: 'array' }>, value: unknown, walk: Walk, depth: number): void {
  if (!Array.isArray(value)) return wrongType(rule, value, walk);
  const p = pointer(walk);
  if (rule.minItems !== undefined && value.length < rule.minItems) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `needs at least ${rule.minItems} item(s), has ${value.length}`), suggestion: null });
  }
  if (rule.maxItems !== undefined && value.length > rule.maxItems) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `takes at most ${rule.maxItems} item(s), has ${value.length}`), suggestion: null });
  }
  const items = rule.items();
  if (items.kind === 'any') return;
  value.forEach((item, i) => {
    if (item === null) {
      walk.path.push(String(i));
      wrongType(items, item, walk);
      walk.path.pop();
    } else {
      descend(items, item, String(i), walk, depth);
    }
  });
}

function checkString(rule: Extract<Rule, { kind: 'string' }>, value: unknown, walk: Walk): void {
  if (typeof value !== 'string') return wrongType(rule, value, walk);
  const p = pointer(walk);
  if (rule.enum && !rule.enum.includes(value)) {
    const near = closest(value, rule.enum);
    report(walk, { pointer: p, code: 'not-in-enum', message: messages.notInEnum(p, rule.enum, value), suggestion: near ? `did you mean ${JSON.stringify(near)}?` : `use one of ${rule.enum.join(', ')}` });
  }
  if (rule.format && !formatRegex[rule.format].test(value)) {
    report(walk, { pointer: p, code: 'bad-format', message: messages.badFormat(p, rule.format), suggestion: null });
  }
  if (rule.pattern && !patternRegex(rule.pattern).test(value)) {
    report(walk, { pointer: p, code: 'bad-format', message: messages.badPattern(p, rule.pattern), suggestion: null });
  }
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `must be at least ${rule.minLength} characters long`), suggestion: null });
  }
  if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `must be at most ${rule.maxLength} characters long, has ${value.length}`), suggestion: null });
  }
}

function patternRegex(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) patternCache.set(pattern, (regex = new RegExp(pattern, 'u')));
  return regex;
}

function checkNumber(rule: Extract<Rule, { kind: 'integer' | 'number' }>, value: unknown, walk: Walk): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || (rule.kind === 'integer' && !Number.isInteger(value))) {
    return wrongType(rule, value, walk);
  }
  const p = pointer(walk);
  if (rule.enum && !rule.enum.includes(value)) {
    report(walk, { pointer: p, code: 'not-in-enum', message: messages.notInEnum(p, rule.enum, value), suggestion: `use one of ${rule.enum.join(', ')}` });
  }
  if (rule.minimum !== undefined && value < rule.minimum) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `must be at least ${rule.minimum}, not ${value}`), suggestion: null });
  }
  if (rule.maximum !== undefined && value > rule.maximum) {
    report(walk, { pointer: p, code: 'out-of-range', message: messages.outOfRange(p, `must be at most ${rule.maximum}, not ${value}`), suggestion: null });
  }
}
