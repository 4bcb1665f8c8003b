/**
 * Data actions (`genesyscloud_integration_action`, `_draft`, and the `*.custom.json` files the Genesys UI exports):
 * the request's URL template and method name an operation (removed ones recognised first), and the request
 * template, rendered with typed stand-ins for the inputs `contract_input` declares, is checked against that
 * operation's body like any request; `${input.rawRequest}` sends the input itself, so `contract_input` is.
 */
import { describeOperation, type Operation } from '../../genesys';
import { routeRequest } from '../../genesys/operations';
import { velocityContext } from '../../genesys/provider-types';
import { validateBody, validateRequest } from '../request';
import type { Diagnostic } from '../types';
import { hasDirective, insideJsonString, scanReferences, type VelocityReference } from './velocity';
import { isUnknownValue } from './values';

/** A data action's request, as the resource or the export file gives it (unknown parts as UnknownValue). */
export interface DataActionRequest {
  /** `purecloud-data-actions`, `custom-rest-actions`; undefined when not known. */
  integrationType: string | undefined;
  urlTemplate: unknown;
  method: unknown;
  /** undefined: not set (the default, `${input.rawRequest}`). */
  requestTemplate: unknown;
  /** The input's JSON schema (parsed), a JSON text, or unknown. */
  contractInput: unknown;
}

/** A finding about one of the request's parts. */
export type DataActionFinding = Diagnostic & { part: 'url' | 'template' | 'contract' };

export function isPlatformApiAction(req: DataActionRequest): boolean {
  if (req.integrationType !== undefined) return req.integrationType === velocityContext().dataActionsIntegrationType;
  return typeof req.urlTemplate === 'string' && req.urlTemplate.startsWith('/api/v2/');
}

interface InputSchema { type?: string | string[]; properties?: Record<string, InputSchema>; items?: InputSchema }

/** Checks a Platform API data action's request; empty for web services actions and unknown URLs. */
export function checkDataAction(req: DataActionRequest): DataActionFinding[] {
  if (!isPlatformApiAction(req) || typeof req.urlTemplate !== 'string' || typeof req.method !== 'string') return [];
  const out: DataActionFinding[] = [];
  const schema = contractSchema(req.contractInput, out);
  const stand = new StandIns(schema, req.integrationType);
  const url = req.urlTemplate.split('?')[0];
  const path = renderUrl(url, stand, out);
  if (!path.startsWith('/api/v2/')) return out;
  const method = req.method.toUpperCase();
  const { removed, op } = routeRequest(method, path);
  if (removed || !op) {
    // The validator's own wording: what was removed and what replaces it, or the closest operations.
    for (const d of validateRequest({ method, path })) if (d.code === 'removed-operation' || d.code === 'unknown-operation') out.push({ ...d, part: 'url' });
    return out;
  }
  // GET ignores the template (FACTS.md). For an operation without a body nothing is checked either: the default
  // `${input.rawRequest}` sends the path parameters as a body, and published actions do so (GenesysCloudBlueprints/
  // ani-blacklist's disconnect action); whether Genesys refuses a body there is not in the data.
  if (method === 'GET' || method === 'DELETE' || (op.schemaKnown && !op.body)) {
    for (const d of validateBody(op, undefined)) if (d.code !== 'missing-body') out.push({ ...d, part: 'url' });
    return out;
  }
  const template = req.requestTemplate === undefined || req.requestTemplate === null ? '${input.rawRequest}' : req.requestTemplate;
  if (isUnknownValue(template) || typeof template !== 'string') return out;
  if (template.trim() === `\${${velocityContext().input}.${velocityContext().rawRequest}}` || template.trim() === `$${velocityContext().input}.${velocityContext().rawRequest}`) {
    if (schema === undefined) return out;
    const body = stand.sample(schema);
    return [...out, ...checkRendered(op, body, stand, 'contract')];
  }
  if (hasDirective(template)) {
    out.push({ severity: 'warning', pointer: '', code: 'template-unrenderable', part: 'template', message: `The request template uses Velocity directives (#if, #foreach, #set, ...), which this check does not evaluate; its body was not checked against ${describeOperation(op)}.`, suggestion: null });
    return out;
  }
  const rendered = renderTemplate(template, stand, out);
  if (rendered.trim() === '') return [...out, ...validateBody(op, undefined).map((d) => ({ ...d, part: 'template' as const }))];
  let body: unknown;
  try {
    body = JSON.parse(rendered);
  } catch (error) {
    out.push({
      severity: 'error',
      pointer: '',
      code: 'template-unrenderable',
      part: 'template',
      message: `The request template does not render to JSON with the inputs contract_input declares (${(error as Error).message.replace(/\uE000\d+\uE001/g, '<string input>').replace(/[\uE000-\uE002]/g, '')}); Genesys sends it as it renders, and ${describeOperation(op)} takes a JSON body.`,
      suggestion: 'quote string inputs ("${input.x}"), or escape them with $esc.jsonString',
    });
    return out;
  }
  return [...out, ...checkRendered(op, body, stand, 'template')];
}

/** `METHOD /path (operationId)` of the operation (current or removed) a Platform API data action calls, or null. */
export function dataActionOperation(req: DataActionRequest): string | null {
  if (!isPlatformApiAction(req) || typeof req.urlTemplate !== 'string' || typeof req.method !== 'string') return null;
  const path = renderUrl(req.urlTemplate.split('?')[0], new StandIns(undefined, req.integrationType), []);
  const { removed, op } = routeRequest(req.method.toUpperCase(), path);
  const found = op ?? removed;
  return found ? describeOperation(found) : null;
}

/** The body checked as the validator checks any request; what depends on an input's run-time value is not judged. */
function checkRendered(op: Operation, body: unknown, stand: StandIns, part: 'template' | 'contract'): DataActionFinding[] {
  const fromInput = new Set<string>();
  const marked = stand.unmark(body, '', fromInput);
  return validateBody(op, marked, { isUnknown: (v) => v === INPUT_VALUE })
    .filter((d) => !(VALUE_CODES.has(d.code) && fromInput.has(d.pointer)))
    .map((d) => ({ ...d, part }));
}

/** Codes about a value rather than its type or presence: an input's stand-in says nothing about those. */
const VALUE_CODES = new Set(['not-in-enum', 'bad-format', 'out-of-range']);

/** An object or list input, or an input whose type is not known: checked for presence only. */
const INPUT_VALUE = Object.freeze({ input: true });

function contractSchema(contract: unknown, out: DataActionFinding[]): InputSchema | undefined {
  if (isUnknownValue(contract) || contract === undefined || contract === null) return undefined;
  if (typeof contract === 'object') return contract as InputSchema;
  if (typeof contract !== 'string') return undefined;
  try {
    return JSON.parse(contract) as InputSchema;
  } catch {
    out.push({ severity: 'error', pointer: '', code: 'template-unrenderable', part: 'contract', message: 'contract_input is not JSON (a JSON schema of the action\'s input).', suggestion: 'write contract_input = jsonencode({ type = "object", properties = { ... } })' });
    return undefined;
  }
}

const typeOf = (s: InputSchema | undefined) => (Array.isArray(s?.type) ? s.type.find((t) => t !== 'null') : s?.type);

/** Stand-ins for input values: strings as marked text, numbers as marked numbers, objects and lists as INPUT_VALUE. */
class StandIns {
  private count = 0;
  private readonly numbers = new Set<number>();

  constructor(private readonly schema: InputSchema | undefined, private readonly integrationType: string | undefined) {}

  /** What a reference prints, or undefined when Velocity would print the reference's own text (null, unknown). */
  render(ref: VelocityReference, inString: boolean, out: DataActionFinding[], part: 'url' | 'template'): string | undefined {
    const ctx = velocityContext();
    if (ref.root === ctx.input) {
      if (ref.path[0] === ctx.rawRequest && ref.path.length === 1) return this.schema ? JSON.stringify(this.sample(this.schema)) : this.unknown(inString);
      if (ref.path.length === 0) return this.unknown(inString);
      if (!this.schema?.properties) return this.unknown(inString);
      let s: InputSchema | undefined = this.schema;
      for (const name of ref.path) s = s?.properties && Object.hasOwn(s.properties, name) ? s.properties[name] : undefined;
      if (!s) {
        out.push(this.warn(ref, part, `\`${ref.text}\` names an input contract_input does not declare (declared: ${Object.keys(this.schema.properties).join(', ') || 'none'}); Velocity prints ${ref.quiet ? 'nothing' : 'the reference\'s own text'} for it.`, closestInput(ref.path[0], Object.keys(this.schema.properties))));
        return undefined;
      }
      return this.typed(s, inString);
    }
    const helper = Object.hasOwn(ctx.helpers, ref.root) ? ctx.helpers[ref.root] : undefined;
    if (helper) return helper.renders === 'number' ? this.number() : this.string();
    if (ref.root === ctx.credentials.name && this.integrationType !== undefined && ctx.credentials.integrationTypes.includes(this.integrationType)) return this.string();
    const known = [ctx.input, ...Object.keys(ctx.helpers)];
    const sameLetters = known.find((k) => k.toLowerCase() === ref.root.toLowerCase());
    const credentials = ref.root === ctx.credentials.name ? ` \`${ctx.credentials.name}\` is only there for web services data actions (${ctx.credentials.integrationTypes.join(', ')}).` : '';
    out.push(this.warn(ref, part, `\`${ref.text}\` is not a data action context object or helper (input, ${Object.keys(ctx.helpers).map((h) => `$${h}`).join(', ')}); references are case-sensitive, so it is never substituted and Velocity prints ${ref.quiet ? 'nothing' : 'its own text'}.${credentials}`, sameLetters ? `write ${ref.text.replace(ref.root, sameLetters)}` : null));
    return undefined;
  }

  private warn(_ref: VelocityReference, part: 'url' | 'template', message: string, suggestion: string | null): DataActionFinding {
    return { severity: 'warning', pointer: '', code: 'unknown-velocity-reference', part, message, suggestion };
  }

  /** A value of the input's schema as the action would send it. */
  sample(s: InputSchema): unknown {
    const type = typeOf(s);
    if (type === 'object' && s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, this.sample(v)]));
    if (type === 'array' && s.items) return [this.sample(s.items)];
    if (type === 'string') return this.string();
    if (type === 'integer' || type === 'number') return Number(this.number());
    if (type === 'boolean') return true;
    return INPUT_VALUE;
  }

  private typed(s: InputSchema, inString: boolean): string {
    const type = typeOf(s);
    if (type === 'string') return this.string();
    if (type === 'integer' || type === 'number') return this.number();
    if (type === 'boolean') return 'true';
    return this.unknown(inString);
  }

  private string(): string {
    return `\uE000${(this.count += 1)}\uE001`;
  }

  private number(): string {
    const n = 900000000 + (this.count += 1);
    this.numbers.add(n);
    return String(n);
  }

  /** An input of unknown type: a string inside a JSON string, else a value checked for presence only. */
  private unknown(inString: boolean): string {
    return inString ? this.string() : '{"\uE002":0}';
  }

  /** The parsed body with stand-ins replaced by INPUT_VALUE, and the pointers of values that came from inputs. */
  unmark(value: unknown, pointer: string, fromInput: Set<string>): unknown {
    if (typeof value === 'string') {
      if (value.includes('\uE000')) fromInput.add(pointer);
      return value;
    }
    if (typeof value === 'number') {
      if (this.numbers.has(value)) fromInput.add(pointer);
      return value;
    }
    if (value === INPUT_VALUE) return value;
    if (Array.isArray(value)) return value.map((v, i) => this.unmark(v, `${pointer}/${i}`, fromInput));
    if (typeof value === 'object' && value !== null) {
      if (Object.hasOwn(value, '\uE002')) return INPUT_VALUE;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.unmark(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, fromInput)]));
    }
    return value;
  }
}

function closestInput(name: string | undefined, declared: string[]): string | null {
  const same = declared.find((d) => d.toLowerCase() === name?.toLowerCase());
  return same ? `write \${input.${same}} (references are case-sensitive)` : null;
}

/** The URL template with each reference as a path parameter (`{conversationId}`), for routing. */
function renderUrl(url: string, stand: StandIns, out: DataActionFinding[]): string {
  let path = '';
  let last = 0;
  for (const ref of scanReferences(url)) {
    const printed = stand.render(ref, false, out, 'url');
    path += url.slice(last, ref.start) + (printed === undefined ? (ref.quiet ? '' : ref.text) : `{${ref.path[ref.path.length - 1] ?? ref.root}}`);
    last = ref.end;
  }
  return (path + url.slice(last)).replace(/\/+$/, '');
}

function renderTemplate(template: string, stand: StandIns, out: DataActionFinding[]): string {
  let text = '';
  let last = 0;
  for (const ref of scanReferences(template)) {
    const printed = stand.render(ref, insideJsonString(template, ref.start), out, 'template');
    text += template.slice(last, ref.start) + (printed ?? (ref.quiet ? '' : ref.text));
    last = ref.end;
  }
  return text + template.slice(last);
}
