/**
 * The diagnostic pass: a rule tree (rules.ts) compiled once, lazily, to JavaScript with `new Function`,
 * into a function that reports every diagnostic of a body (pointer, code, message, suggestion) in
 * document order. It runs only for bodies the fast path (compile.ts) does not pass. Pointer segments of
 * named properties are escaped at compile time; messages at a pointer are remembered per rule, so a
 * mistake repeated across requests costs a look-up, not a message build. Never throws.
 */
import { escapeSegment as escape } from '../text/json-pointer';
import { closest } from '../text/similarity';
import { MAX_DEPTH } from './compile';
import { echo, ECHO_LIMIT, fieldName, jsonType, messages } from './messages';
import { FORMAT_PATTERNS, type Rule } from './rules';
import { GeneratedSource } from './generated-source';
import type { Diagnostic } from './types';
import type { UndocumentedProperty } from '../genesys/types';

/** What one run of the pass carries: the output and the caller's options. */
export interface Walk {
  readonly out: Diagnostic[];
  readonly isUnknown: ((value: unknown) => boolean) | undefined;
  readonly redactValues: boolean;
  /** The operation's texts of unknown top-level properties by name (see RootTexts). */
  readonly root: RootTexts;
}

export type Diagnose = (value: unknown, walk: Walk) => void;

type ObjectRule = Extract<Rule, { kind: 'object' }>;
type StringRule = Extract<Rule, { kind: 'string' }>;
type NumberRule = Extract<Rule, { kind: 'integer' | 'number' }>;

/** Longest key a text cache keeps (input may hold megabyte-long names and values). */
const MEMO_KEY_LIMIT = 256;

/** Texts repeat (the same typo in every request): remember the last few hundred per rule. */
function memo(fn: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    if (key.length > MEMO_KEY_LIMIT) return fn(key);
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 256) cache.clear();
      cache.set(key, (value = fn(key)));
    }
    return value;
  };
}

/** A diagnostic's texts at one pointer. */
export interface Text {
  readonly pointer: string;
  readonly message: string;
  readonly suggestion: string;
  // Every text has both, so all texts share one shape: the reports read them monomorphically (a text
  // without them made the diagnostic pass of the forum body a sixth slower).
  readonly code: Diagnostic['code'];
  readonly severity: Diagnostic['severity'];
}

/**
 * Texts by the object's pointer, then by property name: a hit builds no pointer (names from JSON are
 * interned, so the look-up hashes nothing). The last few hundred are kept.
 */
class TextCache {
  private readonly byParent = new Map<string, Map<string, Text>>();

  constructor(private readonly build: (pointer: string, name: string) => Omit<Text, 'pointer'>) {}

  get(parent: string, name: string): Text {
    let byName = this.byParent.get(parent);
    let text = byName?.get(name);
    if (text) return text;
    const pointer = `${parent}/${escape(name)}`;
    // Built as a literal, in the order of the texts a misconception gives (validate.ts): one shape for
    // the reports to read.
    const { message, suggestion, code, severity } = this.build(pointer, name);
    text = { pointer, message, suggestion, code, severity };
    if (parent.length + name.length <= MEMO_KEY_LIMIT) {
      if (!byName || byName.size >= 256) {
        if (this.byParent.size >= 64) this.byParent.clear();
        this.byParent.set(parent, (byName = new Map()));
      }
      byName.set(name, text);
    }
    return text;
  }
}

/** An object rule's texts, built once per rule. */
class ObjectTexts {
  readonly forbidden: boolean;
  readonly missing: TextCache;
  /** Required properties that Genesys's own code omits (a warning). */
  readonly omitted: TextCache;
  readonly readOnly: TextCache;
  /** Unknown properties without a misconception (those are not remembered). */
  readonly unknown: TextCache;

  constructor(rule: ObjectRule) {
    this.forbidden = rule.additional === 'forbidden';
    const writable = Object.keys(rule.properties).filter((k) => !rule.readOnly.includes(k));
    const takes = `${rule.name ?? 'this object'} takes ${writable.length > 0 ? writable.join(', ') : 'no properties'}`;
    this.missing = new TextCache((p, name) => ({ message: messages.missingRequired(p, rule.name), suggestion: `add ${name}`, code: 'missing-required', severity: 'error' }));
    this.omitted = new TextCache((p, name) => {
      const u = rule.omittable?.find((o) => o.property === name) as UndocumentedProperty;
      return { message: messages.omittedRequired(p, rule.name, u), suggestion: `add ${name} unless you rely on Genesys's default`, code: 'missing-required', severity: 'warning' };
    });
    this.readOnly = new TextCache((p, name) => ({ message: `${fieldName(p)} is read-only (set by Genesys); it is ignored in requests.`, suggestion: `remove ${name}`, code: 'read-only-property', severity: 'warning' }));
    this.unknown = new TextCache((p, name) => {
      const undocumented = rule.undocumented && Object.hasOwn(rule.undocumented, name) ? rule.undocumented[name] : undefined;
      if (undocumented) return { message: messages.undocumentedProperty(p, rule.name, undocumented), suggestion: 'keep it only if you rely on what it does', code: 'undocumented', severity: 'warning' };
      if (name.length > ECHO_LIMIT) return { message: messages.unknownProperty(p, rule.name), suggestion: `remove ${echo(name)}; ${takes}`, code: 'unknown-property', severity: 'error' };
      const near = closest(name, writable);
      return { message: messages.unknownProperty(p, rule.name), suggestion: near ? `did you mean ${near}?` : `remove ${name}; ${takes}`, code: 'unknown-property', severity: 'error' };
    });
  }
}

/**
 * What a top-level property name is, per operation, in one look-up: the index of a property of the root
 * object (its `case` in the generated code), or, for a name the root object does not take, its
 * unknown-property texts: those a misconception explains (misconceptions.json, per operation), then the
 * last few hundred others. Undefined for a name that a map or free-form root takes.
 *
 * In front of the Map, a small direct-mapped cache indexed by the name's length and first character (JS
 * cannot reach a string's own hash; more characters spread the snapshot's names little better and cost
 * more): a hit is one `===` of interned names, where each `Map.get` costs a builtin call that hashes
 * (a fifth of validateBody's time on the forum body, five mistakes). A collision only falls through to the
 * Map.
 */
export class RootTexts {
  private readonly entries: Map<string, number | Text>;
  private readonly fixed: ReadonlyArray<readonly [string, number | Text]>;
  private readonly slotNames: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly slotEntries: (number | Text | undefined)[] = new Array<number | Text | undefined>(SLOTS).fill(undefined);

  constructor(rule: Rule, explained: ReadonlyMap<string, Text>) {
    const forbidden = rule.kind === 'object' && rule.additional === 'forbidden';
    const names = rule.kind === 'object' ? Object.keys(rule.properties) : [];
    // A property of the object is never unknown, whatever a misconception says.
    this.fixed = [...(forbidden ? explained : []), ...names.map((name, i) => [name, i] as const)];
    this.entries = new Map(this.fixed);
  }

  get(texts: ObjectTexts, name: string): number | Text | undefined {
    // Bitwise operators read the NaN of an empty name's charCodeAt as 0.
    const slot = ((name.length << 2) ^ name.charCodeAt(0)) & (SLOTS - 1);
    if (this.slotNames[slot] === name) return this.slotEntries[slot];
    const entry = this.lookUp(texts, name);
    if (entry !== undefined && name.length <= MEMO_KEY_LIMIT) {
      this.slotNames[slot] = name;
      this.slotEntries[slot] = entry;
    }
    return entry;
  }

  private lookUp(texts: ObjectTexts, name: string): number | Text | undefined {
    let entry = this.entries.get(name);
    if (entry === undefined && texts.forbidden) {
      entry = texts.unknown.get('', name);
      if (this.entries.size >= this.fixed.length + 256) {
        this.entries.clear();
        for (const [k, e] of this.fixed) this.entries.set(k, e);
      }
      if (name.length <= MEMO_KEY_LIMIT) this.entries.set(name, entry);
    }
    return entry;
  }
}

/** Slots of RootTexts' direct-mapped cache (a power of two). */
const SLOTS = 64;

/**
 * A string enum's members by their lower-case form: a value that matches one only when case is ignored
 * (Genesys's own tutorial sends `"speakTo": "destination"` against `DESTINATION`) is a warning.
 */
function caseInsensitive(rule: StringRule): ReadonlyMap<string, string> {
  const members = new Map<string, string>();
  for (const value of rule.enum as string[]) if (!members.has(value.toLowerCase())) members.set(value.toLowerCase(), value);
  return members;
}

/** A string enum's suggestions by value. */
function enumSuggestions(rule: StringRule): (value: string) => string {
  const allowed = new Set(rule.enum);
  return memo((value) => {
    const near = closest(value, allowed);
    return near ? `did you mean ${JSON.stringify(near)}?` : `use one of ${(rule.enum as string[]).join(', ')}`;
  });
}

function report(walk: Walk, pointer: string, code: Diagnostic['code'], message: string, suggestion: string | null, severity: Diagnostic['severity'] = 'error'): void {
  walk.out.push({ severity, pointer, code, message, suggestion });
}

/** "5" for an integer or "true" for a boolean: the value is right, only quoted. */
function isQuotedRightValue(rule: Rule, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  if (rule.kind === 'boolean') return value === 'true' || value === 'false';
  if (rule.kind === 'number') return Number.isFinite(Number(value));
  if (rule.kind === 'integer') return Number.isInteger(Number(value));
  return false;
}

/** The reports the generated code makes; each takes the walk and the pointer of the value at fault. */
const reports = {
  tooDeep(walk: Walk, p: string): void {
    report(walk, p, 'too-deep', `The body nests deeper than ${MAX_DEPTH} levels at ${p}; no Genesys request is that deep.`, null);
  },
  wrongType(walk: Walk, rule: Rule, value: unknown, p: string): void {
    const unquote = isQuotedRightValue(rule, value) ? (walk.redactValues ? 'remove the quotes' : `write ${echo(String(value))} without quotes`) : null;
    report(walk, p, 'wrong-type', messages.wrongType(p, rule, jsonType(value)), unquote);
  },
  /** A text below the root, from its cache (`parent` is the object's pointer, never the root's: see RootTexts). */
  cached(walk: Walk, cache: TextCache, parent: string, name: string): void {
    reports.text(walk, cache.get(parent, name));
  },
  /** A text with its own code and severity (root texts are built at compile time, for a fixed pointer). */
  text(walk: Walk, text: Text): void {
    report(walk, text.pointer, text.code, text.message, text.suggestion, text.severity);
  },
  combination(walk: Walk, condition: NonNullable<ObjectRule['conditions']>[number], p: string): void {
    report(walk, p, 'invalid-combination', messages.invalidCombination(p, condition), condition.suggestion);
  },
  outOfRange(walk: Walk, p: string, what: string): void {
    report(walk, p, 'out-of-range', messages.outOfRange(p, what), null);
  },
  stringNotInEnum(walk: Walk, rule: StringRule, suggest: (value: string) => string, members: ReadonlyMap<string, string>, value: string, p: string): void {
    const member = members.get(value.toLowerCase());
    if (member !== undefined) report(walk, p, 'enum-case', messages.enumCase(p, member, walk.redactValues ? undefined : value), `write ${JSON.stringify(member)}`, 'warning');
    else report(walk, p, 'not-in-enum', messages.notInEnum(p, rule.enum as string[], walk.redactValues ? undefined : value), suggest(value));
  },
  numberNotInEnum(walk: Walk, rule: NumberRule, value: number, p: string): void {
    report(walk, p, 'not-in-enum', messages.notInEnum(p, rule.enum as number[], walk.redactValues ? undefined : value), `use one of ${(rule.enum as number[]).join(', ')}`);
  },
  badFormat(walk: Walk, rule: StringRule, p: string): void {
    report(walk, p, 'bad-format', messages.badFormat(p, rule.format as string), null);
  },
  badPattern(walk: Walk, rule: StringRule, p: string): void {
    report(walk, p, 'bad-format', messages.badPattern(p, rule.pattern as string), null);
  },
  /** The value is redacted unless the caller allows repeating it. */
  beyond(walk: Walk, p: string, bound: 'least' | 'most', limit: number, value: number): void {
    report(walk, p, 'out-of-range', messages.outOfRange(p, `must be at ${bound} ${limit}${walk.redactValues ? '' : `, not ${value}`}`), null);
  },
  escape,
};

/**
 * A loop over `v`'s own enumerable keys as `k`, in Object.keys order, without allocating their array:
 * inside `for...in` over `v`, V8 answers `own.call(v, k)` (Object.prototype.hasOwnProperty) with a map
 * check (Object.hasOwn gets no such shortcut).
 */
const forOwnKeys = (body: string) => `for (const k in v) { if (!own.call(v, k)) continue; ${body} }`;

/** Generated source and the constants (rules, texts, regexes) it refers to as `c[i]`. */
class Generator extends GeneratedSource {
  private readonly texts = new Map<Rule, ObjectTexts>();

  /**
   * Statements that report what is wrong with `x`, the value at pointer `p` (an expression) and depth `d`;
   * unknown values are only present, and past MAX_DEPTH nothing more is walked.
   */
  check(rule: Rule, x: string, p: string, d: string): string {
    if (rule.kind === 'object' || rule.kind === 'array') return `g${this.functionFor(rule)}(${x}, ${d}, ${p}, w);`;
    return `if (w.isUnknown === undefined || !w.isUnknown(${x})) { if (${d} > ${MAX_DEPTH}) r.tooDeep(w, ${p}); else { ${this.scalar(rule, x, p)} } }`;
  }

  private scalar(rule: Exclude<Rule, { kind: 'object' | 'array' }>, x: string, p: string): string {
    const wrong = `r.wrongType(w, ${this.constant(rule)}, ${x}, ${p});`;
    switch (rule.kind) {
      case 'any':
        return '';
      case 'boolean':
        return `if (typeof ${x} !== "boolean") ${wrong}`;
      case 'integer':
      case 'number': {
        const R = this.constant(rule);
        const out = [];
        if (rule.enum) out.push(`if (!${this.constant(rule.enum)}.includes(${x})) r.numberNotInEnum(w, ${R}, ${x}, ${p});`);
        if (rule.minimum !== undefined) out.push(`if (${x} < ${rule.minimum}) r.beyond(w, ${p}, "least", ${rule.minimum}, ${x});`);
        if (rule.maximum !== undefined) out.push(`if (${x} > ${rule.maximum}) r.beyond(w, ${p}, "most", ${rule.maximum}, ${x});`);
        const type = `typeof ${x} !== "number" || !Number.isFinite(${x})${rule.kind === 'integer' ? ` || !Number.isInteger(${x})` : ''}`;
        return `if (${type}) ${wrong} else { ${out.join(' ')} }`;
      }
      case 'string': {
        const R = this.constant(rule);
        const out = [];
        if (rule.enum) out.push(`if (!${this.constant(new Set(rule.enum))}.has(${x})) r.stringNotInEnum(w, ${R}, ${this.constant(enumSuggestions(rule))}, ${this.constant(caseInsensitive(rule))}, ${x}, ${p});`);
        if (rule.format) out.push(`if (!${this.constant(new RegExp(FORMAT_PATTERNS[rule.format]))}.test(${x})) r.badFormat(w, ${R}, ${p});`);
        if (rule.pattern) out.push(`if (!${this.constant(new RegExp(rule.pattern, 'u'))}.test(${x})) r.badPattern(w, ${R}, ${p});`);
        if (rule.minLength !== undefined) out.push(`if (${x}.length < ${rule.minLength}) r.outOfRange(w, ${p}, "must be at least ${rule.minLength} characters long");`);
        if (rule.maxLength !== undefined) out.push(`if (${x}.length > ${rule.maxLength}) r.outOfRange(w, ${p}, "must be at most ${rule.maxLength} characters long, has " + ${x}.length);`);
        return `if (typeof ${x} !== "string") ${wrong} else { ${out.join(' ')} }`;
      }
    }
  }

  /** Containers are functions `g<id>(v, d, p, w)` (recursive schemas call themselves), guarded on entry. */
  private functionFor(rule: Extract<Rule, { kind: 'object' | 'array' }>): number {
    return this.functionOf(rule, (id) => {
      const body = rule.kind === 'object' ? this.objectBody(rule) : this.arrayBody(rule);
      return `function g${id}(v, d, p, w) { if (w.isUnknown !== undefined && w.isUnknown(v)) return; if (d > ${MAX_DEPTH}) { r.tooDeep(w, p); return; } ${body} }`;
    });
  }

  /**
   * `root`: the body is the body's root (pointer ''), so pointers and the texts of required and read-only
   * properties are constants, and each name costs one look-up (RootTexts) instead of a `switch` over names.
   */
  private objectBody(rule: ObjectRule, root = false): string {
    const texts = (this.texts.get(rule) ?? this.texts.set(rule, new ObjectTexts(rule)).get(rule)) as ObjectTexts;
    const T = this.constant(texts);
    const below = (name: string) => (root ? JSON.stringify(`/${escape(name)}`) : `p + ${JSON.stringify(`/${escape(name)}`)}`);
    const out = [`if (typeof v !== "object" || v === null || Array.isArray(v)) { r.wrongType(w, ${this.constant(rule)}, v, p); return; }`];
    const omittable = (rule.omittable ?? []).map((u) => u.property);
    const required = [...rule.required, ...omittable].map((name) => {
      const key = JSON.stringify(name);
      const cache = omittable.includes(name) ? texts.omitted : texts.missing;
      const report = root ? `r.text(w, ${this.constant(cache.get('', name))})` : `r.cached(w, ${T}.${omittable.includes(name) ? 'omitted' : 'missing'}, p, ${key})`;
      // The own-property test (an inherited value does not count) costs more than the loads: tested last.
      return `if (v[${key}] === undefined || v[${key}] === null || !own.call(v, ${key})) ${report};`;
    });
    // Below the root, an object that sets `id` refers to an existing entity (rules.ts, `reference`).
    const byReference = !root && rule.reference;
    if (byReference && required.length > 0) out.push(`if (v.id === undefined || v.id === null) { ${required.join(' ')} }`);
    else out.push(...required);
    const cases = Object.keys(rule.properties).map((name, i) => {
      const key = JSON.stringify(name);
      const label = root ? i : key;
      if (rule.readOnly.includes(name) && !(byReference && name === 'id')) {
        return `case ${label}: ${root ? `r.text(w, ${this.constant(texts.readOnly.get('', name))})` : `r.cached(w, ${T}.readOnly, p, ${key})`}; break;`;
      }
      const at = below(name);
      // A named load (`v["name"]`) is cheaper than a keyed one (`v[k]`), and unknown keys load nothing.
      return `case ${label}: { const x = v[${key}]; if (x !== null && x !== undefined) { ${this.check(rule.properties[name](), 'x', at, 'd + 1')} } } break;`;
    });
    const additional = typeof rule.additional === 'function' ? `{ const x = v[k]; const q = p + "/" + r.escape(k); ${this.check(rule.additional(), 'x', 'q', 'd + 1')} }`
      : rule.additional === 'forbidden' ? (root ? 'r.text(w, e);' : `r.cached(w, ${T}.unknown, p, k);`) : '';
    if (root && (cases.length > 0 || additional)) {
      out.push(forOwnKeys(`const e = w.root.get(${T}, k); if (typeof e === "number") { switch (e) { ${cases.join(' ')} } } else { ${additional} }`));
    } else if (cases.length > 0 || additional) {
      out.push(forOwnKeys(`switch (k) { ${cases.join(' ')} default: ${additional} }`));
    }
    for (const c of rule.conditions ?? []) {
      out.push(`if (v[${JSON.stringify(c.when.property)}] === ${JSON.stringify(c.when.equals)} && v[${JSON.stringify(c.forbidden)}] !== undefined) r.combination(w, ${this.constant(c)}, ${below(c.forbidden)});`);
    }
    return out.join(' ');
  }

  private arrayBody(rule: Extract<Rule, { kind: 'array' }>): string {
    const out = [`if (!Array.isArray(v)) { r.wrongType(w, ${this.constant(rule)}, v, p); return; }`];
    if (rule.minItems !== undefined) out.push(`if (v.length < ${rule.minItems}) r.outOfRange(w, p, "needs at least ${rule.minItems} item(s), has " + v.length);`);
    if (rule.maxItems !== undefined) out.push(`if (v.length > ${rule.maxItems}) r.outOfRange(w, p, "takes at most ${rule.maxItems} item(s), has " + v.length);`);
    const items = rule.items();
    if (items.kind !== 'any') {
      // A null item is a wrong type even where unknowns are accepted, and is not walked (no depth test).
      out.push(`for (let i = 0; i < v.length; i++) { const x = v[i]; const q = p + "/" + i; if (x === null) r.wrongType(w, ${this.constant(items)}, null, q); else { ${this.check(items, 'x', 'q', 'd + 1')} } }`);
    }
    return out.join(' ');
  }

  build(rule: Rule): Diagnose {
    // An object root (every Genesys body but a few arrays) is its own function, with constant pointers.
    const root = rule.kind === 'object' ? `if (w.isUnknown !== undefined && w.isUnknown(v)) return; const p = "", d = 0; ${this.objectBody(rule, true)}` : this.check(rule, 'v', '""', '0');
    const source = `"use strict"; const own = Object.prototype.hasOwnProperty; ${this.functions.join('\n')}\nreturn function (v, w) { ${root} };`;
    return new Function('c', 'r', source)(this.constants, reports) as Diagnose;
  }
}

/** Compiles the diagnostic pass of a rule tree. */
export function compileDiagnose(rule: Rule): Diagnose {
  return new Generator().build(rule);
}
