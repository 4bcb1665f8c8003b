import * as grpc from '@grpc/grpc-js';
import { messageType } from './protocol';
import { decodeValue, encodeValue } from './cty';
import { log } from './log';

export interface TfDiagnostic {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail?: string;
  /** Attribute names from the top of the data source or provider block, e.g. `['body']`. */
  attribute?: string[];
}

/** What a provider implementation supplies; the server does the protocol, encoding and error trapping. */
export interface ProviderHandlers {
  providerSchema(): object;
  dataSourceSchemas(): Record<string, object>;
  validateProviderConfig(config: unknown): TfDiagnostic[];
  configure(config: unknown): Promise<TfDiagnostic[]>;
  validateDataSource(typeName: string, config: unknown): TfDiagnostic[] | Promise<TfDiagnostic[]>;
  readDataSource(typeName: string, config: unknown): Promise<{ state: unknown; diagnostics: TfDiagnostic[] }>;
}

type Unary = (request: Record<string, unknown>) => Promise<object> | object;

function codec(name: string): { serialize: (v: object) => Buffer; deserialize: (b: Buffer) => Record<string, unknown> } {
  const type = messageType(name);
  return {
    serialize: (value) => Buffer.from(type.encode(type.fromObject(value)).finish()),
    deserialize: (bytes) => type.toObject(type.decode(bytes), { longs: Number, defaults: true }),
  };
}

function methodDefinition(
  service: string,
  method: string,
  request: string,
  response: string,
  stream: { request?: boolean; response?: boolean } = {},
): grpc.MethodDefinition<Record<string, unknown>, object> {
  const req = codec(request);
  const res = codec(response);
  return {
    path: `/${service}/${method}`,
    requestStream: stream.request ?? false,
    responseStream: stream.response ?? false,
    requestSerialize: req.serialize,
    requestDeserialize: req.deserialize,
    responseSerialize: res.serialize,
    responseDeserialize: res.deserialize,
  };
}

function toProtoDiagnostic(d: TfDiagnostic): object {
  return {
    severity: d.severity,
    summary: d.summary,
    detail: d.detail ?? '',
    ...(d.attribute ? { attribute: { steps: d.attribute.map((name) => ({ attribute_name: name })) } } : {}),
  };
}

function dynamicIn(value: unknown): unknown {
  const msgpack = (value as { msgpack?: Uint8Array } | null)?.msgpack;
  if (!msgpack || msgpack.length === 0) {
    throw new Error('Terraform sent a value without msgpack encoding, which this provider does not read');
  }
  return decodeValue(msgpack);
}

/**
 * Registers tfplugin6.Provider. Every handler failure becomes an error diagnostic (never a crashed or
 * hung plugin), so Terraform reports it against the right block.
 */
function addProviderService(server: grpc.Server, handlers: ProviderHandlers): void {
  const service = 'tfplugin6.Provider';
  const rpcs: Record<string, [string, Unary]> = {
    GetMetadata: [
      'GetMetadata',
      () => ({
        server_capabilities: { get_provider_schema_optional: true },
        data_sources: Object.keys(handlers.dataSourceSchemas()).map((type_name) => ({ type_name })),
      }),
    ],
    GetProviderSchema: [
      'GetProviderSchema',
      () => ({
        provider: handlers.providerSchema(),
        data_source_schemas: handlers.dataSourceSchemas(),
        server_capabilities: { get_provider_schema_optional: true },
      }),
    ],
    ValidateProviderConfig: [
      'ValidateProviderConfig',
      (req) => ({ diagnostics: handlers.validateProviderConfig(dynamicIn(req.config)).map(toProtoDiagnostic) }),
    ],
    ConfigureProvider: [
      'ConfigureProvider',
      async (req) => ({ diagnostics: (await handlers.configure(dynamicIn(req.config))).map(toProtoDiagnostic) }),
    ],
    ValidateDataResourceConfig: [
      'ValidateDataResourceConfig',
      async (req) => ({
        diagnostics: (await handlers.validateDataSource(String(req.type_name), dynamicIn(req.config))).map(toProtoDiagnostic),
      }),
    ],
    ReadDataSource: [
      'ReadDataSource',
      async (req) => {
        const { state, diagnostics } = await handlers.readDataSource(String(req.type_name), dynamicIn(req.config));
        return { state: { msgpack: encodeValue(state) }, diagnostics: diagnostics.map(toProtoDiagnostic) };
      },
    ],
    GetFunctions: ['GetFunctions', () => ({})],
    StopProvider: ['StopProvider', () => ({})],
  };
  const definition: Record<string, grpc.MethodDefinition<Record<string, unknown>, object>> = {};
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [method, [message, handler]] of Object.entries(rpcs)) {
    definition[method] = methodDefinition(service, method, `tfplugin6.${message}.Request`, `tfplugin6.${message}.Response`);
    implementation[method] = (call: grpc.ServerUnaryCall<Record<string, unknown>, object>, done: grpc.sendUnaryData<object>) => {
      Promise.resolve()
        .then(() => handler(call.request))
        .then(
          (response) => done(null, response),
          (err: unknown) => {
            const message = err instanceof Error ? err.message : String(err);
            log('ERROR', `${method} failed: ${message}`);
            done(null, {
              diagnostics: [toProtoDiagnostic({ severity: 'ERROR', summary: `genesyscobrowse provider: ${method} failed`, detail: message })],
            });
          },
        );
    };
  }
  server.addService(definition as grpc.ServiceDefinition, implementation);
}

/**
 * go-plugin's side services: the controller (Terraform calls Shutdown instead of killing us), stdio and
 * broker streams (held open and unused: we log to stderr and serve no sub-plugins) and the health check.
 */
function addPluginServices(server: grpc.Server, onShutdown: () => void): { endStreams: () => void } {
  const open = new Set<grpc.ServerWritableStream<unknown, object>>();
  const hold = (call: grpc.ServerWritableStream<unknown, object>) => {
    open.add(call);
    call.on('cancelled', () => open.delete(call));
    call.on('end', () => open.delete(call));
  };
  server.addService(
    { Shutdown: methodDefinition('plugin.GRPCController', 'Shutdown', 'plugin.Empty', 'plugin.Empty') },
    {
      Shutdown: (_call: unknown, done: grpc.sendUnaryData<object>) => {
        done(null, {});
        onShutdown();
      },
    },
  );
  server.addService(
    { StreamStdio: methodDefinition('plugin.GRPCStdio', 'StreamStdio', 'plugin.Empty', 'plugin.StdioData', { response: true }) },
    { StreamStdio: hold },
  );
  server.addService(
    {
      StartStream: methodDefinition('plugin.GRPCBroker', 'StartStream', 'plugin.ConnInfo', 'plugin.ConnInfo', {
        request: true,
        response: true,
      }),
    },
    { StartStream: hold },
  );
  server.addService(
    {
      Check: methodDefinition(
        'grpc.health.v1.Health',
        'Check',
        'grpc.health.v1.HealthCheckRequest',
        'grpc.health.v1.HealthCheckResponse',
      ),
    },
    { Check: (_call: unknown, done: grpc.sendUnaryData<object>) => done(null, { status: 1 /* SERVING */ }) },
  );
  return {
    endStreams: () => {
      for (const call of open) call.end();
      open.clear();
    },
  };
}

/** math.MaxInt32, the limit Terraform's go-plugin client sets on provider messages. */
const MAX_MESSAGE_BYTES = 2 ** 31 - 1;

export interface ServeOptions {
  /** PEM of the client certificate Terraform passes in PLUGIN_CLIENT_CERT; plaintext when absent. */
  clientCertPem?: string;
  serverCert?: { certPem: string; keyPem: string };
}

/** Starts serving on a free loopback port; resolves with the port. The process exits after Shutdown. */
export async function serve(handlers: ProviderHandlers, options: ServeOptions): Promise<number> {
  // Terraform's plugin client sends and receives messages up to math.MaxInt32 bytes; gRPC's default
  // 4 MiB would refuse a large body before the provider can report it as a diagnostic.
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES, 'grpc.max_send_message_length': MAX_MESSAGE_BYTES });
  addProviderService(server, handlers);
  const plugin = addPluginServices(server, () => {
    log('INFO', 'shutdown requested by Terraform');
    plugin.endStreams();
    // Exit even if a client keeps a stream open; unref so a clean shutdown exits sooner.
    setTimeout(() => process.exit(0), 2000).unref();
    server.tryShutdown(() => process.exit(0));
  });
  const credentials =
    options.clientCertPem && options.serverCert
      ? grpc.ServerCredentials.createSsl(
          Buffer.from(options.clientCertPem),
          [{ private_key: Buffer.from(options.serverCert.keyPem), cert_chain: Buffer.from(options.serverCert.certPem) }],
          true,
        )
      : grpc.ServerCredentials.createInsecure();
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', credentials, (err, port) => (err ? reject(err) : resolve(port)));
  });
}
