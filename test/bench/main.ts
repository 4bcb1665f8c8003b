/**
 * `npm run bench [-- <name prefix>] [-- --json [file]]`: runs every test/bench/*.bench.ts. Each measures
 * its subject and a named baseline interleaved in the same run and prints ratios with medians and
 * spread; nothing here asserts a timing. `--json` writes the recorded figures (timing.ts `record`) as
 * JSON to stdout after the report, or to `file` (which must be under the OS temp dir).
 */
import { readdirSync, writeFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join, resolve } from 'path';
import { figures } from './timing';

function parseArgs(argv: string[]): { only?: string; json?: string | true } {
  const at = argv.indexOf('--json');
  if (at < 0) return { only: argv[0] };
  const next = argv[at + 1];
  const file = next !== undefined && !next.startsWith('-') ? next : undefined;
  const rest = [...argv.slice(0, at), ...argv.slice(at + (file ? 2 : 1))];
  return { only: rest[0], json: file ?? true };
}

async function main(): Promise<void> {
  const { only, json } = parseArgs(process.argv.slice(2));
  const file = typeof json === 'string' ? resolve(json) : undefined;
  if (file && !file.startsWith(tmpdir())) throw new Error(`--json writes only under ${tmpdir()}; got ${file}`);
  // With --json to stdout, the report goes to stderr so stdout is only the JSON.
  const out = json === true ? process.stderr : process.stdout;
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only))).sort();
  for (const name of files) {
    out.write(`\n## ${name.replace('.bench.ts', '')}\n`);
    const bench = (await import(join(__dirname, name))) as { run: (print: (line: string) => void) => Promise<void> };
    await bench.run((line) => out.write(`${line}\n`));
  }
  const summary = `${JSON.stringify({ node: process.version, cpus: cpus().length, figures }, null, 2)}\n`;
  if (file) writeFileSync(file, summary);
  else if (json) process.stdout.write(summary);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
