// Reading digits from transcript tokens: written digits ("4111"), spoken digits
// and numbers in English and Spanish ("four one one one", "forty one eleven",
// "cuarenta y uno", "double five").
import type { AnalysisLanguage } from './schemas.ts';
import type { Token } from './tokenise.ts';

const UNITS: Record<AnalysisLanguage, Record<string, number>> = {
  en: { zero: 0, oh: 0, o: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
  es: { cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
};
const TEENS: Record<AnalysisLanguage, Record<string, number>> = {
  en: { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 },
  es: {
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, veintiuno: 21, veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  },
};
const TENS: Record<AnalysisLanguage, Record<string, number>> = {
  en: { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  es: { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
};
const REPEAT: Record<AnalysisLanguage, Record<string, number>> = {
  en: { double: 2, triple: 3 },
  es: { doble: 2, triple: 3 },
};
/** ASR homophones of digits, read as digits only inside a run of numbers ("for one one one"). */
const HOMOPHONES: Record<AnalysisLanguage, Record<string, number>> = {
  en: { for: 4, fore: 4, to: 2, too: 2, won: 1, ate: 8, tree: 3 },
  es: {},
};
const FILLERS = new Set(['uh', 'uhh', 'uhm', 'um', 'umm', 'er', 'erm', 'eh', 'ehh', 'ehm', 'eeh', 'em', 'emm', 'ah', 'mm', 'mmm', 'hm', 'hmm', 'mhm', 'dash', 'guion', 'este']);

export interface DigitPiece {
  /** token indices [from, to) that produced these digits */
  from: number;
  to: number;
  digits: string;
}

export interface DigitRun {
  from: number;
  to: number;
  digits: string;
  pieces: DigitPiece[];
}

/** Digits read at token k (and following tokens for compounds), or null. */
export function readNumberAt(tokens: Token[], k: number, language: AnalysisLanguage): DigitPiece | null {
  const t = tokens[k];
  if (!t) return null;
  if (/^\d+$/.test(t.norm)) return { from: k, to: k + 1, digits: t.norm };
  const w = t.norm;
  const units = UNITS[language];
  if (w in REPEAT[language]) {
    const next = tokens[k + 1]?.norm;
    if (next !== undefined && (next in units || /^\d$/.test(next))) {
      const d = next in units ? String(units[next]) : next;
      return { from: k, to: k + 2, digits: d.repeat(REPEAT[language][w]) };
    }
    return null;
  }
  if (w in units) {
    if (language === 'en' && w === 'o') {
      // "o" only counts as zero next to other numbers
      const near = [tokens[k - 1], tokens[k + 1]].some((x) => x && (x.norm in units || /^\d+$/.test(x.norm)));
      if (!near) return null;
    }
    return { from: k, to: k + 1, digits: String(units[w]) };
  }
  const homophone = HOMOPHONES[language][w];
  if (homophone !== undefined) {
    const isNum = (x: Token | undefined) => !!x && (/^\d+$/.test(x.norm) || x.norm in units || x.norm in TEENS[language] || x.norm in TENS[language]);
    if (isNum(tokens[k + 1]) && (isNum(tokens[k + 2]) || isNum(tokens[k - 1]))) return { from: k, to: k + 1, digits: String(homophone) };
    return null;
  }
  if (w in TEENS[language]) return { from: k, to: k + 1, digits: String(TEENS[language][w]) };
  if (w in TENS[language]) {
    const tens = TENS[language][w];
    let j = k + 1;
    if (language === 'es') {
      // "noventa y nueve", also with a hesitation on either side of the "y" ("noventa eh y nueve", "noventa y mm nueve")
      let y = j;
      while (y < j + 2 && FILLERS.has(tokens[y]?.norm ?? '')) y++;
      if (tokens[y]?.norm === 'y') {
        y++;
        while (FILLERS.has(tokens[y]?.norm ?? '') && y < j + 4) y++;
        j = y;
      }
    }
    const u = tokens[j]?.norm;
    if (u !== undefined && u in units && units[u] > 0) return { from: k, to: j + 1, digits: String(tens + units[u]) };
    return { from: k, to: k + 1, digits: String(tens) };
  }
  if (language === 'en' && /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine)$/.test(w)) {
    const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(.*)$/.exec(w)!;
    return { from: k, to: k + 1, digits: String(TENS.en[m[1]] + units[m[2]]) };
  }
  return null;
}

const HUNDREDS_ES: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
  quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800,
  ochocientas: 800, novecientos: 900, novecientas: 900,
};

/** a number below 100 said at k (digit word, teen, tens with or without unit), as a value */
function readBelowHundred(tokens: Token[], k: number, language: AnalysisLanguage): { value: number; to: number } | null {
  const w = tokens[k]?.norm;
  if (w === undefined || w in REPEAT[language] || w in HOMOPHONES[language] || w === 'o' || w === 'oh') return null;
  if (!(w in UNITS[language] || w in TEENS[language] || w in TENS[language] || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[a-z]+$/.test(w))) return null;
  const p = readNumberAt(tokens, k, language);
  return p && p.digits.length <= 2 ? { value: Number(p.digits), to: p.to } : null;
}

/**
 * Numbers said with hundreds / thousands: "four hundred and fifty six" (456), "cuatrocientos ochenta y ocho" (488),
 * "cuatro mil quinientos treinta y nueve" (4539), "dos mil veintisiete" (2027). Written as all their digits.
 */
export function readCompoundAt(tokens: Token[], k: number, language: AnalysisLanguage): DigitPiece | null {
  const w = tokens[k]?.norm;
  if (w === undefined) return null;
  if (language === 'en') {
    if (tokens[k + 1]?.norm !== 'hundred') return null;
    const u = UNITS.en[w];
    if (u === undefined || u === 0 || w === 'o') return null;
    let j = k + 2;
    if (tokens[j]?.norm === 'and') j++;
    const rest = readBelowHundred(tokens, j, language);
    const value = u * 100 + (rest ? rest.value : 0);
    return { from: k, to: rest ? rest.to : k + 2, digits: String(value) };
  }
  // Spanish: [unidad] mil [centenas] [decenas/unidades]; cheap test first (this runs at every token)
  if (w !== 'mil' && !(w in HUNDREDS_ES) && tokens[k + 1]?.norm !== 'mil' && tokens[k + 3]?.norm !== 'mil') return null;
  let j = k;
  let thousands = -1;
  const lead = readBelowHundred(tokens, k, language);
  if (w === 'mil') ((thousands = 1), (j = k + 1));
  else if (lead && lead.value > 0 && tokens[lead.to]?.norm === 'mil') ((thousands = lead.value), (j = lead.to + 1));
  let hundreds = -1;
  const h = tokens[j]?.norm;
  if (h !== undefined && h in HUNDREDS_ES) ((hundreds = HUNDREDS_ES[h]), j++);
  if (thousands < 0 && hundreds < 0) return null;
  const rest = readBelowHundred(tokens, j, language);
  if (rest) j = rest.to;
  const value = Math.max(0, thousands) * 1000 + Math.max(0, hundreds) + (rest ? rest.value : 0);
  return { from: k, to: j, digits: String(value) };
}

export interface ReadOptions {
  /** also read hundreds and thousands ("cuatro mil quinientos treinta y nueve"); off by default */
  compounds?: boolean;
}

/** Maximal runs of consecutive numbers (fillers such as "uh" allowed between them). */
export function readDigitRuns(tokens: Token[], language: AnalysisLanguage, options: ReadOptions = {}): DigitRun[] {
  const runs: DigitRun[] = [];
  let cur: DigitRun | null = null;
  let k = 0;
  const read = options.compounds
    ? (ts: Token[], i: number, lang: AnalysisLanguage) => readCompoundAt(ts, i, lang) ?? readNumberAt(ts, i, lang)
    : readNumberAt;
  while (k < tokens.length) {
    const piece = read(tokens, k, language);
    if (piece) {
      if (!cur) cur = { from: k, to: piece.to, digits: '', pieces: [] };
      cur.pieces.push(piece);
      cur.digits += piece.digits;
      cur.to = piece.to;
      k = piece.to;
      continue;
    }
    if (cur) {
      // hesitations (and a stray Spanish "y" left by "noventa y… ocho") between two numbers keep the run going
      let j = k;
      while (j < tokens.length && j - k < 3 && (FILLERS.has(tokens[j].norm) || (language === 'es' && tokens[j].norm === 'y'))) j++;
      if (j > k && read(tokens, j, language)) {
        k = j;
        continue;
      }
    }
    if (cur) runs.push(cur);
    cur = null;
    k++;
  }
  if (cur) runs.push(cur);
  return runs;
}
