import { isUnknown } from './cty';
import type { LiveChecks } from './live-checks';
import type { PayloadCheckConfig, RequiredAccessConfig } from './data-sources';
import { DATA_SOURCE_SCHEMAS, FUNCTIONS, PAYLOAD_CHECK, PROVIDER_SCHEMA, REQUIRED_ACCESS, toProtoFunction, toProtoSchema } from './schema';
import type { ProviderHandlers, TfDiagnostic } from './server';

type ProviderConfig = { region?: unknown; client_id?: unknown; client_secret?: unknown } | null;

const CREDENTIALS = ['region', 'client_id', 'client_secret'] as const;

/** Live checks need all three settings or none; a partial set is an error naming what is missing. */
function checkProviderConfig(config: ProviderConfig): TfDiagnostic[] {
  const values = CREDENTIALS.map((k) => config?.[k]);
  if (values.some(isUnknown)) return [];
  const missing = CREDENTIALS.filter((k) => config?.[k] == null || config[k] === '');
  if (missing.length === 0 || missing.length === CREDENTIALS.length) return [];
  return [{
    severity: 'ERROR',
    summary: `genesyscobrowse provider: ${missing.join(', ')} not set`,
    detail: 'Live checks need region, client_id and client_secret together; set the missing ones, or remove all three to check structure only.',
    attribute: [missing[0]],
  }];
}

/**
 * The data sources load the API snapshot and the validator on first use: Terraform also starts the
 * provider just for its schema, and that start need not pay for them.
 */
const dataSources = () => import('./data-sources');

export function createProvider(): ProviderHandlers {
  let live: LiveChecks | undefined;
  return {
    providerSchema: () => toProtoSchema(PROVIDER_SCHEMA),
    dataSourceSchemas: () => Object.fromEntries(Object.entries(DATA_SOURCE_SCHEMAS).map(([k, v]) => [k, toProtoSchema(v)])),
    validateProviderConfig: (config) => checkProviderConfig(config as ProviderConfig),
    configure: async (raw) => {
      const config = raw as ProviderConfig;
      const diagnostics = checkProviderConfig(config);
      if (diagnostics.length > 0 || typeof config?.client_id !== 'string' || typeof config.region !== 'string') return diagnostics;
      // Loaded only for live checks: it pulls in the HTTP client (axios), which a structure-only plan never needs.
      const { LiveChecks } = await import('./live-checks');
      try {
        live = LiveChecks.create({ region: config.region, clientId: config.client_id, clientSecret: String(config.client_secret) });
      } catch (err) {
        // By name: this file is bundled, live-checks is not, so the class is not the same object here.
        if ((err as Error).name === 'MissingDependencyError') return [{ severity: 'ERROR', summary: 'genesyscobrowse provider: live checks need axios', detail: (err as Error).message }];
        return [{ severity: 'ERROR', summary: 'genesyscobrowse provider: unknown region', detail: (err as Error).message, attribute: ['region'] }];
      }
      return [];
    },
    validateDataSource: async (typeName, config) => {
      if (typeName === PAYLOAD_CHECK) return (await dataSources()).validatePayloadCheck(config as PayloadCheckConfig);
      if (typeName === REQUIRED_ACCESS) return (await dataSources()).validateRequiredAccess(config as RequiredAccessConfig);
      return [{ severity: 'ERROR', summary: `genesyscobrowse provider has no data source ${typeName}` }];
    },
    readDataSource: async (typeName, config) => {
      if (typeName === PAYLOAD_CHECK) return (await dataSources()).readPayloadCheck(config as PayloadCheckConfig, live);
      if (typeName === REQUIRED_ACCESS) return (await dataSources()).readRequiredAccess(config as RequiredAccessConfig);
      return { state: config, diagnostics: [{ severity: 'ERROR', summary: `genesyscobrowse provider has no data source ${typeName}` }] };
    },
    functions: () => Object.fromEntries(Object.entries(FUNCTIONS).map(([name, fn]) => [name, toProtoFunction(fn)])),
    // Functions never read the provider's settings: Terraform calls them on an unconfigured provider.
    callFunction: async (name, args) => (await dataSources()).callPayloadFunction(name, args),
  };
}
