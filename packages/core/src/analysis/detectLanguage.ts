// English / Spanish detection from transcript text by function-word frequency
// (robust on short, lower-case, punctuation-free ASR text where n-gram detectors struggle).
import type { AnalysisLanguage } from './schemas.ts';

const EN = new Set(
  'the and you is to my i it that for this can have what with your yes thank thanks please would like hello hi how are was be of in on do does did not just so we me about okay ok could will im its thats dont cant today help day call calling'.split(' '),
);
const ES = new Set(
  'el la de que y en los las se por para su es una un con del al lo le mi me esta este estas usted gracias hola si muy bien pero como puede quiero necesito tengo hay llamada cuenta tarjeta buenos buenas dias tardes senor senora vale claro favor ayudar momento nada ya eso tambien donde cuando'.split(' '),
);

export function detectLanguage(text: string): AnalysisLanguage {
  let en = 0;
  let es = 0;
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/[\p{L}']+/gu)) {
    const w = m[0].normalize('NFD').replace(/[\u0300-\u036f']/g, '');
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  es += (lower.match(/[ñáéíóú¿¡]/g)?.length ?? 0) * 0.5;
  return es > en ? 'es' : 'en';
}
