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
      },
    },
  };
}
