/** This package's own root and version, for the CLI's `--version`, SARIF and the provider's mirror. */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

/** The package root: every module that asks sits one level below src/ or lib/. */
export const PACKAGE_ROOT = resolve(__dirname, '..');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
