/**
 * Text -> the word sequences a speech recogniser's language model is trained on and its dictionary spells:
 * lower case, numbers spoken as words, sentence punctuation splits, other punctuation dropped. Pure.
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0..999999 as words ("four thousand two hundred twelve"). Pure. */
export function cardinalWords(n: number): string[] {
  if (n < 20) return [ONES[n]];
  if (n < 100) return n % 10 ? [TENS[Math.floor(n / 10)], ONES[n % 10]] : [TENS[n / 10]];
  if (n < 1000) return [ONES[Math.floor(n / 100)], 'hundred', ...(n % 100 ? cardinalWords(n % 100) : [])];
  return [...cardinalWords(Math.floor(n / 1000)), 'thousand', ...(n % 1000 ? cardinalWords(n % 1000) : [])];
}

/** A run of digits as a speaker would read it: small numbers as cardinals, years in pairs, long ones digit by digit. Pure. */
export function digitsToWords(digits: string): string[] {
  const n = Number(digits);
  if (digits.length > 1 && digits.startsWith('0')) return [...digits].map((d) => (d === '0' ? 'oh' : ONES[Number(d)]));
  if (digits.length <= 3) return cardinalWords(n);
  if (digits.length === 4 && n >= 1900 && n < 2100 && n % 100 !== 0) {
    const hi = Math.floor(n / 100);
    const lo = n % 100;
    return n >= 2000 && n < 2010 ? cardinalWords(n) : [...cardinalWords(hi), ...(lo < 10 ? ['oh', ONES[lo]] : cardinalWords(lo))];
  }
  if (digits.length === 4) return cardinalWords(n);
  return [...digits].map((d) => ONES[Number(d)]);
}

const SYMBOLS: Record<string, string> = { '&': ' and ', '%': ' percent ', '@': ' at ', '+': ' plus ', '#': ' number ' };

/**
 * Splits text into sentences of normalised words (a-z and inner apostrophes). "$45.50" -> forty five dollars fifty,
 * "3rd" -> third, hyphens split words. Pure.
 */
export function lmSentences(text: string): string[][] {
  let t = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'");
  t = t.replace(/\$(\d+)(?:\.(\d\d))?/g, (_, d: string, c?: string) => ` ${digitsToWords(d).join(' ')} dollars${c && c !== '00' ? ` ${cardinalWords(Number(c)).join(' ')}` : ''} `);
  t = t.replace(/(\d+)(st|nd|rd|th)\b/gi, (_, d: string) => ` ${ordinal(Number(d))} `);
  t = t.replace(/(\d),(\d{3})\b/g, '$1$2');
  t = t.replace(/(\d+)\.(\d+)/g, (_, a: string, b: string) => ` ${digitsToWords(a).join(' ')} point ${[...b].map((d) => ONES[Number(d)]).join(' ')} `);
  t = t.replace(/\d+/g, (d) => ` ${digitsToWords(d).join(' ')} `);
  t = t.replace(/[&%@+#]/g, (s) => SYMBOLS[s]);
  const out: string[][] = [];
  for (const part of t.split(/[.!?;:…]+(?:\s|$)|\n|[()[\]{}"“”]/)) {
    const words = part.toLowerCase().replace(/[^a-z'\s-]/g, ' ').replace(/-+/g, ' ').split(/\s+/)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean);
    if (words.length) out.push(words);
  }
  return out;
}

function ordinal(n: number): string {
  const special: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };
  const w = cardinalWords(n);
  const last = w[w.length - 1];
  w[w.length - 1] = special[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return w.join(' ');
}
