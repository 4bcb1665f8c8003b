/**
 * `npm run bench [-- <name prefix>] [-- --json [file]]`: runs every test/bench/*.bench.ts, each in a
 * Node process of its own, so no bench's JIT state, heap or open handles change another's figures
 * (the validator's figures dropped by up to a quarter when it ran after the others in one process).
 * Each bench measures its subject and a named baseline interleaved in the same run and prints ratios
 * with medians and spread; nothing here asserts a timing. `--json` writes the recorded figures
 * (timing.ts `record`) as JSON to stdout after the report, or to `file` (which must be under the OS temp dir).
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join, resolve } from 'path';
import { figures, type Figure, type Probe } from './timing';

/** The argument that makes this file run one bench (in the child process) instead of all of them. */
const ONE = '--one';

function parseArgs(argv: string[]): { only?: string; json?: string | true } {
  const at = argv.indexOf('--json');
  if (at < 0) return { only: argv[0] };
  const next = argv[at + 1];
  const file = next !== undefined && !next.startsWith('-') ? next : undefined;
  const rest = [...argv.slice(0, at), ...argv.slice(at + (file ? 2 : 1))];
  return { only: rest[0], json: file ?? true };
}

/** Child: runs `name`, prints its report to stdout and writes its figures to `out`. */
async function runOne(name: string, out: string): Promise<void> {
  const bench = (await import(join(__dirname, name))) as { run: (print: (line: string) => void) => Promise<void> };
  await bench.run((line) => process.stdout.write(`${line}\n`));
  writeFileSync(out, JSON.stringify(figures));
}

/**
 * Milliseconds to SHA-256 a fixed 32 MB buffer four times (native code: no JIT state): taken before and after each
 * bench file, it shows whether the machine ran slower during that file (this VM at times runs at about
 * half speed for minutes, which moves ratios because the two sides no longer see the same machine).
 */
const PROBE_DATA = Buffer.alloc(32 * 1024 * 1024, 7);
function probe(): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 4; i += 1) createHash('sha256').update(PROBE_DATA).digest();
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

/** Parent: one child per bench file, in name order; the children's figures are gathered in order. */
function runAll(only: string | undefined, json: string | true | undefined): void {
  const file = typeof json === 'string' ? resolve(json) : undefined;
  if (file && !file.startsWith(tmpdir())) throw new Error(`--json writes only under ${tmpdir()}; got ${file}`);
  // With --json to stdout, the report goes to stderr so stdout is only the JSON.
  const report = json === true ? 2 : 1;
  const names = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only))).sort();
  const scratch = mkdtempSync(join(tmpdir(), 'gcb-bench-'));
  const all: Figure[] = [];
  const probes: Probe[] = [];
  try {
    for (const name of names) {
      writeSync(report, `\n## ${name.replace('.bench.ts', '')}\n`); // synchronous: before the child's first line
      const beforeMs = probe();
      const out = join(scratch, `${name}.json`);
      // The same Node and the same transpile-only ts-node as `npm run bench`, with a fresh heap.
      const child = spawnSync(process.execPath, ['-r', 'ts-node/register', __filename, ONE, name, out], {
        stdio: ['ignore', report, 'inherit'],
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PROJECT: join(__dirname, '..', '..', 'tsconfig.json') },
      });
      if (child.status !== 0) throw new Error(`bench ${name} failed (exit ${child.status ?? child.signal})`);
      const afterMs = probe();
      probes.push({ bench: name.replace('.bench.ts', ''), beforeMs, afterMs });
      writeSync(report, `machine speed probe (SHA-256 of 4 x 32 MB): ${beforeMs} ms before, ${afterMs} ms after\n`);
      all.push(...(JSON.parse(readFileSync(out, 'utf8')) as Figure[]));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const summary = `${JSON.stringify({ node: process.version, cpus: cpus().length, probes, figures: all }, null, 2)}\n`;
  if (file) writeFileSync(file, summary);
  else if (json) process.stdout.write(summary);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === ONE) await runOne(argv[1], argv[2]);
  else {
    const { only, json } = parseArgs(argv);
    runAll(only, json);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
