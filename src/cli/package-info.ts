/** What `--version` reports: the package version and the Genesys API version the snapshot was taken at. */

import { packageVersion } from '../package-info';

/** `--version`: the package version and the Genesys Cloud Platform API version every message is based on. */
export function versionText(): string {
  // Loaded here, not at the top: the snapshot is 1.9 MB and only `--version` needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SNAPSHOT_SOURCE: source } = require('../genesys') as typeof import('../genesys');
  return `genesys-cobrowse ${packageVersion()}\n` +
    `Genesys Cloud Platform API ${source.apiVersion} (${source.repository}; extract sha256 ${source.sha256?.slice(0, 12)})\n`;
}
