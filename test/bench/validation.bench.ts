/**
 * validateBody / validateRequest against plain ajv (the baseline, test/support/genesys-ajv.ts) compiled
 * from the same snapshot schemas with the same semantics: all errors, objects closed as Genesys closes
 * them, `readOnly` properties not required, int32 bounds, anchored patterns, and the same format regexes
 * (FORMAT_PATTERNS) on both sides (not ajv-formats' fuller date-time check).
 * - ajv: one compiled function; for an invalid body it builds its error objects (with its messages).
 * - validateBody: the operation's warnings, then its compiled fast path (the date, date-time and UUID
 *   checks are character-code code proven equal to the regexes ajv runs); for an invalid body, the
 *   compiled diagnostic pass builds every Diagnostic (pointer, code, message, suggestion). Texts at a
 *   pointer are built on first use and then reused, so the repeated forum body measures the reuse.
 * - validateRequest: validateBody after the method + path lookup; the route of a repeated request is read
 *   from routeRequest's cache, so the repeated request measures that read, not a walk of the path tries.
 * And CLI start-up against `node -e 0`.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { getOperation } from '../../src/genesys';
import { validateBody, validateRequest } from '../../src/validation';
import { genesysAjv } from '../support/genesys-ajv';
import { compareThroughput, compareTime, record } from './timing';

const root = join(__dirname, '..', '..');
const payloads = join(root, 'examples', 'payloads');
const load = (name: string) => JSON.parse(readFileSync(join(payloads, name), 'utf8')) as { method: string; path: string; body: unknown };

export async function run(print: (line: string) => void): Promise<void> {
  const compile = genesysAjv();
  const cases = [
    { name: 'valid work item', req: load('fallback-workitem.json'), valid: true },
    { name: 'valid callback', req: load('fallback-callback.json'), valid: true },
    { name: 'forum reply-1 body on the callback create call (5 errors; the chat create call is removed)', req: { ...load('forum-reply-1-initiator-to-from-wrapupcode.json'), path: '/api/v2/conversations/callbacks' }, valid: false },
  ];
  for (const { name, req, valid } of cases) {
    const op = getOperation(`${req.method} ${req.path}`);
    if (!op) throw new Error(`${name}: no operation`);
    const ajvValidate = compile(op);
    // Same verdict on both sides, or the comparison is of different work.
    const ours = validateBody(op, req.body).filter((d) => d.severity === 'error').length;
    if (ajvValidate(req.body) !== valid || (ours === 0) !== valid) throw new Error(`${name}: ajv and validateBody disagree with the expected verdict`);
    const ajvLabel = `ajv (allErrors, same formats; ${valid ? 'valid' : `${ajvValidate.errors?.length ?? 0} errors`})`;
    const body = compareThroughput(() => validateBody(op, req.body), () => ajvValidate(req.body));
    print(record({ figure: `validateBody vs ajv, ${name}`, subject: `validateBody (${ours} errors)`, baseline: ajvLabel, unit: 'ops/s', subjectStats: body.subject, baselineStats: body.baseline, pairs: body.pairs }));
    const request = compareThroughput(() => validateRequest(req), () => ajvValidate(req.body));
    print(record({ figure: `validateRequest vs ajv, ${name}`, subject: 'validateRequest (adds method + path lookup)', baseline: ajvLabel, unit: 'ops/s', subjectStats: request.subject, baselineStats: request.baseline, pairs: request.pairs }));
  }

  const cliPath = join(root, 'lib', 'cli', 'main.js');
  const payload = join(payloads, 'fallback-callback.json');
  const { subject, baseline, pairs } = await compareTime(() => execFileSync(process.execPath, [cliPath, 'check', payload]), () => execFileSync(process.execPath, ['-e', '0']), 15, 2);
  print(record({ figure: 'CLI start-up (check one file) vs node -e 0', subject: 'genesys-cobrowse check', baseline: 'node -e 0', unit: 'ms', subjectStats: subject, baselineStats: baseline, pairs }));
}
