/**
 * routeRequest keeps the routes of recent requests (src/genesys/operations.ts): a route read from that
 * cache must be the route a walk of the tries gives, for every method and path, before and after the
 * cache is dropped at its limit.
 */
import { listOperations, routeRequest } from '../../src/genesys';
import { SNAPSHOT } from '../../src/genesys/snapshot';

const METHODS = ['GET', 'post', 'PUT', 'PATCH', 'DELETE'];

/** Every template, a concrete form and odd spellings of it. */
function paths(): string[] {
  const out = new Set<string>();
  for (const { path } of [...listOperations(), ...SNAPSHOT.removedOperations]) {
    const concrete = path.replace(/\{[^}]+\}/g, 'abc-123');
    for (const p of [path, concrete, `${concrete}/`, `${concrete}?x=1`, concrete.replace(/\/[^/]+$/, ''), concrete.replace('abc-123', 'chats')]) out.add(p);
  }
  return [...out];
}

const route = (method: string, path: string) => {
  const { removed, op } = routeRequest(method, path);
  return { method, path, removed: removed?.operationId, op: op?.operationId };
};

/** Routes far more distinct requests than the cache keeps, so the next ones are walked. */
function flush(): void {
  for (let i = 0; i < 20_000; i += 1) routeRequest('GET', `/flush/${i}`);
}

describe('routeRequest', () => {
  it('answers from its cache what a walk answers, for every method and path', () => {
    const all = paths();
    // Walked: each method's pass starts after a flush and sees each path once.
    const walked = new Map(METHODS.map((method) => {
      flush();
      return [method, all.map((path) => route(method, path))];
    }));
    expect(walked.get('post')?.filter((r) => r.op).length).toBeGreaterThan(300);
    expect(walked.get('GET')?.filter((r) => r.removed).length).toBeGreaterThan(10);
    // Mixed: every method of a path in turn, twice each (the second is read from the cache).
    flush();
    all.forEach((path, i) => {
      for (const method of METHODS) {
        const expected = walked.get(method)?.[i];
        expect(route(method, path)).toEqual(expected);
        expect(route(method, path)).toEqual(expected);
      }
    });
  });
});
