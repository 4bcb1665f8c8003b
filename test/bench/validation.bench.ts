/**
 * validateBody / validateRequest against plain ajv (the baseline) compiled from the same snapshot schemas
 * with the same semantics: all errors, objects closed as Genesys closes them, `readOnly` properties not
 * required, int32 bounds, anchored patterns, and the same format regexes (FORMAT_PATTERNS) on both sides
 * (not ajv-formats' fuller date-time check). Ours also writes messages and suggestions for invalid
 * bodies; ajv builds error objects. And CLI start-up against `node -e 0`.
 */
import Ajv from 'ajv';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { getOperation } from '../../src/genesys';
import { SNAPSHOT } from '../../src/genesys/snapshot';
import type { JsonSchema } from '../../src/genesys/types';
import { FORMAT_PATTERNS, validateBody, validateRequest } from '../../src/validation';
import { compareThroughput, compareTime, record } from './timing';

const root = join(__dirname, '..', '..');
const payloads = join(root, 'examples', 'payloads');
const load = (name: string) => JSON.parse(readFileSync(join(payloads, name), 'utf8')) as { method: string; path: string; body: unknown };

/** The snapshot's definitions as ajv sees them, with the rule tree's semantics (rules.ts). */
function ajvDefinitions(): Record<string, unknown> {
  const close = (schema: JsonSchema): unknown => {
    const out: Record<string, unknown> = { ...schema };
    delete out.readOnly;
    if (schema.properties) {
      const props = schema.properties;
      out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, close(v)]));
      if (schema.required) out.required = schema.required.filter((p) => !props[p]?.readOnly);
      if (schema.additionalProperties === undefined) out.additionalProperties = false;
    }
    if (schema.items) out.items = close(schema.items);
    if (typeof schema.additionalProperties === 'object') out.additionalProperties = close(schema.additionalProperties);
    if (schema.pattern) out.pattern = `^(?:${schema.pattern})$`;
    if (schema.format === 'int32') Object.assign(out, { minimum: -2147483648, maximum: 2147483647, ...out });
    if (schema.format && !FORMAT_PATTERNS[schema.format]) delete out.format;
    return out;
  };
  return Object.fromEntries(Object.entries(SNAPSHOT.definitions).map(([name, s]) => [name, close(s)]));
}

export async function run(print: (line: string) => void): Promise<void> {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [format, pattern] of Object.entries(FORMAT_PATTERNS)) ajv.addFormat(format, new RegExp(pattern));
  ajv.addSchema({ $id: 'genesys', definitions: ajvDefinitions() });
  const cases = [
    { name: 'valid work item', req: load('fallback-workitem.json'), valid: true },
    { name: 'valid callback', req: load('fallback-callback.json'), valid: true },
    { name: 'forum reply-1 body on the callback create call (5 errors; the chat create call is removed)', req: { ...load('forum-reply-1-initiator-to-from-wrapupcode.json'), path: '/api/v2/conversations/callbacks' }, valid: false },
  ];
  for (const { name, req, valid } of cases) {
    const op = getOperation(`${req.method} ${req.path}`);
    const ref = op?.body?.schema.$ref;
    if (!op || !ref) throw new Error(`${name}: no body schema`);
    const ajvValidate = ajv.compile({ $ref: `genesys${ref}` });
    // Same verdict on both sides, or the comparison is of different work.
    const ours = validateBody(op, req.body).filter((d) => d.severity === 'error').length;
    if (ajvValidate(req.body) !== valid || (ours === 0) !== valid) throw new Error(`${name}: ajv and validateBody disagree with the expected verdict`);
    const ajvLabel = `ajv (allErrors, same formats; ${valid ? 'valid' : `${ajvValidate.errors?.length ?? 0} errors`})`;
    const [body, baseline] = compareThroughput(() => validateBody(op, req.body), () => ajvValidate(req.body));
    print(record({ figure: `validateBody vs ajv, ${name}`, subject: `validateBody (${ours} errors)`, baseline: ajvLabel, unit: 'ops/s', subjectStats: body, baselineStats: baseline }));
    const [request, baseline2] = compareThroughput(() => validateRequest(req), () => ajvValidate(req.body));
    print(record({ figure: `validateRequest vs ajv, ${name}`, subject: 'validateRequest (adds method + path lookup)', baseline: ajvLabel, unit: 'ops/s', subjectStats: request, baselineStats: baseline2 }));
  }

  const cli = join(root, 'lib', 'cli', 'main.js');
  const payload = join(payloads, 'fallback-callback.json');
  const [check, node] = await compareTime(() => execFileSync(process.execPath, [cli, 'check', payload]), () => execFileSync(process.execPath, ['-e', '0']), 15, 2);
  print(record({ figure: 'CLI start-up (check one file) vs node -e 0', subject: 'genesys-cobrowse check', baseline: 'node -e 0', unit: 'ms', subjectStats: check, baselineStats: node }));
}
