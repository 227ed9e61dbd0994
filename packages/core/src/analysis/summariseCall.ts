// A short extractive summary of a call: who called, why, and the outcome.
import type { ComplianceResult, QualityResult } from './schemas.ts';
import type { PreparedTranscript } from './prepareTranscript.ts';

interface Topic {
  id: string;
  en: string;
  es: string;
  pattern: RegExp;
}

const TOPICS: Topic[] = [
  { id: 'fraud', en: 'a possible fraudulent transaction', es: 'una posible operación fraudulenta', pattern: /\b(fraud\w*|unauthori[sz]ed|didnt make|no reconozco|fraude)\b/ },
  { id: 'card', en: 'replacing a card', es: 'sustituir una tarjeta', pattern: /\b(lost|stolen|replace\w*|new card|damaged card|perdi|robad[ao]|nueva tarjeta|reemplaz\w*|sustitu\w*|tarjeta rota)\b/ },
  { id: 'debt', en: 'an outstanding debt', es: 'una deuda pendiente', pattern: /\b(debt|owe|overdue|past due|deuda|debo|impago|recibo pendiente)\b/ },
  { id: 'balance', en: 'an account balance', es: 'el saldo de una cuenta', pattern: /\b(balance|saldo)\b/ },
  { id: 'transfer', en: 'a money transfer', es: 'una transferencia', pattern: /\b(transfer\w*|transferencia|transferir|traspas\w*)\b/ },
  { id: 'payment', en: 'paying a bill', es: 'pagar una factura', pattern: /\b(pay|paying|bill|payment|pagar|pago|factura|recibo)\b/ },
  { id: 'password', en: 'resetting a password', es: 'restablecer una contraseña', pattern: /\b(password|reset|log in|login|contrasena|clave de acceso)\b/ },
  { id: 'appointment', en: 'scheduling an appointment', es: 'pedir una cita', pattern: /\b(appointment|schedule|meeting|cita|reunion)\b/ },
  { id: 'hours', en: 'branch opening hours', es: 'el horario de la oficina', pattern: /\b(hours|open|close|horario|abren|cierran)\b/ },
  { id: 'checks', en: 'ordering checks', es: 'pedir talonarios', pattern: /\b(checks|checkbook|cheques|chequera|talonario)\b/ },
  { id: 'complaint', en: 'a complaint', es: 'una queja', pattern: /\b(complain\w*|complaint|queja|reclamacion)\b/ },
];

const NAME_INTRO = /\b(?:my name is|my names|this is|me llamo|mi nombre es|soy)\s+([a-z]+)(?:\s+([a-z]+))?/;
const NAME_STOP = new Set(['calling', 'the', 'a', 'and', 'i', 'im', 'from', 'with', 'el', 'la', 'de', 'y', 'para', 'que', 'un', 'una', 'about', 'regarding', 'here', 'speaking', 'your', 'su']);

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export interface CallSummary {
  text: string;
  reasonSegment: number | null;
  topic: string | null;
}

export function summariseCall(pt: PreparedTranscript, quality: QualityResult, compliance: ComplianceResult): CallSummary {
  const es = pt.language === 'es';
  let name: string | null = null;
  let reasonSegment: number | null = null;
  let topic: Topic | null = null;
  for (let i = 0; i < pt.segments.length; i++) {
    if (pt.segments[i].speaker !== 'Customer') continue;
    const norm = pt.tokens[i].map((t) => t.norm).join(' ');
    if (!name) {
      const m = NAME_INTRO.exec(norm);
      if (m && !NAME_STOP.has(m[1]) && m[1].length > 1) name = [m[1], m[2] && !NAME_STOP.has(m[2]) ? m[2] : ''].filter(Boolean).map(cap).join(' ');
    }
    if (!topic) {
      for (const tp of TOPICS) {
        if (tp.pattern.test(norm)) {
          topic = tp;
          reasonSegment = i;
          break;
        }
      }
    }
  }
  const who = name ?? (es ? 'El cliente' : 'The customer');
  const resolution = quality.scorecard.find((s) => s.id === 'resolution');
  const trend = quality.metrics.sentiment.customer_trend;
  const parts: string[] = [];
  const quote = reasonSegment !== null ? pt.quoteTexts[reasonSegment].trim().split(/\s+/).slice(0, 18).join(' ') : '';
  if (topic) parts.push(es ? `${who} llamó por ${topic.es} («${quote}»).` : `${who} called about ${topic.en} ("${quote}").`);
  else parts.push(es ? `${who} llamó; el motivo no se pudo determinar con claridad.` : `${who} called; the reason could not be determined clearly.`);
  if (resolution) {
    if (resolution.score >= 0.75) parts.push(es ? 'El agente resolvió la petición y el cliente lo confirmó.' : 'The agent resolved the request and the customer acknowledged it.');
    else if (resolution.score >= 0.5) parts.push(es ? 'La petición parece resuelta, pero sin confirmación clara.' : 'The request appears handled, without a clear confirmation.');
    else parts.push(es ? 'No hay indicios claros de resolución.' : 'There is no clear sign the request was resolved.');
  }
  const trendText = es
    ? { improving: 'mejoró', steady: 'se mantuvo estable', worsening: 'empeoró' }[trend]
    : { improving: 'improved', steady: 'stayed steady', worsening: 'worsened' }[trend];
  parts.push(es ? `El sentimiento del cliente ${trendText}.` : `Customer sentiment ${trendText}.`);
  const failed = compliance.checks.filter((c) => c.status === 'failed').map((c) => c.title);
  if (failed.length) parts.push(es ? `Incumplimientos: ${failed.join(', ')}.` : `Compliance issues: ${failed.join(', ')}.`);
  return { text: parts.join(' '), reasonSegment, topic: topic?.id ?? null };
}
