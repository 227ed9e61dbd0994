/**
 * Per-call edits of the call-centre language model (pure text in, text out): the `{company}` slot is filled with the
 * call's company names (each one compound word such as `harper_valley_bank`, so the recogniser treats the name as one
 * unit), and hint words the model does not know are added as rare unigrams. Compound words are split back into
 * words after recognition.
 */
import type { AsrWord } from '../AsrEngine.ts';
import { lmSentences } from './lmText.ts';
import { pronounce, type PronouncingDictionary } from './pronounce.ts';

export const COMPANY_SLOT = '{company}';
const JOIN = '_';

/** "Harper Valley Bank" -> "harper_valley_bank" (null when nothing speakable is left). Pure. */
export function compoundToken(name: string): string | null {
  const words = lmSentences(name).flat();
  return words.length ? words.join(JOIN) : null;
}

export interface CallLmEdit {
  /** Company names to put in the slot (from metadata / the account). */
  companies?: string[];
  /** Other names and phrases whose words must be recognisable (products, policy phrases). */
  words?: string[];
}

/**
 * The model with the slot filled (an n-gram naming the slot is repeated once per company with its probability
 * shared among them; with no company it is dropped) and unknown hint words added as unigrams at `unknownLogProb`.
 * Returns the ARPA text and the dictionary lines the new words need. Pure.
 */
export function editCallLm(arpa: string, dict: PronouncingDictionary, edit: CallLmEdit, opts: { unknownLogProb?: number } = {}): { arpa: string; dictLines: string[] } {
  const tokens = [...new Set((edit.companies ?? []).map(compoundToken).filter((t): t is string => !!t))];
  const share = tokens.length ? Math.log10(tokens.length) : 0;
  const lines = arpa.split('\n');
  const sections: string[][] = [];
  let k = 0;
  const tail: string[] = [];
  for (const line of lines) {
    const m = /^\\(\d+)-grams:/.exec(line);
    if (m) { k = Number(m[1]); sections[k] = []; continue; }
    if (line.startsWith('\\end\\')) { k = -1; continue; }
    if (k <= 0 || !line.trim()) { if (k === -1) tail.push(line); continue; }
    if (!line.includes(COMPANY_SLOT)) { sections[k].push(line); continue; }
    for (const t of tokens) {
      const f = line.split(' ');
      f[0] = (Number(f[0]) - share).toFixed(4);
      sections[k].push(f.map((x, i) => (i > 0 && x === COMPANY_SLOT ? t : x)).join(' '));
    }
  }
  const known = new Set((sections[1] ?? []).map((l) => l.split(' ')[1]));
  const dictLines: string[] = [];
  const dictHas = new Set<string>();
  for (const t of tokens) {
    const phones = t.split(JOIN).map((w) => pronounce(w, dict)[0]).join(' ');
    dictLines.push(`${t} ${phones}`);
    dictHas.add(t);
  }
  const unk = opts.unknownLogProb ?? -5;
  for (const w of new Set((edit.words ?? []).flatMap((p) => lmSentences(p).flat()))) {
    if (known.has(w) || dictHas.has(w)) continue;
    sections[1].push(`${unk.toFixed(4)} ${w} 0.0000`);
    known.add(w);
    dictHas.add(w);
    pronounce(w, dict).forEach((p, i) => dictLines.push(i ? `${w}(${i + 1}) ${p}` : `${w} ${p}`));
  }
  const out = ['\\data\\'];
  for (let i = 1; i < sections.length; i++) out.push(`ngram ${i}=${sections[i].length}`);
  for (let i = 1; i < sections.length; i++) out.push('', `\\${i}-grams:`, ...sections[i]);
  out.push('', '\\end\\', '');
  return { arpa: out.join('\n'), dictLines };
}

/** Splits recognised compound words ("harper_valley_bank") into words sharing its time by length. Pure. */
export function splitCompoundWords(words: AsrWord[]): AsrWord[] {
  const out: AsrWord[] = [];
  for (const w of words) {
    if (!w.word.includes(JOIN)) { out.push(w); continue; }
    const parts = w.word.split(JOIN).filter(Boolean);
    const total = parts.reduce((n, p) => n + p.length, 0);
    let t = w.start;
    for (const p of parts) {
      const end = t + ((w.end - w.start) * p.length) / total;
      out.push({ word: p, start: Math.round(t * 1000) / 1000, end: Math.round(end * 1000) / 1000, confidence: w.confidence });
      t = end;
    }
  }
  return out;
}
