/**
 * Body checks: the compiled fast path (compile.ts) decides most bodies, and only a body it does not pass
 * pays for the compiled diagnostic pass (diagnose.ts). Both are built once per rule tree, on first use,
 * and reached through one cached entry per operation. Never throws.
 */
import { MISCONCEPTIONS } from '../genesys';
import type { Operation } from '../genesys/types';
import { compileFast, type Fast, type IsUnknown } from './compile';
import { escapeSegment as escape } from '../text/json-pointer';
import { compileDiagnose, RootTexts, type Diagnose, type Text } from './diagnose';
import { messages } from './messages';
import { explainMisconception } from './misconceptions';
import { bodyRules, type Rule } from './rules';
import type { Diagnostic } from './types';

/** One rule tree's compiled functions (shared by the operations with that tree), each built on first use. */
interface Compiled {
  readonly rule: Rule;
  plain?: Fast;
  withUnknown?: Fast;
  diagnose?: Diagnose;
}

/** An operation's body check: its rule tree's functions and the misconceptions its top level explains. */
export interface BodyCheck {
  readonly compiled: Compiled;
  readonly root: RootTexts;
}

const byRule = new WeakMap<Rule, Compiled>();
const byOperation = new WeakMap<Operation, BodyCheck | null>();

/** The body check of an operation; null when it takes no body or its schema is unknown. */
export function bodyCheck(op: Operation): BodyCheck | null {
  let check = byOperation.get(op);
  if (check === undefined) {
    const rule = bodyRules(op);
    check = rule && {
      compiled: compiledFor(rule),
      root: new RootTexts(rule, explainedProperties(op, rule)),
    };
    byOperation.set(op, check);
  }
  return check;
}

/** The unknown-property texts of the top-level properties a misconception explains for this operation. */
function explainedProperties(op: Operation, rule: Rule): ReadonlyMap<string, Text> {
  const explained = new Map<string, Text>();
  if (rule.kind !== 'object') return explained;
  for (const m of MISCONCEPTIONS) {
    if (m.match.kind !== 'body-property' || !m.match.operations.includes(op.operationId)) continue;
    const name = m.match.property;
    const pointer = `/${escape(name)}`;
    const { explanation, suggestion } = explainMisconception(m.id);
    explained.set(name, { pointer, message: `${messages.unknownProperty(pointer, rule.name)} ${explanation}`, suggestion: `remove ${name}; ${suggestion}`, code: 'unknown-property', severity: 'error' });
  }
  return explained;
}

function compiledFor(rule: Rule): Compiled {
  let compiled = byRule.get(rule);
  if (!compiled) byRule.set(rule, (compiled = { rule }));
  return compiled;
}

/** True when the diagnostic pass would report nothing for `value` under `rule` (the fast path alone). */
export function isValidBody(rule: Rule, value: unknown, isUnknown?: IsUnknown): boolean {
  return fast(compiledFor(rule), value, isUnknown);
}

function fast(c: Compiled, value: unknown, isUnknown: IsUnknown): boolean {
  return isUnknown ? (c.withUnknown ??= compileFast(c.rule, true))(value, isUnknown) : (c.plain ??= compileFast(c.rule, false))(value, undefined);
}

/** The diagnostics of `body` under `check`; a new array, the caller's own. */
export function runBodyCheck(check: BodyCheck, body: unknown, isUnknown: IsUnknown, redactValues: boolean | undefined): Diagnostic[] {
  return fast(check.compiled, body, isUnknown) ? [] : diagnose(check, body, isUnknown, redactValues);
}

function diagnose(check: BodyCheck, body: unknown, isUnknown: IsUnknown, redactValues: boolean | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  (check.compiled.diagnose ??= compileDiagnose(check.compiled.rule))(body, { out, isUnknown, redactValues: Boolean(redactValues), root: check.root });
  return out;
}

/** Checks a body against an operation's schema (nothing to check when it has none). */
export function checkBody(op: Operation, body: unknown, options: { isUnknown?: IsUnknown; redactValues?: boolean } = {}): Diagnostic[] {
  const check = bodyCheck(op);
  return check ? runBodyCheck(check, body, options.isUnknown, options.redactValues) : [];
}

/** The diagnostic pass alone, without the fast path (the equivalence tests compare the two). */
export function diagnoseBody(op: Operation, body: unknown, options: { isUnknown?: IsUnknown; redactValues?: boolean } = {}): Diagnostic[] {
  const check = bodyCheck(op);
  return check ? diagnose(check, body, options.isUnknown, options.redactValues) : [];
}
