/**
 * Compiles an operation's body rules (src/validation/rules.ts, the validator's own rule tree) into
 * Terraform condition expressions, for the parts of a body that are only known at plan (cdktf tokens).
 * Literal parts are checked at synth by validateBody and produce no condition.
 *
 * Every check is `alltrue([for v in VALUES : GATE ? try(TEST, false) : true])`: VALUES collects the values
 * at one schema position (through arrays and maps), GATE tests the JSON type so TEST only runs where it
 * applies. No check relies on `&&`/`||` short-circuiting, which Terraform does not do.
 */
import { Token } from 'cdktf';
import { toPointer as pointer } from '../text/json-pointer';
import { FORMAT_PATTERNS, messages, type Rule } from '../validation';
import { hclString, terraformLiteral } from './literal';

export interface PlanCondition {
  /** HCL expression (without `${}`), true when the body passes. */
  condition: string;
  /** Terraform template: literal text escaped, may interpolate the offending keys. */
  errorMessage: string;
}

type ObjectRule = Extract<Rule, { kind: 'object' }>;

/** JSON type of a value, from the first characters of its `jsonencode` (exact, unlike Terraform's conversions). */
const JSON_TYPE: Record<Exclude<Rule['kind'], 'any'>, string> = {
  object: '^\\{',
  array: '^\\[',
  string: '^"',
  integer: '^-?[0-9]+$',
  number: '^-?[0-9]',
  boolean: '^(true|false)$',
};

/** Replaced by an interpolation of the offending keys in unknown-property messages. */
const KEYS_PLACEHOLDER = '\u0000keys\u0000';

/**
 * Conditions for the token parts of `body`, evaluated against the HCL expression `root` that holds it.
 * `maxDepth` bounds how deep below a token the (possibly recursive) schema is followed.
 */
export function compileConditions(rule: Rule, body: unknown, root: string, maxDepth: number): PlanCondition[] {
  const out: PlanCondition[] = [];
  literal(rule, body, root, [], { out, maxDepth });
  return out;
}

interface Compile {
  out: PlanCondition[];
  maxDepth: number;
}

/** Walks the literal part of the body; at each token, compiles the rules of that position. */
function literal(rule: Rule, value: unknown, expr: string, path: string[], c: Compile): void {
  if (Token.isUnresolved(value)) {
    dynamic(rule, `[for v in [${expr}] : v if v != null]`, path, 0, c);
    return;
  }
  if (rule.kind === 'object' && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childExpr = `${expr}[${hclString(key)}]`;
      if (rule.required.includes(key) && Token.isUnresolved(child)) {
        c.out.push({ condition: `${childExpr} != null`, errorMessage: message(messages.missingRequired(pointer([...path, key]), rule.name)) });
      }
      const childRule = Object.hasOwn(rule.properties, key) ? rule.properties[key]() : typeof rule.additional === 'function' ? rule.additional() : undefined;
      if (childRule) literal(childRule, child, childExpr, [...path, key], c);
    }
  } else if (rule.kind === 'array' && Array.isArray(value)) {
    const items = rule.items();
    value.forEach((item, i) => literal(items, item, `${expr}[${i}]`, [...path, String(i)], c));
  }
}

/** Conditions for every value in the tuple `values` (all at schema position `path`). */
function dynamic(rule: Rule, values: string, path: string[], depth: number, c: Compile): void {
  if (rule.kind === 'any' || depth > c.maxDepth) return;
  const v = `v${depth}`;
  const is = (kind: keyof typeof JSON_TYPE) => `can(regex(${hclString(JSON_TYPE[kind])}, jsonencode(${v})))`;
  const check = (gate: string | null, test: string, text: string) =>
    c.out.push({
      condition: `alltrue([for ${v} in ${values} : ${gate ? `${gate} ? try(${test}, false) : true` : test}])`,
      errorMessage: text,
    });
  const at = pointer(path);
  check(null, is(rule.kind), message(messages.wrongType(at, rule)));

  switch (rule.kind) {
    case 'string': {
      const gate = is('string');
      if (rule.enum) check(gate, `contains(${hclList(rule.enum)}, ${v})`, message(messages.notInEnum(at, rule.enum)));
      if (rule.format) check(gate, `can(regex(${hclString(FORMAT_PATTERNS[rule.format])}, ${v}))`, message(messages.badFormat(at, rule.format)));
      if (rule.pattern) check(gate, `can(regex(${hclString(rule.pattern)}, ${v}))`, message(messages.badPattern(at, rule.pattern)));
      if (rule.minLength !== undefined) check(gate, `length(${v}) >= ${rule.minLength}`, message(messages.outOfRange(at, `must be at least ${rule.minLength} characters long`)));
      if (rule.maxLength !== undefined) check(gate, `length(${v}) <= ${rule.maxLength}`, message(messages.outOfRange(at, `must be at most ${rule.maxLength} characters long`)));
      return;
    }
    case 'integer':
    case 'number': {
      const gate = is(rule.kind);
      if (rule.enum) check(gate, `contains(${hclList(rule.enum)}, ${v})`, message(messages.notInEnum(at, rule.enum)));
      if (rule.minimum !== undefined) check(gate, `${v} >= ${rule.minimum}`, message(messages.outOfRange(at, `must be at least ${rule.minimum}`)));
      if (rule.maximum !== undefined) check(gate, `${v} <= ${rule.maximum}`, message(messages.outOfRange(at, `must be at most ${rule.maximum}`)));
      return;
    }
    case 'array': {
      const gate = is('array');
      if (rule.minItems !== undefined) check(gate, `length(${v}) >= ${rule.minItems}`, message(messages.outOfRange(at, `needs at least ${rule.minItems} item(s)`)));
      if (rule.maxItems !== undefined) check(gate, `length(${v}) <= ${rule.maxItems}`, message(messages.outOfRange(at, `takes at most ${rule.maxItems} item(s)`)));
      // Null items stay in: the item type check reports them, as the validator does.
      dynamic(rule.items(), `concat([], [for ${v} in ${values} : ${v} if ${gate}]...)`, [...path, '*'], depth + 1, c);
      return;
    }
    case 'object':
      return objectConditions(rule, values, path, depth, c, v, is('object'));
  }
}

function objectConditions(rule: ObjectRule, values: string, path: string[], depth: number, c: Compile, v: string, gate: string): void {
  const push = (test: string, text: string) =>
    c.out.push({ condition: `alltrue([for ${v} in ${values} : ${gate} ? try(${test}, false) : true])`, errorMessage: text });
  for (const name of rule.required) {
    push(`${v}[${hclString(name)}] != null`, message(messages.missingRequired(pointer([...path, name]), rule.name)));
  }
  const known = hclList(Object.keys(rule.properties));
  if (rule.additional === 'forbidden') {
    const offending = `join("\`, \`", sort(distinct(flatten([for ${v} in ${values} : try(tolist(setsubtract(keys(${v}), ${known})), [])]))))`;
    const text = message(messages.unknownProperty(pointer([...path, KEYS_PLACEHOLDER]), rule.name)).replace(KEYS_PLACEHOLDER, `\${${offending}}`);
    push(`length(setsubtract(keys(${v}), ${known})) == 0`, text);
  } else if (rule.additional !== 'any') {
    const extra = `concat([], [for ${v} in ${values} : [for k, x in ${v} : x if x != null ? !contains(${known}, k) : false] if ${gate}]...)`;
    dynamic(rule.additional(), extra, [...path, '*'], depth + 1, c);
  }
  for (const [name, child] of Object.entries(rule.properties)) {
    if (rule.readOnly.includes(name)) continue; // response-only: the validator only warns
    const present = `[for ${v} in ${values} : ${v}[${hclString(name)}] if ${gate} ? try(${v}[${hclString(name)}] != null, false) : false]`;
    dynamic(child(), present, [...path, name], depth + 1, c);
  }
}

/** A message as a Terraform template: the validator's wording with any `${`/`%{` kept literal. */
function message(text: string): string {
  return terraformLiteral(text);
}

function hclList(values: readonly (string | number)[]): string {
  return `[${values.map((x) => (typeof x === 'number' ? String(x) : hclString(x))).join(', ')}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
