/**
 * Regenerates the compact genesyscloud provider schema in src/genesys/data/ from ../shared/genesys/provider-schemas.json
 * (`npm run gen:provider-schemas [SCHEMA_FILE [OUT_DIR]]`): every resource and data source, with the attributes, blocks
 * and the `x_validation` checks the resource rules can run (enums, ranges, lengths, item counts, conflicts,
 * deprecations); descriptions and provider-code-only checks are dropped. Written like the API snapshot: an index
 * (`provider-types.json`) and one JSON record per type (`provider-types.jsonl`), so a check parses only the types it meets.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { ProviderTypesIndex, RemovedResourceType, TfAttribute, TfBlock, TfBlockType, TfType, TfValueCheck } from './provider-schema-types';

const PROVIDER = 'registry.terraform.io/mypurecloud/genesyscloud';

interface SourceAttribute { type: TfType; required?: boolean; optional?: boolean; computed?: boolean; sensitive?: boolean; deprecated?: boolean }
interface SourceBlock {
  attributes?: Record<string, SourceAttribute>;
  block_types?: Record<string, { nesting_mode: TfBlockType['nesting']; min_items?: number; max_items?: number; block: SourceBlock }>;
  x_validation?: Record<string, Record<string, unknown>>;
}
interface SourceSchemas {
  source: Record<string, { release_tag?: string }>;
  provider_schemas: Record<string, { resource_schemas: Record<string, { block: SourceBlock }>; data_source_schemas: Record<string, { block: SourceBlock }> }>;
}

/** A ValidateFunc as data, or undefined when it is provider code (funcref, extern, runtime values). */
function valueCheck(spec: unknown): TfValueCheck | undefined {
  if (typeof spec !== 'object' || spec === null) return undefined;
  const v = spec as { validator?: string; values?: (string | number)[]; ignore_case?: boolean; min?: number; max?: number; args?: unknown[]; validators?: unknown[] };
  switch (v.validator) {
    case 'StringInSlice':
      return { enum: v.values, ...(v.ignore_case ? { ignoreCase: true } : {}) };
    case 'IntInSlice':
      return { enum: v.values };
    case 'IntBetween':
    case 'FloatBetween':
      return { min: v.min, max: v.max };
    case 'StringLenBetween':
      return { minLength: v.min, maxLength: v.max };
    case 'ValidateIntMin':
      return typeof v.args?.[0] === 'number' ? { min: v.args[0] } : undefined;
    case 'All': {
      const parts = (v.validators ?? []).map(valueCheck).filter((c) => c !== undefined);
      return parts.length ? Object.assign({}, ...parts) as TfValueCheck : undefined;
    }
    default:
      return undefined;
  }
}

function compactBlock(block: SourceBlock): TfBlock {
  const xv = block.x_validation ?? {};
  const attributes: Record<string, TfAttribute> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {}).sort(([x], [y]) => x.localeCompare(y))) {
    const rules = xv[name] ?? {};
    const check = valueCheck(rules.ValidateFunc) ?? valueCheck(rules.ValidateDiagFunc);
    const elemCheck = valueCheck(rules['Elem.ValidateFunc']);
    attributes[name] = {
      type: a.type,
      ...(a.required ? { required: true as const } : {}),
      ...(a.optional ? { optional: true as const } : {}),
      ...(a.computed ? { computed: true as const } : {}),
      ...(a.sensitive ? { sensitive: true as const } : {}),
      ...(check ? { check } : {}),
      ...(elemCheck ? { elemCheck } : {}),
      ...(typeof rules.MinItems === 'number' ? { minItems: rules.MinItems } : {}),
      ...(typeof rules.MaxItems === 'number' ? { maxItems: rules.MaxItems } : {}),
      ...(Array.isArray(rules.ConflictsWith) ? { conflictsWith: (rules.ConflictsWith as string[]).filter((c) => !c.includes('.')) } : {}),
      ...(typeof rules.Deprecated === 'string' ? { deprecated: rules.Deprecated } : {}),
    };
  }
  const blocks: Record<string, TfBlockType> = {};
  for (const [name, b] of Object.entries(block.block_types ?? {}).sort(([x], [y]) => x.localeCompare(y))) {
    blocks[name] = {
      nesting: b.nesting_mode,
      ...(b.min_items ? { minItems: b.min_items } : {}),
      ...(b.max_items ? { maxItems: b.max_items } : {}),
      block: compactBlock(b.block),
    };
  }
  return { attributes, blocks };
}

/** The index and the records text for a provider-schemas.json document. */
export function generateProviderTypes(schemas: SourceSchemas, removed: Record<string, RemovedResourceType>): { index: ProviderTypesIndex; records: string } {
  const provider = schemas.provider_schemas[PROVIDER];
  if (!provider) throw new Error(`provider-schemas.json: no ${PROVIDER}`);
  const entries = [
    ...Object.entries(provider.resource_schemas).map(([type, s]) => [`resource ${type}`, s.block] as const),
    ...Object.entries(provider.data_source_schemas).map(([type, s]) => [`data ${type}`, s.block] as const),
  ].sort(([a], [b]) => a.localeCompare(b));
  for (const [type, r] of Object.entries(removed)) {
    if (provider.resource_schemas[type] || provider.data_source_schemas[type]) throw new Error(`removed-resource-types.json: ${type} is in provider-schemas.json`);
    if (r.instead && !provider.resource_schemas[r.instead]) throw new Error(`removed-resource-types.json: ${type}'s instead ${r.instead} is not a resource`);
  }
  const types: Record<string, number> = {};
  const offsets: number[] = [];
  let text = '';
  for (const [key, block] of entries) {
    types[key] = offsets.length;
    offsets.push(Buffer.byteLength(text));
    text += `${JSON.stringify(compactBlock(block))}\n`;
  }
  offsets.push(Buffer.byteLength(text));
  return { index: { source: { provider: PROVIDER, release: schemas.source[PROVIDER]?.release_tag ?? 'unknown' }, types, records: offsets, removed }, records: text };
}

if (require.main === module) {
  const schemaFile = resolve(process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'genesys', 'provider-schemas.json'));
  const outDir = resolve(process.argv[3] ?? join(__dirname, 'data'));
  const removed = (JSON.parse(readFileSync(join(__dirname, 'data', 'removed-resource-types.json'), 'utf8')) as { types: Record<string, RemovedResourceType> }).types;
  const { index, records } = generateProviderTypes(JSON.parse(readFileSync(schemaFile, 'utf8')) as SourceSchemas, removed);
  writeFileSync(join(outDir, 'provider-types.json'), `${JSON.stringify(index)}\n`);
  writeFileSync(join(outDir, 'provider-types.jsonl'), records);
  process.stdout.write(`wrote ${Object.keys(index.types).length} genesyscloud types (${records.length} bytes) to ${outDir}\n`);
}
