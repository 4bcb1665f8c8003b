/** Small timing helpers shared by the benches. */
import { performance } from 'perf_hooks';

/** Calls per second of `fn`, measured for about `ms` milliseconds after a warm-up. */
export function throughput(fn: () => unknown, ms = 1500): number {
  const warmUntil = performance.now() + ms / 5;
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i += 1) fn();
    calls += 100;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

/** Median wall time in ms of `runs` calls of an async or sync function. */
export async function medianMs(fn: () => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
