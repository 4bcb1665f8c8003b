/**
 * The real-world regression corpus (test/real-world/requests/*.json): requests that public code sends,
 * written out with their provenance and a judgement. Run through the built CLI as a user runs it
 * (`genesys-cobrowse check --format json`): a request judged working must not be called invalid, and a
 * judged defect must keep its error (code and pointer).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

interface Entry {
  id: string;
  method: string;
  path: string;
  body?: unknown;
  provenance: { repository: string; path: string; commit: string };
  judgement: 'works' | 'defect';
  expect: { code: string; pointer: string } | null;
}

interface Result {
  index: number;
  valid: boolean;
  diagnostics: { severity: string; code: string; pointer: string; message: string }[];
}

const root = join(__dirname, '..', '..');
const corpusDir = join(__dirname, 'requests');
const corpus: Entry[] = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as Entry[]);

function checkAll(entries: Entry[]): Result[] {
  const file = join(mkdtempSync(join(tmpdir(), 'real-world-')), 'corpus.json');
  writeFileSync(file, JSON.stringify(entries.map(({ method, path, body }) => (body === undefined ? { method, path } : { method, path, body }))));
  const r = spawnSync(process.execPath, [join(root, 'lib', 'cli', 'main.js'), 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { results: Result[] }).results;
}

describe('real-world requests (test/real-world/requests)', () => {
  const results = checkAll(corpus);
  const cases = corpus.map((entry, i) => [entry.id, entry, results[i]] as const);

  it('holds at least 100 distinct real requests, each with its provenance', () => {
    expect(results).toHaveLength(corpus.length);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => `${e.method} ${e.path} ${JSON.stringify(e.body)}`)).size).toBeGreaterThanOrEqual(100);
    for (const e of corpus) expect(e.provenance).toEqual({ repository: expect.stringMatching(/^[\w.-]+\/[\w.-]+$/), path: expect.any(String), commit: expect.stringMatching(/^[0-9a-f]{7,40}$/), ...(e.provenance as object) });
  });

  const working = cases.filter(([, e]) => e.judgement === 'works');
  it.each(working)('%s: works in real life, so it is not called invalid', (_id, _entry, result) => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
  });

  const defects = cases.filter(([, e]) => e.judgement === 'defect');
  it.each(defects)('%s: a real defect, still caught', (_id, entry, result) => {
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', code: entry.expect?.code, pointer: entry.expect?.pointer })]));
  });
});
