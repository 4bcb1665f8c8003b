/**
 * Acknowledged diagnostics in a cdktf app (GenesysChecks.suppress): each suppression is kept on its construct,
 * applies to the construct and everything below it, and what it acknowledged is written to the synthesized
 * stack (`"//": {"genesys-cobrowse-acknowledgements": [...]}`) so reviewers see it. A warning of this library's
 * constructs (`unverified`, `access-unknown`, ...) and any diagnostic of the genesyscloud resource checks can be
 * acknowledged; `removed-operation` cannot.
 */
import { TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { suppressionProblem, type SuppressionRule } from '../validation/resource';

/** Where acknowledgements are written in the synthesized stack and in each acknowledged resource. */
export const ACKNOWLEDGEMENTS_KEY = 'genesys-cobrowse-acknowledgements';
export const RESOURCE_SUPPRESSIONS_KEY = 'genesys-cobrowse-suppressions';

interface Entry {
  readonly rule: SuppressionRule;
  used: boolean;
}

const byConstruct = new WeakMap<IConstruct, Entry[]>();
const recorded = new WeakMap<TerraformStack, { path: string; code: string; reason: string }[]>();

export function addSuppressions(construct: IConstruct, rules: readonly SuppressionRule[]): void {
  const list = byConstruct.get(construct) ?? [];
  for (const rule of rules) list.push({ rule: { code: rule.code, reason: rule.reason }, used: false });
  byConstruct.set(construct, list);
}

/**
 * The reason a diagnostic with `code` on `scope` is acknowledged (the nearest suppression on the scope or an
 * ancestor), recorded in the stack's output; undefined when none applies.
 */
export function acknowledge(scope: IConstruct, code: string): string | undefined {
  for (let c: IConstruct | undefined = scope; c; c = c.node.scope) {
    const entry = byConstruct.get(c)?.find((e) => e.rule.code === code && suppressionProblem(e.rule) === null);
    if (!entry) continue;
    entry.used = true;
    record(scope, code, entry.rule.reason);
    return entry.rule.reason;
  }
  return undefined;
}

/**
 * Every valid suppression on `scope` and its ancestors, nearest first, one per code: what a
 * `genesyscobrowse_payload_check` is told to acknowledge at plan. Each is recorded as used.
 */
export function acknowledgementsFor(scope: IConstruct): SuppressionRule[] {
  const out: SuppressionRule[] = [];
  for (let c: IConstruct | undefined = scope; c; c = c.node.scope) {
    for (const entry of byConstruct.get(c) ?? []) {
      if (suppressionProblem(entry.rule) !== null || out.some((r) => r.code === entry.rule.code)) continue;
      entry.used = true;
      record(scope, entry.rule.code, entry.rule.reason);
      out.push({ code: entry.rule.code, reason: entry.rule.reason });
    }
  }
  return out;
}

function record(scope: IConstruct, code: string, reason: string): void {
  const stack = TerraformStack.of(scope);
  const list = recorded.get(stack) ?? [];
  if (!list.some((a) => a.path === scope.node.path && a.code === code)) list.push({ path: scope.node.path, code, reason });
  recorded.set(stack, list);
  stack.addOverride(`//.${ACKNOWLEDGEMENTS_KEY}`, list.map((a) => ({ ...a })));
}

/** The suppressions registered on constructs under `root` (for the unused and invalid ones). */
export function suppressionsUnder(root: IConstruct): { construct: IConstruct; rule: SuppressionRule; used: boolean }[] {
  return root.node.findAll().flatMap((construct) => (byConstruct.get(construct) ?? []).map((e) => ({ construct, rule: e.rule, used: e.used })));
}
