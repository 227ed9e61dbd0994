// Tokenisation for matching: lower case, accent folding, apostrophes dropped,
// Snowball stems (English / Spanish), clause numbers for negation scoping.
import snowball from 'snowball-stemmers';
import type { AnalysisLanguage } from './schemas.ts';

export interface Token {
  /** text as written */
  raw: string;
  /** lower case, accents folded, apostrophes removed */
  norm: string;
  /** Snowball stem of norm */
  stem: string;
  /** rough phonetic key (Spanish: ll/y, b/v, c/s/z, silent h; English: doubled letters, ph/f, ck/k) */
  phon: string;
  /** character offsets in the source text */
  from: number;
  to: number;
  /** clause number within the text (punctuation and "but"/"pero" start a new clause) */
  clause: number;
}

const stemmers = { en: snowball.newStemmer('english'), es: snowball.newStemmer('spanish') };
const stemCache = { en: new Map<string, string>(), es: new Map<string, string>() };

/** Strips diacritics except the Spanish ñ, which distinguishes words (año / ano). */
export function foldAccents(text: string): string {
  return text.replace(/ñ/g, '\u0001').replace(/Ñ/g, '\u0002').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0001/g, 'ñ').replace(/\u0002/g, 'Ñ');
}

export function normaliseWord(word: string): string {
  return foldAccents(word.toLowerCase()).replace(/['’`]/g, '');
}

export function stemWord(norm: string, language: AnalysisLanguage): string {
  const cache = stemCache[language];
  let s = cache.get(norm);
  if (s === undefined) {
    s = /^\d+$/.test(norm) ? norm : stemmers[language].stem(norm);
    if (cache.size > 50000) cache.clear();
    cache.set(norm, s);
  }
  return s;
}

export function phoneticKey(norm: string, language: AnalysisLanguage): string {
  if (language === 'es') {
    return norm
      .replace(/ll/g, 'y').replace(/v/g, 'b').replace(/z/g, 's').replace(/c([ei])/g, 's$1')
      .replace(/qu/g, 'k').replace(/c/g, 'k').replace(/(^|[^c])h/g, '$1').replace(/x/g, 'ks').replace(/(.)\1+/g, '$1');
  }
  return norm.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/(.)\1+/g, '$1').replace(/(?<=.)[aeiou]+/g, 'a');
}

const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'pero', 'aunque', 'sino']);
const TOKEN_RE = /\[[^\]]*\]|<[^>]*>|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CLAUSE_PUNCT_RE = /[.?!;:¿¡]/;

export function tokenise(text: string, language: AnalysisLanguage): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const from = m.index;
    if (CLAUSE_PUNCT_RE.test(text.slice(last, from)) && out.length > 0) clause++;
    last = from + raw.length;
    if (raw.startsWith('[') || raw.startsWith('<')) continue; // sound tags, <unk>
    const norm = normaliseWord(raw);
    if (CLAUSE_WORDS.has(norm) && out.length > 0) clause++;
    out.push({ raw, norm, stem: stemWord(norm, language), phon: phoneticKey(norm, language), from, to: from + raw.length, clause });
  }
  return out;
}

/** Levenshtein distance with an upper bound (returns bound+1 when exceeded). */
export function boundedLevenshtein(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > bound) return bound + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity of a phrase token to a transcript token, 0..1, tolerant to ASR errors. */
export function tokenSimilarity(p: { norm: string; stem: string; phon: string }, t: { norm: string; stem: string; phon: string }): number {
  if (p.norm === t.norm) return 1;
  if (p.stem === t.stem && Math.min(p.norm.length, t.norm.length) >= 4) return 1;
  if (p.phon === t.phon && p.phon.length >= 3) return 0.9;
  const len = Math.min(p.norm.length, t.norm.length);
  if (len < 4) return 0;
  const bound = len >= 8 ? 2 : 1;
  const d = Math.min(boundedLevenshtein(p.norm, t.norm, bound), boundedLevenshtein(p.stem, t.stem, bound));
  if (d <= bound) return d === 1 ? 0.85 : 0.75;
  return 0;
}
