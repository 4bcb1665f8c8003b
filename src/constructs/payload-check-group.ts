/**
 * The plan-time side of every PayloadCheck of one operation in one stack: one local per body layout
 * that computes each check's error list once (`{ for key, raw in {key = body, ...} : key => errors }`),
 * and one output whose value is null and which carries one precondition per check, indexing that list.
 *
 * Why an output: a failed output precondition fails `terraform plan` like a resource precondition, but
 * a null output adds nothing to the plan summary ("N to add"), shows no change when a body changes and
 * stores nothing in state. Why one precondition per check, with no `if` over the checks: a body that
 * is unknown at plan makes only its own entry unknown, so it defers only its own check.
 */
import { Construct } from 'constructs';
import { Lazy, TerraformLocal, TerraformOutput, TerraformStack } from 'cdktf';
import type { Operation } from '../genesys';
import { describeOperation } from '../genesys';
import { hclString, terraformLiteral } from './literal';
import { compileBodyErrors, nearMisses } from './payload-conditions';
import type { Rule } from '../validation';

interface Layout {
  local: TerraformLocal;
  /** Check key -> HCL expression of its body. */
  bodies: Map<string, string>;
}

export class PayloadCheckGroup extends Construct {
  /** The group of `op` in the stack of `scope`, created on first use. */
  static of(scope: Construct, op: Operation): PayloadCheckGroup {
    const stack = TerraformStack.of(scope);
    const id = `genesys-payload-checks-${op.operationId}`;
    return (stack.node.tryFindChild(id) as PayloadCheckGroup | undefined) ?? new PayloadCheckGroup(stack, id, op);
  }

  private readonly layouts = new Map<string, Layout>();
  private readonly preconditions: { condition: string; error_message: string }[] = [];
  /** The output whose preconditions fail the plan. */
  readonly output: TerraformOutput;

  private constructor(scope: Construct, id: string, private readonly op: Operation) {
    super(scope, id);
    this.output = new TerraformOutput(this, 'checks', {
      value: '${null}', // cdktf cannot write a JSON null here
      description: `genesys-cobrowse-cdktf: plan-time checks of ${describeOperation(op)} request bodies (always null)`,
    });
    this.output.addOverride('precondition', Lazy.anyValue({ produce: () => this.preconditions }));
  }

  /**
   * Adds a check of `body` (whose HCL expression is `bodyExpr`) and returns the HCL expression of its
   * error list. `label` names the check in messages: the operation as the user wrote it and the construct.
   */
  add(rule: Rule, body: unknown, bodyExpr: string, maxDepth: number, label: string): string {
    const compiled = compileBodyErrors(rule, body, maxDepth, (name, names) => `local.${nameTable(this, name, names)}`);
    let layout = this.layouts.get(compiled);
    if (!layout) {
      const bodies = new Map<string, string>();
      const missing = this.op.body?.required ? `[${hclString(`${describeOperation(this.op)} requires a request body.`)}]` : '[]';
      // A string body is JSON text (as in the provider); `[for b in [x] : ...][0]` binds `b`.
      const errors = `raw == null ? ${missing} : [for b in [try(jsondecode(raw), raw)] : try(${compiled}, [${hclString('the body could not be checked at plan')}])][0]`;
      const local = new TerraformLocal(this, `errors-${this.layouts.size}`, Lazy.stringValue({
        produce: () => `\${{ for key, raw in { ${[...bodies].map(([k, e]) => `${k} = ${e}`).join(', ')} } : key => ${errors} }}`,
      }));
      this.layouts.set(compiled, (layout = { local, bodies }));
    }
    const key = `c${this.preconditions.length}`;
    layout.bodies.set(key, bodyExpr);
    const list = `local.${layout.local.friendlyUniqueId}["${key}"]`;
    this.preconditions.push({ condition: `\${length(${list}) == 0}`, error_message: `${terraformLiteral(label)}: \${join(" ", ${list})}` });
    return list;
  }

}

/** The stack-wide did-you-mean table of an object definition (payload-conditions.ts didYouMean). */
function nameTable(scope: Construct, name: string, names: readonly string[]): string {
  const stack = TerraformStack.of(scope);
  const id = `genesys-property-names-${name}`;
  const local = (stack.node.tryFindChild(id) as TerraformLocal | undefined) ?? new TerraformLocal(stack, id, nearMisses(names));
  return local.friendlyUniqueId;
}
