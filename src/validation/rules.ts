/**
 * Operation body schemas compiled once into a small rule tree: the one form both the JS validator
 * (validate.ts) and the Terraform precondition compiler walk, so they enforce the same rules.
 */
import { getDefinition, SNAPSHOT } from '../genesys/snapshot';
import { definitionName } from '../genesys';
import type { JsonSchema, Operation, PropertyCondition, UndocumentedProperty } from '../genesys/types';

export type Rule =
  | {
    kind: 'object';
    /** Definition name, for messages ("not a property of CreateWebChatRequest"); undefined for inline objects. */
    name?: string;
    properties: Record<string, () => Rule>;
    /**
     * Required in requests (`readOnly` properties are response-only and never required; see Reading for
     * PATCH bodies and path parameters).
     */
    required: string[];
    /** Properties outside `properties`: Genesys rejects them ('invalid.property'), unless the schema is a map. */
    additional: 'forbidden' | 'any' | (() => Rule);
    readOnly: string[];
    /** Rules between properties that the spec states in prose (property-conditions.json). */
    conditions?: readonly PropertyCondition[];
    /**
     * The object has an `id` property. Below the body's root, a value that sets `id` is a reference to an
     * existing entity (`externalOrganization: {"id": ...}`): the other required properties are not
     * required, and its `id` is not read-only (it is how the reference is made).
     */
    reference: boolean;
    /** Names outside `properties` that Genesys's own code sends (undocumented.json): warnings, not errors. */
    undocumented?: Readonly<Record<string, UndocumentedProperty>>;
    /** Required by the definition but omitted by Genesys's own code (undocumented.json): missing is a warning. */
    omittable?: readonly UndocumentedProperty[];
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
  // Genesys returns and takes entity references' `selfUri` as a path (`/api/v2/...`): a URI reference.
  uri: '^([A-Za-z][A-Za-z0-9+.-]*:|/)[^\\s]*$',
};

/** What each format means, for messages. */
export const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  'date-time': 'an ISO-8601 date-time such as 2026-11-25T09:30:00.000Z',
  date: 'an ISO-8601 date such as 2026-11-25',
  'local-time': 'a local time such as 09:30:00',
  interval: 'an ISO-8601 interval such as 2026-11-01T00:00:00Z/2026-11-02T00:00:00Z',
  uri: 'a URI such as https://example.com/page or a path such as /api/v2/users/{userId}',
};

type ObjectRule = Extract<Rule, { kind: 'object' }>;

const INT32 = { minimum: -2147483648, maximum: 2147483647 };
const ANY: Rule = { kind: 'any' };

/**
 * How an operation's body reads its schema's `required` lists. A PATCH body is a partial object of a
 * model whose `required` describes the whole entity (Genesys's own code PATCHes `{"state": "disconnected"}`
 * onto a callback): nothing in it is required, at any depth. A PUT or POST body is read strictly, except
 * that a required field that only repeats a path parameter (`contactListId` in the contacts POSTed to
 * `/contactlists/{contactListId}/contacts`) is not required: the path already says it.
 */
interface Reading {
  readonly partial: boolean;
  readonly fromPath: ReadonlySet<string>;
}

/** Compiles schemas for one reading; rules are cached per definition name, so recursion resolves. */
class RuleCompiler {
  private readonly byDefinition = new Map<string, Rule>();

  constructor(private readonly reading: Reading) {}

  compile(schema: JsonSchema): Rule {
    if (schema.$ref) return this.definition(definitionName(schema.$ref));
    switch (schema.type) {
      case 'object':
        return this.object(schema);
      case 'array':
        return {
          kind: 'array',
          items: this.lazy(schema.items ?? {}),
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
        return schema.properties ? this.object(schema) : ANY;
    }
  }

  private definition(name: string): Rule {
    const cached = this.byDefinition.get(name);
    if (cached) return cached;
    const schema = getDefinition(name);
    if (!schema) return ANY;
    // Registered before its children compile, so recursive definitions resolve to this same object.
    const rule: Rule = schema.type === 'object' || schema.properties
      ? { kind: 'object', name, properties: {}, required: [], additional: 'any', readOnly: [], reference: false }
      : this.compile(schema);
    this.byDefinition.set(name, rule);
    if (rule.kind === 'object') {
      const conditions = SNAPSHOT.conditions.filter((c) => c.definition === name);
      const undocumented = SNAPSHOT.undocumentedProperties.filter((u) => u.definition === name);
      const omittable = this.reading.partial ? [] : SNAPSHOT.omittedRequired.filter((u) => u.definition === name);
      const object = this.object(schema) as ObjectRule;
      Object.assign(rule, object, {
        name,
        required: object.required.filter((p) => !omittable.some((u) => u.property === p)),
        ...(conditions.length > 0 ? { conditions } : {}),
        ...(undocumented.length > 0 ? { undocumented: Object.fromEntries(undocumented.map((u) => [u.property, u])) } : {}),
        ...(omittable.length > 0 ? { omittable } : {}),
      });
    }
    return rule;
  }

  private object(schema: JsonSchema): Rule {
    const properties = schema.properties ?? {};
    const readOnly = Object.keys(properties).filter((p) => properties[p].readOnly);
    const additional = schema.additionalProperties;
    const { partial, fromPath } = this.reading;
    return {
      kind: 'object',
      properties: Object.fromEntries(Object.entries(properties).map(([p, s]) => [p, this.lazy(s)])),
      required: partial ? [] : (schema.required ?? []).filter((p) => !readOnly.includes(p) && !fromPath.has(p)),
      // A map (`additionalProperties: schema`) or a free-form object (no properties at all) takes any key.
      additional: typeof additional === 'object' ? this.lazy(additional)
        : additional === true || (!schema.properties && additional === undefined) ? 'any' : 'forbidden',
      readOnly,
      reference: Object.hasOwn(properties, 'id'),
    };
  }

  /** Children compile on first use: schemas are recursive and most branches are never visited. */
  private lazy(schema: JsonSchema): () => Rule {
    let rule: Rule | undefined;
    return () => (rule ??= this.compile(schema));
  }
}

const compilers = new Map<string, RuleCompiler>();

function compilerFor(reading: Reading): RuleCompiler {
  const key = reading.partial ? 'partial' : [...reading.fromPath].sort().join(' ');
  let compiler = compilers.get(key);
  if (!compiler) compilers.set(key, (compiler = new RuleCompiler(reading)));
  return compiler;
}

const STRICT = compilerFor({ partial: false, fromPath: new Set() });
const byOperation = new WeakMap<Operation, Rule>();

/** The rule tree of an operation's request body; null when the operation takes no body or its schema is unknown. */
export function bodyRules(op: Operation): Rule | null {
  if (!op.body || !op.schemaKnown) return null;
  let rule = byOperation.get(op);
  if (!rule) {
    const compiler = compilerFor({ partial: op.method === 'PATCH', fromPath: new Set(op.pathParams) });
    byOperation.set(op, (rule = compiler.compile(op.body.schema)));
  }
  return rule;
}

/** The rule tree of a snapshot definition (e.g. `CobrowseSettings`), read strictly. */
export function definitionRules(name: string): Rule | undefined {
  return getDefinition(name) ? STRICT.compile({ $ref: `#/definitions/${name}` }) : undefined;
}

function pick<K extends keyof JsonSchema>(schema: JsonSchema, ...keys: K[]): Partial<Pick<JsonSchema, K>> {
  return Object.fromEntries(keys.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]])) as Partial<Pick<JsonSchema, K>>;
}

/** Patterns both JS and RE2 read the same way (no lookaround or backreferences). */
export function isPortablePattern(pattern: string): boolean {
  if (/\(\?[=!<]|\\[1-9]/.test(pattern)) return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
