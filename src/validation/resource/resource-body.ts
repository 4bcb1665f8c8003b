/**
 * Resources whose blocks become one request body (resource-bodies.json: `genesyscloud_webdeployments_configuration`):
 * the values are mapped to the body (snake_case to camelCase, a block of at most one to an object) and checked
 * as one, the co-browse block with everything beside it. Only what the body says about values is reported (types,
 * enums, formats, ranges, combinations): names and presence are the provider schema's (schema.ts), since the
 * provider names some fields its own way.
 */
import { getOperation } from '../../genesys';
import { resourceBodies, type TfBlock } from '../../genesys/provider-types';
import { fieldName } from '../messages';
import { validateBody } from '../request';
import { attributePath, isUnknownValue } from './values';
import type { Finding } from './schema';


const KEPT = new Set(['wrong-type', 'not-in-enum', 'enum-case', 'bad-format', 'out-of-range', 'invalid-combination']);

export function hasResourceBody(type: string): boolean {
  return Object.hasOwn(resourceBodies(), type);
}

export function checkResourceBody(type: string, block: TfBlock, values: Record<string, unknown>): Finding[] {
  const op = getOperation(resourceBodies()[type].operation);
  if (!op) return [];
  const paths = new Map<string, (string | number)[]>();
  const body = toBody(block, values, [], '', paths);
  return validateBody(op, body, { isUnknown: isUnknownValue })
    .filter((d) => KEPT.has(d.code))
    .map((d) => {
      let prefix = d.pointer;
      while (prefix && !paths.has(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/'));
      const path = paths.get(prefix) ?? [];
      const pointer = d.pointer.slice(prefix.length);
      // The message names the attribute as written, not the body's camelCase path.
      const named = `\`${attributePath(path)}\`${pointer ? ` element ${pointer.slice(1).replace(/\//g, '.')}` : ''}`;
      return { ...d, path, pointer, message: `${d.message.replace(fieldName(d.pointer), named)} (checked as ${op.method} ${op.path})` };
    });
}

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function toBody(block: TfBlock, values: Record<string, unknown>, path: (string | number)[], pointer: string, paths: Map<string, (string | number)[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const key = camel(name);
    const at = `${pointer}/${key}`;
    const nested = block.blocks[name];
    if (block.attributes[name]) {
      out[key] = value;
      paths.set(at, [...path, name]);
    } else if (nested && !isUnknownValue(value)) {
      const instances = (Array.isArray(value) ? value : [value]).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isUnknownValue(v));
      if (nested.maxItems === 1) {
        if (instances[0]) out[key] = toBody(nested.block, instances[0], [...path, name, 0], at, paths);
      } else out[key] = instances.map((v, i) => toBody(nested.block, v, [...path, name, i], `${at}/${i}`, paths));
      paths.set(at, [...path, name]);
    }
  }
  return out;
}
