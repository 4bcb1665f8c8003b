/**
 * A test STAND-IN for a real provider (genesyscloud, datadog): no real provider can be downloaded here. It serves
 * the real schema from provider-schemas.json over this package's own plugin server, so Terraform itself checks
 * a configuration against it (`terraform validate`: attribute names, types, required, nesting, item counts),
 * and it plans creates the way an SDKv2 provider does: configured values kept, computed values left unknown.
 * Of the provider-side checks it runs only the SDK's refusal of a value for a computed-only attribute, none of the
 * provider's own (`x_validation`: enums, ranges, conflicts). It reads data sources without an API (computed
 * strings get placeholders: UUID-shaped ids, `stand-in:` text) and cannot apply.
 */
import { createHash } from 'node:crypto';
import type { ProviderSchema, SchemaBlock } from '../../../src/constructs/bindings/schema';
import { UNKNOWN } from '../../../src/provider/cty';
import { protoSchemaFromJson } from '../../../src/provider/schema';
import type { ProviderHandlers, TfDiagnostic } from '../../../src/provider/server';

type Obj = Record<string, unknown>;

/** The create plan of one block: computed attributes the configuration leaves null become unknown. */
function planCreate(block: SchemaBlock, value: unknown): unknown {
  if (value === null || value === undefined || value === UNKNOWN) return value;
  const planned: Obj = { ...(value as Obj) };
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    if (attribute.computed && (planned[name] === null || planned[name] === undefined)) planned[name] = UNKNOWN;
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const v = planned[name];
    if (v === null || v === undefined || v === UNKNOWN) continue;
    if (nested.nesting_mode === 'list' || nested.nesting_mode === 'set') planned[name] = (v as unknown[]).map((e) => planCreate(nested.block, e));
    else if (nested.nesting_mode === 'map') planned[name] = Object.fromEntries(Object.entries(v as Obj).map(([k, e]) => [k, planCreate(nested.block, e)]));
    else planned[name] = planCreate(nested.block, v);
  }
  return planned;
}

/**
 * What terraform-plugin-sdk/v2 (which genesyscloud is built on) refuses in every configuration, before any provider
 * code runs: a value for a computed-only attribute. Terraform itself lets it through to the provider.
 */
function computedOnlySet(block: SchemaBlock, value: unknown, path: string[] = []): TfDiagnostic[] {
  if (value === null || value === undefined || value === UNKNOWN) return [];
  const obj = value as Obj;
  const found: TfDiagnostic[] = Object.entries(block.attributes ?? {})
    .filter(([name, a]) => a.computed && !a.optional && obj[name] !== null && obj[name] !== undefined)
    .map(([name]) => ({
      severity: 'ERROR',
      summary: 'Computed attributes cannot be set',
      detail: `Computed attributes cannot be set, but a value was set for "${[...path, name].join('.')}".`,
      attribute: path.length ? path.slice(0, 1) : [name],
    }));
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const v = obj[name];
    if (v === null || v === undefined || v === UNKNOWN) continue;
    const items = Array.isArray(v) ? v : nested.nesting_mode === 'map' ? Object.values(v as Obj) : [v];
    for (const item of items) found.push(...computedOnlySet(nested.block, item, [...path, name]));
  }
  return found;
}

/** A UUID-shaped placeholder (Genesys ids are UUIDs, and plan-time checks test that shape), fixed per name. */
function placeholderId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A data source read without an API: the configuration, with placeholders for its computed strings. */
function readStandIn(typeName: string, block: SchemaBlock, config: unknown): Obj {
  const state: Obj = { ...(config as Obj) };
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    if (!attribute.computed || attribute.type !== 'string' || state[name] != null) continue;
    state[name] = name === 'id' || name.endsWith('_id') ? placeholderId(`${typeName}.${name}`) : `stand-in:${typeName}.${name}`;
  }
  return state;
}

export function createStandInProvider(schema: ProviderSchema): ProviderHandlers {
  const resources = schema.resource_schemas ?? {};
  const dataSources = schema.data_source_schemas ?? {};
  const protoOf = (schemas: Record<string, Parameters<typeof protoSchemaFromJson>[0]>) =>
    Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, protoSchemaFromJson(s)]));
  const blockOf = (schemas: typeof resources, typeName: string) => {
    const s = schemas[typeName];
    if (!s) throw new Error(`the stand-in serves no ${typeName}`);
    return s.block;
  };
  return {
    providerSchema: () => protoSchemaFromJson(schema.provider),
    dataSourceSchemas: () => protoOf(dataSources),
    validateProviderConfig: () => [],
    configure: () => Promise.resolve([]),
    validateDataSource: (typeName, config) => computedOnlySet(blockOf(dataSources, typeName), config),
    readDataSource: (typeName, config) => Promise.resolve({ state: readStandIn(typeName, blockOf(dataSources, typeName), config), diagnostics: [] }),
    resources: {
      schemas: () => protoOf(resources),
      validate: (typeName, config) => computedOnlySet(blockOf(resources, typeName), config),
      // An update or a destroy keeps what Terraform proposes (the prior state merged with the configuration).
      plan: (typeName, proposed, prior) => ({ planned: prior === null ? planCreate(blockOf(resources, typeName), proposed) : proposed, diagnostics: [] }),
    },
    // The real providers define no functions.
    functions: () => ({}),
    callFunction: (name) => Promise.resolve({ error: `the stand-in has no function ${name}` }),
  };
}
