/** What `--version` reports besides the package version: the Genesys API version the snapshot was taken at. */

/** `apiVersion` and the extract's digest from the snapshot's `source`, as recorded by the generator. */
export function snapshotVersionLines(): string[] {
  // Loaded here, not at the top: the snapshot is large and only `--version` needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SNAPSHOT_SOURCE } = require('../genesys') as typeof import('../genesys');
  const source = SNAPSHOT_SOURCE as Readonly<Record<string, unknown>>;
  const lines = [`Genesys Cloud Platform API version: ${source.apiVersion === undefined ? 'unknown (the snapshot records none)' : String(source.apiVersion)}`];
  if (source.sha256 !== undefined) lines.push(`API snapshot: ${String(source.extract ?? 'extract')} sha256 ${String(source.sha256)}`);
  return lines;
}
