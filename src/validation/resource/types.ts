/** What the resource checks take and give. */
import type { Diagnostic } from '../types';

/** One genesyscloud_* resource or data source block, with its attribute values (see values.ts). */
export interface ResourceInput {
  /** `resource` (a managed resource) or `data` (a data source). */
  mode: 'resource' | 'data';
  /** `genesyscloud_auth_role`. */
  type: string;
  /** `agent`. */
  name: string;
  /** Full address when it is not `type.name` (modules: `module.roles.genesyscloud_auth_role.agent`; data: `data.x.y`). @default derived */
  address?: string;
  /**
   * Values from a plan: Terraform already refused unknown, computed-only and missing arguments (checked by the
   * provider version that planned, which may be newer than the data), so those are not reported.
   * @default false
   */
  planned?: boolean;
  /** Attribute values and blocks (arrays of objects); {@link UnknownValue} where not known yet. */
  values: Record<string, unknown>;
}

/** A diagnostic about a resource: the validator's fields, plus where in the configuration. */
export interface ResourceDiagnostic extends Diagnostic {
  /** `genesyscloud_auth_role.agent`. */
  address: string;
  /**
   * The attribute, with the blocks leading to it (`permission_policies[0].domain`); null for the resource as a
   * whole. `pointer` then points into the attribute's value (a rendered request body, a list's element).
   */
  attribute: string | null;
}

/** The other resources of the same configuration, for checks that follow a reference (`integration_id`, `role_id`). */
export interface ResourceContext {
  /** A resource by address (`genesyscloud_integration.x`, `data.genesyscloud_integration.x`); undefined when not declared. */
  resource(address: string): ResourceInput | undefined;
  /** False when the configuration may hold resources not given here (a cdktf app's other stacks): no reference is then called undeclared. */
  readonly complete: boolean;
}

export const NO_CONTEXT: ResourceContext = { resource: () => undefined, complete: false };

export function addressOf(input: ResourceInput): string {
  return input.address ?? `${input.mode === 'data' ? 'data.' : ''}${input.type}.${input.name}`;
}
