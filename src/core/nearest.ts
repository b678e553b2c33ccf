import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word`, if it is close enough to be what the author meant: at most a
 * third of the word's letters differ (case is ignored), so `onderdeelen` finds `onderdelen`, `S+K`
 * finds `S+R`, and `foo` finds nothing.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const longest = Math.max(word.length, best.length);
  const allowed = longest < 3 ? 0 : Math.max(1, Math.floor(longest / 3));
  return bestDistance <= allowed ? best : undefined;
}
