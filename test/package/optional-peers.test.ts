/**
 * The run-time packages (axios, better-sqlite3, pg) are optional peer dependencies, loaded at first use:
 * package.json and the table that names them agree, and no entry point loads one on import (the built
 * library: `npm test` builds first). packed.test.ts installs the tarball without them and runs it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { OPTIONAL_PEERS } from '../../src/optional-dependency';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const PEERS = Object.keys(OPTIONAL_PEERS).sort();

/** The node_modules packages loaded by requiring `modules` from the built library, in a fresh Node. */
function loadedPackages(modules: string[]): string[] {
  const script = `${modules.map((m) => `require(${JSON.stringify(path.join(ROOT, 'lib', m))});`).join('')}
    const names = Object.keys(require.cache).filter((f) => f.includes('/node_modules/')).map((f) => f.split('/node_modules/').pop().split('/'));
    console.log(JSON.stringify([...new Set(names.map((p) => (p[0].startsWith('@') ? p.slice(0, 2) : p.slice(0, 1)).join('/')))]));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
}

describe('optional peer dependencies', () => {
  it('are declared optional peers and dev dependencies with the ranges the library names, and are no dependency', () => {
    const optional = Object.entries(manifest.peerDependenciesMeta as Record<string, { optional?: boolean }>).filter(([, m]) => m.optional).map(([name]) => name).sort();
    expect(optional).toEqual(PEERS);
    for (const [name, { range }] of Object.entries(OPTIONAL_PEERS)) {
      expect({ name, peer: manifest.peerDependencies[name], dev: manifest.devDependencies[name] }).toEqual({ name, peer: range, dev: range });
      expect(manifest.dependencies[name]).toBeUndefined();
    }
  });

  it('are loaded by no entry point on import, not even /client and /handoff (only when a client or journal is made)', () => {
    const entries = ['index.js', 'validation/index.js', 'provider/cdktf/index.js', 'constructs/bindings/generated/index.js', 'client/index.js', 'handoff/index.js', 'cli/commands/check.js', 'cli/commands/serve.js'];
    expect(loadedPackages(entries).filter((name) => PEERS.includes(name))).toEqual([]);
  });

  it('are loaded when a client and both journals are made', () => {
    const script = `
      const { GenesysClient } = require(${JSON.stringify(path.join(ROOT, 'lib/client'))});
      const { openJournal } = require(${JSON.stringify(path.join(ROOT, 'lib/handoff'))});
      new GenesysClient({ region: 'us-east-1', clientId: 'i', clientSecret: 's' });
      openJournal(':memory:').open().then(() => {
        openJournal('postgres://u@127.0.0.1:1/db');
        console.log(JSON.stringify(${JSON.stringify(PEERS)}.filter((p) => Object.keys(require.cache).some((f) => f.includes('/node_modules/' + p + '/')))));
        process.exit(0);
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect({ stderr: r.stderr, loaded: JSON.parse(r.stdout || 'null') }).toEqual({ stderr: '', loaded: PEERS });
  });
});
