/**
 * The provider's schema, declared once and rendered two ways: as the tfplugin6 `Schema` messages
 * Terraform asks for over gRPC, and in the JSON shape `terraform providers schema -json` prints (what
 * cdktf binding generators read).
 */
import type { ResourceSchema, SchemaBlock, TerraformType } from '../constructs/bindings/schema';

/** A cty type in its JSON form: `"string"`, `["list", "string"]`, `["object", {...}]`, ... */
export type CtyType = TerraformType;

export interface AttributeSpec {
  type: CtyType;
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface BlockSpec {
  description: string;
  attributes: Record<string, AttributeSpec>;
}

export const PROVIDER_TYPE = 'genesyscobrowse';
export const PAYLOAD_CHECK = `${PROVIDER_TYPE}_payload_check`;
export const REQUIRED_ACCESS = `${PROVIDER_TYPE}_required_access`;

const STRINGS: CtyType = ['list', 'string'];

export const DIAGNOSTIC_TYPE: CtyType = [
  'object',
  { severity: 'string', pointer: 'string', code: 'string', message: 'string', suggestion: 'string' },
];

export const POLICY_TYPE: CtyType = ['object', { domain: 'string', entity_name: 'string', action_set: STRINGS }];

export const PROVIDER_SCHEMA: BlockSpec = {
  description:
    'Validates Genesys Cloud API payloads during terraform plan. Without credentials it checks structure only; ' +
    'with region and client credentials it also checks that referenced queues and users exist and that the ' +
    "OAuth client's roles cover the operation.",
  attributes: {
    region: { type: 'string', optional: true, description: 'Genesys Cloud region name or domain, e.g. `us-east-1` or `mypurecloud.ie`.' },
    client_id: { type: 'string', optional: true, description: 'OAuth client-credentials client id used for live checks.' },
    client_secret: { type: 'string', optional: true, sensitive: true, description: 'OAuth client secret used for live checks.' },
  },
};

export const DATA_SOURCE_SCHEMAS: Record<string, BlockSpec> = {
  [PAYLOAD_CHECK]: {
    description: 'Validates a request body against the Genesys Cloud Platform API operation it is sent to.',
    attributes: {
      operation: { type: 'string', required: true, description: 'Operation as `METHOD /api/v2/path` or operationId.' },
      body: {
        type: 'dynamic',
        optional: true,
        description: 'Request body: a JSON string (e.g. from jsonencode) or an object. Omit for operations without a body.',
      },
      fail_on_error: {
        type: 'bool',
        optional: true,
        description: 'Whether an invalid body fails the plan (default true). When false, read `valid` and `diagnostics`.',
      },
      acknowledge: {
        type: ['list', ['object', { code: 'string', reason: 'string' }]],
        optional: true,
        description:
          'Warnings acknowledged, each a diagnostic code (`unverified`, `access-unknown`, `structure-only` for the ' +
          'note of a provider without credentials) with the reason it is fine here: they are not repeated at plan ' +
          '(`diagnostics` still lists them). A reason is required; errors cannot be acknowledged.',
      },
      valid: { type: 'bool', computed: true, description: 'True when no error diagnostic was found.' },
      diagnostics: { type: ['list', DIAGNOSTIC_TYPE], computed: true, description: 'Every finding, errors and warnings.' },
      required_permissions: { type: STRINGS, computed: true, description: 'Permissions the operation requires.' },
      oauth_scopes: { type: STRINGS, computed: true, description: 'OAuth scopes that allow the operation.' },
    },
  },
  [REQUIRED_ACCESS]: {
    description: 'Union of the permissions and OAuth scopes a set of operations needs, shaped for genesyscloud_auth_role.',
    attributes: {
      operations: { type: STRINGS, required: true, description: 'Operations as `METHOD /api/v2/path` or operationId.' },
      permission_policies: {
        type: ['list', POLICY_TYPE],
        computed: true,
        description: 'Role permission policies (domain, entity_name, action_set) covering every operation.',
      },
      permissions: {
        type: STRINGS,
        computed: true,
        description: 'Special permissions (not `domain:entity:action`), for genesyscloud_auth_role `permissions`.',
      },
      all_permissions: { type: STRINGS, computed: true, description: 'Every required permission as a string.' },
      oauth_scopes: { type: STRINGS, computed: true, description: 'OAuth scopes the operations need.' },
    },
  },
};

export const CHECK_BODY = 'check_body';
export const BODY_ERRORS = 'body_errors';

export interface FunctionSpec {
  summary: string;
  description: string;
  parameters: { name: string; type: CtyType; description: string; allowNull?: boolean }[];
  returns: CtyType;
}

const FUNCTION_PARAMETERS: FunctionSpec['parameters'] = [
  { name: 'operation', type: 'string', description: 'Operation as `METHOD /api/v2/path` or operationId.' },
  {
    name: 'body',
    type: 'dynamic',
    allowNull: true,
    description: 'Request body: a JSON string (e.g. from jsonencode) or an object; null for operations without a body.',
  },
];

/**
 * Provider-defined functions (Terraform 1.8+, OpenTofu 1.7+): the payload check as a plain expression, for
 * preconditions and `check` blocks. They never need the provider's settings (Terraform calls functions on an
 * unconfigured provider) and never fail the plan themselves: the caller's condition decides.
 */
export const FUNCTIONS: Record<string, FunctionSpec> = {
  [CHECK_BODY]: {
    summary: 'Every finding for a Genesys Cloud request body',
    description:
      'Checks `body` against the Genesys Cloud Platform API operation it is sent to and returns every finding, errors and ' +
      'warnings, as objects (severity, pointer, code, message, suggestion). An empty list means no finding. Structure only: ' +
      'no call to Genesys Cloud is made.',
    parameters: FUNCTION_PARAMETERS,
    returns: ['list', DIAGNOSTIC_TYPE],
  },
  [BODY_ERRORS]: {
    summary: 'The error messages for a Genesys Cloud request body',
    description:
      'Checks `body` against the Genesys Cloud Platform API operation it is sent to and returns the message of each error ' +
      '(with its fix, when there is one). An empty list means Genesys Cloud would accept the body as far as its schema ' +
      'says; use `length(...) == 0` as a precondition.',
    parameters: FUNCTION_PARAMETERS,
    returns: STRINGS,
  },
};

/** The tfplugin6 `Function` message as a plain object. */
export function toProtoFunction(fn: FunctionSpec): object {
  return {
    // Arguments may be partly unknown: the known rest of a body is still checked, as the data source does.
    parameters: fn.parameters.map((p) => ({
      name: p.name,
      type: Buffer.from(JSON.stringify(p.type)),
      allow_null_value: p.allowNull ?? false,
      allow_unknown_values: true,
      description: p.description,
      description_kind: 'MARKDOWN',
    })),
    return: { type: Buffer.from(JSON.stringify(fn.returns)) },
    summary: fn.summary,
    description: fn.description,
    description_kind: 'MARKDOWN',
  };
}

function toProtoBlock(block: SchemaBlock, version: number): object {
  return {
    version,
    description: block.description ?? '',
    description_kind: 'MARKDOWN',
    deprecated: block.deprecated ?? false,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type)),
      description: a.description ?? '',
      description_kind: 'MARKDOWN',
      required: a.required ?? false,
      optional: a.optional ?? false,
      computed: a.computed ?? false,
      sensitive: a.sensitive ?? false,
      deprecated: a.deprecated ?? false,
    })),
    block_types: Object.entries(block.block_types ?? {}).map(([type_name, b]) => ({
      type_name,
      block: toProtoBlock(b.block, 0),
      nesting: b.nesting_mode.toUpperCase(),
      min_items: b.min_items ?? 0,
      max_items: b.max_items ?? 0,
    })),
  };
}

/** The tfplugin6 `Schema` message (protocol.ts encodes it) of a schema in the form `terraform providers schema -json` prints. */
export function protoSchemaFromJson(schema: ResourceSchema): object {
  return { version: schema.version, block: toProtoBlock(schema.block, schema.version) };
}

/** The tfplugin6 `Schema` message of one of this provider's blocks. */
export function toProtoSchema(block: BlockSpec): object {
  return protoSchemaFromJson(toJsonBlock(block));
}

function toJsonBlock(block: BlockSpec): ResourceSchema {
  return {
    version: 0,
    block: {
      attributes: Object.fromEntries(
        Object.entries(block.attributes).map(([name, a]) => [
          name,
          {
            type: a.type,
            description: a.description,
            description_kind: 'markdown',
            ...(a.required ? { required: true } : {}),
            ...(a.optional ? { optional: true } : {}),
            ...(a.computed ? { computed: true } : {}),
            ...(a.sensitive ? { sensitive: true } : {}),
          },
        ]),
      ),
      description: block.description,
      description_kind: 'markdown',
    },
  };
}

function toJsonFunction(fn: FunctionSpec): object {
  return {
    description: fn.description,
    summary: fn.summary,
    return_type: fn.returns,
    parameters: fn.parameters.map((p) => ({ name: p.name, description: p.description, type: p.type, ...(p.allowNull ? { is_nullable: true } : {}) })),
  };
}

/** The provider's entry in `terraform providers schema -json` output, keyed by source address. */
export function providerSchemaJson(source: string): object {
  return {
    format_version: '1.0',
    provider_schemas: {
      [source]: {
        provider: toJsonBlock(PROVIDER_SCHEMA),
        data_source_schemas: Object.fromEntries(
          Object.entries(DATA_SOURCE_SCHEMAS).map(([name, b]) => [name, toJsonBlock(b)]),
        ),
        functions: Object.fromEntries(Object.entries(FUNCTIONS).map(([name, fn]) => [name, toJsonFunction(fn)])),
      },
    },
  };
}
