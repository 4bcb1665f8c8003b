/**
 * Did-you-mean look-ups with bounded cost. A word longer than MAX_COMPARED_LENGTH is no typo of any name
 * here (it gets no suggestion); candidates are ranked by a cheap lower bound on their distance (shared
 * letter pairs, indexed once per candidate list) and compared with a banded edit distance that stops as
 * soon as a candidate cannot beat the best found, so one look-up costs microseconds to milliseconds
 * whatever the input.
 */

/** Longest word compared by edit distance (names and paths of the API are far shorter). */
export const MAX_COMPARED_LENGTH = 256;

const FAR = 0x3fffffff;
/** Two rows of the distance table, reused across calls (allocation dominated the cost). */
let rows = [new Uint32Array(256), new Uint32Array(256)];

/**
 * Levenshtein distance, case-insensitive (a wrong case is a one-step typo here, not a full rewrite). With
 * `max`, any distance above it is returned as `max + 1`, in O(length × max) time.
 */
export function distance(a: string, b: string, max = Infinity): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return a === b ? 0 : Math.min(1, max + 1);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  const band = Math.min(max, Math.max(x.length, y.length));
  if (rows[0].length < y.length + 2) rows = [new Uint32Array(y.length + 2), new Uint32Array(y.length + 2)];
  let [previous, current] = rows;
  for (let j = 0; j <= y.length + 1; j += 1) previous[j] = j <= band ? j : FAR;
  for (let i = 1; i <= x.length; i += 1) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(y.length, i + band);
    const xi = x.charCodeAt(i - 1);
    current[lo - 1] = lo === 1 ? i : FAR;
    let rowMin = current[lo - 1];
    for (let j = lo; j <= hi; j += 1) {
      let d = previous[j - 1] + (xi === y.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j] + 1 < d) d = previous[j] + 1;
      if (current[j - 1] + 1 < d) d = current[j - 1] + 1;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    current[hi + 1] = FAR;
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[y.length] > max ? max + 1 : previous[y.length];
}

interface PairIndex {
  names: string[];
  /** Lower-cased letter pair -> postings: candidate index, occurrences, candidate index, ... */
  pairs: Map<string, Uint32Array>;
}

const indexes = new WeakMap<object, PairIndex>();

function pairCounts(word: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = word.toLowerCase();
  for (let i = 0; i + 1 < lower.length; i += 1) {
    const pair = lower.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Candidate lists are constant data here: each is indexed once, by identity. */
function indexFor(candidates: Iterable<string>): PairIndex {
  const cached = indexes.get(candidates as object);
  if (cached) return cached;
  const names = [...candidates];
  const lists = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const [pair, n] of pairCounts(name)) {
      let postings = lists.get(pair);
      if (!postings) lists.set(pair, (postings = []));
      postings.push(i, n);
    }
  });
  const index = { names, pairs: new Map([...lists].map(([pair, postings]) => [pair, Uint32Array.from(postings)])) };
  indexes.set(candidates as object, index);
  return index;
}

export interface Ranked {
  candidate: string;
  /** Edit distance plus the candidate's penalty. */
  distance: number;
  index: number;
}

/**
 * The `n` candidates nearest to `word` (distance plus `penalty(candidate index)`), each at most
 * `maxDistance`, nearest first; ties go to the earlier candidate. Each edit removes at most two of the
 * letter pairs two strings share, which bounds the distance from below: candidates are compared in order
 * of that bound, and with `maxCompared` only that many are (a shortlist, for long candidate lists).
 */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  n: number,
  { maxDistance = Infinity, penalty = () => 0, maxCompared = Infinity }: { maxDistance?: number; penalty?: (index: number) => number; maxCompared?: number } = {},
): Ranked[] {
  const { names, pairs } = indexFor(candidates);
  const shared = new Uint32Array(names.length);
  for (const [pair, count] of pairCounts(word)) {
    const postings = pairs.get(pair);
    if (!postings) continue;
    for (let k = 0; k < postings.length; k += 2) shared[postings[k]] += Math.min(count, postings[k + 1]);
  }
  const byBound: number[][] = [];
  for (let i = 0; i < names.length; i += 1) {
    const length = names[i].length;
    const bound = Math.max(Math.abs(length - word.length), Math.ceil((Math.max(length, word.length) - 1 - shared[i]) / 2)) + penalty(i);
    if (bound <= maxDistance) (byBound[bound] ??= []).push(i);
  }
  const best: Ranked[] = [];
  const worst = () => (best.length < n ? maxDistance : Math.min(maxDistance, best[n - 1].distance));
  let compared = 0;
  for (const [bound, bucket] of byBound.entries()) {
    if (bucket === undefined) continue;
    if (bound > worst() || compared >= maxCompared) break;
    for (const i of bucket) {
      if (compared++ >= maxCompared) break;
      const extra = penalty(i);
      const d = distance(word, names[i], worst() - extra) + extra;
      if (d > worst()) continue;
      const at = best.findIndex((b) => d < b.distance || (d === b.distance && i < b.index));
      best.splice(at === -1 ? best.length : at, 0, { candidate: names[i], distance: d, index: i });
      if (best.length > n) best.pop();
    }
  }
  return best;
}

/**
 * The candidate nearest to `word`, if it is near enough to be a plausible typo (within a third of the
 * word's length, at least 2 edits).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_COMPARED_LENGTH) return undefined;
  return nearest(word, candidates, 1, { maxDistance: Math.max(2, Math.floor(word.length / 3)) })[0]?.candidate;
}
