/**
 * The JSON inputs of check-terraform: Terraform's JSON syntax (`*.tf.json`, cdktf's `cdk.tf.json`), a plan
 * (`terraform show -json plan.out`: values resolved, unknowns from `after_unknown`, references from the
 * configuration), and the data action exports of the Genesys UI (`*.custom.json`).
 */
import { scanJson, type Location } from '../check/json-scan';
import { fromJsonSyntax, UnknownValue, attributePath } from '../../validation/resource';
import { NotTerraform, type ReadResource, type Suppression } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Where cdktf (and GenesysChecks.suppress) keep acknowledgements in a synthesized resource: `"//": {"genesys-cobrowse-suppressions": [...]}`. */
export const SYNTH_SUPPRESSIONS_KEY = 'genesys-cobrowse-suppressions';

export type JsonKind = 'plan' | 'config' | 'data-action' | 'other';

export function jsonKind(json: unknown): JsonKind {
  if (!isObject(json)) return 'other';
  if (typeof json.format_version === 'string' && ('resource_changes' in json || 'planned_values' in json || 'configuration' in json)) return 'plan';
  if (isObject(json.resource) || isObject(json.data) || Array.isArray(json.resource) || Array.isArray(json.data)) return 'config';
  if (typeof json.integrationType === 'string' || (isObject(json.config) && isObject((json.config as Json).request))) return 'data-action';
  return 'other';
}

/** Resources of a `.tf.json` / `cdk.tf.json` document. */
export function readJsonConfig(file: string, text: string, json: Json): ReadResource[] {
  let locations: Map<string, Location> | undefined;
  const locate = (pointer: string) => (locations ??= scanJson(text).locations).get(pointer);
  const out: ReadResource[] = [];
  for (const mode of ['resource', 'data'] as const) {
    for (const [type, byName, typePointer] of entries(json[mode], `/${mode}`)) {
      if (!type.startsWith('genesyscloud_')) continue;
      for (const [name, body, pointer] of entries(byName, typePointer)) {
        for (const [values, at] of instances(body, pointer)) {
          const attributes = new Map<string, Location>();
          collectLocations(values, at, [], attributes, locate);
          const meta = isObject(values['//']) ? (values['//'] as Json) : {};
          const suppressions = synthesizedSuppressions(meta[SYNTH_SUPPRESSIONS_KEY], locate(`${at}/~1~1`));
          out.push({ file, index: out.length, mode, type, name, values: fromJsonSyntax(values) as Json, location: locate(at), attributes, suppressions });
        }
      }
    }
  }
  return out;
}

function synthesizedSuppressions(list: unknown, location: Location | undefined): Suppression[] {
  return Array.isArray(list) ? list.filter(isObject).map((s) => ({ code: String(s.code ?? ''), reason: typeof s.reason === 'string' ? s.reason : '', location })) : [];
}

/** `{k: v}` or `[{k: v}, ...]` (both are Terraform JSON syntax) as [key, value, pointer]. */
function entries(value: unknown, pointer: string): [string, unknown, string][] {
  if (isObject(value)) return Object.entries(value).map(([k, v]) => [k, v, `${pointer}/${escape(k)}`]);
  if (Array.isArray(value)) return value.flatMap((v, i) => entries(v, `${pointer}/${i}`));
  return [];
}

function instances(value: unknown, pointer: string): [Json, string][] {
  if (isObject(value)) return [[value, pointer]];
  if (Array.isArray(value)) return value.filter(isObject).map((v, i) => [v, `${pointer}/${i}`]);
  return [];
}

function collectLocations(values: Json, pointer: string, path: (string | number)[], out: Map<string, Location>, locate: (p: string) => Location | undefined): void {
  for (const [k, v] of Object.entries(values)) {
    const at = `${pointer}/${escape(k)}`;
    const loc = locate(at);
    if (loc) out.set(attributePath([...path, k]), loc);
    const list = Array.isArray(v) ? v : [v];
    list.forEach((item, i) => {
      if (isObject(item)) collectLocations(item, Array.isArray(v) ? `${at}/${i}` : at, [...path, k, i], out, locate);
    });
  }
}

interface Change { address?: string; module_address?: string; mode?: string; type?: string; name?: string; change?: { actions?: string[]; after?: unknown; after_unknown?: unknown } }

/** Resources of a plan's `resource_changes` (those not being deleted), with `after_unknown` as UnknownValue. */
export function readPlan(file: string, json: Json): ReadResource[] {
  if (!Array.isArray(json.resource_changes)) {
    throw new NotTerraform(file, 'a plan without resource_changes: `terraform show -json` did not write it whole (write it again with `terraform show -json plan.out > plan.json`)');
  }
  const expressions = configExpressions(json.configuration);
  const out: ReadResource[] = [];
  for (const c of json.resource_changes as Change[]) {
    if (typeof c !== 'object' || c === null || typeof c.type !== 'string' || typeof c.name !== 'string' || !c.type.startsWith('genesyscloud_')) continue;
    const actions = c.change?.actions ?? [];
    if (actions.length === 1 && (actions[0] === 'delete' || actions[0] === 'no-op' && c.change?.after === null)) continue;
    const after = c.change?.after;
    if (!isObject(after)) {
      throw new NotTerraform(file, `resource_changes entry ${c.address ?? c.type}: no change.after object (the plan JSON is not whole)`);
    }
    const configAddress = `${c.module_address ? `${c.module_address}.` : ''}${c.mode === 'data' ? 'data.' : ''}${c.type}.${c.name}`;
    const overlaid = overlay(stripNulls(after), c.change?.after_unknown, expressions.get(configAddress.replace(/\[[^\]]*\]/g, '')));
    // A wholly unknown object (after_unknown: true) has nothing to check yet.
    if (!isObject(overlaid) || overlaid instanceof UnknownValue) continue;
    const values = overlaid;
    out.push({ file, index: out.length, mode: c.mode === 'data' ? 'data' : 'resource', type: c.type, name: c.name, address: c.address, values, attributes: new Map(), suppressions: [], planned: true });
  }
  return out;
}

/** Plans list every attribute, unset ones as null: drop them, as a configuration would not have them. */
function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, stripNulls(v)]));
  return value;
}

/** `after` with every value `after_unknown` marks as UnknownValue, carrying the configuration's references. */
function overlay(after: unknown, unknown: unknown, expr: unknown): unknown {
  if (unknown === true) return new UnknownValue(references(expr));
  if (Array.isArray(after)) return after.map((v, i) => overlay(v, Array.isArray(unknown) ? unknown[i] : undefined, Array.isArray(expr) ? expr[0] : undefined));
  if (isObject(after) || isObject(unknown)) {
    const out: Json = { ...(isObject(after) ? after : {}) };
    const u = isObject(unknown) ? unknown : {};
    const e = isObject(expr) ? expr : {};
    for (const k of new Set([...Object.keys(out), ...Object.keys(u)])) {
      const v = overlay(out[k], u[k], e[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return after;
}

function references(expr: unknown): string[] {
  return isObject(expr) && Array.isArray(expr.references) ? (expr.references as unknown[]).filter((r): r is string => typeof r === 'string') : [];
}

/** Resource address (with its module path) -> its `expressions`, from the plan's `configuration`. */
function configExpressions(configuration: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (module: unknown, prefix: string) => {
    if (!isObject(module)) return;
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (isObject(r) && typeof r.address === 'string') out.set(`${prefix}${r.address}`, r.expressions);
    }
    for (const [name, call] of Object.entries(isObject(module.module_calls) ? module.module_calls : {})) {
      if (isObject(call)) walk(call.module, `${prefix}module.${name}.`);
    }
  };
  walk(isObject(configuration) ? configuration.root_module : undefined, '');
  return out;
}

/** A `*.custom.json` data action export as an integration action (its keys mapped to the resource's). */
export function readDataActionExport(file: string, text: string, json: Json): ReadResource {
  const config = isObject(json.config) ? json.config : {};
  const request = isObject(config.request) ? config.request : {};
  const contract = isObject(json.contract) ? json.contract : {};
  const input = isObject(contract.input) ? contract.input : {};
  const locations = scanJson(text).locations;
  const attributes = new Map<string, Location>();
  const put = (attribute: string, pointer: string) => {
    const loc = locations.get(pointer);
    if (loc) attributes.set(attribute, loc);
  };
  put('config_request[0].request_url_template', '/config/request/requestUrlTemplate');
  put('config_request[0].request_template', '/config/request/requestTemplate');
  put('contract_input', '/contract/input/inputSchema');
  return {
    file,
    index: 0,
    mode: 'resource',
    type: 'genesyscloud_integration_action',
    name: typeof json.name === 'string' ? json.name : file,
    address: `data action ${JSON.stringify(typeof json.name === 'string' ? json.name : file)}`,
    values: {
      integration_type: json.integrationType,
      config_request: [{ request_url_template: request.requestUrlTemplate, request_type: request.requestType, request_template: request.requestTemplate }],
      contract_input: input.inputSchema,
    },
    location: locations.get(''),
    attributes,
    suppressions: [],
    exportFile: true,
  };
}
