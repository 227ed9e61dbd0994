/** Lower case, accents folded, punctuation removed, single spaces: the text WER is computed on. Pure. */
export function normaliseForWer(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9'\s]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Word-level edit distance counts (Levenshtein over words). Pure. */
export function wordErrors(reference: string, hypothesis: string): { errors: number; words: number } {
  const r = normaliseForWer(reference).split(' ').filter(Boolean);
  const h = normaliseForWer(hypothesis).split(' ').filter(Boolean);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] === h[j - 1] ? 0 : 1));
    prev = cur;
  }
  return { errors: prev[h.length], words: r.length };
}

/** Word error rate of hypothesis against reference after normalisation. Pure. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const { errors, words } = wordErrors(reference, hypothesis);
  return words ? errors / words : 0;
}
