import { Construct } from 'constructs';
import { DataResource, TerraformLocal } from 'cdktf';
import { addProviderPayloadCheck, type DataGenesyscobrowsePayloadCheck } from '../provider/cdktf';
import type { Operation } from '../genesys';
import { bodyRules, validateBody } from '../validation';
import { lookupOperation, reportDiagnostics, TOKENS_UNKNOWN } from './diagnostics';
import { literalDeep } from './literal';
import { compileConditions } from './payload-conditions';

/**
 * How plan-time checks are emitted. `'preconditions'`: `lifecycle.precondition` blocks on Terraform's
 * built-in `terraform_data` (no provider needed; the rules compiled to HCL, to `maxDepth`).
 * `'provider'`: a `genesyscobrowse_payload_check` data source of this package's own Terraform provider
 * (install it with `npx genesys-cobrowse provider install`), which runs the full validator during plan.
 */
export type PayloadCheckEngine = 'preconditions' | 'provider';

export interface PayloadCheckProps {
  /** The Genesys API operation the body is sent to: operationId or `METHOD /path`. */
  readonly operation: string;
  /** The request body; may contain cdktf tokens (variables, data source attributes) known only at plan. */
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
   * What carries the checks: the `terraform_data` resource (preconditions; its `output.body` is the
   * checked body) or the `genesyscobrowse_payload_check` data source (provider).
   */
  public readonly check: DataResource | DataGenesyscobrowsePayloadCheck;

  constructor(scope: Construct, id: string, props: PayloadCheckProps) {
    super(scope, id);
    this.props = props;
    const found = lookupOperation(props.operation, 'operation');
    this.operation = typeof found === 'string' ? undefined : found;
    const op = this.operation;
    const extra = props.isUnknown;
    const isUnknown = (value: unknown) => TOKENS_UNKNOWN.isUnknown(value) || (extra?.(value) ?? false);
    this.node.addValidation({
      validate: () => (op ? reportDiagnostics(this, `body of ${op.operationId}`, validateBody(op, props.body, { isUnknown })) : [found as string]),
    });

    const engine = props.engine ?? 'preconditions';
    switch (engine) {
      case 'preconditions':
        this.check = preconditionCheck(this, op, props.body, props.maxDepth ?? 6);
        break;
      case 'provider':
        this.check = addProviderPayloadCheck(this, 'check', { operation: op?.operationId ?? props.operation, body: props.body as Record<string, unknown> | string | undefined });
        break;
    }
  }
}

function preconditionCheck(scope: Construct, op: Operation | undefined, body: unknown, maxDepth: number): DataResource {
  const local = new TerraformLocal(scope, 'body', literalDeep(body ?? null));
  const rule = op ? bodyRules(op) : null;
  const conditions = rule && body !== undefined ? compileConditions(rule, body, `local.${local.friendlyUniqueId}`, maxDepth) : [];
  return new DataResource(scope, 'check', {
    input: { operation: op?.operationId ?? null, body: local.asAnyMap },
    lifecycle: conditions.length
      ? { precondition: conditions.map((c) => ({ condition: `\${${c.condition}}`, errorMessage: c.errorMessage })) }
      : undefined,
  });
}
