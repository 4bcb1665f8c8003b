import { Construct } from 'constructs';
import { DefaultTokenResolver, StringConcat, TerraformStack, TerraformVariable, Token, Tokenization } from 'cdktf';
import { PayloadCheck } from './payload-check';
import { recordOrigin } from './payload-check-origin';

export interface PayloadCheckStackProps {
  /** The stack whose `PayloadCheck`s (including those inside `CobrowseTrigger`s) are copied. */
  readonly source: TerraformStack;
}

/**
 * The `PayloadCheck`s of another stack, alone in a stack without providers or resources that need
 * credentials, so a pull-request job can run `terraform plan` on them with example values
 * (`-var-file=...tfvars`). Each value of a checked body that Terraform knows only at plan (a variable, a data
 * source or resource attribute) becomes a variable of this stack: a source variable keeps its name, type,
 * default and description; any other expression becomes a variable named after it (`data.x.y.id` ->
 * `data_x_y_id`, or `value_N` for a computed expression), described by the expression. `terraform plan`
 * without a value for one of them fails naming it.
 *
 * Synthesize it in the same app as `source`; plan `cdktf.out/stacks/<id>` with the tfvars file.
 */
export class PayloadCheckStack extends TerraformStack {
  /** The copied checks, in the order `source` holds them. */
  public readonly checks: readonly PayloadCheck[];
  /** The variables standing for the plan-time values of the checked bodies, by name. */
  public readonly variables: ReadonlyMap<string, TerraformVariable>;

  constructor(scope: Construct, id: string, props: PayloadCheckStackProps) {
    super(scope, id);
    const source = props.source;
    const sourceVariables = new Map(source.node.findAll().filter((c): c is TerraformVariable => c instanceof TerraformVariable).map((v) => [v.friendlyUniqueId, v]));
    const resolver = new DefaultTokenResolver(new StringConcat());
    const variables = new Map<string, TerraformVariable>();
    const byExpression = new Map<string, TerraformVariable>();
    let computed = 0;

    const variableFor = (token: unknown): unknown => {
      const expression = JSON.stringify(Tokenization.resolve(token, { scope: source, preparing: false, resolver }));
      let variable = byExpression.get(expression);
      if (!variable) {
        const reference = /^"\$\{([A-Za-z_][\w.-]*)\}"$/.exec(expression)?.[1];
        const original = reference?.startsWith('var.') ? sourceVariables.get(reference.slice(4)) : undefined;
        const name = original ? original.friendlyUniqueId : reference ? reference.replace(/\./g, '_') : `value_${++computed}`;
        variable = new TerraformVariable(this, name, original
          ? { type: original.type, default: original.default, description: original.description, sensitive: original.sensitive, nullable: original.nullable }
          : { description: `Example value for ${expression} of stack ${source.node.id}` });
        variable.overrideLogicalId(name);
        byExpression.set(expression, variable);
        variables.set(name, variable);
      }
      return variable.value;
    };
    const replaceTokens = (value: unknown): unknown => {
      if (Token.isUnresolved(value)) return variableFor(value);
      if (Array.isArray(value)) return value.map(replaceTokens);
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTokens(v)]));
      return value;
    };

    const stackPath = source.node.path;
    this.checks = source.node.findAll()
      .filter((c): c is PayloadCheck => c instanceof PayloadCheck)
      .map((check) => {
        const copy = new PayloadCheck(this, check.node.path.slice(stackPath.length + 1).replace(/\//g, '_'), {
          ...check.props,
          body: replaceTokens(check.props.body),
        });
        // Plan-time messages name the check the user wrote, not this copy.
        recordOrigin(copy, check);
        return copy;
      });
    this.variables = variables;
  }
}
