/**
 * validateRequest against plain ajv (the baseline) compiled from the same snapshot schemas, with the
 * same semantics (all errors, unknown properties rejected, formats), on the same payloads; and CLI
 * start-up against `node -e 0`.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { getOperation } from '../../src/genesys';
import { SNAPSHOT } from '../../src/genesys/snapshot';
import type { JsonSchema } from '../../src/genesys/types';
import { validateBody, validateRequest } from '../../src/validation';
import { fmt, medianMs, ratio, throughput } from './timing';

const root = join(__dirname, '..', '..');
const payloads = join(root, 'examples', 'payloads');
const load = (name: string) => JSON.parse(readFileSync(join(payloads, name), 'utf8')) as { method: string; path: string; body: unknown };

/** The snapshot's definitions as ajv sees them: objects closed like Genesys closes them, `format`s it knows. */
function ajvDefinitions(): Record<string, unknown> {
  const close = (schema: JsonSchema): unknown => {
    const out: Record<string, unknown> = { ...schema };
    delete out.readOnly;
    if (schema.properties) {
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, close(v)]));
      if (schema.additionalProperties === undefined) out.additionalProperties = false;
    }
    if (schema.items) out.items = close(schema.items);
    if (typeof schema.additionalProperties === 'object') out.additionalProperties = close(schema.additionalProperties);
    if (schema.format && !['date-time', 'date', 'uri'].includes(schema.format)) delete out.format;
    return out;
  };
  return Object.fromEntries(Object.entries(SNAPSHOT.definitions).map(([name, s]) => [name, close(s)]));
}

export async function run(print: (line: string) => void): Promise<void> {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'genesys', definitions: ajvDefinitions() });
  const cases = [
    { name: 'valid work item', req: load('fallback-workitem.json') },
    { name: 'valid callback', req: load('fallback-callback.json') },
    { name: 'forum reply-1 body on the callback create call (5 diagnostics)', req: { ...load('forum-reply-1-initiator-to-from-wrapupcode.json'), path: '/api/v2/conversations/callbacks' } },
  ];
  for (const { name, req } of cases) {
    const op = getOperation(`${req.method} ${req.path}`);
    const ref = op?.body?.schema.$ref;
    if (!ref) throw new Error(`${name}: no body schema`);
    const ajvValidate = ajv.compile({ $ref: `genesys${ref}` });
    const baseline = throughput(() => ajvValidate(req.body));
    const body = throughput(() => validateBody(op, req.body));
    const request = throughput(() => validateRequest(req));
    print(`${name}: validateBody ${ratio(body, baseline)} the throughput of plain ajv (baseline) on the same schema; validateRequest (also resolving method + path) ${ratio(request, baseline)}`);
    print(`  (${fmt(body)}/s and ${fmt(request)}/s vs ajv ${fmt(baseline)}/s; ours also writes messages and suggestions)`);
  }

  const cli = join(root, 'lib', 'cli', 'main.js');
  const payload = join(payloads, 'fallback-callback.json');
  const runs = 15;
  const node = await medianMs(() => execFileSync(process.execPath, ['-e', '0']), runs);
  const check = await medianMs(() => execFileSync(process.execPath, [cli, 'check', payload]), runs);
  print(`CLI start-up (check one file): ${ratio(check, node)} the time of \`node -e 0\` (median of ${runs}: ${fmt(check, 1)} ms vs ${fmt(node, 1)} ms)`);
}
