/**
 * Prints the README's benchmark table from a `npm run bench -- --json <file>` summary:
 * `npx ts-node --transpile-only test/bench/table.ts <file>`.
 */
import { readFileSync } from 'fs';
import type { Figure, Probe, Stats } from './timing';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: table.ts <bench summary json>');
const { figures, probes = [] } = JSON.parse(readFileSync(file, 'utf8')) as { figures: Figure[]; probes?: Probe[] };

const num = (n: number, unit: Figure['unit'], big: boolean) => (unit === 'ms' || !big ? n.toFixed(0) : (n / 1e6).toFixed(2));
const value = (s: Stats, unit: Figure['unit']) => `${num(s.median, unit, s.median >= 1e5)} ${unit === 'ms' ? 'ms' : s.median >= 1e5 ? 'M/s' : '/s'}`;
const range = (s: Stats, unit: Figure['unit']) => `${num(s.min, unit, s.median >= 1e5)}-${num(s.max, unit, s.median >= 1e5)}`;

const lines = ['| figure | ratio: median of pairs (range) | subject: median (range) | baseline: median (range) |', '|---|---|---|---|'];
for (const f of figures) {
  const perCheck = f.extra?.msPerCheck !== undefined ? `; ${f.extra.msPerCheck} ms per check` : '';
  const pairs = f.ratioStats ? ` (pairs ${f.ratioStats.min.toFixed(2)}-${f.ratioStats.max.toFixed(2)})` : '';
  lines.push(`| ${f.figure} | ${f.ratio.toFixed(2)}x${pairs}${perCheck} | ${f.subject}: ${value(f.subjectStats, f.unit)} (${range(f.subjectStats, f.unit)}) | ${f.baseline}: ${value(f.baselineStats, f.unit)} (${range(f.baselineStats, f.unit)}) |`);
}
if (probes.length > 0) {
  lines.push('', `Machine speed probe, ms to SHA-256 4 x 32 MB before / after each bench file: ${probes.map((p) => `${p.bench} ${p.beforeMs} / ${p.afterMs}`).join(', ')}.`);
}
process.stdout.write(`${lines.join('\n')}\n`);
