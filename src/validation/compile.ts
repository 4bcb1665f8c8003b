/**
 * The fast path of body validation: each operation's rule tree (rules.ts, still the one source) is
 * compiled once, lazily, to JavaScript with `new Function`, into a function that only decides whether
 * the diagnostic pass (diagnose.ts) would report nothing at all. It builds no message and no pointer;
 * when it answers false the diagnostic pass runs and decides.
 *
 * `true` is exact: no diagnostic, not even a warning. `false` is exact too, except that it is also
 * answered, conservatively, for containers nested MAX_DEPTH levels deep and for objects that inherit
 * enumerable properties (`for...in` sees those; JSON never makes such objects).
 */
import { fixedLengthCheck, FORMAT_CHECKS } from './format-checks';
import { FORMAT_PATTERNS, type Rule } from './rules';
import { GeneratedSource } from './generated-source';

/** Deeper than any Genesys request body; bounds the work and the stack on hostile input. */
export const MAX_DEPTH = 64;

export type IsUnknown = ((value: unknown) => boolean) | undefined;
export type Fast = (value: unknown, isUnknown: IsUnknown) => boolean;

/** Generated source and the constants (regexes, sets) it refers to as `c[i]`. */
class Generator extends GeneratedSource {
  private vars = 0;

  constructor(private readonly withUnknown: boolean) {
    super();
  }

  /** Statements that `return false` unless `x` (at depth `d`) passes `rule`; unknown values pass. */
  check(rule: Rule, x: string, d: string): string {
    const body = this.checkKnown(rule, x, d);
    if (!body) return '';
    return this.withUnknown ? `if (!u(${x})) { ${body} }` : body;
  }

  private checkKnown(rule: Rule, x: string, d: string): string {
    switch (rule.kind) {
      case 'any':
        return '';
      case 'boolean':
        return `if (typeof ${x} !== "boolean") return false;`;
      case 'integer':
      case 'number': {
        const tests = [rule.kind === 'integer' ? `!Number.isInteger(${x})` : `typeof ${x} !== "number" || !Number.isFinite(${x})`];
        if (rule.enum) tests.push(`!${this.constant(new Set(rule.enum))}.has(${x})`);
        if (rule.minimum !== undefined) tests.push(`${x} < ${rule.minimum}`);
        if (rule.maximum !== undefined) tests.push(`${x} > ${rule.maximum}`);
        return `if (${tests.join(' || ')}) return false;`;
      }
      case 'string': {
        const tests = [`typeof ${x} !== "string"`];
        if (rule.enum) tests.push(this.notIn(rule.enum, x));
        if (rule.format) {
          const check = FORMAT_CHECKS[rule.format];
          tests.push(check ? `!${this.constant(check)}(${x})` : `!${this.constant(new RegExp(FORMAT_PATTERNS[rule.format]))}.test(${x})`);
        }
        if (rule.pattern) {
          const check = fixedLengthCheck(rule.pattern);
          tests.push(check ? `!${this.constant(check)}(${x})` : `!${this.constant(new RegExp(rule.pattern, 'u'))}.test(${x})`);
        }
        if (rule.minLength !== undefined) tests.push(`${x}.length < ${rule.minLength}`);
        if (rule.maxLength !== undefined) tests.push(`${x}.length > ${rule.maxLength}`);
        return `if (${tests.join(' || ')}) return false;`;
      }
      case 'object':
      case 'array':
        return `if (!f${this.functionFor(rule)}(${x}, ${d}, u)) return false;`;
    }
  }

  /** Small enums as comparisons (faster than a Set lookup), large ones as a Set. */
  private notIn(values: readonly string[], x: string): string {
    if (values.length > 8) return `!${this.constant(new Set(values))}.has(${x})`;
    return `(${values.map((v) => `${x} !== ${JSON.stringify(v)}`).join(' && ')})`;
  }

  /** Containers are functions (recursive schemas call themselves); the depth bound is tested on entry. */
  private functionFor(rule: Extract<Rule, { kind: 'object' | 'array' }>): number {
    return this.functionOf(rule, (id) => {
      const body = rule.kind === 'object' ? this.objectBody(rule) : this.arrayBody(rule);
      return `function f${id}(v, d, u) { if (d >= ${MAX_DEPTH}) return false; ${body} return true; }`;
    });
  }

  private objectBody(rule: Extract<Rule, { kind: 'object' }>): string {
    const x = this.variable();
    const out = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return false;', `let ${x};`];
    // A missing omittable property is a warning: not "no diagnostic".
    const required = [...rule.required, ...(rule.omittable ?? []).map((u) => u.property)].map((name) => {
      // Names that Object.prototype also has (`constructor`) must be own properties.
      const own = name in Object.prototype ? `!Object.hasOwn(v, ${JSON.stringify(name)}) || ` : '';
      return `${x} = v[${JSON.stringify(name)}]; if (${own}${x} === undefined || ${x} === null) return false;`;
    });
    // Below the root (d > 0), an object that sets `id` refers to an existing entity (rules.ts, `reference`).
    const reference = rule.reference ? '(d > 0 && v.id !== undefined && v.id !== null)' : 'false';
    if (rule.reference && required.length > 0) out.push(`if (!${reference}) { ${required.join(' ')} }`);
    else out.push(...required);
    const cases = Object.keys(rule.properties).map((name) => {
      const child = this.check(rule.properties[name](), x, 'd + 1');
      const load = child ? `${x} = v[${JSON.stringify(name)}]; if (${x} !== undefined && ${x} !== null) { ${child} } ` : '';
      // A read-only property is a warning: not "no diagnostic"; a reference's own `id` is not read-only.
      if (rule.readOnly.includes(name)) {
        return name === 'id' && rule.reference ? `case "id": if (!${reference}) return false; ${load}break;` : `case ${JSON.stringify(name)}: return false;`;
      }
      // A named load (`v["name"]`) is cheaper than a keyed one (`v[k]`).
      return `case ${JSON.stringify(name)}: ${load}break;`;
    });
    const additional = rule.additional === 'forbidden' ? 'return false;'
      : rule.additional === 'any' ? ''
        : `${x} = v[k]; ${this.check(rule.additional(), x, 'd + 1')}`;
    // `for...in` (no key array allocated) also visits inherited enumerable keys: only more `false`s.
    if (cases.length > 0 || additional) out.push(`for (const k in v) { switch (k) { ${cases.join(' ')} default: ${additional} } }`);
    for (const c of rule.conditions ?? []) {
      out.push(`if (v[${JSON.stringify(c.when.property)}] === ${JSON.stringify(c.when.equals)} && v[${JSON.stringify(c.forbidden)}] !== undefined) return false;`);
    }
    return out.join(' ');
  }

  private arrayBody(rule: Extract<Rule, { kind: 'array' }>): string {
    const out = ['if (!Array.isArray(v)) return false;'];
    if (rule.minItems !== undefined) out.push(`if (v.length < ${rule.minItems}) return false;`);
    if (rule.maxItems !== undefined) out.push(`if (v.length > ${rule.maxItems}) return false;`);
    const items = rule.items();
    if (items.kind !== 'any') {
      const x = this.variable();
      // A null item is a wrong type even where unknowns are accepted, as in the diagnostic pass.
      out.push(`for (let i = 0; i < v.length; i++) { const ${x} = v[i]; if (${x} === null) return false; ${this.check(items, x, 'd + 1')} }`);
    }
    return out.join(' ');
  }

  private variable(): string {
    return `x${this.vars++}`;
  }
}

/** Compiles the fast path of a rule tree, for callers that pass `isUnknown` or for those that do not. */
export function compileFast(rule: Rule, withUnknown: boolean): Fast {
  const g = new Generator(withUnknown);
  const root = g.check(rule, 'v', '0');
  const source = `"use strict"; ${g.functions.join('\n')}\nreturn function (v, u) { ${root} return true; };`;
  return new Function('c', source)(g.constants) as Fast;
}
