/**
 * The README's "Supported versions" table says what package.json declares, and this run is inside it.
 * (The installs themselves are in packed.test.ts: cdktf 0.21.0, cdktn 0.24, constructs 10.7, TypeScript 5.9.3.)
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** First cell -> the row's other cells, from the table under `### Supported versions`. */
function matrix(): Map<string, string[]> {
  const section = readme.split('### Supported versions')[1]?.split('\n\n')[1] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---'));
  return new Map(rows.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim())).map(([name, ...cells]) => [name, cells]));
}

describe('supported versions', () => {
  const rows = matrix();

  it('documents the engines and peer ranges package.json declares', () => {
    const nodeMajor = /^>=(\d+)$/.exec(manifest.engines.node)?.[1];
    expect(nodeMajor).toBeDefined();
    expect(rows.get('Node.js')?.[0]).toBe(`${nodeMajor} or later (\`engines\`)`);
    expect(rows.get('cdktf')?.[0]).toContain(`peer \`${manifest.peerDependencies.cdktf}\``);
    expect(rows.get('constructs')?.[0]).toContain(`peer \`${manifest.peerDependencies.constructs}\``);
  });

  it('pins TypeScript 5.9 and says so', () => {
    expect(manifest.devDependencies.typescript).toMatch(/^5\.9\.\d+$/);
    expect(rows.get('TypeScript (your app)')?.[0]).toContain('typescript@~5.9');
    expect(rows.get('TypeScript (your app)')?.[1]).toContain(manifest.devDependencies.typescript);
  });

  it('runs on a Node.js the engines field allows, and the table names it as tested', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(Number(/^>=(\d+)$/.exec(manifest.engines.node)![1]));
    expect(rows.get('Node.js')?.[1]).toContain(String(major));
  });
});
