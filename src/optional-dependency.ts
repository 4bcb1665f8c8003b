/**
 * The run-time side's third-party packages are optional peer dependencies (package.json
 * `peerDependenciesMeta`): installing the library for its constructs, validator, CLI `check` or provider
 * compiles no native addon and pulls no database driver or HTTP client. Each is loaded here at first use;
 * a missing one is reported by name with the command that installs it.
 */

/** Each optional peer, its range (package.json `peerDependencies`; a test keeps them equal) and what needs it. */
export const OPTIONAL_PEERS = {
  axios: { range: '^1.21.1', usedBy: 'GenesysClient (the run-time client, which the handoff service and the provider\'s live checks use)' },
  'better-sqlite3': { range: '^12.11.1', usedBy: 'the SQLite alert journal (a store file or \':memory:\')' },
  pg: { range: '^8.23.1', usedBy: 'the PostgreSQL alert journal (a postgres:// store)' },
} as const;

export type OptionalPeer = keyof typeof OPTIONAL_PEERS;

/** Optional peers that are not installed; the message names them and the command that installs them. */
export class MissingDependencyError extends Error {
  constructor(readonly packageNames: readonly OptionalPeer[], neededBy: string = OPTIONAL_PEERS[packageNames[0]].usedBy) {
    const install = packageNames.map((name) => `${name}@${OPTIONAL_PEERS[name].range}`).join(' ');
    const plural = packageNames.length > 1;
    super(`missing npm package${plural ? 's' : ''} ${packageNames.join(' and ')}, for ${neededBy}; this library does not install ${plural ? 'them' : 'it'} (optional peer dependencies, so that the constructs install light): npm install ${install}`);
    this.name = 'MissingDependencyError';
  }
}

/** The ones of `names` that do not resolve from this package. */
export function missingPeers(names: readonly OptionalPeer[]): OptionalPeer[] {
  return names.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/** `require(name)`, or a MissingDependencyError when the package itself is not installed (other failures pass through). */
export function requireOptional<T>(name: OptionalPeer): T {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- by name, at first use: that is the point
    return require(name) as T;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'MODULE_NOT_FOUND' && e.message.startsWith(`Cannot find module '${name}'`)) throw new MissingDependencyError([name]);
    throw err;
  }
}
