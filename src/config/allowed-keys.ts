/** How many single-letter edits turn `a` into `b` (Levenshtein), to put a typo's fix first. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The keys allowed in place of `given`, closest first ("introTitel" lists introTitle first),
 * as many as fit a readable line: a short list shows whole, a long one says how many it left out.
 */
export function allowedKeys(given: string, keys: readonly string[], room = 90): string {
  const ranked = [...keys].sort((x, y) => distance(given.toLowerCase(), x.toLowerCase()) - distance(given.toLowerCase(), y.toLowerCase()));
  const shown: string[] = [];
  for (const k of ranked) {
    if (shown.join(', ').length + k.length > room) break;
    shown.push(k);
  }
  const more = ranked.length - shown.length;
  return shown.join(', ') + (more ? ` and ${more} more (docs/configuration.md, "Your own wording")` : '');
}
