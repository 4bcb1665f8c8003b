/**
 * The genesyscloud provider's resource and data source schemas (src/genesys/data/provider-types.*, written by
 * `npm run gen:provider-schemas`), loaded lazily: nothing is read until a check meets a genesyscloud type, then the
 * index, then each type's one record on first use. Start-up of the CLI and the constructs does not pay for them.
 */
import { closeSync, openSync, readFileSync, readSync } from 'fs';
import { join } from 'path';
import { closest } from '../text/similarity';
import type { ProviderTypesIndex, RemovedResourceType, TfBlock } from './provider-schema-types';

export type { ProviderTypesIndex, RemovedResourceType, TfAttribute, TfBlock, TfBlockType, TfType, TfValueCheck } from './provider-schema-types';

// Through the parent folder, as snapshot.ts: also right where this module is bundled into lib/provider/.
const DATA = join(__dirname, '..', 'genesys', 'data');

export type TypeMode = 'resource' | 'data';

let index: ProviderTypesIndex | undefined;
const blocks = new Map<string, TfBlock>();

function loadIndex(): ProviderTypesIndex {
  return (index ??= JSON.parse(readFileSync(join(DATA, 'provider-types.json'), 'utf8')) as ProviderTypesIndex);
}

/** The schema of a genesyscloud resource (`mode` 'resource') or data source, or undefined when the data has none. */
export function providerTypeSchema(mode: TypeMode, type: string): TfBlock | undefined {
  const key = `${mode} ${type}`;
  const cached = blocks.get(key);
  if (cached) return cached;
  const idx = loadIndex();
  const record = Object.hasOwn(idx.types, key) ? idx.types[key] : undefined;
  if (record === undefined) return undefined;
  const start = idx.records[record];
  const bytes = Buffer.alloc(idx.records[record + 1] - start);
  const fd = openSync(join(DATA, 'provider-types.jsonl'), 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, start);
  } finally {
    closeSync(fd);
  }
  const block = JSON.parse(bytes.toString('utf8')) as TfBlock;
  blocks.set(key, block);
  return block;
}

/** A type the provider no longer has, with what to use instead. */
export function removedProviderType(type: string): RemovedResourceType | undefined {
  const removed = loadIndex().removed;
  return Object.hasOwn(removed, type) ? removed[type] : undefined;
}

/** The provider release the schemas were read from (e.g. `v1.84.1`). */
export function providerRelease(): string {
  return loadIndex().source.release;
}

/** What a data action's Velocity templates may reference (velocity-context.json). */
export interface VelocityContext {
  input: string;
  rawRequest: string;
  credentials: { name: string; integrationTypes: string[] };
  helpers: Record<string, { renders: 'string' | 'number' }>;
  dataActionsIntegrationType: string;
}

let velocity: VelocityContext | undefined;
export function velocityContext(): VelocityContext {
  return (velocity ??= JSON.parse(readFileSync(join(DATA, 'velocity-context.json'), 'utf8')) as VelocityContext);
}

let bodies: Record<string, { operation: string }> | undefined;
/** genesyscloud resources whose blocks the provider sends as one request body, by type (resource-bodies.json). */
export function resourceBodies(): Record<string, { operation: string }> {
  return (bodies ??= (JSON.parse(readFileSync(join(DATA, 'resource-bodies.json'), 'utf8')) as { resources: Record<string, { operation: string }> }).resources);
}

/** The nearest existing type of the same mode to a misspelt one. */
export function closestProviderType(mode: TypeMode, type: string): string | undefined {
  const names = providerTypeNames(mode);
  return closest(type, names);
}

const names = new Map<TypeMode, string[]>();
function providerTypeNames(mode: TypeMode): string[] {
  let list = names.get(mode);
  if (!list) names.set(mode, (list = Object.keys(loadIndex().types).filter((k) => k.startsWith(`${mode} `)).map((k) => k.slice(mode.length + 1))));
  return list;
}
