/**
 * Timing helpers shared by the benches: a subject and its baseline are always measured interleaved
 * (subject, baseline, baseline, subject, ...) after a warm-up, and reported as medians with their spread.
 * A figure's ratio is the median of the per-pair ratios (each subject sample over the baseline sample
 * taken next to it): this VM has slow phases lasting seconds, and a ratio of the two medians moved with
 * where they fell (PostgreSQL journal: 1.09x to 1.71x in one morning), where adjacent samples share the
 * phase. Every figure is also recorded for the machine-readable summary (`npm run bench -- --json`).
 */
import { performance } from 'perf_hooks';

export interface Stats {
  median: number;
  min: number;
  max: number;
  samples: number;
}

export interface Figure {
  /** Which figure of the README / issue table this is. */
  figure: string;
  subject: string;
  baseline: string;
  unit: 'ops/s' | 'ms';
  subjectStats: Stats;
  baselineStats: Stats;
  /**
   * Median of the per-pair ratios: subject over baseline, for ops/s (higher is better) and for ms (the
   * subject's time over the baseline's).
   */
  ratio: number;
  /** The per-pair ratios' spread. */
  ratioStats: Stats;
  extra?: Record<string, number>;
}

export const figures: Figure[] = [];

/** A machine speed probe around one bench file (main.ts): ms before and after it. */
export interface Probe {
  bench: string;
  beforeMs: number;
  afterMs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples: sorted.length };
}

/**
 * Calls per second of `fn` over about `ms` milliseconds (no warm-up: see compareThroughput). Each
 * function gets a loop of its own (`loopFor`): one shared loop would see every function benched so far at
 * its call site, and V8's inlining there would then depend on which figures ran before.
 */
function rate(fn: () => unknown, ms: number): number {
  const loop = loopFor(fn);
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    loop(100);
    calls += 100;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

const loops = new WeakMap<() => unknown, (n: number) => void>();

function loopFor(fn: () => unknown): (n: number) => void {
  let loop = loops.get(fn);
  if (!loop) {
    // A fresh function per `fn` (new Function, not a closure: closures of one literal share their code).
    loop = new Function('fn', 'return function (n) { for (let i = 0; i < n; i += 1) fn(); };')(fn) as (n: number) => void;
    loops.set(fn, loop);
  }
  return loop;
}

/** Both sides' samples, and each subject sample over the baseline sample taken next to it. */
export interface Comparison {
  subject: Stats;
  baseline: Stats;
  pairs: number[];
}

function compared(s: number[], b: number[]): Comparison {
  return { subject: stats(s), baseline: stats(b), pairs: s.map((x, i) => x / b[i]) };
}

/** Throughput of subject and baseline: a warm-up of each, then `rounds` interleaved samples of `ms` each. */
export function compareThroughput(subject: () => unknown, baseline: () => unknown, rounds = 9, ms = 250): Comparison {
  rate(subject, ms);
  rate(baseline, ms);
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    // Alternate who goes first, so neither always runs right after the other's garbage.
    if (i % 2) b.push(rate(baseline, ms));
    s.push(rate(subject, ms));
    if (!(i % 2)) b.push(rate(baseline, ms));
  }
  return compared(s, b);
}

/** Wall times in ms of subject and baseline: `warmUp` discarded runs of each, then `runs` interleaved. */
export async function compareTime(subject: () => unknown, baseline: () => unknown, runs: number, warmUp = 1): Promise<Comparison> {
  const time = async (fn: () => unknown) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  for (let i = 0; i < warmUp; i += 1) {
    await time(subject);
    await time(baseline);
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2) b.push(await time(baseline));
    s.push(await time(subject));
    if (!(i % 2)) b.push(await time(baseline));
  }
  return compared(s, b);
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** `median (min-max)` in the unit's usual precision. */
export function spread(s: Stats, unit: Figure['unit']): string {
  const f = unit === 'ms' || s.median < 1e5 ? (n: number) => fmt(n, 0) : (n: number) => `${fmt(n / 1e6, 2)}M`;
  return `${f(s.median)} (${f(s.min)}-${f(s.max)}, n=${s.samples})${unit === 'ms' ? ' ms' : '/s'}`;
}

/** Records a figure (its ratio from the per-pair ratios `pairs`) and returns its printed line. */
export function record(f: Omit<Figure, 'ratio' | 'ratioStats'> & { pairs: number[] }): string {
  const { pairs, ...figure } = f;
  const ratioStats = stats(pairs);
  figures.push({ ...figure, ratio: Number(ratioStats.median.toFixed(3)), ratioStats });
  const range = `pairs ${ratioStats.min.toFixed(2)}-${ratioStats.max.toFixed(2)}`;
  return `${f.figure}: ${ratioStats.median.toFixed(2)}x (${range}) — ${f.subject} ${spread(f.subjectStats, f.unit)} vs ${f.baseline} ${spread(f.baselineStats, f.unit)}`;
}
