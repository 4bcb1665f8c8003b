import { decodeValue, encodeValue } from './cty';
import { GrpcServer, type Listen, type UnaryMethod } from './grpc';
import { HELD_STREAMS, PLUGIN_METHODS, PROVIDER_METHODS, type ProviderMethod } from './protocol';
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

type Handler = (request: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>;

function toProtoDiagnostic(d: TfDiagnostic): Record<string, unknown> {
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
 * tfplugin6.Provider. Every handler failure becomes an error diagnostic (never a crashed or hung
 * plugin), so Terraform reports it against the right block.
 */
function providerMethods(handlers: ProviderHandlers): Record<string, UnaryMethod> {
  const capabilities = { get_provider_schema_optional: true };
  const rpcs: Record<ProviderMethod, Handler> = {
    GetMetadata: () => ({
      server_capabilities: capabilities,
      data_sources: Object.keys(handlers.dataSourceSchemas()).map((type_name) => ({ type_name })),
    }),
    GetProviderSchema: () => ({ provider: handlers.providerSchema(), data_source_schemas: handlers.dataSourceSchemas(), server_capabilities: capabilities }),
    ValidateProviderConfig: (req) => ({ diagnostics: handlers.validateProviderConfig(dynamicIn(req.config)).map(toProtoDiagnostic) }),
    ConfigureProvider: async (req) => ({ diagnostics: (await handlers.configure(dynamicIn(req.config))).map(toProtoDiagnostic) }),
    ValidateDataResourceConfig: async (req) => ({
      diagnostics: (await handlers.validateDataSource(String(req.type_name), dynamicIn(req.config))).map(toProtoDiagnostic),
    }),
    ReadDataSource: async (req) => {
      const { state, diagnostics } = await handlers.readDataSource(String(req.type_name), dynamicIn(req.config));
      return { state: { msgpack: encodeValue(state) }, diagnostics: diagnostics.map(toProtoDiagnostic) };
    },
    GetFunctions: () => ({}),
    StopProvider: () => ({}),
  };
  return Object.fromEntries(
    Object.entries(rpcs).map(([method, handler]) => [
      `/tfplugin6.Provider/${method}`,
      {
        ...PROVIDER_METHODS[method as ProviderMethod],
        handle: (request: Record<string, unknown>) =>
          Promise.resolve()
            .then(() => handler(request))
            .catch((err: unknown) => {
              const message = err instanceof Error ? err.message : String(err);
              log('ERROR', `${method} failed: ${message}`);
              return { diagnostics: [toProtoDiagnostic({ severity: 'ERROR', summary: `genesyscobrowse provider: ${method} failed`, detail: message })] };
            }),
      },
    ]),
  );
}

export interface ServeOptions {
  /** PEM of the client certificate Terraform passes in PLUGIN_CLIENT_CERT; plaintext when absent. */
  clientCertPem?: string;
  serverCert?: { certPem: string; keyPem: string };
  /** Where to listen: a free loopback port by default. */
  listen?: Listen;
  /** Whether go-plugin's Shutdown ends the process (true when Terraform started it). */
  exitOnShutdown?: boolean;
}

/** Starts serving; resolves with the TCP port (0 on a unix socket). */
export async function serve(handlers: ProviderHandlers, options: ServeOptions): Promise<number> {
  const { clientCertPem, serverCert } = options;
  const exitOnShutdown = options.exitOnShutdown ?? true;
  const server: GrpcServer = new GrpcServer({
    tls: clientCertPem && serverCert ? { ...serverCert, clientCertPem } : undefined,
    unary: {
      ...providerMethods(handlers),
      '/plugin.GRPCController/Shutdown': {
        ...PLUGIN_METHODS['/plugin.GRPCController/Shutdown'],
        handle: () => {
          log('INFO', 'shutdown requested by Terraform');
          // Answer first, then end the held streams and exit (a reattached server keeps serving).
          if (exitOnShutdown) {
            setImmediate(() => {
              server.close();
              setTimeout(() => process.exit(0), 50).unref();
            });
          }
          return {};
        },
      },
      '/grpc.health.v1.Health/Check': { ...PLUGIN_METHODS['/grpc.health.v1.Health/Check'], handle: () => ({ status: 1 /* SERVING */ }) },
    },
    held: HELD_STREAMS,
    onError: (message) => log('DEBUG', message),
  });
  return server.listen(options.listen ?? { port: 0 });
}
