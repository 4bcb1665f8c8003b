/** The compact provider schema the resource checks read (src/genesys/data/provider-types.*, from generate-provider-schemas.ts). */

/** A Terraform type constraint: `"string"`, `["list", "string"]`, `["object", {...}]`, ... */
export type TfType = 'string' | 'number' | 'bool' | 'dynamic' | [string, TfType | Record<string, TfType> | TfType[]];

/** The provider-side value checks of `x_validation` this library can run (the rest are provider code). */
export interface TfValueCheck {
  /** StringInSlice / IntInSlice values. */
  enum?: (string | number)[];
  /** StringInSlice's ignore_case. */
  ignoreCase?: boolean;
  /** IntBetween / FloatBetween / ValidateIntMin bounds. */
  min?: number;
  max?: number;
  /** StringLenBetween bounds. */
  minLength?: number;
  maxLength?: number;
}

export interface TfAttribute {
  type: TfType;
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
  /** ValidateFunc / ValidateDiagFunc (the value itself). */
  check?: TfValueCheck;
  /** Elem.ValidateFunc (each element of a list or set). */
  elemCheck?: TfValueCheck;
  /** MinItems / MaxItems of a list or set attribute. */
  minItems?: number;
  maxItems?: number;
  /** Attributes of the same block that cannot be set together with this one. */
  conflictsWith?: string[];
  /** The provider's deprecation message. */
  deprecated?: string;
}

export interface TfBlockType {
  nesting: 'single' | 'group' | 'list' | 'set' | 'map';
  minItems?: number;
  maxItems?: number;
  block: TfBlock;
}

export interface TfBlock {
  attributes: Record<string, TfAttribute>;
  blocks: Record<string, TfBlockType>;
}

/** A type the provider no longer has (removed-resource-types.json). */
export interface RemovedResourceType {
  explanation: string;
  /** The type to use instead, when there is one. */
  instead?: string;
}

export interface ProviderTypesIndex {
  /** Provider address and release the schemas were read from. */
  source: { provider: string; release: string };
  /** `resource TYPE` / `data TYPE` -> record number in provider-types.jsonl. */
  types: Record<string, number>;
  /** Byte offset of each record, then the file's length. */
  records: number[];
  removed: Record<string, RemovedResourceType>;
}
