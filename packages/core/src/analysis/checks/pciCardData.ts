// pci_card_data, as ANALYSIS-CHECKS.md defines it: failed when a full payment card number (13-19 digits passing
// Luhn, by either party, in digits or words, in one segment or split over consecutive segments) or a security code is
// spoken, even when the agent then stops the customer; passed with the last four digits only, an expiry date alone,
// or long reference / order / tracking numbers (detectPii.ts does the reading). `params.types` may widen or narrow
// the PII types that count (default: card_number, card_cvv).
import type { PiiType } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime } from '../prepareTranscript.ts';
import { detectPii } from '../detectPii.ts';
import type { PiiFinding } from '../detectPii.ts';
import type { CheckDetector } from './checkVerdict.ts';

const cache = new WeakMap<PreparedTranscript, PiiFinding[]>();

/** analyseCall may hand over the findings it already computed for this transcript, so they are not computed twice */
export function rememberPiiFindings(pt: PreparedTranscript, findings: PiiFinding[]): void {
  cache.set(pt, findings);
}

function findingsOf(pt: PreparedTranscript): PiiFinding[] {
  let f = cache.get(pt);
  if (!f) {
    f = detectPii(pt.segments, pt.language, pt.tokens.length === pt.segments.length ? pt.tokens : undefined);
    cache.set(pt, f);
  }
  return f;
}

const NAMES = {
  en: { card_number: 'a full card number', card_cvv: 'the card security code', card_expiry: 'the card expiry date' } as Partial<Record<PiiType, string>>,
  es: { card_number: 'un número de tarjeta completo', card_cvv: 'el código de seguridad de la tarjeta', card_expiry: 'la fecha de caducidad de la tarjeta' } as Partial<Record<PiiType, string>>,
};
const WHO = { en: { Agent: 'the agent', Customer: 'the customer' }, es: { Agent: 'el agente', Customer: 'el cliente' } };

export const detectPciCardData: CheckDetector = (pt, rule) => {
  const types = new Set<PiiType>(Array.isArray(rule.params?.types) ? (rule.params!.types as PiiType[]) : ['card_number', 'card_cvv']);
  const speaker = rule.speaker ?? 'any';
  const hits = findingsOf(pt).filter((f) => !f.weak && types.has(f.type) && (speaker === 'any' || f.speaker === speaker));
  const lang = pt.language;
  if (hits.length === 0) {
    return { status: 'passed', evidence: [], explanation: lang === 'es' ? 'No se dijo ningún número de tarjeta completo ni código de seguridad.' : 'No full card number or security code was spoken.', confidence: 0.85 };
  }
  const first = hits[0];
  const what = [...new Set(hits.map((h) => NAMES[lang][h.type] ?? h.type))].join(lang === 'es' ? ' y ' : ' and ');
  const at = formatTime(first.start);
  const explanation = lang === 'es' ? `${WHO.es[first.speaker]} dijo ${what} en ${at}; los valores se ocultan.` : `${WHO.en[first.speaker]} spoke ${what} at ${at}; the values are masked.`;
  const evidence = [...new Set(hits.flatMap((h) => h.spans.map((s) => s.segment)))];
  return { status: 'failed', evidence, explanation: explanation[0].toUpperCase() + explanation.slice(1), confidence: 0.92 };
};
