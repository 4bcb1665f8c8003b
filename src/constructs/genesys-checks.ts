/**
 * `GenesysChecks`: a cdk-nag style Aspect that runs the genesyscloud resource checks (the same rules as
 * `genesys-cobrowse check-terraform`) at synth over every genesyscloud_* resource and data source of the app,
 * including those written without this library's constructs.
 */
import { Annotations, Aspects, DefaultTokenResolver, StringConcat, TerraformDataSource, TerraformResource, TerraformStack, Tokenization, type IAspect } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { checkResource, fromJsonSyntax, isGenesysType, suppressionProblem, type ResourceContext, type ResourceDiagnostic, type ResourceInput, type SuppressionRule } from '../validation/resource';
import { acknowledge, addSuppressions, RESOURCE_SUPPRESSIONS_KEY, suppressionsUnder } from './acknowledgements';

/** One acknowledged diagnostic code, with why it is fine here. */
export interface GenesysSuppression {
  /** The diagnostic code (`unknown-permission`, `unverified`, ...). `removed-operation` cannot be suppressed. */
  readonly code: string;
  /** Why it is fine here. Required: a suppression without one fails synth. */
  readonly reason: string;
}

type Element = TerraformResource | TerraformDataSource;

/**
 * Add it to each stack: `Aspects.of(stack).add(new GenesysChecks())`, or to every stack of an app at once with
 * `GenesysChecks.applyTo(app)` (cdktf 0.21 invokes aspects from each stack down, so an aspect added to the App
 * itself is never invoked). Errors fail synth, naming the construct path, the resource address and the
 * attribute; warnings become annotations; suppressions that matched nothing are warned about.
 */
export class GenesysChecks implements IAspect {
  /**
   * Adds one GenesysChecks to every stack under `scope` (an App, or a stack) that exists now; call it after the
   * stacks are created.
   * @returns the aspect added
   */
  public static applyTo(scope: IConstruct): GenesysChecks {
    const checks = new GenesysChecks();
    for (const node of scope.node.findAll()) if (TerraformStack.isStack(node)) Aspects.of(node).add(checks);
    return checks;
  }

  /**
   * Acknowledges diagnostics on a construct and everything below it (an L1 resource, one of this library's
   * constructs, a stack). What was acknowledged is written to the synthesized stack.
   */
  public static suppress(construct: IConstruct, suppressions: GenesysSuppression[]): void {
    addSuppressions(construct, suppressions);
  }

  private readonly seen = new WeakSet<IConstruct>();
  private readonly contexts = new WeakMap<TerraformStack, ResourceContext>();

  public visit(node: IConstruct): void {
    if (this.seen.has(node)) return;
    this.seen.add(node);
    if (TerraformStack.isStack(node)) {
      // Last in the stack's validation order, so it sees every suppression's use.
      new SuppressionReport(node, 'GenesysChecksSuppressions');
      return;
    }
    if (!isElement(node) || !isGenesysType(node.terraformResourceType)) return;
    node.node.addValidation({ validate: () => this.check(node) });
  }

  private check(node: Element): string[] {
    const stack = TerraformStack.of(node);
    const input = resolvedInput(node);
    if (!input) return [];
    let context = this.contexts.get(stack);
    if (!context) this.contexts.set(stack, (context = stackContext(stack)));
    const errors: string[] = [];
    const acknowledged: SuppressionRule[] = [];
    for (const d of checkResource(input, context)) {
      const reason = acknowledge(node, d.code);
      if (reason !== undefined) {
        acknowledged.push({ code: d.code, reason });
        Annotations.of(node).addInfo(`acknowledged: ${describe(d)} (${reason})`);
      } else if (d.severity === 'error') errors.push(describe(d));
      else Annotations.of(node).addWarning(describe(d));
    }
    // Kept in the resource's synthesized JSON too, where check-terraform on cdk.tf.json honours them.
    const unique = acknowledged.filter((a, i) => acknowledged.findIndex((b) => b.code === a.code) === i);
    if (unique.length) node.addOverride(`//.${RESOURCE_SUPPRESSIONS_KEY}`, unique);
    return errors;
  }
}

/** Reports, once all other validations of its stack ran, the suppressions that are invalid or matched nothing. */
class SuppressionReport extends Construct {
  constructor(scope: TerraformStack, id: string) {
    super(scope, id);
    this.node.addValidation({
      validate: () => {
        const errors: string[] = [];
        for (const { construct, rule, used } of suppressionsUnder(scope)) {
          const problem = suppressionProblem(rule);
          if (problem) errors.push(`[${construct.node.path}] invalid-suppression: ${problem}`);
          else if (!used) Annotations.of(construct).addWarning(`unused-suppression: the suppression of ${rule.code} matched no diagnostic ("${rule.reason}"); remove it.`);
        }
        return errors;
      },
    });
  }
}

/** `address attribute: [code] message (suggestion)`: the constructs' one style, with the rule's code as cdk-nag shows it. */
const describe = (d: ResourceDiagnostic) => `${d.address}${d.attribute ? ` ${d.attribute}` : ''}: [${d.code}] ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;

function isElement(node: IConstruct): node is Element {
  return node instanceof TerraformResource || node instanceof TerraformDataSource;
}

/** The element as `cdk.tf.json` will hold it: tokens resolved to Terraform expressions (unknown here). */
function resolvedInput(node: Element): ResourceInput | undefined {
  const resolver = new DefaultTokenResolver(new StringConcat());
  const json = Tokenization.resolve(node.toTerraform(), { scope: TerraformStack.of(node), preparing: false, resolver }) as Record<string, Record<string, Record<string, Record<string, unknown>>> | undefined>;
  const mode = node instanceof TerraformDataSource ? 'data' : 'resource';
  const body = json[mode]?.[node.terraformResourceType]?.[node.friendlyUniqueId];
  if (!body) return undefined;
  const { '//': _meta, ...values } = body;
  void _meta;
  return { mode, type: node.terraformResourceType, name: node.friendlyUniqueId, values: fromJsonSyntax(values) as Record<string, unknown> };
}

/** The stack's genesyscloud elements by address, resolved on first look-up (only data actions and OAuth roles look). */
function stackContext(stack: TerraformStack): ResourceContext {
  let byAddress: Map<string, ResourceInput> | undefined;
  return {
    complete: true,
    resource: (address) => {
      if (!byAddress) {
        byAddress = new Map();
        for (const node of stack.node.findAll()) {
          if (!isElement(node) || !isGenesysType(node.terraformResourceType)) continue;
          const input = resolvedInput(node);
          if (input) byAddress.set(`${input.mode === 'data' ? 'data.' : ''}${input.type}.${input.name}`, input);
        }
      }
      return byAddress.get(address);
    },
  };
}
