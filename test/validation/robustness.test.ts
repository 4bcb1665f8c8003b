import fc from 'fast-check';
import { listOperations } from '../../src/genesys';
import { DIAGNOSTIC_CODES, validateRequest, validateScopes, type Diagnostic } from '../../src/validation';
import { pointerResolves } from '../support/pointer-resolves';

const bodied = listOperations().filter((op) => op.schemaKnown && op.body);
const WORKITEMS = '/api/v2/taskmanagement/workitems';


function wellFormed(d: Diagnostic): boolean {
  return (d.severity === 'error' || d.severity === 'warning') && (DIAGNOSTIC_CODES as readonly string[]).includes(d.code)
    && typeof d.message === 'string' && d.message.length > 0 && (d.suggestion === null || typeof d.suggestion === 'string');
}

describe('odd JSON never crashes the validator', () => {
  it.each([
    ['null body', null],
    ['array at the root', [1, 2, 3]],
    ['string at the root', 'body'],
    ['number at the root', 42],
    ['prototype keys', JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "toString": "x", "name": "n", "typeId": "t"}')],
    ['nulls everywhere', { name: null, typeId: null, customFields: null, skillIds: [null] }],
  ])('%s', (_name, body) => {
    const diagnostics = validateRequest({ method: 'POST', path: WORKITEMS, body });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every(wellFormed)).toBe(true);
  });

  it('reports prototype-named keys as unknown properties', () => {
    const body = JSON.parse('{"__proto__": {}, "constructor": 1, "name": "n", "typeId": "t"}');
    expect(validateRequest({ method: 'POST', path: WORKITEMS, body }).map((d) => d.pointer)).toEqual(['/__proto__', '/constructor']);
  });

  it('10k-deep nesting', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i += 1) deep = { nested: deep };
    // customFields is a map of free-form objects: any depth is fine there.
    const free = validateRequest({ method: 'POST', path: WORKITEMS, body: { name: 'n', typeId: 't', customFields: { field: deep } } });
    expect(free).toEqual([]);
    const wrong = validateRequest({ method: 'POST', path: WORKITEMS, body: { name: deep, typeId: 't' } });
    expect(wrong.map((d) => [d.code, d.pointer])).toEqual([['wrong-type', '/name']]);
  });

  it('a 20 MB string', () => {
    const huge = 'x'.repeat(20_000_000);
    expect(validateRequest({ method: 'POST', path: WORKITEMS, body: { name: huge, typeId: 't', dateDue: huge } }).map((d) => d.code)).toEqual(['bad-format']);
  });

  it('malformed requests and scope lists', () => {
    expect(validateRequest(null as never)[0].code).toBe('unknown-operation');
    expect(validateRequest({ method: 7, path: [] } as never)[0].code).toBe('unknown-operation');
    expect(validateScopes([null, 3, {}] as never).map((d) => d.code)).toEqual(['unknown-scope', 'unknown-scope', 'unknown-scope']);
  });

  it('property: random JSON on random operations never throws and every pointer resolves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bodied.length - 1 }), fc.jsonValue({ maxDepth: 6 }), (i, body) => {
        const op = bodied[i];
        const diagnostics = validateRequest({ method: op.method, path: op.path, body });
        return diagnostics.every((d) => wellFormed(d) && pointerResolves(body, d.pointer));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: any JSON value as a whole request never throws', () => {
    fc.assert(fc.property(fc.anything(), (value) => Array.isArray(validateRequest(value as never))), { numRuns: 1000 });
  });
});
