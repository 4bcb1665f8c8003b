/**
 * The provider schema's rules over any genesyscloud block (src/genesys/data/provider-types.*): unknown
 * attributes and blocks, computed-only attributes that are set, missing required ones, block and list item
 * counts, conflicts, deprecations, and the `x_validation` enums, ranges and lengths, with did-you-mean.
 */
import type { TfAttribute, TfBlock, TfType, TfValueCheck } from '../../genesys/provider-types';
import { closest } from '../../text/similarity';
import { quote } from '../messages';
import type { Diagnostic } from '../types';
import { attributePath, isUnknownValue } from './values';

/** Meta-arguments Terraform accepts on every resource and data block besides its schema (`//` is a .tf.json comment). */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//']);

/** A finding at an attribute path (`['permission_policies', 0, 'domain']`); the caller adds the address. */
export type Finding = Omit<Diagnostic, 'pointer'> & { path: (string | number)[]; pointer?: string };

const fmt = (path: readonly (string | number)[]) => `\`${attributePath(path)}\``;

/** Checks a resource's (or a nested block's) values against its schema block. */
export function checkBlock(block: TfBlock, values: Record<string, unknown>, path: (string | number)[], out: Finding[], top: boolean): void {
  const names = [...Object.keys(block.attributes), ...Object.keys(block.blocks)];
  for (const [name, value] of Object.entries(values)) {
    if (top && META.has(name)) continue;
    if (name === 'dynamic' && isObject(value)) {
      checkDynamic(block, value, path, out);
      continue;
    }
    const attribute = block.attributes[name];
    if (attribute) checkAttribute(attribute, name, value, [...path, name], values, out);
    else if (block.blocks[name]) checkInstances(block, name, value, path, out);
    else {
      const near = closest(name, names);
      out.push({ severity: 'error', path: [...path, name], code: 'unknown-attribute', message: `${fmt([...path, name])} is not an argument or block of this ${path.length ? 'block' : 'type'} in the genesyscloud provider schema; Terraform rejects it ("Unsupported argument").`, suggestion: near ? `did you mean ${near}?` : null });
    }
  }
  const dynamic = isObject(values.dynamic) ? values.dynamic : {};
  for (const [name, attribute] of Object.entries(block.attributes)) {
    if (attribute.required && isAbsent(values[name])) {
      out.push({ severity: 'error', path: [...path, name], code: 'missing-attribute', message: `${fmt([...path, name])} is required by the genesyscloud provider but not set.`, suggestion: `set ${name}` });
    }
  }
  for (const [name, type] of Object.entries(block.blocks)) {
    if (name in dynamic || isUnknownValue(values[name])) continue;
    const count = Array.isArray(values[name]) ? (values[name] as unknown[]).length : isAbsent(values[name]) ? 0 : 1;
    if (type.minItems && count < type.minItems) {
      out.push({ severity: 'error', path: [...path, name], code: 'missing-attribute', message: `${fmt([...path, name])} needs at least ${type.minItems} block${type.minItems > 1 ? 's' : ''}, found ${count}.`, suggestion: `add a ${name} block` });
    }
  }
}

function checkInstances(block: TfBlock, name: string, value: unknown, path: (string | number)[], out: Finding[]): void {
  const type = block.blocks[name];
  if (isUnknownValue(value) || value === null) return;
  const instances = Array.isArray(value) ? value : [value];
  if (type.maxItems && instances.length > type.maxItems) {
    out.push({ severity: 'error', path: [...path, name], code: 'out-of-range', message: `${fmt([...path, name])} takes at most ${type.maxItems} block${type.maxItems > 1 ? 's' : ''}, found ${instances.length}.`, suggestion: `keep ${type.maxItems === 1 ? 'one' : type.maxItems} ${name} block${type.maxItems > 1 ? 's' : ''}` });
  }
  instances.forEach((instance, i) => {
    if (isObject(instance)) checkBlock(type.block, instance, [...path, name, i], out, false);
    else if (!isUnknownValue(instance) && instance !== null) {
      out.push({ severity: 'error', path: [...path, name], code: 'wrong-type', message: `${fmt([...path, name])} is a block, not an argument: Terraform rejects ${describe(instance)} there ("Unsupported argument").`, suggestion: `write ${name} { ... }` });
    }
  });
}

/** `dynamic "name" { content { ... } }`: how many blocks is unknown; the content's arguments are still checked. */
function checkDynamic(block: TfBlock, dynamic: Record<string, unknown>, path: (string | number)[], out: Finding[]): void {
  for (const [name, specs] of Object.entries(dynamic)) {
    const type = block.blocks[name];
    if (!type) {
      const near = closest(name, Object.keys(block.blocks));
      out.push({ severity: 'error', path: [...path, name], code: 'unknown-attribute', message: `dynamic ${fmt([...path, name])} is not a block of this ${path.length ? 'block' : 'type'} in the genesyscloud provider schema.`, suggestion: near ? `did you mean ${near}?` : null });
      continue;
    }
    for (const spec of Array.isArray(specs) ? specs : [specs]) {
      const content = isObject(spec) ? spec.content : undefined;
      for (const c of Array.isArray(content) ? content : content === undefined ? [] : [content]) {
        if (isObject(c)) checkBlock(type.block, c, [...path, name, 0], out, false);
      }
    }
  }
}

function checkAttribute(attribute: TfAttribute, name: string, value: unknown, path: (string | number)[], siblings: Record<string, unknown>, out: Finding[]): void {
  if (value === null || value === undefined) return;
  if (attribute.computed && !attribute.optional && !attribute.required) {
    out.push({ severity: 'error', path, code: 'computed-attribute', message: `${fmt(path)} is computed by the genesyscloud provider and cannot be set; Terraform rejects it ("Invalid or unknown key" / "Value for unconfigurable attribute").`, suggestion: `remove ${name}` });
    return;
  }
  if (attribute.deprecated) out.push({ severity: 'warning', path, code: 'deprecated-attribute', message: `${fmt(path)} is deprecated in the genesyscloud provider: ${attribute.deprecated}`, suggestion: null });
  for (const other of attribute.conflictsWith ?? []) {
    if (!isAbsent(siblings[other]) && name < other) {
      out.push({ severity: 'error', path, code: 'invalid-combination', message: `${fmt(path)} cannot be set together with \`${other}\` (the provider's ConflictsWith).`, suggestion: `remove ${name} or ${other}` });
    }
  }
  if (isUnknownValue(value)) return;
  const problem = typeProblem(attribute.type, value);
  if (problem) {
    out.push({ severity: 'error', path, code: 'wrong-type', message: `${fmt(path)} must be ${problem}.`, suggestion: null });
    return;
  }
  if (attribute.check) checkValue(attribute.check, value, path, '', out);
  if (Array.isArray(value)) {
    if (attribute.minItems !== undefined && value.length < attribute.minItems) {
      out.push({ severity: 'error', path, code: 'out-of-range', message: `${fmt(path)} needs at least ${attribute.minItems} element${attribute.minItems > 1 ? 's' : ''}, found ${value.length}.`, suggestion: null });
    }
    if (attribute.maxItems !== undefined && value.length > attribute.maxItems) {
      out.push({ severity: 'error', path, code: 'out-of-range', message: `${fmt(path)} takes at most ${attribute.maxItems} element${attribute.maxItems > 1 ? 's' : ''}, found ${value.length}.`, suggestion: null });
    }
    if (attribute.elemCheck) value.forEach((v, i) => checkValue(attribute.elemCheck!, v, path, `/${i}`, out));
  }
}

/** An `x_validation` enum, range or length over a known value (as Terraform converts it: numbers and bools to strings). */
function checkValue(check: TfValueCheck, value: unknown, path: (string | number)[], pointer: string, out: Finding[]): void {
  if (isUnknownValue(value) || value === null) return;
  const where = pointer ? `${fmt(path)} element ${pointer.slice(1)}` : fmt(path);
  if (check.enum) {
    const allowed = check.enum;
    const text = String(value);
    const found = allowed.some((a) => (check.ignoreCase ? String(a).toLowerCase() === text.toLowerCase() : String(a) === text));
    if (!found) {
      const near = allowed.find((a) => String(a).toLowerCase() === text.toLowerCase()) ?? closest(text, allowed.map(String));
      const list = allowed.length > 12 ? `one of ${allowed.length} values (${allowed.slice(0, 6).map((a) => JSON.stringify(a)).join(', ')}, ...)` : `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
      out.push({ severity: 'error', path, pointer, code: 'not-in-enum', message: `${where} must be ${list}, not ${quote(value)} (the provider's ${typeof allowed[0] === 'number' ? 'IntInSlice' : 'StringInSlice'}${check.ignoreCase ? ', ignoring case' : ''}).`, suggestion: near !== undefined ? `did you mean ${JSON.stringify(near)}?` : null });
    }
  }
  if (check.min !== undefined || check.max !== undefined) {
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isFinite(n) && ((check.min !== undefined && n < check.min) || (check.max !== undefined && n > check.max))) {
      out.push({ severity: 'error', path, pointer, code: 'out-of-range', message: `${where} must be ${range(check.min, check.max)}, not ${n}.`, suggestion: null });
    }
  }
  if (typeof value === 'string' && ((check.minLength !== undefined && value.length < check.minLength) || (check.maxLength !== undefined && value.length > check.maxLength))) {
    out.push({ severity: 'error', path, pointer, code: 'out-of-range', message: `${where} must be ${range(check.minLength, check.maxLength)} characters long, not ${value.length}.`, suggestion: null });
  }
}

const range = (min?: number, max?: number) => (min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`);

/** Why a known value cannot be converted to the attribute's type (Terraform's conversions), or null. */
function typeProblem(type: TfType, value: unknown): string | null {
  if (isUnknownValue(value) || value === null) return null;
  if (type === 'dynamic') return null;
  if (type === 'string') return typeof value === 'object' ? `a string, not ${Array.isArray(value) ? 'a list' : 'an object'}` : null;
  if (type === 'number') {
    if (typeof value === 'number') return null;
    return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? null : `a number, not ${describe(value)}`;
  }
  if (type === 'bool') return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : `a bool, not ${describe(value)}`;
  const [kind, element] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return `a ${kind}, not ${describe(value)}`;
    for (const v of value) {
      const inner = typeProblem(element as TfType, v);
      if (inner) return `a ${kind} of ${inner.replace(/^an? /, '')}s`;
    }
    return null;
  }
  if (kind === 'map') {
    if (!isObject(value)) return `a map, not ${describe(value)}`;
    for (const v of Object.values(value)) {
      const inner = typeProblem(element as TfType, v);
      if (inner) return `a map of ${inner.replace(/^an? /, '')}s`;
    }
    return null;
  }
  return null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return quote(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknownValue(value);
}

const isAbsent = (value: unknown) => value === undefined || value === null;
