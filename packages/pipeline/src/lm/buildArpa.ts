/**
 * An n-gram language model in ARPA format from word sentences: interpolated Kneser-Ney (as SRILM's
 * `-interpolate -kndiscount` with one discount per order), optional pruning of rare highest-order n-grams, back-off
 * weights that keep every distribution summing to one. Pure.
 */

export interface BuildArpaOptions {
  /** Default 3. */
  order?: number;
  /** Highest-order n-grams seen fewer times are dropped (their mass goes to the back-off). Default 1 (keep all). */
  minTopCount?: number;
  /** Words added to the vocabulary with no observed use (they get the unigram floor). */
  extraWords?: Iterable<string>;
  /**
   * A general word distribution mixed into the unigrams (p = (1 - weight) p_kn + weight p_background; its words join
   * the vocabulary): keeps words the training text never used recognisable. Probabilities need not sum to one.
   */
  background?: { probabilities: Map<string, number>; weight: number };
}

export interface ArpaModel { text: string; counts: number[]; vocabulary: string[] }

const BOS = '<s>';
const EOS = '</s>';

export function buildArpa(sentences: string[][], opts: BuildArpaOptions = {}): ArpaModel {
  const N = opts.order ?? 3;
  const minTop = opts.minTopCount ?? 1;
  // raw counts per order (index k = k-grams), keys are space-joined
  const raw: Array<Map<string, number>> = Array.from({ length: N + 1 }, () => new Map());
  for (const s of sentences) {
    const w = [BOS, ...s, EOS];
    for (let k = 1; k <= N; k++) {
      for (let i = 0; i + k <= w.length; i++) {
        if (k === 1 && w[i] === BOS) continue;
        if (k > 1 && w.slice(i + 1, i + k).includes(BOS)) continue;
        const key = w.slice(i, i + k).join(' ');
        raw[k].set(key, (raw[k].get(key) ?? 0) + 1);
      }
    }
  }
  // counts used at each order: raw at the top and for n-grams starting with <s>; continuation counts below
  const used: Array<Map<string, number>> = Array.from({ length: N + 1 }, () => new Map());
  for (const [key, c] of raw[N]) used[N].set(key, c);
  for (let k = N - 1; k >= 1; k--) {
    for (const [key, c] of raw[k]) if (key.startsWith(`${BOS} `) || key === BOS) used[k].set(key, c);
    for (const key of raw[k + 1].keys()) {
      const suffix = key.slice(key.indexOf(' ') + 1); // one more distinct left context (<s> counts as one)
      used[k].set(suffix, (used[k].get(suffix) ?? 0) + 1);
    }
  }
  const vocab = new Set<string>([...raw[1].keys()].filter((w) => w !== BOS));
  for (const w of opts.extraWords ?? []) if (w && w !== BOS) vocab.add(w);
  const bg = opts.background;
  let bgTotal = 0;
  if (bg) for (const [w, p] of bg.probabilities) if (w && w !== BOS && w !== EOS) { vocab.add(w); bgTotal += p; }
  vocab.add(EOS);

  const discount: number[] = [0];
  for (let k = 1; k <= N; k++) {
    let n1 = 0;
    let n2 = 0;
    for (const c of used[k].values()) { if (c === 1) n1++; else if (c === 2) n2++; }
    discount[k] = n1 + n2 > 0 ? Math.min(0.9, Math.max(0.1, n1 / (n1 + 2 * n2))) : 0.5;
  }

  // per context (k-1 words): total used count and number of distinct continuations
  const ctxTotal: Array<Map<string, number>> = Array.from({ length: N + 1 }, () => new Map());
  const ctxTypes: Array<Map<string, number>> = Array.from({ length: N + 1 }, () => new Map());
  for (let k = 2; k <= N; k++) {
    for (const [key, c] of used[k]) {
      const h = key.slice(0, key.lastIndexOf(' '));
      ctxTotal[k].set(h, (ctxTotal[k].get(h) ?? 0) + c);
      ctxTypes[k].set(h, (ctxTypes[k].get(h) ?? 0) + 1);
    }
  }
  let uniTotal = 0;
  let uniTypes = 0;
  for (const [w, c] of used[1]) if (w !== BOS) { uniTotal += c; uniTypes++; }
  const V = vocab.size;
  const p1 = (w: string): number => {
    const c = used[1].get(w) ?? 0;
    const kn = (Math.max(c - discount[1], 0) + (discount[1] * uniTypes) / V) / uniTotal;
    return bg && bgTotal > 0 ? (1 - bg.weight) * kn + (bg.weight * (bg.probabilities.get(w) ?? 0)) / bgTotal : kn;
  };
  const memo = new Map<string, number>();
  /** interpolated probability of the last word given the others (context may be unseen). */
  const prob = (words: string[]): number => {
    if (words.length === 1) return p1(words[0]);
    const key = words.join(' ');
    const m = memo.get(key);
    if (m !== undefined) return m;
    const k = words.length;
    const h = words.slice(0, -1).join(' ');
    const lower = prob(words.slice(1));
    const total = ctxTotal[k].get(h);
    let p: number;
    if (!total) p = lower;
    else {
      const c = used[k].get(key) ?? 0;
      const gamma = (discount[k] * (ctxTypes[k].get(h) ?? 0)) / total;
      p = Math.max(c - discount[k], 0) / total + gamma * lower;
    }
    memo.set(key, p);
    return p;
  };

  // what is written: every unigram in the vocabulary, every seen n-gram (top order pruned by raw count)
  const kept: Array<string[]> = [[]];
  kept[1] = [BOS, ...[...vocab].sort()];
  for (let k = 2; k <= N; k++) kept[k] = [...raw[k].entries()].filter(([, c]) => k < N || c >= minTop).map(([key]) => key).sort();
  // back-off weight of each context = leftover mass here / leftover mass of the lower order
  const children: Array<Map<string, string[]>> = Array.from({ length: N + 1 }, () => new Map());
  for (let k = 2; k <= N; k++) {
    for (const key of kept[k]) {
      const h = key.slice(0, key.lastIndexOf(' '));
      let list = children[k].get(h);
      if (!list) children[k].set(h, (list = []));
      list.push(key);
    }
  }
  const bow = (k: number, h: string): number | null => {
    const list = children[k + 1]?.get(h);
    if (!list) return null;
    let here = 0;
    let lower = 0;
    for (const key of list) {
      const words = key.split(' ');
      here += prob(words);
      lower += prob(words.slice(1));
    }
    const num = Math.max(1e-12, 1 - here);
    const den = Math.max(1e-12, 1 - lower);
    return num / den;
  };
  const lg = (x: number) => (Math.log10(x)).toFixed(4);
  const lines: string[] = ['\\data\\'];
  for (let k = 1; k <= N; k++) lines.push(`ngram ${k}=${kept[k].length}`);
  for (let k = 1; k <= N; k++) {
    lines.push('', `\\${k}-grams:`);
    for (const key of kept[k]) {
      const p = k === 1 && key === BOS ? '-99.0000' : lg(prob(key.split(' ')));
      const b = k < N ? bow(k, key) : null;
      lines.push(b === null ? `${p} ${key}` : `${p} ${key} ${lg(b)}`);
    }
  }
  lines.push('', '\\end\\', '');
  return { text: lines.join('\n'), counts: kept.slice(1).map((x) => x.length), vocabulary: kept[1].filter((w) => w !== BOS && w !== EOS) };
}

/** Reads an ARPA model's log10 probabilities and back-offs (for tests and per-call edits). Pure. */
export function parseArpa(text: string): Array<Map<string, { logp: number; bow: number }>> {
  const orders: Array<Map<string, { logp: number; bow: number }>> = [new Map()];
  let k = 0;
  for (const line of text.split('\n')) {
    const m = /^\\(\d+)-grams:/.exec(line);
    if (m) { k = Number(m[1]); orders[k] = new Map(); continue; }
    if (!k || !line.trim() || line.startsWith('\\')) continue;
    const f = line.trim().split(/\s+/);
    const hasBow = f.length === k + 2;
    orders[k].set(f.slice(1, k + 1).join(' '), { logp: Number(f[0]), bow: hasBow ? Number(f[k + 1]) : 0 });
  }
  return orders;
}

/** log10 probability of a word after a context under a parsed ARPA model, with back-off. Pure. */
export function arpaLogProb(model: Array<Map<string, { logp: number; bow: number }>>, context: string[], word: string): number {
  const N = model.length - 1;
  const h = context.slice(-(N - 1));
  for (let start = 0; start <= h.length; start++) {
    const ctx = h.slice(start);
    const hit = model[ctx.length + 1]?.get([...ctx, word].join(' '));
    if (hit) {
      let b = 0;
      for (let s = 0; s < start; s++) b += model[h.length - s]?.get(h.slice(s).join(' '))?.bow ?? 0;
      return hit.logp + b;
    }
  }
  return -99;
}
