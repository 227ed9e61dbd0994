// Fuzzy, negation-aware phrase matching over tokens (ASR-tolerant: stems,
// accent folding, edit distance, split/merged words, dropped or inserted words).
import type { AnalysisLanguage } from './schemas.ts';
import { normaliseWord, phoneticKey, stemWord, tokenSimilarity } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { isNameLikeToken } from './nameLikeToken.ts';

interface PhraseToken {
  norm: string;
  stem: string;
  phon: string;
  weight: number;
  wildcard: boolean;
  /** `{name}`: one name-like word, optionally followed by a second (surname) */
  nameSlot?: boolean;
}

export interface CompiledPhrase {
  text: string;
  tokens: PhraseToken[];
  totalWeight: number;
  hasNegator: boolean;
  /** has a `{name}` slot: matched strictly (no inserted words except fillers, similarity ≥ 0.9) */
  hasNameSlot: boolean;
  /** words that cannot fill the `{name}` slot (the company name from metadata) */
  notNames: Set<string>;
}

export interface PhraseMatch {
  /** token index range [from, to) in the searched token list */
  from: number;
  to: number;
  score: number;
  negated: boolean;
}

const STOPWORDS: Record<AnalysisLanguage, Set<string>> = {
  en: new Set('a an the this that is are was be been to of for and or it its in on at with by as i im me my we our us you your'.split(' ')),
  es: new Set('el la los las un una unos unas de del que y o es son su sus en con por para a al se lo le les me mi nos este esta esto'.split(' ')),
};

export const NEGATORS: Record<AnalysisLanguage, Set<string>> = {
  en: new Set(['not', 'no', 'never', 'cant', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'shouldnt', 'wouldnt', 'couldnt', 'havent', 'hasnt', 'neither', 'nor', 'aint', 'unable']),
  es: new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'ningun', 'ninguna', 'ninguno']),
};

/** Continuations that make a negator idiomatic rather than negating what follows. */
const NEGATION_IDIOMS: string[][] = [
  ['problem'], ['problems'], ['worries'], ['worry'], ['a', 'problem'], ['hesitate'], ['matter'],
  ['se', 'preocupe'], ['hay', 'problema'], ['pasa', 'nada'], ['dude'], ['dudes'],
];

const FUZZY_GAP = 2;
/** hesitations that may sit inside a strictly matched phrase ("this is uh Sam") */
const FILLERS = new Set(['uh', 'um', 'umm', 'er', 'erm', 'eh', 'ah', 'mm', 'hmm', 'este', 'pues']);
/** minimum similarity of a phrase with a `{name}` slot */
const NAME_SLOT_MIN_SIMILARITY = 0.9;

export function compilePhrase(
  phrase: string,
  language: AnalysisLanguage,
  placeholders: Record<string, string> = {},
): CompiledPhrase | null {
  let text = phrase;
  let missing = false;
  text = text.replace(/\{([a-z_]+)\}/g, (m, key: string) => {
    if (key === 'name') return m; // the name slot, not a metadata placeholder
    const v = placeholders[key];
    if (!v) missing = true;
    return v ?? '';
  });
  if (missing) return null;
  const tokens: PhraseToken[] = [];
  for (const m of text.matchAll(/\*|\{name\}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    if (m[0] === '*') {
      tokens.push({ norm: '*', stem: '*', phon: '*', weight: 0.5, wildcard: true });
      continue;
    }
    if (m[0] === '{name}') {
      tokens.push({ norm: '{name}', stem: '{name}', phon: '{name}', weight: 1, wildcard: false, nameSlot: true });
      continue;
    }
    const norm = normaliseWord(m[0]);
    tokens.push({ norm, stem: stemWord(norm, language), phon: phoneticKey(norm, language), weight: STOPWORDS[language].has(norm) ? 0.5 : 1, wildcard: false });
  }
  if (tokens.length === 0) return null;
  const hasNegator = tokens.some((t) => NEGATORS[language].has(t.norm));
  const hasNameSlot = tokens.some((t) => t.nameSlot === true);
  const notNames = new Set<string>();
  if (hasNameSlot && placeholders.company_name) {
    for (const w of placeholders.company_name.matchAll(/[\p{L}\p{N}]+/gu)) notNames.add(normaliseWord(w[0]));
  }
  return { text, tokens, totalWeight: tokens.reduce((a, t) => a + t.weight, 0), hasNegator, hasNameSlot, notNames };
}

interface Step {
  score: number;
  first: number; // first matched token index (-1 if none)
  last: number; // last matched token index (-1 if none)
}

function align(tokens: Token[], phrase: CompiledPhrase, language: AnalysisLanguage, start: number, limit: number): Step {
  const p = phrase.tokens;
  const strict = phrase.hasNameSlot;
  const memo = new Map<number, Step>();
  const n = limit;
  const rec = (i: number, j: number, anchored: boolean): Step => {
    if (i === p.length) return { score: 0, first: -1, last: -1 };
    const key = (i * 1_000_003 + j) * 2 + (anchored ? 1 : 0);
    const hit = memo.get(key);
    if (hit) return hit;
    // option: skip phrase token i (dropped by ASR or speaker)
    let best: Step = rec(i + 1, j, anchored);
    const consider = (gain: number, at: number, endTok: number, next: Step) => {
      const score = gain + next.score;
      if (score > best.score + 1e-9) best = { score, first: at, last: next.last >= 0 ? next.last : endTok };
    };
    const maxGap = anchored ? FUZZY_GAP : 0;
    const pi = p[i];
    for (let g = 0; g <= maxGap; g++) {
      const k = j + g;
      if (k >= n) break;
      // strict phrases: only hesitations may be inserted
      if (strict && g > 0 && !FILLERS.has(tokens[k - 1].norm)) break;
      if (pi.nameSlot) {
        if (!isNameLikeToken(tokens, k, language, phrase.notNames)) continue;
        consider(pi.weight, k, k, rec(i + 1, k + 1, true));
        if (k + 1 < n && tokens[k + 1].clause === tokens[k].clause && isNameLikeToken(tokens, k + 1, language, phrase.notNames)) {
          consider(pi.weight, k, k + 1, rec(i + 1, k + 2, true));
        }
        continue;
      }
      if (pi.wildcard) {
        for (let w = 1; w <= 3 && k + w <= n; w++) consider(pi.weight, k, k + w - 1, rec(i + 1, k + w, true));
        continue;
      }
      const t = tokens[k];
      const sim = tokenSimilarity(pi, t);
      if (sim > 0) consider(sim * pi.weight, k, k, rec(i + 1, k + 1, true));
      // a phrase word split in two by ASR ("re corded")
      if (k + 1 < n && t.norm.length + tokens[k + 1].norm.length === pi.norm.length && t.norm + tokens[k + 1].norm === pi.norm) {
        consider(0.9 * pi.weight, k, k + 1, rec(i + 1, k + 2, true));
      }
      // two phrase words merged by ASR ("may be" -> "maybe")
      if (i + 1 < p.length && !p[i + 1].wildcard && !p[i + 1].nameSlot && pi.norm + p[i + 1].norm === t.norm) {
        consider(0.9 * (pi.weight + p[i + 1].weight), k, k, rec(i + 2, k + 1, true));
      }
    }
    memo.set(key, best);
    return best;
  };
  return rec(0, start, false);
}

function isNegatorAt(tokens: Token[], k: number, language: AnalysisLanguage): boolean {
  if (!NEGATORS[language].has(tokens[k].norm)) return false;
  for (const idiom of NEGATION_IDIOMS) {
    let ok = true;
    for (let x = 0; x < idiom.length; x++) {
      if (tokens[k + 1 + x]?.norm !== idiom[x]) {
        ok = false;
        break;
      }
    }
    if (ok) return false;
  }
  return true;
}

/** Is the match at [from, to) negated: a negator in the same clause up to 6 words before it, or inside it. */
const CONDITIONALS = new Set(['if', 'unless', 'si', 'salvo']);

/** "if you do not pay, we will ..." / "si no paga, ...": the negation belongs to the condition. */
function isConditional(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (CONDITIONALS.has(tokens[j].norm)) return true;
  return false;
}

export function isNegated(tokens: Token[], from: number, to: number, language: AnalysisLanguage, phrase: CompiledPhrase): boolean {
  if (phrase.hasNegator) return false;
  const clause = tokens[from].clause;
  for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
    if (tokens[k].clause !== clause) break;
    if (isNegatorAt(tokens, k, language) && !isConditional(tokens, k)) return true;
  }
  for (let k = from; k < to; k++) if (isNegatorAt(tokens, k, language)) return true;
  return false;
}

/**
 * All non-overlapping matches of `phrase` in `tokens` whose first token lies before
 * `startLimit` (default: anywhere), best-first per start, scanning left to right.
 */
export function matchPhrase(
  tokens: Token[],
  phrase: CompiledPhrase,
  language: AnalysisLanguage,
  minSimilarity = 0.8,
  startLimit = tokens.length,
): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const p = phrase.tokens;
  if (tokens.length === 0) return out;
  if (phrase.hasNameSlot) minSimilarity = Math.max(minSimilarity, NAME_SLOT_MIN_SIMILARITY);
  // cheap prefilter: enough phrase weight must have some similar token at all
  let available = 0;
  for (const pt of p) {
    if (pt.wildcard || pt.nameSlot) {
      available += pt.weight;
      continue;
    }
    for (const t of tokens) {
      if (tokenSimilarity(pt, t) > 0 || pt.norm.startsWith(t.norm) || t.norm.startsWith(pt.norm)) {
        available += pt.weight;
        break;
      }
    }
  }
  if (available / phrase.totalWeight < minSimilarity) return out;
  const minMatched = p.length === 1 ? 1 : 2;
  const candidateAt = (s: number): PhraseMatch | null => {
    const step = align(tokens, phrase, language, s, tokens.length);
    const score = step.score / phrase.totalWeight;
    if (step.first === s && score >= minSimilarity && step.last - step.first + 1 >= Math.min(minMatched, p.length)) {
      return { from: s, to: step.last + 1, score: Math.round(score * 1000) / 1000, negated: false };
    }
    return null;
  };
  let s = 0;
  while (s < tokens.length) {
    let best = candidateAt(s);
    if (!best) {
      s++;
      continue;
    }
    // a better-scoring match starting inside this one wins ("thank you for calling. this call may be...")
    for (let s2 = s + 1; s2 < best.to; s2++) {
      const c = candidateAt(s2);
      if (c && (c.score > best.score || (c.score === best.score && c.to - c.from < best.to - best.from))) best = c;
    }
    if (best.from >= startLimit) break;
    best.negated = isNegated(tokens, best.from, best.to, language, phrase);
    out.push(best);
    s = best.to;
  }
  return out;
}
