import { Construct } from 'constructs';
import { Lazy, Token, type IResolvable, type TerraformOutput } from 'cdktf';
import { addProviderPayloadCheck, type DataGenesyscobrowsePayloadCheck } from '../provider/cdktf';
import type { Operation } from '../genesys';
import { bodyRules, validateBody, type OperationRef } from '../validation';
import { acknowledgementsFor } from './acknowledgements';
import { lookupOperation, reportDiagnostics, TOKENS_UNKNOWN } from './diagnostics';
import { containsToken } from './literal';
import { PayloadCheckGroup } from './payload-check-group';
import { originPath } from './payload-check-origin';

/**
 * How plan-time checks are emitted. `'preconditions'`: output preconditions (no provider needed, no
 * resource, nothing in state; the rules compiled to HCL, to `maxDepth`).
 * `'provider'`: a `genesyscobrowse_payload_check` data source of this package's own Terraform provider
 * (install it with `npx genesys-cobrowse provider install`), which runs the full validator during plan.
 */
export type PayloadCheckEngine = 'preconditions' | 'provider';

export interface PayloadCheckProps {
  /** The Genesys API operation the body is sent to: operationId, `METHOD /path` or Operation. */
  readonly operation: OperationRef;
  /**
   * The request body; may contain cdktf tokens (variables, data source attributes) known only at plan.
   * A string is the body's JSON text (e.g. `Fn.jsonencode(...)`), as in the provider.
   */
  readonly body: unknown;
  /**
   * Further literal values to treat as unknown at synth (presence checked only), e.g. strings holding
   * template variables filled in later. cdktf tokens always are.
   * @default only cdktf tokens
   */
  readonly isUnknown?: (value: unknown) => boolean;
  /** How the plan-time checks are emitted (see {@link PayloadCheckEngine}). @default 'preconditions' */
  readonly engine?: PayloadCheckEngine;
  /**
   * How many object/array levels below a token the schema is followed (Genesys schemas are recursive).
   * @default 6
   */
  readonly maxDepth?: number;
}

/**
 * Checks a Genesys request body whose values are partly known only at plan: the literal parts at synth
 * (validateBody), the rest at `terraform plan`, which fails with the validator's message naming the field.
 */
export class PayloadCheck extends Construct {
  /** The props it was created with (`PayloadCheckStack` copies checks from them). */
  public readonly props: PayloadCheckProps;
  /** The resolved operation; undefined when `operation` names none (synth then fails). */
  public readonly operation?: Operation;
  /**
   * What carries the checks: the stack's null output of this operation's checks (preconditions: one for all
   * the distinct bodies known at plan, one per other distinct body), or the `genesyscobrowse_payload_check`
   * data source (provider). Undefined when there is nothing to check at plan (unknown operation, or one
   * without a body schema).
   */
  public readonly check?: TerraformOutput | DataGenesyscobrowsePayloadCheck;
  /**
   * Preconditions engine: an HCL reference (`${local...}`) to the list of this body's error messages at
   * plan, empty when it passes. Undefined with the provider engine (read `check.valid` / `check.diagnostics`).
   */
  public readonly errors?: string;

  constructor(scope: Construct, id: string, props: PayloadCheckProps) {
    super(scope, id);
    this.props = props;
    const found = lookupOperation(props.operation, 'operation');
    this.operation = typeof found === 'string' ? undefined : found;
    const op = this.operation;
    // As the user wrote it: a reference as given, an Operation by its operationId.
    const operationName = typeof props.operation === 'string' ? props.operation : props.operation.operationId;
    const extra = props.isUnknown;
    const isUnknown = (value: unknown) => TOKENS_UNKNOWN.isUnknown(value) || (extra?.(value) ?? false);
    this.node.addValidation({
      validate: () => (op ? reportDiagnostics(this, 'body', validateBody(op, jsonText(props.body), { isUnknown })) : [found as string]),
    });

    const engine = props.engine ?? 'preconditions';
    switch (engine) {
      case 'preconditions': {
        const rule = op && props.body !== undefined ? bodyRules(op) : null;
        // A body without tokens is wholly checked at synth: nothing is left for the plan.
        if (op && rule && containsToken(props.body)) {
          const group = PayloadCheckGroup.of(this, op);
          this.errors = group.add(rule, jsonText(props.body), props.body, props.maxDepth ?? 6, () => `${operationName} (${originPath(this)})`);
          this.check = group.output;
        }
        break;
      }
      case 'provider':
        this.check = addProviderPayloadCheck(this, 'check', { operation: op?.operationId ?? operationName, body: props.body as Record<string, unknown> | string | undefined });
        // Suppressions (GenesysChecks.suppress) on this check or above it, read at synth: the provider then does not
        // repeat those warnings (`unverified`, `structure-only`, ...) at every plan, and the reasons are in the JSON.
        this.check.putAcknowledge(Lazy.anyValue({ produce: () => {
          const rules = acknowledgementsFor(this);
          return rules.length ? rules : undefined;
        } }) as IResolvable);
        // Also at validation, before GenesysChecks reports unused suppressions and the stack's JSON is written.
        this.node.addValidation({ validate: () => (acknowledgementsFor(this), []) });
        break;
    }
  }
}

/** A literal string body is the body's JSON text (as the provider reads it); anything else is the body. */
function jsonText(body: unknown): unknown {
  if (typeof body !== 'string' || Token.isUnresolved(body)) return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
