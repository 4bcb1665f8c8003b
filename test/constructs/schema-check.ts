/**
 * Stand-in for `terraform validate` (which needs the providers, not downloadable here): checks every
 * synthesized provider, resource and data block of a provider in provider-schemas.json against its schema,
 * and against the provider-side checks `terraform validate` runs through the provider (`x_validation`:
 * enums, integer ranges, string lengths, item counts of attributes, conflicting attributes).
 * Stricter than Terraform on scalar types (no implicit number<->string<->bool conversion).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  META_ARGUMENTS,
  ProviderSchemasJson,
  SchemaBlock,
  TerraformType,
  providerLocalName,
} from '../../src/constructs/bindings/schema';

export const SCHEMA_PATH = path.resolve(__dirname, '..', '..', '..', 'shared', 'genesys', 'provider-schemas.json');

let cached: ProviderSchemasJson | undefined;
export function providerSchemas(): ProviderSchemasJson {
  cached ??= JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as ProviderSchemasJson;
  return cached;
}

type Json = Record<string, unknown>;

/** Every mismatch between a synthesized stack (cdk.tf.json text or object) and the provider schemas. */
export function schemaProblems(synthesized: string | Json, schemas: ProviderSchemasJson = providerSchemas()): string[] {
  const doc = (typeof synthesized === 'string' ? JSON.parse(synthesized) : synthesized) as Json;
  const byLocal = new Map(Object.entries(schemas.provider_schemas).map(([address, s]) => [providerLocalName(address), s]));
  const problems: string[] = [];

  for (const [local, configs] of Object.entries((doc.provider ?? {}) as Record<string, Json[]>)) {
    const schema = byLocal.get(local);
    if (!schema) continue;
    for (const [i, config] of configs.entries()) {
      checkBlock(`provider.${local}[${i}]`, schema.provider.block, config, new Set(['alias']), problems);
    }
  }
  for (const [section, key] of [['resource', 'resource_schemas'], ['data', 'data_source_schemas']] as const) {
    for (const [type, instances] of Object.entries((doc[section] ?? {}) as Record<string, Record<string, Json>>)) {
      const schema = byLocal.get(type.split('_')[0]);
      if (!schema) continue; // e.g. terraform_data: built in, not ours to check
      const block = schema[key]?.[type]?.block;
      for (const [name, config] of Object.entries(instances)) {
        const where = `${section === 'data' ? 'data.' : ''}${type}.${name}`;
        if (!block) problems.push(`${where}: no ${section === 'data' ? 'data source' : 'resource'} type "${type}" in the provider schema`);
        else checkBlock(where, block, config, META_ARGUMENTS, problems);
      }
    }
  }
  return problems;
}

/** Throws, listing every problem, when the synthesized stack does not match the provider schemas. */
export function expectMatchesProviderSchemas(synthesized: string | Json): void {
  const problems = schemaProblems(synthesized);
  if (problems.length) throw new Error(`synthesized JSON does not match provider-schemas.json:\n  ${problems.join('\n  ')}`);
}

/** One provider-side check of an attribute, as x_validation records it. */
interface ProviderCheck {
  validator?: string;
  values?: string[];
  ignore_case?: boolean;
  min?: number;
  max?: number;
}
type XValidation = Record<string, Record<string, unknown> & { MinItems?: number; MaxItems?: number; ConflictsWith?: string[] }>;

function checkProviderRules(where: string, rules: XValidation, attributes: ReadonlySet<string>, config: Json, problems: string[]): void {
  for (const [key, rule] of Object.entries(rules)) {
    const value = config[key];
    if (value === undefined || value === null || isInterpolation(value)) continue;
    for (const name of ['ValidateFunc', 'ValidateDiagFunc', 'Validators']) {
      const check = rule[name];
      if (typeof check === 'object' && check !== null) checkValue(`${where}.${key}`, check as ProviderCheck, value, problems);
    }
    const elementCheck = rule['Elem.ValidateFunc'] ?? rule['Elem.ValidateDiagFunc'];
    if (typeof elementCheck === 'object' && elementCheck !== null && Array.isArray(value)) {
      value.forEach((v, i) => checkValue(`${where}.${key}[${i}]`, elementCheck as ProviderCheck, v, problems));
    }
    // Item counts of blocks are the schema's min_items/max_items, checked in checkBlock.
    const list = Array.isArray(value) && attributes.has(key);
    if (list && rule.MinItems !== undefined && value.length < rule.MinItems) problems.push(`${where}.${key}: at least ${rule.MinItems} item(s) required, got ${value.length}`);
    if (list && rule.MaxItems !== undefined && value.length > rule.MaxItems) problems.push(`${where}.${key}: at most ${rule.MaxItems} item(s) allowed, got ${value.length}`);
    for (const other of rule.ConflictsWith ?? []) {
      if (config[other] !== undefined && config[other] !== null) problems.push(`${where}.${key}: conflicts with ${other}`);
    }
  }
}

function checkValue(where: string, check: ProviderCheck, value: unknown, problems: string[]): void {
  if (isInterpolation(value)) return;
  if (check.values && typeof value === 'string') {
    const matches = (v: string) => (check.ignore_case ? v.toLowerCase() === value.toLowerCase() : v === value);
    if (!check.values.some(matches)) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${check.values.join(', ')} (provider ${check.validator})`);
  } else if (typeof value === 'number' && (check.validator === 'IntBetween' || check.validator === 'IntAtLeast')) {
    if (!Number.isInteger(value) || value < check.min! || (check.max !== undefined && value > check.max)) problems.push(`${where}: ${value} is outside ${check.min}..${check.max ?? ''} (provider ${check.validator})`);
  } else if (typeof value === 'string' && check.validator === 'StringLenBetween') {
    if (value.length < check.min! || value.length > check.max!) problems.push(`${where}: length ${value.length} is outside ${check.min}..${check.max} (provider StringLenBetween)`);
  }
}

function checkBlock(where: string, block: SchemaBlock, config: Json, allowed: ReadonlySet<string>, problems: string[]): void {
  const rules = (block as { x_validation?: XValidation }).x_validation;
  const attributes = block.attributes ?? {};
  if (rules) checkProviderRules(where, rules, new Set(Object.keys(attributes)), config, problems);
  const blockTypes = block.block_types ?? {};
  for (const [key, value] of Object.entries(config)) {
    const attr = attributes[key];
    const nested = blockTypes[key];
    if (attr) {
      if (!attr.required && !attr.optional) problems.push(`${where}.${key}: computed-only attribute cannot be set`);
      else checkType(`${where}.${key}`, attr.type, value, problems);
    } else if (nested) {
      const items = Array.isArray(value) ? value : [value];
      if (isInterpolation(value)) continue;
      if (nested.min_items !== undefined && items.length < nested.min_items) {
        problems.push(`${where}.${key}: at least ${nested.min_items} block(s) required, got ${items.length}`);
      }
      if (nested.max_items !== undefined && items.length > nested.max_items) {
        problems.push(`${where}.${key}: at most ${nested.max_items} block(s) allowed, got ${items.length}`);
      }
      items.forEach((item, i) => {
        if (isObject(item)) checkBlock(`${where}.${key}[${i}]`, nested.block, item, new Set(), problems);
        else problems.push(`${where}.${key}[${i}]: expected a block (object), got ${JSON.stringify(item)}`);
      });
    } else if (!allowed.has(key)) {
      problems.push(`${where}.${key}: unknown attribute or block`);
    }
  }
  for (const [key, attr] of Object.entries(attributes)) {
    if (attr.required && (config[key] === undefined || config[key] === null)) problems.push(`${where}.${key}: required attribute missing`);
  }
  for (const [key, nested] of Object.entries(blockTypes)) {
    if ((nested.min_items ?? 0) > 0 && config[key] === undefined) problems.push(`${where}.${key}: required block missing`);
  }
}

function checkType(where: string, type: TerraformType, value: unknown, problems: string[]): void {
  if (isInterpolation(value) || type === 'dynamic') return;
  const fail = (): void => void problems.push(`${where}: expected ${JSON.stringify(type)}, got ${JSON.stringify(value)}`);
  if (type === 'string') return void (typeof value !== 'string' && fail());
  if (type === 'number') return void (typeof value !== 'number' && fail());
  if (type === 'bool') return void (typeof value !== 'boolean' && fail());
  const [outer, inner] = type;
  if (outer === 'list' || outer === 'set') {
    if (!Array.isArray(value)) return fail();
    value.forEach((v, i) => checkType(`${where}[${i}]`, inner, v, problems));
  } else if (outer === 'map') {
    if (!isObject(value)) return fail();
    for (const [k, v] of Object.entries(value)) checkType(`${where}.${k}`, inner, v, problems);
  } else if (outer === 'object') {
    if (!isObject(value)) return fail();
    for (const [k, t] of Object.entries(inner)) checkType(`${where}.${k}`, t, value[k], problems);
  } else if (outer === 'tuple') {
    if (!Array.isArray(value) || value.length !== inner.length) return fail();
    inner.forEach((t, i) => checkType(`${where}[${i}]`, t, value[i], problems));
  }
}

/** A whole-value Terraform expression (`"${...}"`): its type is only known at plan. */
function isInterpolation(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{[\s\S]*\}$/.test(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
