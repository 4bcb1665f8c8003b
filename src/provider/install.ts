import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT, packageVersion } from '../package-info';
import { EXTRA_CA_CERTS_ENV } from './extra-ca-certs';
import { PROVIDER_TYPE } from './schema';

/** Where Terraform finds the provider: only through the filesystem mirror this module lays out. */
export const PROVIDER_HOST = 'terraform.local';
export const PROVIDER_NAMESPACE = 'genesys-cobrowse';
export const PROVIDER_SOURCE = `${PROVIDER_HOST}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;

/** The provider is versioned with the package. */
export function providerVersion(): string {
  return packageVersion();
}

/** Terraform's platform name for this machine, e.g. `linux_amd64`. */
export function terraformPlatform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[process.arch];
  if (!arch) throw new Error(`unsupported CPU architecture '${process.arch}' for a Terraform provider mirror`);
  return `${os}_${arch}`;
}

export interface InstallResult {
  mirrorDir: string;
  executable: string;
  version: string;
  cliConfig: string;
}

/**
 * Writes the provider into `mirrorDir` as an unpacked Terraform filesystem mirror:
 * `<host>/<namespace>/genesyscobrowse/<version>/<os>_<arch>/terraform-provider-genesyscobrowse_v<version>`,
 * a shell launcher that execs this Node on this package's compiled lib/provider/main.js.
 */
export function installMirror(mirrorDir: string): InstallResult {
  if (process.platform === 'win32') {
    throw new Error('provider install: the mirror launcher is a POSIX shell script; use WSL or a Linux/macOS CI runner');
  }
  const entry = path.join(PACKAGE_ROOT, 'lib', 'provider', 'main.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`provider install: ${entry} is missing; build the package first (npm run build)`);
  }
  const version = providerVersion();
  const mirror = path.resolve(mirrorDir);
  const dir = path.join(mirror, PROVIDER_HOST, PROVIDER_NAMESPACE, PROVIDER_TYPE, version, terraformPlatform());
  fs.mkdirSync(dir, { recursive: true });
  const executable = path.join(dir, `terraform-provider-${PROVIDER_TYPE}_v${version}`);
  fs.writeFileSync(executable, launcherScript([entry]), { mode: 0o755 });
  fs.chmodSync(executable, 0o755);
  return { mirrorDir: mirror, executable, version, cliConfig: cliConfig(mirror) };
}

/**
 * The mirror's executable: this Node with `args` (the provider's `lib/provider/main.js`; the bench's floor
 * passes `-e 0`, to start Node exactly as the provider is started and do nothing). It moves
 * NODE_EXTRA_CA_CERTS to EXTRA_CA_CERTS_ENV (see extra-ca-certs.ts), unless OpenSSL's CA store is Node's
 * default: built so (NODE_OPENSSL_CERT_STORE), or chosen by --use-openssl-ca in NODE_OPTIONS, where the
 * bundled certificates are not what Node trusts.
 */
export function launcherScript(args: readonly string[]): string {
  const exec = `exec ${[process.execPath, ...args].map(shellQuote).join(' ')} "$@"\n`;
  const defines = (process.config.target_defaults as { defines?: string[] }).defines ?? [];
  if (defines.includes('NODE_OPENSSL_CERT_STORE')) return `#!/bin/sh\n${exec}`;
  return [
    '#!/bin/sh',
    '# Node loads every root certificate at start-up when NODE_EXTRA_CA_CERTS is set; the provider needs them',
    '# only for live checks, which trust the certificates of this variable then.',
    'case "${NODE_OPTIONS:-}" in',
    '  *--use-openssl-ca*) ;;',
    `  *) if [ -n "\${NODE_EXTRA_CA_CERTS:-}" ]; then ${EXTRA_CA_CERTS_ENV}=$NODE_EXTRA_CA_CERTS; export ${EXTRA_CA_CERTS_ENV}; unset NODE_EXTRA_CA_CERTS; fi ;;`,
    'esac',
    exec,
  ].join('\n');
}

/** CLI configuration: our provider from the mirror, every other provider as usual. */
export function cliConfig(mirrorDir: string): string {
  const quoted = JSON.stringify(mirrorDir);
  const source = JSON.stringify(PROVIDER_SOURCE);
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${quoted}`,
    `    include = [${source}]`,
    '  }',
    '  direct {',
    `    exclude = [${source}]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
