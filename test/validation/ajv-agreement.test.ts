/**
 * validateBody against an independent implementation: plain ajv compiled from the same snapshot schemas
 * (test/support/genesys-ajv.ts). On seeded random bodies for every operation with a body schema, both
 * must give the same verdict and report errors at the same pointers. Outside the comparison, because the
 * two differ there by design: null property values (the rule tree reads them as absent) and read-only
 * properties (a warning here, their value unchecked; ajv checks it). PATCH bodies, references and what
 * Genesys's own code does outside the definition are modelled on both sides.
 */
import { listOperations } from '../../src/genesys';
import { bodyRules, validateBody, type Rule } from '../../src/validation';
import { escapeSegment } from '../../src/text/json-pointer';
import { genesysAjv } from '../support/genesys-ajv';
import { random, sample } from '../support/rule-bodies';

const withoutNulls = (v: unknown): unknown => (Array.isArray(v) ? v.map(withoutNulls)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)])) : v);

it('validateBody and ajv agree on verdicts and error pointers for every operation with a body schema', () => {
  const compile = genesysAjv();
  const ops = listOperations().filter((op) => op.schemaKnown && op.body?.schema.$ref);
  const validators = new Map(ops.map((op) => [op, compile(op)]));
  let compared = 0;
  let valid = 0;
  const differences: string[] = [];
  for (let run = 0; run < 12_000; run += 1) {
    const op = ops[run % ops.length];
    const body = withoutNulls(sample(bodyRules(op) as Rule, random(run), 0, false));
    if (body === null) continue;
    const diagnostics = validateBody(op, body);
    if (diagnostics.some((d) => d.code === 'read-only-property')) continue;
    const ajv = validators.get(op)!;
    ajv(body);
    const ours = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.pointer))].sort();
    // ajv has no per-operation view: a required property that repeats a path parameter is dropped here.
    // `if` is the reference test of genesys-ajv.ts: its failure is not an error of the body.
    const errors = (ajv.errors ?? []).filter((e) => e.keyword !== 'if' && !(e.keyword === 'required' && op.pathParams.includes(e.params.missingProperty as string)));
    const ajvValid = errors.length === 0;
    const theirs = [...new Set(errors.map((e) => {
      const name = e.keyword === 'required' ? e.params.missingProperty : e.keyword === 'additionalProperties' ? e.params.additionalProperty : undefined;
      return name === undefined ? e.instancePath : `${e.instancePath}/${escapeSegment(name as string)}`;
    }))].sort();
    compared += 1;
    if (ajvValid) valid += 1;
    if (ajvValid !== (ours.length === 0) || JSON.stringify(ours) !== JSON.stringify(theirs)) differences.push(`${op.operationId} (seed ${run}): ours ${JSON.stringify(ours)}, ajv ${JSON.stringify(theirs)}`);
  }
  expect(differences.slice(0, 5)).toEqual([]);
  // Both verdicts in good number, or the comparison proves little.
  expect(compared).toBeGreaterThan(10_000);
  expect(valid).toBeGreaterThan(3_000);
  expect(compared - valid).toBeGreaterThan(2_000);
});
