import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { literalAttributes } from '../../constructs/literal';
import { DataGenesyscobrowsePayloadCheck, type DataGenesyscobrowsePayloadCheckConfig } from './generated/providers/genesyscobrowse/data-genesyscobrowse-payload-check';
import { GenesyscobrowseProvider, type GenesyscobrowseProviderConfig } from './generated/providers/genesyscobrowse/provider';

export * from './generated/providers/genesyscobrowse/data-genesyscobrowse-payload-check';
export * from './generated/providers/genesyscobrowse/data-genesyscobrowse-required-access';
export * from './generated/providers/genesyscobrowse/provider';

export interface ProviderPayloadCheckProps {
  /** `METHOD /api/v2/path` or operationId. */
  readonly operation: string;
  /**
   * The request body: a JSON string (e.g. `Fn.jsonencode(...)`) or an object. An object keeps values that
   * are unknown until apply individually unknown, so the rest of the body is still checked at plan.
   * Omit for operations that take no body.
   * @default no body
   */
  readonly body?: string | Record<string, unknown>;
  /** Fail the plan on an invalid body. @default true */
  readonly failOnError?: boolean;
  /**
   * Provider settings (region and client credentials for live checks) when the stack has no provider yet.
   * @default a structure-only provider block (no live checks)
   */
  readonly provider?: GenesyscobrowseProviderConfig;
}

/**
 * Adds a `genesyscobrowse_payload_check` data source that validates `body` for `operation` during
 * `terraform plan`, plus the provider block if the stack has none. Needs the provider installed
 * (`npx genesys-cobrowse provider install`).
 */
export function addProviderPayloadCheck(scope: Construct, id: string, props: ProviderPayloadCheckProps): DataGenesyscobrowsePayloadCheck {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().find((c): c is GenesyscobrowseProvider => c instanceof GenesyscobrowseProvider);
  if (!existing) new GenesyscobrowseProvider(stack, 'genesyscobrowse', props.provider ?? {});
  else if (props.provider) {
    throw new Error(`addProviderPayloadCheck(${id}): the stack already has a genesyscobrowse provider (${existing.node.path}); configure it there and drop props.provider`);
  }
  // The body is user text: `${` in it stays literal (cdktf tokens stay references).
  return literalAttributes(new DataGenesyscobrowsePayloadCheck(scope, id, {
    operation: props.operation,
    // `body` is dynamic: the generated type says object, but a JSON string passes through unchanged.
    body: props.body as DataGenesyscobrowsePayloadCheckConfig['body'],
    failOnError: props.failOnError,
  }));
}
