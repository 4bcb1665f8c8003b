/** `genesys-cobrowse provider install`: the mirror layout Terraform expects and the CLI config snippet. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/commands/provider';
import { EXTRA_CA_CERTS_ENV } from '../../src/provider/extra-ca-certs';
import { PACKAGE_ROOT } from '../../src/package-info';
import { launcherScript, providerVersion, terraformPlatform } from '../../src/provider/install';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (s: PassThrough) => () => (s.read() as Buffer | null)?.toString() ?? '';
  return { io: { stdout, stderr }, out: text(stdout), err: text(stderr) };
}

test('lays out an executable launcher in the unpacked-mirror layout and writes the CLI config', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-install-'));
  try {
    const streams = io();
    const config = path.join(root, 'terraform.rc');
    expect(await run(['install', '--dir', path.join(root, 'mirror'), '--write-cli-config', config], streams.io)).toBe(0);
    const version = providerVersion();
    const exe = path.join(root, 'mirror', 'terraform.local', 'genesys-cobrowse', 'genesyscobrowse', version, terraformPlatform(), `terraform-provider-genesyscobrowse_v${version}`);
    expect(fs.statSync(exe).mode & 0o111).toBe(0o111);
    expect(fs.readFileSync(exe, 'utf8')).toMatch(/^#!\/bin\/sh\n(.*\n)*exec '.+node[^']*' '.+\/lib\/provider\/main\.js' "\$@"\n$/);
    // The same script the bench's floor starts Node with (launcherScript(['-e', '0'])).
    expect(fs.readFileSync(exe, 'utf8')).toBe(launcherScript([path.join(PACKAGE_ROOT, 'lib', 'provider', 'main.js')]));
    const snippet = fs.readFileSync(config, 'utf8');
    expect(snippet).toContain(`path    = ${JSON.stringify(path.join(root, 'mirror'))}`);
    expect(snippet).toMatch(/filesystem_mirror \{[^}]*include = \["terraform\.local\/genesys-cobrowse\/genesyscobrowse"\]/);
    expect(snippet).toMatch(/direct \{\s*exclude = \["terraform\.local\/genesys-cobrowse\/genesyscobrowse"\]/);
    expect(streams.out()).toBe('');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the launcher hands NODE_EXTRA_CA_CERTS on to live checks, unless NODE_OPTIONS picks OpenSSL\'s CA store', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-install-'));
  try {
    // The launcher's script (the mirror's, above), with the provider replaced by a script that prints what it was given.
    const probe = path.join(root, 'probe.js');
    fs.writeFileSync(probe, `process.stdout.write(JSON.stringify([process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.${EXTRA_CA_CERTS_ENV} ?? null]))`);
    const launcher = path.join(root, 'launcher.sh');
    fs.writeFileSync(launcher, launcherScript([probe]));
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    delete env.NODE_OPTIONS;
    const seen = (extra: NodeJS.ProcessEnv) => JSON.parse(execFileSync('sh', [launcher], { env: { ...env, ...extra }, encoding: 'utf8' })) as unknown;
    expect(seen({ NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem' })).toEqual([null, '/etc/corp-ca.pem']);
    expect(seen({})).toEqual([null, null]);
    expect(seen({ NODE_EXTRA_CA_CERTS: '/etc/corp-ca.pem', NODE_OPTIONS: '--use-openssl-ca' })).toEqual(['/etc/corp-ca.pem', null]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('usage errors exit 2 and name the problem', async () => {
  const streams = io();
  expect(await run(['install', '--dir'], streams.io)).toBe(2);
  expect(streams.err()).toContain('--dir needs a value');
  const other = io();
  expect(await run(['uninstall'], other.io)).toBe(2);
  expect(other.err()).toContain("unknown subcommand 'uninstall'");
});
