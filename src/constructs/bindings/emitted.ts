/**
 * The genesyscloud types this library's constructs emit: the only ones the L1 bindings are generated for.
 * provider-schemas.json holds all 259 genesyscloud types (the resource checks read them, through
 * src/genesys/data/provider-types.*); binding them all would add hundreds of classes nobody imports.
 */
import type { ProviderSchemasJson } from './schema';

export const EMITTED_TYPES: Readonly<Record<string, { resources: readonly string[]; dataSources: readonly string[] }>> = {
  'registry.terraform.io/mypurecloud/genesyscloud': {
    // In the order the generated index lists them.
    resources: ['genesyscloud_oauth_client', 'genesyscloud_auth_role', 'genesyscloud_webdeployments_configuration', 'genesyscloud_webdeployments_deployment'],
    dataSources: ['genesyscloud_routing_queue', 'genesyscloud_user', 'genesyscloud_auth_role', 'genesyscloud_auth_division_home'],
  },
};

/** The schema document with each listed provider cut down to its emitted types (other providers whole). */
export function emittedSchemas<T extends ProviderSchemasJson>(schemas: T): T {
  const pick = <V>(all: Record<string, V> | undefined, names: readonly string[]) => Object.fromEntries(names.map((n) => {
    if (!all?.[n]) throw new Error(`provider-schemas.json has no ${n}, which the constructs emit`);
    return [n, all[n]];
  }));
  const providers = Object.fromEntries(Object.entries(schemas.provider_schemas).map(([address, s]) => {
    const emitted = EMITTED_TYPES[address];
    return [address, emitted ? { ...s, resource_schemas: pick(s.resource_schemas, emitted.resources), data_source_schemas: pick(s.data_source_schemas, emitted.dataSources) } : s];
  }));
  return { ...schemas, provider_schemas: providers };
}
