// recording_disclosure, as ANALYSIS-CHECKS.md defines it: the agent tells the customer that the call is or may be
// recorded or monitored, in any wording, within the first 30 s (30-60 s: uncertain, for review; later or never:
// failed). "Record" in the sense of saving data ("let me record that on your file", "ya lo dejé grabado en su ficha")
// is not a disclosure; neither is a dodge when the customer asks. Survives ASR damage ("that all may be record it").
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime } from '../prepareTranscript.ts';
import type { CheckDetector, CheckVerdict } from './checkVerdict.ts';
import { segmentTexts } from './callText.ts';

const PASS_BY = 30;
const FAIL_AFTER = 60;

interface Lexicon {
  /** a word of recording or monitoring */
  verb: RegExp;
  /** what is recorded (the call) or why (quality, training): makes the verb a disclosure */
  object: RegExp;
  /** "may be recorded" shapes that are a disclosure even when the object was misheard */
  modal: RegExp;
  /** keeping the call itself in other words: "we keep a copy of this call", "conservamos el audio de esta conversación" */
  keep: RegExp;
  /** the data sense: recording something on a file / account */
  dataSense: RegExp;
  negated: RegExp;
  /** "I can't tell you whether this call is recorded" */
  dodge: RegExp;
  /** the customer asks whether the call is recorded */
  asks: RegExp;
}

const LEX: Record<AnalysisLanguage, Lexicon> = {
  en: {
    // "recor…" and "monit…" also catch what a recogniser makes of them ("recorde", "recordid", "recordered")
    verb: /\b(recor[a-z]*|monitor[a-z]*|taped|taping|listened in|listening in)\b/,
    object: /\b(calls?|line|lines|conversations?|chats?|phone ?calls?|quality|training|coaching|compliance|assurance|purposes|security reasons|our records and)\b/,
    modal: /\b(may|might|will|could|can|would|is|are|being|be|get|gets) (be |being )?(recor[a-z]*|record it|monitor[a-z]*|taped)\b|\b(we|i) (record|monitor|are recording|re recording|keep a recording|keep recordings)\b/,
    keep: /\b(keep|kept|store|stored|save|saved|retain|retained|archive|archived)s? (a copy|copies|an audio copy|an audio recording|audio|a transcript) of (this|the|our|all|every) (calls?|conversations?)\b|\b(calls?|conversations?) (is|are|will be|may be|might be|can be) (kept|stored|saved|retained|archived|listened to|reviewed) (for|by)\b|\b(supervisors?|managers?|team leaders?|team leads?|colleagues?|quality (?:team|analysts?|assessors?)|someone from (?:our|the) (?:quality )?team|a member of (?:our|the) (?:quality )?team)(?: (?:may|might|could|can|will|is|are|sometimes))?(?: also)? (?:listen|listens|listening|be listening|hear|review) (?:in )?(?:on |to )?(?:this|the|our|these|all) (?:calls?|conversations?)\b|\blisten(?:s|ing)? in on (?:this|the|our|these) (?:calls?|conversations?)\b/,
    dataSense: /\b(on|in|to|into) (your|the|our) (file|account|system|notes|profile|records|record)\b|\bfor (your|our) records\b|\b(record|recorded|noted|logged) (that|this|it|your|the) (on|in|down|against)\b|\b(your|the) (payment|change|address|request|complaint|claim|details|order|preference|note)s? (has|have|is|are|was|were) (been )?(recorded|noted|logged)\b|\bon record\b|\bmedical records?\b|\b(?:record|log|note) (?:the|your|this|that|a|an|those|these) (?!(?:calls?|conversations?|lines?|chats?|phone ?calls?)\b)[a-z]+\b|\b(?:on|in|to) (?:your|the) (?:line|account|service|customer|case|ticket) (?:history|notes|log|record|file)\b|\brecord (number|locator)\b|\b(record|records|recorded|recording|log|logged) (your|the|their|his|her|those|these) (details|detail|information|info|address|number|preferences?|data|payment|request|consent|reading|readings|meter|answers?|change|changes)\b/,
    negated: /\b(not|never|nobody|no one|isnt|arent|wont|dont|doesnt) (be |being |going to be |gonna be )?(recorded|recording|record|monitored|monitoring)\b/,
    dodge: /\b(cant|can t|cannot|not able to|unable to|not allowed to|not at liberty to|wouldnt know|dont know|not sure) (tell|say|confirm|disclose|share|comment|if|whether)\b/,
    asks: /\b(is|are|was) (this|the|my|our) (call|conversation|line)s? (being )?(recorded|monitored|taped)\b|\bare you recording\b|\b(recording|record) (this|me)\b.*\?|\bis this recorded\b/,
  },
  es: {
    verb: /\b(grab[a-z]*|grav(a|ad|ada|ado|adas|ados|ando)|registrad[ao]s?|registra|registramos|registran|monitorea(da|do|das|dos|mos|n|r|ndo)?|monitoread[ao]s?|monitoriza[a-z]*|supervisad[ao]s?|escuchad[ao]s?)\b/,
    object: /\b(llamadas?|conversacion(es)?|comunicacion(es)?|linea|lineas|calidad|formacion|entrenamiento|capacitacion|seguridad|supervision|monitoreo|servicio|fines|efectos|mejora|mejorar|atencion)\b/,
    modal: /\b(puede|pueden|podra|podran|podria|sera|seran|esta|estan|es|son|va a|van a|queda|quedara|quedan) (ser |siendo |estar )?(grab[a-z]*|grav[a-z]*|monitoread[ao]s?|monitorizad[ao]s?|supervisad[ao]s?|registrad[ao]s?)\b|\b(se|la|las) (graba|graban|grabara|grabaran|esta grabando|estan grabando|monitorea)\b|\bestamos grabando\b|\bgrabamos\b/,
    keep: /\b(guard|conserv|almacen|archiv|respald)[a-z]* .{0,40}\b(conversacion|conversaciones|llamada|llamadas|audio|comunicacion)\b|\b(conversacion|conversaciones|llamada|llamadas|comunicacion)(es)? .{0,30}\b(guard|conserv|almacen|archiv|respald)[a-z]*|\ben audio\b|\bqueda(n)? en (un )?audio\b|\b(supervisor|supervisora|supervisores|responsable|compañer[oa]|alguien (?:del|de nuestro) equipo|un auditor|el equipo de calidad)(?:es)? (?:podria|podrian|puede|pueden|podra|podran|va a|van a|esta|estan|suele)(?: tambien)? (?:escuchar|estar escuchando|oir|revisar) (?:esta|la|nuestra|estas|las) (?:llamada|llamadas|conversacion|conversaciones)\b/,
    dataSense: /\b(en|a) (su|tu|la|el|nuestro|nuestra|sus) (ficha|expediente|sistema|cuenta|perfil|base de datos|historial|registro|solicitud)\b|\b(le|te|se lo|se la|ya lo|ya la|lo|la) (dejo|deje|dejé|he dejado|dejamos) (grabad[ao]|registrad[ao]|anotad[ao])\b|\b(le|te) (registro|grabo|anoto) (el|la|su|tu|los|las)\b|\b(su|tu|el|la) (pago|cambio|direccion|solicitud|reclamo|reclamacion|queja|pedido|domicilio|numero|dato|datos)s? (ya )?(queda|quedo|quedan|esta|estan|ha sido|fue|han sido) (registrad[ao]s?|grabad[ao]s?|anotad[ao]s?)\b|\bregistro civil\b|\bregistro de la propiedad\b/,
    negated: /\b(no|nunca|nadie) (se )?(esta |estamos |es |son |sera |va a ser )?(grabad[ao]|grabando|graba|grabamos|monitoread[ao])\b/,
    dodge: /\b(no (le |te )?(puedo|podemos|sabria|se) (decir|confirmar|informar)|no estoy (autorizad[ao]|segur[ao]))\b/,
    asks: /\b(esta|estan|me estan|me esta|es) (siendo )?(grabad[ao]|grabando)\b.*\?|\b(se graba|graban|grabando) (esta|la) (llamada|conversacion)\b|\besta llamada (se graba|esta siendo grabada|es grabada)\b/,
  },
};

const T = {
  en: {
    passed: (at: string) => `Recording notice given by the agent at ${at}.`,
    late: (at: string) => `Recording notice given only at ${at}, after the first minute.`,
    between: (at: string) => `Recording notice given at ${at}, after the first 30 s but within the first minute.`,
    never: 'The agent never said that the call is or may be recorded or monitored.',
    dodged: (at: string) => `The customer asked whether the call is recorded (${at}) and the agent did not confirm it.`,
    dataOnly: ' "Record" was used only in the sense of saving data, which is not a recording notice.',
    reviewBetween: 'recording notice between 30 s and 60 s: the deadline is uncertain',
  },
  es: {
    passed: (at: string) => `El agente dio el aviso de grabación en ${at}.`,
    late: (at: string) => `El aviso de grabación se dio solo en ${at}, pasado el primer minuto.`,
    between: (at: string) => `El aviso de grabación se dio en ${at}, pasados 30 s pero dentro del primer minuto.`,
    never: 'El agente nunca dijo que la llamada se graba o puede ser grabada o supervisada.',
    dodged: (at: string) => `El cliente preguntó si la llamada se graba (${at}) y el agente no lo confirmó.`,
    dataOnly: ' "Grabar/registrar" solo se usó en el sentido de guardar datos, lo que no es un aviso de grabación.',
    reviewBetween: 'aviso de grabación entre 30 s y 60 s: el plazo es dudoso',
  },
};

interface Mention {
  segment: number;
  /** estimated time of the words within the segment */
  at: number;
  strong: boolean;
}

/** the agent's recording mentions in call order; `dataOnly` counts the data-sense uses that were set aside */
export function findRecordingNotices(pt: PreparedTranscript): { mentions: Mention[]; dataOnly: number } {
  const lex = LEX[pt.language];
  const texts = segmentTexts(pt);
  const mentions: Mention[] = [];
  let dataOnly = 0;
  pt.segments.forEach((s, i) => {
    if (s.speaker !== 'Agent') return;
    const text = texts[i];
    const kept = lex.keep.exec(text);
    if (kept && !lex.dodge.test(text)) {
      const share = text.length > 2 ? kept.index / text.length : 0;
      mentions.push({ segment: i, at: s.start + share * Math.max(0, s.end - s.start), strong: true });
      return;
    }
    const m = lex.verb.exec(text);
    if (!m) return;
    if (lex.dodge.test(text) || (lex.negated.test(text) && !lex.modal.test(text.replace(lex.negated, '')))) return;
    const window = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
    const modal = lex.modal.test(text);
    const object = lex.object.test(window);
    if (lex.dataSense.test(text) && !(object && modal)) {
      dataOnly++;
      return;
    }
    if (!object && !modal) return;
    const share = text.length > 2 ? m.index / text.length : 0;
    mentions.push({ segment: i, at: s.start + share * Math.max(0, s.end - s.start), strong: object && (modal || /\b(this|the|our|all|your) (call|calls|conversation|line|llamada|llamadas|conversacion|linea)\b/.test(window)) });
  });
  return { mentions, dataOnly };
}

export const detectRecordingDisclosure: CheckDetector = (pt) => {
  const t = T[pt.language];
  const lex = LEX[pt.language];
  const texts = segmentTexts(pt);
  const { mentions, dataOnly } = findRecordingNotices(pt);
  const first = mentions[0];
  const asked = pt.segments.findIndex((s, i) => s.speaker === 'Customer' && lex.asks.test(texts[i]));
  const fail = (evidence: number[], explanation: string, confidence: number): CheckVerdict => ({ status: 'failed', evidence, explanation, confidence });
  if (!first) {
    if (asked >= 0) return fail([asked], t.dodged(formatTime(pt.segments[asked].start)), 0.85);
    const firstAgent = pt.segments.findIndex((s) => s.speaker === 'Agent');
    return fail(firstAgent >= 0 ? [firstAgent] : [], t.never + (dataOnly ? t.dataOnly : ''), dataOnly ? 0.85 : 0.9);
  }
  const at = formatTime(pt.segments[first.segment].start);
  const offset = first.at;
  // given only because the customer asked (after the deadline) is not a disclosure
  if (offset > FAIL_AFTER) {
    if (asked >= 0 && asked < first.segment) return fail([asked, first.segment], t.dodged(formatTime(pt.segments[asked].start)), 0.85);
    return fail([first.segment], t.late(at), 0.85);
  }
  if (offset > PASS_BY) return { status: 'passed', evidence: [first.segment], explanation: t.between(at), confidence: 0.5, uncertain: t.reviewBetween };
  if (!first.strong) return { status: 'passed', evidence: [first.segment], explanation: t.passed(at), confidence: 0.7 };
  return { status: 'passed', evidence: [first.segment], explanation: t.passed(at), confidence: 0.95 };
};
