/** What `--version` and SARIF report about this tool: the package version and the API snapshot it checks against. */
import { readFileSync } from 'fs';
import { join } from 'path';

/** This package's version, read from its package.json (two levels above both src/cli and lib/cli). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The snapshot's `source` fields as `key=value` pairs, whatever the generator recorded (API version, commit, ...). */
export function snapshotSourceLine(): string {
  // Loaded here, not at the top: the snapshot is 1.9 MB and only `--version` needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SNAPSHOT_SOURCE } = require('../genesys') as typeof import('../genesys');
  return Object.entries(SNAPSHOT_SOURCE).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}
