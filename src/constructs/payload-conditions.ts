/**
 * Compiles an operation's body rules (src/validation/rules.ts, the validator's own rule tree) into
 * Terraform expressions over a body, for the parts of the body that are only known at plan (cdktf
 * tokens): the list of its error messages, and a cheap message-free test that a valid body passes
 * (`valid`, below). Literal parts are checked at synth by validateBody.
 *
 * The expressions are written over the HCL variable `b` (the body) so that every check of the same
 * operation and the same token layout shares them (payload-check-group.ts evaluates them once per
 * distinct body in a single `for`). At each schema position, VALUES is a tuple of the values found there
 * (through arrays and maps); each rule filters it with a cheap, never-failing type test (`tostring(v)
 * == v` and the like, not `jsonencode`) and yields one message per offending value. Nothing relies on
 * `&&`/`||` or `?:` short-circuiting (Terraform evaluates both sides), and every lookup that could fail
 * is inside `try`, so one bad body cannot make another check's expression fail.
 */
import { Token } from 'cdktf';
import { toPointer as pointer } from '../text/json-pointer';
import type { PropertyCondition } from '../genesys/types';
import { FORMAT_PATTERNS, messages, type Rule } from '../validation';
import { hclString } from './literal';

type ObjectRule = Extract<Rule, { kind: 'object' }>;

/** Exact JSON type tests on a value `v` that is not null (Terraform converts between primitives, `==` does not). */
const IS: Record<Exclude<Rule['kind'], 'any'>, (v: string) => string> = {
  object: (v) => `can(keys(${v}))`,
  array: (v) => `can(concat(${v}, []))`,
  string: (v) => `try(tostring(${v}) == ${v}, false)`,
  number: (v) => `try(tonumber(${v}) == ${v}, false)`,
  integer: (v) => `try(floor(${v}) == ${v}, false)`,
  boolean: (v) => `try(tobool(${v}) == ${v}, false)`,
};

/** Replaced by an interpolation of the offending key in unknown-property messages. */
const KEY_PLACEHOLDER = '\u0000key\u0000';

/** The two expressions over the body `b` compiled from the same walk of the rules. */
export interface BodyChecks {
  /** The list of messages, empty when the body passes. */
  errors: string;
  /**
   * An expression that evaluates (to `[]`) when the body passes and fails to evaluate otherwise, or null
   * when there is nothing to check. It builds no message, so it is cheap, and the messages are built
   * only when `can(valid)` is false. It may fail on a valid body too (any doubt falls back to `errors`),
   * but it never evaluates for a body that `errors` rejects.
   */
  valid: string | null;
}

/**
 * The checks of the token parts of `body` (`b` in HCL). `maxDepth` bounds how deep below a token the
 * (possibly recursive) schema is followed. `tables` gives the stack-wide lookup tables the expressions use.
 */
export function compileBodyChecks(rule: Rule, body: unknown, maxDepth: number, tables: Tables): BodyChecks {
  const c: Compile = { parts: [], tests: [], maxDepth, tables, names: new Map() };
  literal(rule, body, 'b', [], c);
  if (c.parts.length === 0) return { errors: '[]', valid: null };
  return { errors: bindNames(`compact(distinct(flatten([${c.parts.join(', ')}])))`, c.names), valid: `[[]][${all(c.tests)} ? 0 : 1]` };
}

/**
 * HCL expressions of stack-wide tables (locals) of an object definition: built once per plan, where an
 * inline list would be built again for every key of every body.
 */
export interface Tables {
  /** Every property of the definition (`inline` for an object without one) to a non-empty tag (objectValid); same content, same table. */
  kinds(definition: string, kinds: Readonly<Record<string, string>>): string;
}

interface Compile {
  /** Expressions, each a (possibly nested) list of messages. */
  parts: string[];
  /** Boolean expressions, all true for a body that passes (see BodyChecks.valid). */
  tests: string[];
  maxDepth: number;
  tables: Tables;
  /** The did-you-mean tables the messages use, by definition: the name each is bound to, and the properties. */
  names: Map<string, { name: string; names: readonly string[] }>;
}

/** Walks the literal part of the body; at each token, compiles the rules of that position. */
function literal(rule: Rule, value: unknown, expr: string, path: string[], c: Compile): void {
  if (Token.isUnresolved(value)) {
    const e = dynamic(rule, `[for v in [${expr}] : v if v != null]`, path, 0, c);
    if (e) c.parts.push(e);
    const test = valid(rule, expr, 0, c, path.length > 0);
    // A null token is an absent value here; `?:` drops the errors of the branch it does not take.
    if (test) c.tests.push(`(${expr} == null ? true : ${test})`);
    return;
  }
  if (rule.kind === 'object' && isRecord(value)) {
    // Synth sees a token as a string, so a condition on a token value is decided at plan.
    for (const cond of rule.conditions ?? []) {
      if (!Object.hasOwn(value, cond.forbidden) || !Token.isUnresolved(value[cond.when.property])) continue;
      c.parts.push(`${combination(cond, expr)} ? [${message(messages.invalidCombination(pointer([...path, cond.forbidden]), cond))}] : []`);
      c.tests.push(`!${combination(cond, expr)}`);
    }
    const byReference = path.length > 0 && rule.reference && value.id !== undefined && value.id !== null;
    for (const [key, child] of Object.entries(value)) {
      const childExpr = `${expr}[${hclString(key)}]`;
      if (rule.required.includes(key) && Token.isUnresolved(child) && !byReference) {
        c.parts.push(`${childExpr} == null ? [${message(messages.missingRequired(pointer([...path, key]), rule.name))}] : []`);
        c.tests.push(`${childExpr} != null`);
      }
      const childRule = Object.hasOwn(rule.properties, key) ? rule.properties[key]() : typeof rule.additional === 'function' ? rule.additional() : undefined;
      if (childRule) literal(childRule, child, childExpr, [...path, key], c);
    }
  } else if (rule.kind === 'array' && Array.isArray(value)) {
    const items = rule.items();
    value.forEach((item, i) => literal(items, item, `${expr}[${i}]`, [...path, String(i)], c));
  }
}

/**
 * Messages for every value in the tuple `values` (all at schema position `path`). Each position binds
 * its tuples once (`[for s in [values] : ...][0]`), so deeper positions do not re-derive them from the root.
 */
function dynamic(rule: Rule, values: string, path: string[], depth: number, c: Compile): string | null {
  if (rule.kind === 'any' || depth > c.maxDepth) return null;
  const [s, t, v] = [`s${depth}`, `t${depth}`, `v${depth}`];
  const at = pointer(path);
  const parts: string[] = [];
  const each = (test: string, text: string) => parts.push(`[for ${v} in ${t} : ${message(text)} if try(${test}, false)]`);
  const child = (expr: string | null) => expr && parts.push(expr);

  switch (rule.kind) {
    case 'string':
      // A value that matches a member only when case is ignored is a warning (enum-case), not an error.
      if (rule.enum) each(`!contains(${hclList(lowerCase(rule.enum))}, lower(${v}))`, messages.notInEnum(at, rule.enum));
      if (rule.format) each(`!can(regex(${hclString(FORMAT_PATTERNS[rule.format])}, ${v}))`, messages.badFormat(at, rule.format));
      if (rule.pattern) each(`!can(regex(${hclString(rule.pattern)}, ${v}))`, messages.badPattern(at, rule.pattern));
      if (rule.minLength !== undefined) each(`length(${v}) < ${rule.minLength}`, messages.outOfRange(at, `must be at least ${rule.minLength} characters long`));
      if (rule.maxLength !== undefined) each(`length(${v}) > ${rule.maxLength}`, messages.outOfRange(at, `must be at most ${rule.maxLength} characters long`));
      break;
    case 'integer':
    case 'number':
      if (rule.enum) each(`!contains(${hclList(rule.enum)}, ${v})`, messages.notInEnum(at, rule.enum));
      if (rule.minimum !== undefined) each(`${v} < ${rule.minimum}`, messages.outOfRange(at, `must be at least ${rule.minimum}`));
      if (rule.maximum !== undefined) each(`${v} > ${rule.maximum}`, messages.outOfRange(at, `must be at most ${rule.maximum}`));
      break;
    case 'array':
      if (rule.minItems !== undefined) each(`length(${v}) < ${rule.minItems}`, messages.outOfRange(at, `needs at least ${rule.minItems} item(s)`));
      if (rule.maxItems !== undefined) each(`length(${v}) > ${rule.maxItems}`, messages.outOfRange(at, `takes at most ${rule.maxItems} item(s)`));
      child(dynamic(rule.items(), `concat([], ${t}...)`, [...path, '*'], depth + 1, c));
      break;
    case 'object':
      objectRules(rule, path, depth, c, parts);
      break;
  }
  // Null array items and map values reach here (the validator reports them as wrong types); `!= null` keeps them out of `t`.
  const wrongType = `[for ${v} in ${s} : ${message(messages.wrongType(at, rule))} if ${v} == null ? true : !${IS[rule.kind](v)}]`;
  const typed = parts.length === 0 ? '' : `, [for ${t} in [[for ${v} in ${s} : ${v} if ${v} != null ? ${IS[rule.kind](v)} : false]] : [${parts.join(', ')}]][0]`;
  return `[for ${s} in [${values}] : [${wrongType}${typed}]][0]`;
}

/** Rules of the objects in the tuple `t<depth>` (already type-tested), appended to `parts`. */
function objectRules(rule: ObjectRule, path: string[], depth: number, c: Compile, parts: string[]): void {
  const [t, v, k] = [`t${depth}`, `v${depth}`, `k${depth}`];
  const byReference = path.length > 0 && rule.reference;
  for (const name of rule.required) {
    const missing = `try(${v}[${hclString(name)}], null) == null${byReference ? ` && try(${v}["id"], null) == null` : ''}`;
    parts.push(`[for ${v} in ${t} : ${message(messages.missingRequired(pointer([...path, name]), rule.name))} if ${missing}]`);
  }
  for (const cond of rule.conditions ?? []) {
    parts.push(`[for ${v} in ${t} : ${message(messages.invalidCombination(pointer([...path, cond.forbidden]), cond))} if ${combination(cond, v)}]`);
  }
  // Names Genesys's own code sends (undocumented.json) are warnings at synth: not errors here.
  const known = hclList([...Object.keys(rule.properties), ...Object.keys(rule.undocumented ?? {})]);
  if (rule.additional === 'forbidden') {
    const [before, after] = messages.unknownProperty(pointer([...path, KEY_PLACEHOLDER]), rule.name).split(KEY_PLACEHOLDER).map((x) => message(x).slice(1, -1));
    parts.push(`[for ${v} in ${t} : [for ${k} in keys(${v}) : "${before}\${${k}}${after}${didYouMean(rule, k, c)}" if !contains(${known}, ${k})]]`);
  } else if (rule.additional !== 'any') {
    const extra = `concat([], [for ${v} in ${t} : [for ${k}, x in ${v} : x if !contains(${known}, ${k})]]...)`;
    const e = dynamic(rule.additional(), extra, [...path, '*'], depth + 1, c);
    if (e) parts.push(e);
  }
  // Plain scalar properties with the same rule are checked together, in one loop over their names.
  const scalars = new Map<string, { rule: Scalar; names: string[] }>();
  for (const [name, child] of Object.entries(rule.properties)) {
    if (isReadOnly(rule, name, byReference)) continue; // response-only: the validator only warns
    const childRule = child();
    if (isPlainScalar(childRule) && depth + 1 <= c.maxDepth) {
      const key = JSON.stringify(childRule);
      const group = scalars.get(key) ?? { rule: childRule, names: [] };
      group.names.push(name);
      scalars.set(key, group);
      continue;
    }
    const present = `[for ${v} in ${t} : ${v}[${hclString(name)}] if try(${v}[${hclString(name)}] != null, false)]`;
    const e = dynamic(childRule, present, [...path, name], depth + 1, c);
    if (e) parts.push(e);
  }
  for (const { rule: scalar, names } of scalars.values()) parts.push(scalarProperties(scalar, names, path, depth));
}

type Scalar = Extract<Rule, { kind: 'string' | 'integer' | 'number' | 'boolean' }>;

/** Scalars with no enum, format or pattern: their checks fit one loop (bounds are the same for the group). */
function isPlainScalar(rule: Rule): rule is Scalar {
  if (rule.kind === 'string') return !rule.enum && !rule.format && !rule.pattern;
  if (rule.kind === 'integer' || rule.kind === 'number') return !rule.enum;
  return rule.kind === 'boolean';
}

/** Messages for the properties `names` (all with rule `rule`) of the objects in `t<depth>`. */
function scalarProperties(rule: Scalar, names: string[], path: string[], depth: number): string {
  const [t, v, n, x] = [`t${depth}`, `v${depth}`, `n${depth}`, `x${depth}`];
  // The validator's wording with the property name interpolated at plan.
  const text = (wording: (at: string) => string) => {
    const [before, after] = wording(pointer([...path, KEY_PLACEHOLDER])).split(KEY_PLACEHOLDER).map((part) => message(part).slice(1, -1));
    return `"${before}\${${n}}${after}"`;
  };
  const is = IS[rule.kind](x);
  const checks = [`${is} ? "" : ${text((at) => messages.wrongType(at, rule))}`];
  const bound = (test: string, wording: (at: string) => string) => checks.push(`${is} ? (try(${test}, false) ? ${text(wording)} : "") : ""`);
  if (rule.kind === 'string') {
    if (rule.minLength !== undefined) bound(`length(${x}) < ${rule.minLength}`, (at) => messages.outOfRange(at, `must be at least ${rule.minLength} characters long`));
    if (rule.maxLength !== undefined) bound(`length(${x}) > ${rule.maxLength}`, (at) => messages.outOfRange(at, `must be at most ${rule.maxLength} characters long`));
  } else if (rule.kind !== 'boolean') {
    if (rule.minimum !== undefined) bound(`${x} < ${rule.minimum}`, (at) => messages.outOfRange(at, `must be at least ${rule.minimum}`));
    if (rule.maximum !== undefined) bound(`${x} > ${rule.maximum}`, (at) => messages.outOfRange(at, `must be at most ${rule.maximum}`));
  }
  // "" for a passed check; the body's list is `compact`ed.
  return `[for ${v} in ${t} : [for ${n} in ${hclList(names)} : [for ${x} in [${v}[${n}]] : [${checks.join(', ')}]][0] if try(${v}[${n}] != null, false)]]`;
}

/**
 * A boolean expression that is true only if the value `x` (not null) passes `rule` as `dynamic` checks
 * it, to `maxDepth`; null when `dynamic` checks nothing there. It is the fast path of BodyChecks.valid:
 * no `can`, `try` only to read an optional property (any other error just means "build the messages"),
 * no messages, no tuples of values. As elsewhere, nothing relies on short-circuiting (`&&` included):
 * `?:` only to drop the errors of a null value, and `for ... if` so that the test of an absent property
 * is not evaluated at all.
 */
function valid(rule: Rule, x: string, depth: number, c: Compile, nested: boolean): string | null {
  if (rule.kind === 'any' || depth > c.maxDepth) return null;
  const tests: string[] = [];
  switch (rule.kind) {
    case 'string':
      tests.push(`tostring(${x}) == ${x}`);
      if (rule.enum) tests.push(`contains(${hclList(lowerCase(rule.enum))}, lower(${x}))`);
      if (rule.format) tests.push(`length(regexall(${hclString(FORMAT_PATTERNS[rule.format])}, ${x})) > 0`);
      if (rule.pattern) tests.push(`length(regexall(${hclString(rule.pattern)}, ${x})) > 0`);
      if (rule.minLength !== undefined) tests.push(`length(${x}) >= ${rule.minLength}`);
      if (rule.maxLength !== undefined) tests.push(`length(${x}) <= ${rule.maxLength}`);
      break;
    case 'integer':
    case 'number':
      tests.push(rule.kind === 'integer' ? `floor(${x}) == ${x}` : `tonumber(${x}) == ${x}`);
      if (rule.enum) tests.push(`contains(${hclList(rule.enum)}, ${x})`);
      if (rule.minimum !== undefined) tests.push(`${x} >= ${rule.minimum}`);
      if (rule.maximum !== undefined) tests.push(`${x} <= ${rule.maximum}`);
      break;
    case 'boolean':
      tests.push(`tobool(${x}) == ${x}`);
      break;
    case 'array': {
      const i = `i${depth}`;
      tests.push(`length(concat(${x}, [])) >= ${rule.minItems ?? 0}`);
      if (rule.maxItems !== undefined) tests.push(`length(${x}) <= ${rule.maxItems}`);
      const item = valid(rule.items(), i, depth + 1, c, true);
      // Null items are wrong types (dynamic reports them).
      if (item) tests.push(`alltrue([for ${i} in ${x} : ${i} == null ? false : ${item}])`);
      break;
    }
    case 'object':
      objectValid(rule, x, depth, c, tests, nested);
      break;
  }
  return all(tests);
}

/**
 * The conjunction of a fixed list of tests: `&&` is an operator, where `alltrue([...])` is a function call,
 * which Terraform makes costly (measured: about a quarter of a work item's test). Neither short-circuits.
 */
function all(tests: string[]): string {
  return tests.length === 1 ? tests[0] : `(${tests.join(' && ')})`;
}

/**
 * The tests of `valid` for an object rule, appended to `tests`. Keys are told apart by indexing the
 * definition's kinds table (every property to a tag: the index of its scalar test, or `-`), not by
 * `contains`/`setsubtract` over a list literal, which Terraform builds again for every key of every body,
 * nor by `lookup`, a function call that costs some forty times an index (measured). When the object takes
 * no other keys, an unknown key fails the index, which is all `valid` needs (the messages say which key).
 */
function objectValid(rule: ObjectRule, x: string, depth: number, c: Compile, tests: string[], nested: boolean): void {
  const byReference = nested && rule.reference;
  const [k, v] = [`k${depth}`, `v${depth}`];
  // Plain scalars with the same test are tested in one loop over the present keys; absent and null properties pass.
  const scalarTests: string[] = [];
  const kinds: Record<string, string> = {};
  const below: string[] = [];
  for (const [name, child] of Object.entries(rule.properties)) {
    kinds[name] = '-';
    if (isReadOnly(rule, name, byReference)) continue;
    const childRule = child();
    if (isPlainScalar(childRule)) {
      const test = valid(childRule, v, depth + 1, c, true);
      if (!test) continue;
      if (!scalarTests.includes(test)) scalarTests.push(test);
      kinds[name] = String(scalarTests.indexOf(test));
      continue;
    }
    // `for ... if`, not `?:`: `?:` evaluates both branches, so the test of an absent property would run too.
    const p = `p${depth}`;
    const test = valid(childRule, p, depth + 1, c, true);
    if (test) below.push(`[for ${p} in [try(${x}[${hclString(name)}], null)] : ${test} if ${p} != null]`);
  }
  for (const name of Object.keys(rule.undocumented ?? {})) kinds[name] = '-';
  const closed = rule.additional === 'forbidden';
  const table = Object.keys(kinds).length > 0 ? c.tables.kinds(rule.name ?? 'inline', kinds) : null;
  // The tag of key `key`; "" for a key the object takes besides its properties.
  const kind = (key: string) => (!table ? '""' : closed ? `${table}[${key}]` : `lookup(${table}, ${key}, "")`);
  // keys() fails on anything but an object; in a closed object, a loop below indexes the table with every key.
  tests.push(closed && scalarTests.length === 0 ? `alltrue([for ${k} in keys(${x}) : ${kind(k)} != ""])` : `length(keys(${x})) >= 0`);
  // A reference (an object below the root that sets `id`) needs none of its other required properties.
  for (const name of rule.required) tests.push(byReference ? `(try(${x}[${hclString(name)}], null) != null || try(${x}["id"], null) != null)` : `${x}[${hclString(name)}] != null`);
  for (const cond of rule.conditions ?? []) tests.push(`!${combination(cond, x)}`);
  if (typeof rule.additional === 'function') {
    const extra = valid(rule.additional(), v, depth + 1, c, true);
    if (extra) tests.push(`alltrue([for ${k}, ${v} in ${x} : ${v} == null ? false : ${extra}${table ? ` if ${kind(k)} == ""` : ''}])`);
  }
  // One alltrue over all of them: a function call costs more than the concat of the short tuples.
  if (below.length > 0) tests.push(`alltrue(${below.length === 1 ? below[0] : `concat(${below.join(', ')})`})`);
  scalarTests.forEach((test, tag) => tests.push(`alltrue([for ${k}, ${v} in ${x} : ${v} == null ? true : ${test} if ${kind(k)} == "${tag}"])`));
}

/**
 * True when the object `x` breaks a rule between its properties (property-conditions.json) as the
 * validator reads it: the value is exactly `equals` (no conversion: a string) and the forbidden property
 * is present, even as null. Never fails to evaluate.
 */
function combination(cond: PropertyCondition, x: string): string {
  const when = hclString(cond.when.property);
  return `(try(tostring(${x}[${when}]) == ${x}[${when}] ? ${x}[${when}] == ${hclString(cond.when.equals)} : false, false) ? contains(keys(${x}), ${hclString(cond.forbidden)}) : false)`;
}

/**
 * ` Did you mean `x`?` when the key `k` is one edit (or a case, `_`, `-` difference) away from a
 * property of the object: the key's normalized form and its one-character deletions are looked up in the
 * near-miss table of the object's definition (bindNames).
 */
function didYouMean(rule: ObjectRule, k: string, c: Compile): string {
  const writable = Object.keys(rule.properties).filter((p) => !rule.readOnly.includes(p));
  if (!rule.name || writable.length === 0) return '';
  let bound = c.names.get(rule.name);
  if (!bound) c.names.set(rule.name, (bound = { name: `nm${c.names.size}`, names: writable }));
  const norm = normalized(k);
  const guesses = `concat([lookup(${bound.name}, ${norm}, "")], [for i in range(length(${norm})) : lookup(${bound.name}, ${deletion(norm)}, "")])`;
  return `\${try(" Did you mean \`\${compact(${guesses})[0]}\`?", "")}`;
}

/** A name lower-cased without `-`, `_` and spaces, as HCL. */
const normalized = (name: string) => `lower(replace(${name}, "/[-_ ]/", ""))`;
/** `s` without its character at `i`, as HCL. */
const deletion = (s: string) => `"\${substr(${s}, 0, i)}\${substr(${s}, i + 1, -1)}"`;

/**
 * Binds each definition's near-miss table once around the messages (`[for nm0 in [{...}] : ...][0]`):
 * every normalized property name and each of its one-character deletions, to the first property that
 * gives it. The table is computed at plan from the names, and only when messages are built (a body that
 * fails the fast test): as a stack local it was evaluated at every plan, 16 ms of a 270 ms plan with 20
 * checks; written out inline it cost more to parse than that.
 */
function bindNames(errors: string, names: Compile['names']): string {
  let bound = errors;
  for (const { name, names: properties } of names.values()) {
    const pairs = `flatten([for n in ${hclList(properties)} : [for m in [${normalized('n')}] : concat([{ d = m, n = n }], [for i in range(length(m)) : { d = ${deletion('m')}, n = n }])][0]])`;
    bound = `[for ${name} in [{ for d, ns in { for p in ${pairs} : p.d => p.n... } : d => ns[0] }] : ${bound}][0]`;
  }
  return bound;
}

/**
 * Whether the preconditions skip a property as the validator only warns about it: read-only, except a
 * reference's own `id` (the validator checks its type; see rules.ts, `reference`).
 */
function isReadOnly(rule: ObjectRule, name: string, byReference: boolean): boolean {
  return rule.readOnly.includes(name) && !(byReference && name === 'id');
}

/** Enum members as `lower()` writes them, to compare a value with them case-insensitively. */
function lowerCase(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase()))];
}

/** A message as an HCL string literal: the validator's wording with any `${`/`%{` kept literal. */
function message(text: string): string {
  return hclString(text);
}

function hclList(values: readonly (string | number)[]): string {
  return `[${values.map((x) => (typeof x === 'number' ? String(x) : hclString(x))).join(', ')}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
