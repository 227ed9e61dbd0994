// Label-preserving damage for robustness testing: turns a labelled call into what a speech recogniser might have made
// of it, without changing what was said — so every label still holds, and a verdict that changes under it is a
// weakness of the engine, found without reading (or tuning on) the frozen test split. Pure and seeded.
//
// What it does to each segment (each step with some probability): lower case and no punctuation; digits read out
// as words ("4111" -> "four one one one", "$250" -> "two hundred fifty dollars"); contractions spelled out or run
// together ("we'll" -> "we will" / "well"); hesitations ("um", "uh", "eh", "este") inserted at word boundaries;
// accents dropped (Spanish); one long turn split in two at a sentence end (two segments of the same speaker).
import type { EvalCase } from './scoreCases.ts';
import { seededRandom } from '../../test/support/seededRandom.ts';

export { seededRandom };

const DIGITS: Record<'en' | 'es', string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
};
const TENS_EN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_ES = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const TEENS_ES = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve'];
const HUNDREDS_ES = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** a number under a million in words (amounts, years, days); longer digit strings are read digit by digit */
export function numberInWords(n: number, lang: 'en' | 'es'): string {
  if (n < 10) return DIGITS[lang][n];
  if (lang === 'en') {
    if (n < 20) return TEENS_EN[n - 10];
    if (n < 100) return TENS_EN[Math.floor(n / 10)] + (n % 10 ? ` ${DIGITS.en[n % 10]}` : '');
    if (n < 1000) return `${DIGITS.en[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100, 'en')}` : ''}`;
    return `${numberInWords(Math.floor(n / 1000), 'en')} thousand${n % 1000 ? ` ${numberInWords(n % 1000, 'en')}` : ''}`;
  }
  if (n < 20) return TEENS_ES[n - 10];
  if (n < 30) return n === 20 ? 'veinte' : `veinti${DIGITS.es[n % 10]}`;
  if (n < 100) return TENS_ES[Math.floor(n / 10)] + (n % 10 ? ` y ${DIGITS.es[n % 10]}` : '');
  if (n === 100) return 'cien';
  if (n < 1000) return `${HUNDREDS_ES[Math.floor(n / 100)]}${n % 100 ? ` ${numberInWords(n % 100, 'es')}` : ''}`;
  const k = Math.floor(n / 1000);
  return `${k === 1 ? 'mil' : `${numberInWords(k, 'es')} mil`}${n % 1000 ? ` ${numberInWords(n % 1000, 'es')}` : ''}`;
}

function digitsInWords(text: string, lang: 'en' | 'es'): string {
  return text
    .replace(/[$€£]\s?(\d[\d,]*)(?:\.(\d\d))?/g, (_m, whole: string, cents?: string) => {
      const n = Number(whole.replace(/,/g, ''));
      const unit = lang === 'en' ? 'dollars' : 'pesos';
      return `${n < 1_000_000 ? numberInWords(n, lang) : whole} ${unit}${cents ? ` ${numberInWords(Number(cents), lang)}` : ''}`;
    })
    .replace(/\d+/g, (d) => (d.length <= 3 && !d.startsWith('0') ? numberInWords(Number(d), lang) : [...d].map((x) => DIGITS[lang][Number(x)]).join(' ')));
}

const CONTRACTIONS: Array<[RegExp, string[]]> = [
  [/\bwe'll\b/gi, ['we will', 'well']],
  [/\bi'll\b/gi, ['i will', 'ill']],
  [/\byou'll\b/gi, ['you will', 'youll']],
  [/\bwe're\b/gi, ['we are', 'were']],
  [/\byou're\b/gi, ['you are', 'your']],
  [/\bi'm\b/gi, ['i am', 'im']],
  [/\bit's\b/gi, ['it is', 'its']],
  [/\bdon't\b/gi, ['do not', 'dont']],
  [/\bcan't\b/gi, ['cannot', 'cant']],
  [/\bwon't\b/gi, ['will not', 'wont']],
  [/\bthat's\b/gi, ['that is', 'thats']],
  [/\blet's\b/gi, ['let us', 'lets']],
];

const FILLERS = { en: ['um', 'uh', 'uh', 'um', 'er', 'hmm'], es: ['eh', 'ehm', 'mm', 'eh', 'em', 'mmm'] };

export interface PerturbOptions {
  /** probability of each step per segment */
  rate: number;
  seed: number;
  /** also give the company a new, invented name (in the metadata and wherever the call says it) */
  renameCompany?: boolean;
}

/** words of a company name that say what it is rather than who: kept when the company is renamed */
const GENERIC = /^(?:bank|banco|mobile|movil|insurance|seguros?|energy|energia|health|salud|credit|union|financial|financiera|group|grupo|services?|servicios|telecom|telecomunicaciones|power|water|agua|gas|electric|electrica|airlines?|aerolineas?|recoveries|collections|cobranzas?|national|nacional|federal|mutual|trust|savings|loans?|the|of|de|del|la|el|y|and|&|co|inc|ltd|sa|s\.a\.|spa|sac|cooperativa|coop|caja|store|shop|tienda|online|direct|home|hogar|finance|finanzas|capital|cable|internet|net|fibra|fibre|fiber|clinica|clinic|hospital|linea|aerea|aereas|lineas|salud|medical|dental|farmacia|pharmacy|universidad|university|college|hotel|hoteles|viajes|travel|motors|autos|seguro|broadband|wireless|utilities|utility|electricidad|luz)$/i;
const SYLLABLES = ['qua', 'lor', 'ven', 'tis', 'mar', 'dro', 'kel', 'sun', 'bra', 'zen', 'pol', 'vi', 'ra', 'nox', 'tal', 'mi', 'do', 'fen', 'gar', 'lu'];

/** an invented proper name of 2-3 syllables ("Lorven", "Quatismi") */
function inventedWord(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 2);
  const w = Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
  return w[0].toUpperCase() + w.slice(1);
}

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** the call with its company renamed: each distinctive word of metadata.company_name gets an invented one, everywhere
 *  (matched without regard to case or accents, so "Clínica" in the metadata is "clinica" in an ASR transcript) */
export function renameCompany(c: EvalCase, rnd: () => number): EvalCase {
  const name = typeof c.metadata?.company_name === 'string' ? c.metadata.company_name : null;
  if (!name) return c;
  const words = name.split(/\s+/).filter((w) => w.length >= 3 && !GENERIC.test(fold(w)));
  if (words.length === 0) return c;
  const map = new Map(words.map((w) => [fold(w), inventedWord(rnd)]));
  const swap = (t: string) =>
    t.replace(/\p{L}+/gu, (m) => {
      const to = map.get(fold(m));
      if (!to) return m;
      return m === m.toLowerCase() ? to.toLowerCase() : to;
    });
  return { ...c, metadata: { ...c.metadata, company_name: swap(name) }, segments: c.segments.map((s) => ({ ...s, text: swap(s.text) })) };
}

function perturbText(text: string, lang: 'en' | 'es', rnd: () => number, rate: number): string {
  let t = text;
  if (lang === 'en') for (const [re, outs] of CONTRACTIONS) t = t.replace(re, (m) => (rnd() < rate ? outs[Math.floor(rnd() * outs.length)] : m));
  if (rnd() < rate) t = digitsInWords(t, lang);
  if (lang === 'es' && rnd() < rate) t = t.normalize('NFD').replace(/(?!\u0303)[\u0300-\u036f]/g, '').normalize('NFC');
  if (rnd() < rate) {
    t = t
      .toLowerCase()
      .replace(/[¿¡.,;:!?"“”()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (rnd() < rate) {
    const words = t.split(' ');
    const at = 1 + Math.floor(rnd() * Math.max(1, words.length - 1));
    const filler = FILLERS[lang][Math.floor(rnd() * FILLERS[lang].length)];
    words.splice(at, 0, filler);
    t = words.join(' ');
  }
  return t;
}

/** the damaged copy of a call: same labels, same speakers and times, words as a recogniser might have written them */
export function perturbCase(c: EvalCase, opts: PerturbOptions): EvalCase {
  const rnd = seededRandom(opts.seed ^ [...c.id].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261));
  const source = opts.renameCompany ? renameCompany(c, rnd) : c;
  const segments: EvalCase['segments'] = [];
  for (const s of source.segments) {
    const sentences = s.text.match(/[^.!?]+[.!?]+(?:\s|$)|[^.!?]+$/g) ?? [s.text];
    if (sentences.length >= 2 && s.end - s.start > 4 && rnd() < opts.rate / 2) {
      // split the turn in two at a sentence end, times shared in proportion to the words
      const cut = 1 + Math.floor(rnd() * (sentences.length - 1));
      const first = sentences.slice(0, cut).join('').trim();
      const second = sentences.slice(cut).join('').trim();
      const share = first.split(/\s+/).length / (first.split(/\s+/).length + second.split(/\s+/).length);
      const mid = Math.round((s.start + (s.end - s.start) * share) * 100) / 100;
      segments.push({ ...s, text: perturbText(first, c.language, rnd, opts.rate), end: mid });
      segments.push({ ...s, text: perturbText(second, c.language, rnd, opts.rate), start: Math.min(s.end, mid + 0.05) });
    } else segments.push({ ...s, text: perturbText(s.text, c.language, rnd, opts.rate) });
  }
  return { ...source, id: `${c.id}~perturbed`, asr: 'noisy', segments };
}
