/**
 * Pronunciations for a recogniser's dictionary (CMU phone set, as pocketsphinx-en-us uses): looked up in a
 * CMU-style dictionary, else split into dictionary words ("shellharbour" = shell + harbour), else spelled by
 * English letter-to-sound rules; acronyms are spelled letter by letter. Pure.
 */

export type PronouncingDictionary = Map<string, string[]>;

/** Parses "word PH PH" / "word(2) PH PH" lines; keeps every variant. Pure. */
export function parseDictionary(text: string): PronouncingDictionary {
  const dict: PronouncingDictionary = new Map();
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp).replace(/\(\d+\)$/, '');
    const phones = line.slice(sp + 1).trim();
    if (!phones) continue;
    const list = dict.get(word);
    if (list) list.push(phones);
    else dict.set(word, [phones]);
  }
  return dict;
}

/** Dictionary lines for words, in pocketsphinx format (variants as word(2) …). Pure. */
export function formatDictionary(entries: Iterable<[string, string[]]>): string {
  const lines: string[] = [];
  for (const [word, variants] of entries) variants.forEach((p, i) => lines.push(i ? `${word}(${i + 1}) ${p}` : `${word} ${p}`));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const LETTER_NAMES: Record<string, string> = {
  a: 'EY', b: 'B IY', c: 'S IY', d: 'D IY', e: 'IY', f: 'EH F', g: 'JH IY', h: 'EY CH', i: 'AY', j: 'JH EY', k: 'K EY', l: 'EH L',
  m: 'EH M', n: 'EH N', o: 'OW', p: 'P IY', q: 'K Y UW', r: 'AA R', s: 'EH S', t: 'T IY', u: 'Y UW', v: 'V IY', w: 'D AH B AH L Y UW',
  x: 'EH K S', y: 'W AY', z: 'Z IY',
};

/** Letter by letter ("hsbc" -> EY CH EH S B IY S IY). Pure. */
export function spellLetters(word: string): string {
  return [...word].map((c) => LETTER_NAMES[c]).filter(Boolean).join(' ');
}

const VOWEL = /[aeiouy]/;
// grapheme rules, longest first: [letters, phones, condition]
type Rule = [string, string, ((w: string, i: number) => boolean)?];
const before = (set: string) => (w: string, i: number, len = 1) => set.includes(w[i + len] ?? '#');
const RULES: Rule[] = [
  ['tion', 'SH AH N'], ['sion', 'ZH AH N'], ['ough', 'AO'], ['augh', 'AO'], ['eigh', 'EY'], ['igh', 'AY'], ['tch', 'CH'], ['sch', 'S K'],
  ['dge', 'JH'], ['que', 'K', (w, i) => i + 3 === w.length],
  ['ch', 'CH'], ['sh', 'SH'], ['th', 'TH'], ['ph', 'F'], ['wh', 'W'], ['ck', 'K'], ['ng', 'NG'], ['qu', 'K W'], ['gh', '', (_, i) => i > 0], ['gh', 'G'],
  ['kn', 'N', (_, i) => i === 0], ['wr', 'R', (_, i) => i === 0], ['ps', 'S', (_, i) => i === 0],
  ['oo', 'UW'], ['ee', 'IY'], ['ea', 'IY'], ['ai', 'EY'], ['ay', 'EY'], ['oa', 'OW'], ['ou', 'AW'], ['ow', 'OW'], ['oi', 'OY'], ['oy', 'OY'],
  ['au', 'AO'], ['aw', 'AO'], ['ie', 'IY'], ['ei', 'EY'], ['ey', 'IY', (w, i) => i + 2 === w.length], ['ey', 'EY'], ['ew', 'UW'], ['ue', 'UW'],
  ['er', 'ER'], ['ir', 'ER'], ['ur', 'ER'], ['ar', 'AA R'], ['or', 'AO R'],
];

/** English letter-to-sound rules (rough, for names no dictionary knows). Pure. */
export function letterToSound(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  const out: string[] = [];
  let i = 0;
  // a final silent e makes the previous vowel long ("lane", "mike")
  const silentE = w.length > 3 && w.endsWith('e') && !VOWEL.test(w[w.length - 2]) && VOWEL.test(w[w.length - 3]) && !VOWEL.test(w[w.length - 4] ?? '');
  const longVowelAt = silentE ? w.length - 3 : -1;
  const LONG: Record<string, string> = { a: 'EY', e: 'IY', i: 'AY', o: 'OW', u: 'UW', y: 'AY' };
  while (i < w.length) {
    if (silentE && i === w.length - 1) break;
    let matched = false;
    for (const [g, p, cond] of RULES) {
      if (w.startsWith(g, i) && (!cond || cond(w, i))) {
        if (p) out.push(p);
        i += g.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const c = w[i];
    const next = w[i + 1] ?? '#';
    if (c === next && !VOWEL.test(c)) { i++; continue; } // doubled consonant
    if (i === longVowelAt) out.push(LONG[c]);
    else switch (c) {
      case 'a': out.push('AE'); break;
      case 'e': out.push(i === w.length - 1 && w.length > 2 ? '' : 'EH'); break;
      case 'i': out.push('IH'); break;
      case 'o': out.push(i === w.length - 1 ? 'OW' : 'AA'); break;
      case 'u': out.push('AH'); break;
      case 'y': out.push(i === 0 ? 'Y' : i === w.length - 1 ? 'IY' : 'IH'); break;
      case 'c': out.push(before('eiy')(w, i) ? 'S' : 'K'); break;
      case 'g': out.push(before('eiy')(w, i) && i > 0 ? 'JH' : 'G'); break;
      case 'x': out.push(i === 0 ? 'Z' : 'K S'); break;
      case 'j': out.push('JH'); break;
      case 'h': out.push('HH'); break;
      case 'q': out.push('K'); break;
      default: out.push(c.toUpperCase());
    }
    i++;
  }
  return out.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || spellLetters(w);
}

/**
 * Pronunciation variants of one lower-case word: the dictionary's, else a split into dictionary words (each at
 * least 3 letters, fewest pieces), else a dictionary prefix + rules for the rest, else rules. Pure.
 */
export function pronounce(word: string, dict: PronouncingDictionary, opts: { acronym?: boolean } = {}): string[] {
  const w = word.toLowerCase();
  const known = dict.get(w);
  if (known) return known;
  if (opts.acronym || (w.length <= 5 && !VOWEL.test(w))) return [spellLetters(w)];
  // fewest dictionary pieces covering the word
  const best: Array<{ n: number; phones: string } | null> = Array(w.length + 1).fill(null);
  best[0] = { n: 0, phones: '' };
  for (let end = 3; end <= w.length; end++) {
    for (let start = 0; start <= end - 3; start++) {
      const prev = best[start];
      const piece = dict.get(w.slice(start, end));
      if (!prev || !piece) continue;
      if (!best[end] || prev.n + 1 < best[end]!.n) best[end] = { n: prev.n + 1, phones: `${prev.phones} ${piece[0]}`.trim() };
    }
  }
  if (best[w.length] && best[w.length]!.n <= 3) return [best[w.length]!.phones];
  for (let end = w.length - 2; end >= 4; end--) {
    const piece = dict.get(w.slice(0, end));
    if (piece) return [`${piece[0]} ${letterToSound(w.slice(end))}`.trim()];
  }
  return [letterToSound(w)];
}
