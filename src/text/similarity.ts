/** Levenshtein distance, case-insensitive (a wrong case is a one-step typo here, not a full rewrite). */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return a === b ? 0 : 1;
  let previous = new Uint32Array(y.length + 1).map((_, i) => i);
  let current = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length];
}

/**
 * The candidate nearest to `word`, if it is near enough to be a plausible typo (within a third of the
 * word's length, at least 2 edits).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
