/**
 * The plan-time side of every PayloadCheck of one operation in one stack. Per body layout (the same
 * compiled checks): one local holding the distinct bodies (`{ e0 = <body>, ... }`, checks whose bodies
 * are the same expression share one entry), and one local that computes each entry's error list once
 * (`{ for key, raw in local.bodies : key => errors }`). One output whose value is null carries the
 * preconditions: one for all the entries known at plan (bodies written as root variables), over a local
 * listing the checks and messages of each failing one, and one per other entry, indexing its list.
 *
 * Why an output: a failed output precondition fails `terraform plan` like a resource precondition, but
 * a null output adds nothing to the plan summary ("N to add"), shows no change when a body changes and
 * stores nothing in state. Why one precondition per body that may be unknown, with no `if` over those
 * bodies: a body that is unknown at plan makes only its own entry unknown, so it defers only its own
 * checks; a condition over several would be unknown, and defer them all, as soon as one is.
 *
 * Why it is cheap: Terraform re-parses every `${...}` string of the JSON at each evaluation, and each
 * precondition costs an evaluation of its own. So a body shared by many checks is checked once, and a
 * valid body (the common case) is decided by a message-free test; its messages are built only when
 * that test fails. One errors local per layout, not several evaluated in parallel: each further local
 * adds a fixed cost that Terraform's parallel graph walk did not win back (measured: 200 distinct bodies
 * split over 2 to 25 locals were as slow or slower).
 */
import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { DefaultTokenResolver, Lazy, StringConcat, TerraformLocal, TerraformOutput, TerraformStack, Tokenization } from 'cdktf';
import type { Operation } from '../genesys';
import { describeOperation } from '../genesys';
import { hclString, literalDeep, terraformLiteral } from './literal';
import { compileBodyChecks, type BodyChecks, type Tables } from './payload-conditions';
import type { Rule } from '../validation';

interface Check {
  /** The body as cdktf writes it, and its label in messages (read at synth). */
  body: unknown;
  label: () => string;
}

interface Layout {
  /** The local of the entries' error lists. */
  errors: TerraformLocal;
  /** The local of the messages of the failing entries known at plan (see `preconditions`). */
  knownFailures: TerraformLocal;
  checks: Check[];
}

/**
 * A layout's entries at synth: entry key -> body, the labels of its checks and whether its value is known
 * at plan; check -> entry key.
 */
interface Entries {
  byKey: Map<string, { body: unknown; checks: Check[]; known: boolean }>;
  keyOf: Map<Check, string>;
}

/**
 * Whether a body (as cdktf resolves it to JSON) is known when Terraform plans: it refers to nothing but root
 * variables (`${var.name}`), whose values Terraform has before it plans. Anything else (a resource's
 * attribute, a function of one, a local) may be unknown until apply.
 */
function knownAtPlan(resolved: string): boolean {
  const interpolations = resolved.split('${').length - 1;
  return (resolved.match(/\$\{var\.[A-Za-z_][\w-]*\}/g)?.length ?? 0) === interpolations;
}

export class PayloadCheckGroup extends Construct {
  /** The group of `op` in the stack of `scope`, created on first use. */
  static of(scope: Construct, op: Operation): PayloadCheckGroup {
    const stack = TerraformStack.of(scope);
    const id = `genesys-payload-checks-${op.operationId}`;
    return (stack.node.tryFindChild(id) as PayloadCheckGroup | undefined) ?? new PayloadCheckGroup(stack, id, op);
  }

  private readonly layouts = new Map<string, Layout>();
  private readonly entries = new Map<Check[], Entries>();
  /** The output whose preconditions fail the plan. */
  readonly output: TerraformOutput;

  private constructor(scope: Construct, id: string, private readonly op: Operation) {
    super(scope, id);
    this.output = new TerraformOutput(this, 'checks', {
      value: '${null}', // cdktf cannot write a JSON null here
      description: `genesys-cobrowse-cdktf: plan-time checks of ${describeOperation(op)} request bodies (always null)`,
    });
    this.output.addOverride('precondition', Lazy.anyValue({ produce: () => [...this.layouts.values()].flatMap((layout) => this.preconditions(layout)) }));
  }

  /**
   * Adds a check of `body` (tokens included) and returns the HCL expression of its error list.
   * `label` names the check in messages: the operation as the user wrote it and the construct; it is read at
   * synth, when the preconditions are written.
   */
  add(rule: Rule, shape: unknown, body: unknown, maxDepth: number, label: () => string): string {
    const compiled = compileBodyChecks(rule, shape, maxDepth, stackTables(this));
    const id = `${compiled.valid}\n${compiled.errors}`;
    const layout = this.layouts.get(id) ?? this.newLayout(id, compiled);
    const check: Check = { body: literalDeep(body), label };
    layout.checks.push(check);
    return Lazy.stringValue({ produce: () => `\${${this.list(layout, this.entriesOf(layout.checks).keyOf.get(check) ?? '')}}` });
  }

  private newLayout(id: string, compiled: BodyChecks): Layout {
    const n = this.layouts.size;
    const checks: Check[] = [];
    const missing = this.op.body?.required ? `[${hclString(`${describeOperation(this.op)} requires a request body.`)}]` : '[]';
    const unchecked = `[${hclString('the body could not be checked at plan')}]`;
    const errors = `try(${compiled.errors}, ${unchecked})`;
    // `for ... if` evaluates its value only when the condition holds (`?:` evaluates both branches), and
    // `can` evaluates its argument once (`try` twice).
    const decide = compiled.valid ? `flatten([for ok in [can(${compiled.valid})] : ${errors} if !ok])` : errors;
    const bodies = new TerraformLocal(this, `bodies-${n}`, Lazy.anyValue({ produce: () => Object.fromEntries([...this.entriesOf(checks).byKey].map(([k, e]) => [k, e.body])) }));
    // A string body is JSON text (as in the provider); `[for b in [x] : ...][0]` binds `b`. `if b == b` is
    // unknown for a body not wholly known (always so in `terraform validate`): the entry is then unknown, and
    // its checks are not evaluated at all.
    const errorLists = new TerraformLocal(this, `errors-${n}`,
      `\${{ for key, raw in local.${bodies.friendlyUniqueId} : key => raw == null ? ${missing} : [for b in [try(jsondecode(raw), raw)] : ${decide} if b == b][0] }}`);
    const knownFailures = new TerraformLocal(this, `known-failures-${n}`, Lazy.stringValue({
      produce: () => {
        const known = [...this.entriesOf(checks).byKey].filter(([, e]) => e.known);
        const labels = `{ ${known.map(([key, e]) => `${key} = ${hclString(checkNames(e.checks.map((c) => c.label())))}`).join(', ')} }`;
        const list = `local.${errorLists.friendlyUniqueId}[key]`;
        return `\${[for key, label in ${labels} : "\${label}: \${join(" ", ${list})}" if length(${list}) > 0]}`;
      },
    }));
    const layout: Layout = { checks, errors: errorLists, knownFailures };
    this.layouts.set(id, layout);
    return layout;
  }

  /** The HCL expression of an entry's error list. */
  private list(layout: Layout, key: string): string {
    return `local.${layout.errors.friendlyUniqueId}["${key}"]`;
  }

  /**
   * The entries of a layout's checks, computed once at synth when every check is known: checks whose
   * bodies resolve to the same JSON (the same HCL expression, so the same value at plan) share one entry.
   */
  private entriesOf(checks: Check[]): Entries {
    let entries = this.entries.get(checks);
    if (!entries) {
      entries = { byKey: new Map(), keyOf: new Map() };
      const keyByBody = new Map<string, string>();
      const resolver = new DefaultTokenResolver(new StringConcat());
      for (const check of checks) {
        const resolved = JSON.stringify(Tokenization.resolve(check.body, { scope: this, preparing: false, resolver }));
        let key = keyByBody.get(resolved);
        if (key === undefined) {
          key = `e${keyByBody.size}`;
          keyByBody.set(resolved, key);
          entries.byKey.set(key, { body: check.body, checks: [], known: knownAtPlan(resolved) });
        }
        entries.byKey.get(key)?.checks.push(check);
        entries.keyOf.set(check, key);
      }
      this.entries.set(checks, entries);
    }
    return entries;
  }

  /**
   * One precondition for all the entries known at plan (`knownAtPlan`), listing the checks and messages of
   * each failing one, and one per entry for the others, so that a body unknown at plan defers only its own
   * checks. Each precondition costs Terraform an evaluation of its own (200 bodies from 200 variables, in one
   * run on a shared machine: 1.47x the plan without checks with one precondition per body, 1.31x with one
   * for all).
   *
   * A body holding a sensitive value makes its error list sensitive, and Terraform then shows no message
   * (and warns on every plan). The messages name schema positions and property names, never a value of the
   * body (the validator's rule when it redacts values), so the list is unmarked: `nonsensitive(sensitive(x))`
   * because Terraform before 1.7 refuses `nonsensitive` of a value that is not sensitive.
   */
  private preconditions(layout: Layout): { condition: string; error_message: string }[] {
    const entries = [...this.entriesOf(layout.checks).byKey];
    const known = entries.filter(([, e]) => e.known);
    const failures = `local.${layout.knownFailures.friendlyUniqueId}`;
    const combined = known.length > 1 ? [{ condition: `\${length(${failures}) == 0}`, error_message: `\${join("\\n", nonsensitive(sensitive(${failures})))}` }] : [];
    return [
      ...combined,
      ...entries.filter(([, e]) => known.length <= 1 || !e.known).map(([key, { checks }]) => ({
        condition: `\${length(${this.list(layout, key)}) == 0}`,
        error_message: `${terraformLiteral(checkNames(checks.map((c) => c.label())))}: \${join(" ", nonsensitive(sensitive(${this.list(layout, key)})))}`,
      })),
    ];
  }
}

/** The checks of one body in a message: all of them, up to three. */
function checkNames(labels: string[]): string {
  return labels.length > 3 ? `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more checks of the same body` : labels.join(', ');
}

/**
 * The stack-wide tables of payload-conditions.ts, one local each: the kinds table of a definition by its
 * name and content (its tags depend on how deep the checks go).
 */
export function stackTables(scope: Construct): Tables {
  const stack = TerraformStack.of(scope);
  const local = (id: string, value: Record<string, string>) =>
    `local.${((stack.node.tryFindChild(id) as TerraformLocal | undefined) ?? new TerraformLocal(stack, id, value)).friendlyUniqueId}`;
  return {
    kinds: (definition, kinds) => local(`genesys-property-kinds-${definition}-${createHash('sha256').update(JSON.stringify(kinds)).digest('hex').slice(0, 8)}`, { ...kinds }),
  };
}
