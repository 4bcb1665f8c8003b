import * as protobuf from 'protobufjs';

/**
 * The subset of Terraform plugin protocol 6 (tfplugin6.8, the version Terraform 1.11 speaks) and of
 * go-plugin's internal services that this provider serves. Field numbers follow the upstream .proto
 * files; messages list only the fields we read or write (protobuf skips the rest on decode), so a
 * field added or retyped in a later minor version cannot break decoding here.
 */
const PROTO = `
syntax = "proto3";
package tfplugin6;

message DynamicValue { bytes msgpack = 1; bytes json = 2; }

message AttributePath {
  message Step {
    oneof selector { string attribute_name = 1; string element_key_string = 2; int64 element_key_int = 3; }
  }
  repeated Step steps = 1;
}

message Diagnostic {
  enum Severity { INVALID = 0; ERROR = 1; WARNING = 2; }
  Severity severity = 1;
  string summary = 2;
  string detail = 3;
  AttributePath attribute = 4;
}

enum StringKind { PLAIN = 0; MARKDOWN = 1; }

message Schema {
  message Block {
    int64 version = 1;
    repeated Attribute attributes = 2;
    string description = 4;
    StringKind description_kind = 5;
  }
  message Attribute {
    string name = 1;
    bytes type = 2;
    string description = 3;
    bool required = 4;
    bool optional = 5;
    bool computed = 6;
    bool sensitive = 7;
    StringKind description_kind = 8;
  }
  int64 version = 1;
  Block block = 2;
}

message ServerCapabilities {
  bool plan_destroy = 1;
  bool get_provider_schema_optional = 2;
  bool move_resource_state = 3;
}

message GetMetadata {
  message Request {}
  message DataSourceMetadata { string type_name = 1; }
  message Response {
    ServerCapabilities server_capabilities = 1;
    repeated Diagnostic diagnostics = 2;
    repeated DataSourceMetadata data_sources = 3;
  }
}

message GetProviderSchema {
  message Request {}
  message Response {
    Schema provider = 1;
    map<string, Schema> data_source_schemas = 3;
    repeated Diagnostic diagnostics = 4;
    ServerCapabilities server_capabilities = 6;
  }
}

message ValidateProviderConfig {
  message Request { DynamicValue config = 1; }
  message Response { repeated Diagnostic diagnostics = 2; }
}

message ValidateDataResourceConfig {
  message Request { string type_name = 1; DynamicValue config = 2; }
  message Response { repeated Diagnostic diagnostics = 1; }
}

message ConfigureProvider {
  message Request { string terraform_version = 1; DynamicValue config = 2; }
  message Response { repeated Diagnostic diagnostics = 1; }
}

message ReadDataSource {
  message Request { string type_name = 1; DynamicValue config = 2; }
  message Response { DynamicValue state = 1; repeated Diagnostic diagnostics = 2; }
}

message GetFunctions {
  message Request {}
  message Response { repeated Diagnostic diagnostics = 2; }
}

message StopProvider {
  message Request {}
  message Response { string Error = 1; }
}
`;

/** go-plugin's controller (Shutdown), stdio and broker services, plus the gRPC health check it pings. */
const PLUGIN_PROTO = `
syntax = "proto3";
package plugin;
message Empty {}
message StdioData { int32 channel = 1; bytes data = 2; }
message ConnInfo { uint32 service_id = 1; string network = 2; string address = 3; }
`;

const HEALTH_PROTO = `
syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse { int32 status = 1; }
`;

const root = new protobuf.Root();
for (const text of [PROTO, PLUGIN_PROTO, HEALTH_PROTO]) protobuf.parse(text, root, { keepCase: true });

/** Looks up a message type by its fully qualified name, e.g. `tfplugin6.ReadDataSource.Request`. */
export function messageType(name: string): protobuf.Type {
  return root.lookupType(name);
}
