/**
 * Operation body schemas compiled once into a small rule tree: the one form both the JS validator
 * (validate.ts) and the Terraform precondition compiler walk, so they enforce the same rules.
 */
import { getDefinition, SNAPSHOT } from '../genesys/snapshot';
import { definitionName } from '../genesys';
import type { JsonSchema, Operation, PropertyCondition } from '../genesys/types';

export type Rule =
  | {
    kind: 'object';
    /** Definition name, for messages ("not a property of CreateWebChatRequest"); undefined for inline objects. */
    name?: string;
    properties: Record<string, () => Rule>;
    /** Required in requests (`readOnly` properties are response-only and never required). */
    required: string[];
    /** Properties outside `properties`: Genesys rejects them ('invalid.property'), unless the schema is a map. */
    additional: 'forbidden' | 'any' | (() => Rule);
    readOnly: string[];
    /** Rules between properties that the spec states in prose (property-conditions.json). */
    conditions?: readonly PropertyCondition[];
  }
  | { kind: 'array'; items: () => Rule; minItems?: number; maxItems?: number }
  | { kind: 'string'; enum?: string[]; format?: string; pattern?: string; minLength?: number; maxLength?: number }
  | { kind: 'integer' | 'number'; enum?: number[]; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'any' };

/**
 * String formats as RE2-compatible patterns (Terraform's `regex` uses RE2), so the validator and the
 * plan-time preconditions agree. Formats not listed (float, double, ...) constrain numbers or nothing.
 */
export const FORMAT_PATTERNS: Readonly<Record<string, string>> = {
  'date-time': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  'local-time': '^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$',
  interval: '^\\d{4}-\\d{2}-\\d{2}T[^/]+/\\d{4}-\\d{2}-\\d{2}T[^/]+$',
  uri: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$',
};

/** What each format means, for messages. */
export const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  'date-time': 'an ISO-8601 date-time such as 2026-11-25T09:30:00.000Z',
  date: 'an ISO-8601 date such as 2026-11-25',
  'local-time': 'a local time such as 09:30:00',
  interval: 'an ISO-8601 interval such as 2026-11-01T00:00:00Z/2026-11-02T00:00:00Z',
  uri: 'an absolute URI such as https://example.com/page',
};

const INT32 = { minimum: -2147483648, maximum: 2147483647 };
const ANY: Rule = { kind: 'any' };
const byDefinition = new Map<string, Rule>();

const byOperation = new WeakMap<Operation, Rule>();

/** The rule tree of an operation's request body; null when the operation takes no body or its schema is unknown. */
export function bodyRules(op: Operation): Rule | null {
  if (!op.body || !op.schemaKnown) return null;
  let rule = byOperation.get(op);
  if (!rule) byOperation.set(op, (rule = compile(op.body.schema)));
  return rule;
}

/** The rule tree of a snapshot definition (e.g. `CobrowseSettings`). */
export function definitionRules(name: string): Rule | undefined {
  return getDefinition(name) ? compile({ $ref: `#/definitions/${name}` }) : undefined;
}

function compile(schema: JsonSchema): Rule {
  if (schema.$ref) return compileDefinition(definitionName(schema.$ref));
  switch (schema.type) {
    case 'object':
      return compileObject(schema);
    case 'array':
      return {
        kind: 'array',
        items: lazy(schema.items ?? {}),
        ...pick(schema, 'minItems', 'maxItems'),
      };
    case 'string':
      return {
        kind: 'string',
        ...(schema.enum ? { enum: schema.enum.map(String) } : {}),
        ...(schema.format && FORMAT_PATTERNS[schema.format] ? { format: schema.format } : {}),
        // Genesys validates with Java's @Pattern, which must match the whole string: anchor it.
        ...(schema.pattern && isPortablePattern(schema.pattern) ? { pattern: `^(?:${schema.pattern})$` } : {}),
        ...pick(schema, 'minLength', 'maxLength'),
      };
    case 'integer':
    case 'number':
      return {
        kind: schema.type,
        ...(schema.enum ? { enum: schema.enum.map(Number) } : {}),
        ...(schema.format === 'int32' ? INT32 : {}),
        ...pick(schema, 'minimum', 'maximum'),
      };
    case 'boolean':
      return { kind: 'boolean' };
    default:
      return schema.properties ? compileObject(schema) : ANY;
  }
}

function compileDefinition(name: string): Rule {
  const cached = byDefinition.get(name);
  if (cached) return cached;
  const schema = getDefinition(name);
  if (!schema) return ANY;
  // Registered before its children compile, so recursive definitions resolve to this same object.
  const rule: Rule = schema.type === 'object' || schema.properties ? { kind: 'object', name, properties: {}, required: [], additional: 'any', readOnly: [] } : compile(schema);
  byDefinition.set(name, rule);
  if (rule.kind === 'object') {
    const conditions = SNAPSHOT.conditions.filter((c) => c.definition === name);
    Object.assign(rule, compileObject(schema), { name }, conditions.length > 0 ? { conditions } : {});
  }
  return rule;
}

function compileObject(schema: JsonSchema): Rule {
  const properties = schema.properties ?? {};
  const readOnly = Object.keys(properties).filter((p) => properties[p].readOnly);
  const additional = schema.additionalProperties;
  return {
    kind: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([p, s]) => [p, lazy(s)])),
    required: (schema.required ?? []).filter((p) => !readOnly.includes(p)),
    // A map (`additionalProperties: schema`) or a free-form object (no properties at all) takes any key.
    additional: typeof additional === 'object' ? lazy(additional)
      : additional === true || (!schema.properties && additional === undefined) ? 'any' : 'forbidden',
    readOnly,
  };
}

/** Children compile on first use: schemas are recursive and most branches are never visited. */
function lazy(schema: JsonSchema): () => Rule {
  let rule: Rule | undefined;
  return () => (rule ??= compile(schema));
}

function pick<K extends keyof JsonSchema>(schema: JsonSchema, ...keys: K[]): Partial<Pick<JsonSchema, K>> {
  return Object.fromEntries(keys.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]])) as Partial<Pick<JsonSchema, K>>;
}

/** Patterns both JS and RE2 read the same way (no lookaround or backreferences). */
function isPortablePattern(pattern: string): boolean {
  if (/\(\?[=!<]|\\[1-9]/.test(pattern)) return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
