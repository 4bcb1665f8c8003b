/**
 * Jest globalSetup / globalTeardown: the PostgreSQL the handoff journal tests use. With
 * GENESYS_COBROWSE_TEST_PG_URL set, that server is used and nothing is started. Without it, when the run
 * includes a test file that calls `requirePostgres()`, a throwaway PostgreSQL 15 is started from the
 * machine's server binaries by `.ci/postgres.sh` (initdb in a fresh temporary folder, a free loopback port;
 * as root it runs as an existing unprivileged user, said on stderr; no user is ever created), its URL is put
 * in the environment the test workers inherit, and it is stopped and removed after the run. A server that
 * cannot start fails the run with the script's FATAL line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@jest/types';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, '.ci', 'postgres.sh');
export const PG_URL_VARIABLE = 'GENESYS_COBROWSE_TEST_PG_URL';

/** Test files that need PostgreSQL: the ones that call `requirePostgres()`. */
function postgresTestFiles(dir = join(ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return postgresTestFiles(file);
    return entry.name.endsWith('.test.ts') && readFileSync(file, 'utf8').includes('requirePostgres()') ? [file] : [];
  });
}

/** Whether this run selects any of them (no path pattern: the whole suite). */
function runNeedsPostgres(globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns;
  if (!patterns.isSet()) return true;
  const selected = patterns.toExecutor({ rootDir: globalConfig.rootDir });
  return postgresTestFiles().some((file) => selected.isMatch(file));
}

/** The folder of the server this run started (a global: Jest loads setup and teardown as separate modules). */
const state = globalThis as { genesysCobrowseTestPgDir?: string };

function stop(): void {
  const dir = state.genesysCobrowseTestPgDir;
  if (dir === undefined) return;
  delete state.genesysCobrowseTestPgDir;
  delete process.env[PG_URL_VARIABLE];
  try {
    execFileSync(SCRIPT, ['stop', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function setup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env[PG_URL_VARIABLE] || !runNeedsPostgres(globalConfig)) return;
  const dir = mkdtempSync(join(tmpdir(), 'genesys-cobrowse-test-pg-'));
  state.genesysCobrowseTestPgDir = dir;
  // An interrupted run skips globalTeardown, and pg_ctl detaches the server from the terminal: stop it on the way out.
  process.once('exit', stop);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      stop();
      process.exit(code);
    });
  }
  try {
    process.env[PG_URL_VARIABLE] = execFileSync(SCRIPT, ['start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch {
    stop();
    throw new Error(`could not start the throwaway PostgreSQL 15 the handoff journal tests need (see the FATAL line above); or set ${PG_URL_VARIABLE} to a server of yours`);
  }
  process.stderr.write(`\nthrowaway PostgreSQL for the handoff tests: ${process.env[PG_URL_VARIABLE]} (stopped after the run)\n`);
}

export async function teardown(): Promise<void> {
  stop();
}
