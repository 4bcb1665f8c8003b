/**
 * `npm run bench`: runs every test/bench/*.bench.ts. Each measures its subject and a named baseline
 * in the same run and prints ratios; nothing here asserts a timing.
 */
import { readdirSync } from 'fs';
import { join } from 'path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only))).sort();
  for (const file of files) {
    process.stdout.write(`\n## ${file.replace('.bench.ts', '')}\n`);
    const bench = (await import(join(__dirname, file))) as { run: (print: (line: string) => void) => Promise<void> };
    await bench.run((line) => process.stdout.write(`${line}\n`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
