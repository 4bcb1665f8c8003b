import { decodeValue, encodeValue } from './msgpack';
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
  /** Provider-defined functions by name, as tfplugin6 `Function` messages. */
  functions(): Record<string, object>;
  /** A function's result, or the text of a function error (which fails the expression that called it). */
  callFunction(name: string, args: unknown[]): Promise<{ result: unknown } | { error: string }>;
  /** Managed resources, for a provider that has them (this package's provider has none; test stand-ins do). */
  resources?: ResourceHandlers;
}

export interface ResourceHandlers {
  schemas(): Record<string, object>;
  validate(typeName: string, config: unknown): TfDiagnostic[];
  /** The planned new state; `proposed` is what Terraform proposes (config merged with prior state). */
  plan(typeName: string, proposed: unknown, prior: unknown): { planned: unknown; diagnostics: TfDiagnostic[] };
}

type Handler = (handlers: ProviderHandlers, request: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>;

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
function providerMethods(handlersOf: (session: object) => ProviderHandlers, name: string): Record<string, UnaryMethod> {
  const capabilities = { get_provider_schema_optional: true };
  const resources = (handlers: ProviderHandlers) => {
    if (!handlers.resources) throw new Error(`${name} has no managed resources`);
    return handlers.resources;
  };
  const rpcs: Record<ProviderMethod, Handler> = {
    GetMetadata: (handlers) => ({
      server_capabilities: capabilities,
      data_sources: Object.keys(handlers.dataSourceSchemas()).map((type_name) => ({ type_name })),
      resources: Object.keys(handlers.resources?.schemas() ?? {}).map((type_name) => ({ type_name })),
      functions: Object.keys(handlers.functions()).map((name) => ({ name })),
    }),
    GetProviderSchema: (handlers) => ({
      provider: handlers.providerSchema(),
      resource_schemas: handlers.resources?.schemas() ?? {},
      data_source_schemas: handlers.dataSourceSchemas(),
      functions: handlers.functions(),
      server_capabilities: capabilities,
    }),
    ValidateProviderConfig: (handlers, req) => ({ diagnostics: handlers.validateProviderConfig(dynamicIn(req.config)).map(toProtoDiagnostic) }),
    ConfigureProvider: async (handlers, req) => ({ diagnostics: (await handlers.configure(dynamicIn(req.config))).map(toProtoDiagnostic) }),
    ValidateDataResourceConfig: async (handlers, req) => ({
      diagnostics: (await handlers.validateDataSource(String(req.type_name), dynamicIn(req.config))).map(toProtoDiagnostic),
    }),
    ReadDataSource: async (handlers, req) => {
      const { state, diagnostics } = await handlers.readDataSource(String(req.type_name), dynamicIn(req.config));
      return { state: { msgpack: encodeValue(state) }, diagnostics: diagnostics.map(toProtoDiagnostic) };
    },
    ValidateResourceConfig: (handlers, req) => ({
      diagnostics: resources(handlers).validate(String(req.type_name), dynamicIn(req.config)).map(toProtoDiagnostic),
    }),
    PlanResourceChange: (handlers, req) => {
      const { planned, diagnostics } = resources(handlers).plan(String(req.type_name), dynamicIn(req.proposed_new_state), dynamicIn(req.prior_state));
      return { planned_state: { msgpack: encodeValue(planned) }, diagnostics: diagnostics.map(toProtoDiagnostic) };
    },
    GetFunctions: (handlers) => ({ functions: handlers.functions() }),
    CallFunction: async (handlers, req) => {
      const args = ((req.arguments ?? []) as { msgpack?: Uint8Array }[]).map((a) => decodeValue(a.msgpack ?? new Uint8Array()));
      const outcome = await handlers.callFunction(String(req.name), args);
      return 'error' in outcome ? { error: { text: outcome.error } } : { result: { msgpack: encodeValue(outcome.result) } };
    },
    StopProvider: () => ({}),
  };
  return Object.fromEntries(
    Object.entries(rpcs).map(([method, handler]) => [
      `/tfplugin6.Provider/${method}`,
      {
        ...PROVIDER_METHODS[method as ProviderMethod],
        handle: (request: Record<string, unknown>, session: object) =>
          Promise.resolve()
            .then(() => handler(handlersOf(session), request))
            .catch((err: unknown) => {
              const message = err instanceof Error ? err.message : String(err);
              log('ERROR', `${method} failed: ${message}`);
              // CallFunction answers with a function error; its response has no diagnostics.
              if (method === 'CallFunction') return { error: { text: `${name}: ${method} failed: ${message}` } };
              return { diagnostics: [toProtoDiagnostic({ severity: 'ERROR', summary: `${name}: ${method} failed`, detail: message })] };
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
  /** How diagnostics name the provider. @default 'genesyscobrowse provider' */
  name?: string;
}

/**
 * Starts serving; resolves with the TCP port (0 on a unix socket) and a `close` that stops it. Each client connection (a Terraform
 * provider instance: one per plan walk, and a reattached server sees several plans) gets its own
 * handlers from `createHandlers`, so one plan's configuration never reaches another's checks.
 */
export async function serve(createHandlers: () => ProviderHandlers, options: ServeOptions): Promise<{ port: number; close: () => void }> {
  const perSession = new WeakMap<object, ProviderHandlers>();
  const handlersOf = (session: object) => {
    let handlers = perSession.get(session);
    if (!handlers) perSession.set(session, (handlers = createHandlers()));
    return handlers;
  };
  const { clientCertPem, serverCert } = options;
  const exitOnShutdown = options.exitOnShutdown ?? true;
  const server = new GrpcServer({
    tls: clientCertPem && serverCert ? { ...serverCert, clientCertPem } : undefined,
    unary: {
      ...providerMethods(handlersOf, options.name ?? 'genesyscobrowse provider'),
      '/plugin.GRPCController/Shutdown': {
        ...PLUGIN_METHODS['/plugin.GRPCController/Shutdown'],
        handle: () => {
          log('INFO', 'shutdown requested by Terraform');
          return {};
        },
        // Terraform waits for the process to end before it goes on (a plan starts the provider about three
        // times), so exit as soon as the answer is out rather than wind down: the connection closes with the
        // process, which Terraform reads as the end of the held streams. A reattached server keeps serving.
        afterResponse: exitOnShutdown ? () => process.exit(0) : undefined,
      },
      '/grpc.health.v1.Health/Check': { ...PLUGIN_METHODS['/grpc.health.v1.Health/Check'], handle: () => ({ status: 1 /* SERVING */ }) },
    },
    held: HELD_STREAMS,
    onError: (message) => log('DEBUG', message),
  });
  const port = await server.listen(options.listen ?? { port: 0 });
  return { port, close: () => server.close() };
}
