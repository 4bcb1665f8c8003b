/**
 * The JS evaluation of rule trees (rules.ts) over any JSON value. Each rule is compiled once into a
 * closure (cached per rule object), so a call costs a walk over the body, not over the schema. Never throws.
 */
import { escapeSegment as escape } from '../text/json-pointer';
import { closest } from '../text/similarity';
import { MISCONCEPTIONS } from '../genesys';
import type { Operation } from '../genesys/types';
import { echo, ECHO_LIMIT, fieldName, jsonType, messages } from './messages';
import { bodyRules, FORMAT_PATTERNS, type Rule } from './rules';
import type { Diagnostic, ValidationOptions } from './types';
import { explainMisconception } from './misconceptions';
import { isValidBody } from './compile';

/** Deeper than any Genesys request body; bounds the work and the stack on hostile input. */
export const MAX_DEPTH = 64;

interface Walk {
  out: Diagnostic[];
  /** Pointer segments of the value being checked (escaped per RFC 6901); joined only when reporting. */
  path: string[];
  isUnknown?: (value: unknown) => boolean;
  redactValues?: boolean;
  /** Top-level properties that, when unknown, have a known explanation (misconceptions.json), by misconception id. */
  explained?: ReadonlyMap<string, string>;
}

type Check = (value: unknown, walk: Walk, depth: number) => void;

const checks = new WeakMap<Rule, Check>();
const explainedByOperation = new WeakMap<Operation, ReadonlyMap<string, string>>();
const formatRegex: Record<string, RegExp> = Object.fromEntries(Object.entries(FORMAT_PATTERNS).map(([f, p]) => [f, new RegExp(p)]));

/**
 * Checks a body against an operation's schema (nothing to check when it has none): the compiled fast
 * path (compile.ts) decides most bodies, and only a body it does not pass pays for the diagnostic pass.
 */
export function checkBody(op: Operation, body: unknown, options: ValidationOptions = {}): Diagnostic[] {
  const rule = bodyRules(op);
  if (!rule || isValidBody(rule, body, options.isUnknown)) return [];
  return diagnose(rule, op, body, options);
}

/** The diagnostic pass alone, without the fast path (the equivalence tests compare the two). */
export function diagnoseBody(op: Operation, body: unknown, options: ValidationOptions = {}): Diagnostic[] {
  const rule = bodyRules(op);
  return rule ? diagnose(rule, op, body, options) : [];
}

function diagnose(rule: Rule, op: Operation, body: unknown, options: ValidationOptions): Diagnostic[] {
  const walk: Walk = { out: [], path: [], isUnknown: options.isUnknown, redactValues: options.redactValues, explained: explainedProperties(op) };
  checkFor(rule)(body, walk, 0);
  return walk.out;
}

function explainedProperties(op: Operation): ReadonlyMap<string, string> {
  let explained = explainedByOperation.get(op);
  if (!explained) {
    explained = new Map(MISCONCEPTIONS.flatMap((m) => (m.match.kind === 'body-property' && m.match.operations.includes(op.operationId) ? [[m.match.property, m.id] as const] : [])));
    explainedByOperation.set(op, explained);
  }
  return explained;
}

function checkFor(rule: Rule): Check {
  let check = checks.get(rule);
  if (!check) {
    check = guarded(compile(rule));
    checks.set(rule, check);
  }
  return check;
}

/** Unknown values are only present; past MAX_DEPTH nothing more is walked. */
function guarded(check: Check): Check {
  return (value, walk, depth) => {
    if (walk.isUnknown !== undefined && walk.isUnknown(value)) return;
    if (depth > MAX_DEPTH) {
      const p = pointer(walk);
      report(walk, p, 'too-deep', `The body nests deeper than ${MAX_DEPTH} levels at ${p}; no Genesys request is that deep.`, null);
      return;
    }
    check(value, walk, depth);
  };
}

function compile(rule: Rule): Check {
  switch (rule.kind) {
    case 'any':
      return () => undefined;
    case 'object':
      return compileObject(rule);
    case 'array':
      return compileArray(rule);
    case 'string':
      return compileString(rule);
    case 'integer':
    case 'number':
      return compileNumber(rule);
    case 'boolean':
      return (value, walk) => {
        if (typeof value !== 'boolean') wrongType(rule, value, walk);
      };
  }
}

function pointer(walk: Walk, extra?: string): string {
  const segments = extra === undefined ? walk.path : [...walk.path, escape(extra)];
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}


function report(walk: Walk, p: string, code: Diagnostic['code'], message: string, suggestion: string | null, severity: Diagnostic['severity'] = 'error'): void {
  walk.out.push({ severity, pointer: p, code, message, suggestion });
}

function wrongType(rule: Rule, value: unknown, walk: Walk): void {
  const p = pointer(walk);
  const unquote = isQuotedRightValue(rule, value) ? (walk.redactValues ? 'remove the quotes' : `write ${echo(String(value))} without quotes`) : null;
  report(walk, p, 'wrong-type', messages.wrongType(p, rule, jsonType(value)), unquote);
}

/** Suggestions repeat (the same typo in every request): remember the last few hundred per rule. */
function memo(fn: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 256) cache.clear();
      cache.set(key, (value = fn(key)));
    }
    return value;
  };
}

/** "5" for an integer or "true" for a boolean: the value is right, only quoted. */
function isQuotedRightValue(rule: Rule, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  if (rule.kind === 'boolean') return value === 'true' || value === 'false';
  if (rule.kind === 'number') return Number.isFinite(Number(value));
  if (rule.kind === 'integer') return Number.isInteger(Number(value));
  return false;
}

/** `segment` is already escaped (property names are escaped once, when their rule compiles). */
function descend(check: Check, value: unknown, segment: string, walk: Walk, depth: number): void {
  walk.path.push(segment);
  check(value, walk, depth + 1);
  walk.path.pop();
}

function compileObject(rule: Extract<Rule, { kind: 'object' }>): Check {
  interface Known {
    segment: string;
    readOnly: boolean;
    check?: Check;
  }
  // Null prototype: a body key such as `constructor` must not find Object.prototype members.
  const known: Record<string, Known | undefined> = Object.create(null);
  for (const name of Object.keys(rule.properties)) known[name] = { segment: escape(name), readOnly: rule.readOnly.includes(name) };
  const readOnly = new Set(rule.readOnly);
  const writable = Object.keys(rule.properties).filter((k) => !readOnly.has(k));
  const takes = `${rule.name ?? 'this object'} takes ${writable.length > 0 ? writable.join(', ') : 'no properties'}`;
  const additional = typeof rule.additional === 'function' ? rule.additional : undefined;
  let additionalCheck: Check | undefined;

  const unknownProperty = (name: string, walk: Walk) => {
    const p = pointer(walk, name);
    const misconception = walk.path.length === 0 ? walk.explained?.get(name) : undefined;
    if (misconception) {
      const { explanation, suggestion } = explainMisconception(misconception);
      report(walk, p, 'unknown-property', `${messages.unknownProperty(p, rule.name)} ${explanation}`, `remove ${name}; ${suggestion}`);
    } else {
      report(walk, p, 'unknown-property', messages.unknownProperty(p, rule.name), name.length > ECHO_LIMIT ? `remove ${echo(name)}; ${takes}` : suggest(name));
    }
  };
  const suggest = memo((name: string) => {
    const near = closest(name, writable);
    return near ? `did you mean ${near}?` : `remove ${name}; ${takes}`;
  });

  return (value, walk, depth) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType(rule, value, walk);
    const record = value as Record<string, unknown>;
    for (const name of rule.required) {
      if (!Object.hasOwn(record, name) || record[name] === undefined || record[name] === null) {
        const p = pointer(walk, name);
        report(walk, p, 'missing-required', messages.missingRequired(p, rule.name), `add ${name}`);
      }
    }
    for (const name of Object.keys(record)) {
      const item = record[name];
      const property = known[name];
      if (property) {
        if (property.readOnly) {
          const p = pointer(walk, name);
          report(walk, p, 'read-only-property', `${fieldName(p)} is read-only (set by Genesys); it is ignored in requests.`, `remove ${name}`, 'warning');
        } else if (item !== null && item !== undefined) {
          descend((property.check ??= checkFor(rule.properties[name]())), item, property.segment, walk, depth);
        }
      } else if (additional) {
        descend((additionalCheck ??= checkFor(additional())), item, escape(name), walk, depth);
      } else if (rule.additional === 'forbidden') {
        unknownProperty(name, walk);
      }
    }
    for (const c of rule.conditions ?? []) {
      if (record[c.when.property] === c.when.equals && record[c.forbidden] !== undefined) {
        report(walk, pointer(walk, c.forbidden), 'invalid-combination', `${fieldName(pointer(walk, c.forbidden))} cannot be used when ${c.when.property} is ${JSON.stringify(c.when.equals)}. ${c.explanation}`, c.suggestion);
      }
    }
  };
}

function compileArray(rule: Extract<Rule, { kind: 'array' }>): Check {
  let items: Check | undefined;
  let itemRule: Rule | undefined;
  return (value, walk, depth) => {
    if (!Array.isArray(value)) return wrongType(rule, value, walk);
    if (rule.minItems !== undefined && value.length < rule.minItems) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `needs at least ${rule.minItems} item(s), has ${value.length}`), null);
    }
    if (rule.maxItems !== undefined && value.length > rule.maxItems) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `takes at most ${rule.maxItems} item(s), has ${value.length}`), null);
    }
    itemRule ??= rule.items();
    if (itemRule.kind === 'any') return;
    items ??= checkFor(itemRule);
    for (let i = 0; i < value.length; i += 1) {
      if (value[i] === null) {
        walk.path.push(String(i));
        wrongType(itemRule, null, walk);
        walk.path.pop();
      } else {
        descend(items, value[i], String(i), walk, depth);
      }
    }
  };
}

function compileString(rule: Extract<Rule, { kind: 'string' }>): Check {
  const allowed = rule.enum ? new Set(rule.enum) : undefined;
  const format = rule.format ? formatRegex[rule.format] : undefined;
  const pattern = rule.pattern ? new RegExp(rule.pattern, 'u') : undefined;
  const suggest = memo((value: string) => {
    const near = allowed && closest(value, allowed);
    return near ? `did you mean ${JSON.stringify(near)}?` : `use one of ${(rule.enum as string[]).join(', ')}`;
  });
  return (value, walk) => {
    if (typeof value !== 'string') return wrongType(rule, value, walk);
    if (allowed && !allowed.has(value)) {
      const p = pointer(walk);
      report(walk, p, 'not-in-enum', messages.notInEnum(p, rule.enum as string[], walk.redactValues ? undefined : value), suggest(value));
    }
    if (format && !format.test(value)) {
      const p = pointer(walk);
      report(walk, p, 'bad-format', messages.badFormat(p, rule.format as string), null);
    }
    if (pattern && !pattern.test(value)) {
      const p = pointer(walk);
      report(walk, p, 'bad-format', messages.badPattern(p, rule.pattern as string), null);
    }
    if (rule.minLength !== undefined && value.length < rule.minLength) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `must be at least ${rule.minLength} characters long`), null);
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `must be at most ${rule.maxLength} characters long, has ${value.length}`), null);
    }
  };
}

function compileNumber(rule: Extract<Rule, { kind: 'integer' | 'number' }>): Check {
  return (value, walk) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || (rule.kind === 'integer' && !Number.isInteger(value))) {
      return wrongType(rule, value, walk);
    }
    if (rule.enum && !rule.enum.includes(value)) {
      const p = pointer(walk);
      report(walk, p, 'not-in-enum', messages.notInEnum(p, rule.enum, walk.redactValues ? undefined : value), `use one of ${rule.enum.join(', ')}`);
    }
    if (rule.minimum !== undefined && value < rule.minimum) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `must be at least ${rule.minimum}${walk.redactValues ? '' : `, not ${value}`}`), null);
    }
    if (rule.maximum !== undefined && value > rule.maximum) {
      const p = pointer(walk);
      report(walk, p, 'out-of-range', messages.outOfRange(p, `must be at most ${rule.maximum}${walk.redactValues ? '' : `, not ${value}`}`), null);
    }
  };
}
