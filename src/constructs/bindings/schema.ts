/** The shape `terraform providers schema -json` prints (the subset the binding generator and the schema check read). */

/** A Terraform type constraint: `"string"`, `["list", "string"]`, `["object", {...}]`, ... */
export type TerraformType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | ['list' | 'set' | 'map', TerraformType]
  | ['object', Record<string, TerraformType>]
  | ['tuple', TerraformType[]];

export interface SchemaAttribute {
  type: TerraformType;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  description_kind?: string;
}

export interface SchemaBlockType {
  nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
}

export interface ResourceSchema {
  version: number;
  block: SchemaBlock;
}

export interface ProviderSchema {
  provider: ResourceSchema;
  resource_schemas?: Record<string, ResourceSchema>;
  data_source_schemas?: Record<string, ResourceSchema>;
}

export interface ProviderSchemasJson {
  format_version: string;
  /** Keyed by full source address, e.g. `registry.terraform.io/mypurecloud/genesyscloud`. */
  provider_schemas: Record<string, ProviderSchema>;
}

/** Meta-arguments Terraform accepts on every resource / data source block besides its schema's attributes. */
export const META_ARGUMENTS: ReadonlySet<string> = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
  '//',
]);

/** Short source address (`mypurecloud/genesyscloud`) of a full one (`registry.terraform.io/mypurecloud/genesyscloud`). */
export function shortSource(address: string): string {
  return address.replace(/^registry\.terraform\.io\//, '');
}

/** Provider local name (`genesyscloud`) of a source address. */
export function providerLocalName(address: string): string {
  return address.split('/').slice(-1)[0];
}
