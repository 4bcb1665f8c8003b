import { MessageType } from './protobuf';

/**
 * The subset of Terraform plugin protocol 6 (tfplugin6.8, the version Terraform 1.11 speaks; functions need 6.5+, Terraform 1.8+) and of
 * go-plugin's internal services that this provider serves. Field numbers follow the upstream .proto
 * files; messages list only the fields we read or write (the codec skips the rest on decode), so a
 * field added or retyped in a later minor version cannot break decoding here.
 */

const SEVERITY = ['INVALID', 'ERROR', 'WARNING'] as const;
const STRING_KIND = ['PLAIN', 'MARKDOWN'] as const;
const EMPTY = new MessageType({});

const DynamicValue = new MessageType({ msgpack: [1, 'bytes'], json: [2, 'bytes'] });
const Step = new MessageType({ attribute_name: [1, 'string'], element_key_string: [2, 'string'], element_key_int: [3, 'varint'] });
const AttributePath = new MessageType({ steps: [1, Step, 'repeated'] });
const Diagnostic = new MessageType({ severity: [1, SEVERITY], summary: [2, 'string'], detail: [3, 'string'], attribute: [4, AttributePath] });
const Diagnostics = new MessageType({ diagnostics: [1, Diagnostic, 'repeated'] });

const Attribute = new MessageType({
  name: [1, 'string'],
  type: [2, 'bytes'],
  description: [3, 'string'],
  required: [4, 'bool'],
  optional: [5, 'bool'],
  computed: [6, 'bool'],
  sensitive: [7, 'bool'],
  description_kind: [8, STRING_KIND],
  deprecated: [9, 'bool'],
});
const NESTING = ['INVALID', 'SINGLE', 'LIST', 'SET', 'MAP', 'GROUP'] as const;
const Block: MessageType = new MessageType(() => ({
  version: [1, 'varint'],
  attributes: [2, Attribute, 'repeated'],
  block_types: [3, NestedBlock, 'repeated'],
  description: [4, 'string'],
  description_kind: [5, STRING_KIND],
  deprecated: [6, 'bool'],
}));
const NestedBlock = new MessageType({ type_name: [1, 'string'], block: [2, Block], nesting: [3, NESTING], min_items: [4, 'varint'], max_items: [5, 'varint'] });
const Schema = new MessageType({ version: [1, 'varint'], block: [2, Block] });
const TypeName = new MessageType({ type_name: [1, 'string'] });
const FunctionParameter = new MessageType({
  name: [1, 'string'],
  type: [2, 'bytes'],
  allow_null_value: [3, 'bool'],
  allow_unknown_values: [4, 'bool'],
  description: [5, 'string'],
  description_kind: [6, STRING_KIND],
});
/** A provider-defined function (protocol 6.5+, Terraform 1.8+); older Terraform skips these fields. */
const Function = new MessageType({
  parameters: [1, FunctionParameter, 'repeated'],
  return: [3, new MessageType({ type: [1, 'bytes'] })],
  summary: [4, 'string'],
  description: [5, 'string'],
  description_kind: [6, STRING_KIND],
});
const ServerCapabilities = new MessageType({ plan_destroy: [1, 'bool'], get_provider_schema_optional: [2, 'bool'], move_resource_state: [3, 'bool'] });

/** Request and response of each tfplugin6.Provider method served. */
export const PROVIDER_METHODS = {
  GetMetadata: {
    request: EMPTY,
    response: new MessageType({
      server_capabilities: [1, ServerCapabilities],
      diagnostics: [2, Diagnostic, 'repeated'],
      data_sources: [3, TypeName, 'repeated'],
      resources: [4, TypeName, 'repeated'],
      functions: [5, new MessageType({ name: [1, 'string'] }), 'repeated'],
    }),
  },
  GetProviderSchema: {
    request: EMPTY,
    response: new MessageType({
      provider: [1, Schema],
      resource_schemas: [2, { map: Schema }],
      data_source_schemas: [3, { map: Schema }],
      functions: [7, { map: Function }],
      diagnostics: [4, Diagnostic, 'repeated'],
      server_capabilities: [6, ServerCapabilities],
    }),
  },
  ValidateProviderConfig: { request: new MessageType({ config: [1, DynamicValue] }), response: new MessageType({ diagnostics: [2, Diagnostic, 'repeated'] }) },
  ConfigureProvider: { request: new MessageType({ terraform_version: [1, 'string'], config: [2, DynamicValue] }), response: Diagnostics },
  ValidateDataResourceConfig: { request: new MessageType({ type_name: [1, 'string'], config: [2, DynamicValue] }), response: Diagnostics },
  ReadDataSource: {
    request: new MessageType({ type_name: [1, 'string'], config: [2, DynamicValue] }),
    response: new MessageType({ state: [1, DynamicValue], diagnostics: [2, Diagnostic, 'repeated'] }),
  },
  ValidateResourceConfig: { request: new MessageType({ type_name: [1, 'string'], config: [2, DynamicValue] }), response: Diagnostics },
  PlanResourceChange: {
    request: new MessageType({ type_name: [1, 'string'], prior_state: [2, DynamicValue], proposed_new_state: [3, DynamicValue], config: [4, DynamicValue] }),
    response: new MessageType({ planned_state: [1, DynamicValue], requires_replace: [2, AttributePath, 'repeated'], diagnostics: [4, Diagnostic, 'repeated'] }),
  },
  GetFunctions: { request: EMPTY, response: new MessageType({ functions: [1, { map: Function }], diagnostics: [2, Diagnostic, 'repeated'] }) },
  CallFunction: {
    request: new MessageType({ name: [1, 'string'], arguments: [2, DynamicValue, 'repeated'] }),
    response: new MessageType({ result: [1, DynamicValue], error: [2, new MessageType({ text: [1, 'string'] })] }),
  },
  StopProvider: { request: EMPTY, response: new MessageType({ Error: [1, 'string'] }) },
} as const;

export type ProviderMethod = keyof typeof PROVIDER_METHODS;

/** go-plugin's controller (Shutdown) and the gRPC health check it pings. */
export const PLUGIN_METHODS = {
  '/plugin.GRPCController/Shutdown': { request: EMPTY, response: EMPTY },
  '/grpc.health.v1.Health/Check': { request: new MessageType({ service: [1, 'string'] }), response: new MessageType({ status: [1, 'varint'] }) },
} as const;

/**
 * go-plugin's stdio and broker streams: Terraform opens them on every plugin; we hold them open unused
 * (we log to stderr and serve no sub-plugins) and end them at Shutdown.
 */
export const HELD_STREAMS: ReadonlySet<string> = new Set(['/plugin.GRPCStdio/StreamStdio', '/plugin.GRPCBroker/StartStream']);
