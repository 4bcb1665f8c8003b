/** What `--version` reports besides the package version: the API snapshot this tool checks against. */

/** The snapshot's `source` fields as `key=value` pairs, whatever the generator recorded (API version, commit, ...). */
export function snapshotSourceLine(): string {
  // Loaded here, not at the top: the snapshot is 1.9 MB and only `--version` needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SNAPSHOT_SOURCE } = require('../genesys') as typeof import('../genesys');
  return Object.entries(SNAPSHOT_SOURCE).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}
