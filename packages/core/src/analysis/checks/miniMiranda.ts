// mini_miranda (collections), as ANALYSIS-CHECKS.md defines it: passed when the agent says the call is an attempt to
// collect a debt AND that information obtained will be used for that purpose, in any faithful paraphrase ("this is
// an attempt to collect a debt and anything you tell me will be used for that", "le llamo para cobrar una deuda y lo
// que me diga lo vamos a usar para esa gestión"); failed when missing or only half (the debt is mentioned, the use of
// the information is not); not applicable when a third party answers (spouse, parent, colleague, wrong number) and
// the debtor never comes to the phone.
//
// Time window (our choice, documented): the notice normally follows the debtor's identification, so it may come at
// any point of the call; a notice given only after the first half of the call and after the first 4 minutes still
// passes (the supervisor sees it was said) but is marked uncertain for review, since it came after the debt was
// negotiated rather than at the start of the communication.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime } from '../prepareTranscript.ts';
import type { CheckDetector, CheckVerdict } from './checkVerdict.ts';
import { normaliseText, segmentTexts } from './callText.ts';
import { thirdPartyAnsweredWide as thirdPartyAnswered } from './thirdPartyWide.ts';

const LATE_AFTER_SECONDS = 240;
const W = '(?: [a-zñ0-9]+)'; // one more word
/** information used for something else: the recording notice ("for quality and training purposes"), data protection, marketing */
const OTHER_PURPOSE = /\b(?:quality|training|coaching|monitoring|marketing|advertising|research|survey|security|verification|verify|calidad|formacion|capacitacion|entrenamiento|mejora|mejorar|supervision|publicidad|comercial|comerciales|encuesta|seguridad|verificar|verificacion|proteccion de datos|tratamiento de datos|solicitud|consulta|tramite|atender|contrato|servicio|envio|envios)\b/;

interface Lexicon {
  /** the call is (an attempt at) debt collection */
  collect: RegExp;
  /** the information obtained will be used for that purpose */
  infoUse: RegExp[];
}

const LEX: Record<AnalysisLanguage, Lexicon> = {
  en: {
    collect: /\b(?:(?:attempt\w*|a tempt\w*|atempt\w*|a temp|attend) to collect\w*|collect(?:ing)? (?:on )?(?:a|the|this|your|an outstanding|the outstanding) (?:debt|balance|account)|collecting (?:a|this|the) debt|debt collect(?:or|ors|ion|ing)|collection(?:s)? (?:agency|company|call|department|team|firm)|about collecting|(?:to|we) collect (?:a|the|this) debt|recover(?:ing|y of)? (?:a|the|this) debt|debt recovery|recovery (?:agency|department|team)|communication from a debt collector|(?:collection|recovery) of (?:a|an|the|this|that|your)(?: outstanding| overdue| unpaid| past due| owed)? (?:debt|balance|account|amount|sum|arrears)|(?:collect|collecting|recover|recovering) (?:the |a |an |this |that |your )?(?:outstanding|overdue|unpaid|past due) (?:debt|balance|amount|sum|account|arrears)|(?:collect|collecting|recover|recovering) (?:money|monies|funds|the money|the monies|the amount|an amount|payment|the sum) (?:owed|owing|due|you owe|that is owed|outstanding))\b/,
    infoUse: [
      new RegExp(`\\b(?:informations?|in formation|info|data|anything|everything|whatever|details|all of that|what you (?:tell|say|share|give))${W}{0,10}? (?:be |is |are |gets |get |may be |will be |can be |could be |shall be |would be )?(?:used|use|utili[sz]ed|kept and used|go towards)${W}{0,8}? (?:purpose|purposes|collect\\w*|recover\\w*|debt|that|this|it|collection)\\b`),
      new RegExp(`\\b(?:use|using|utili[sz]e)${W}{0,3}? (?:any|all|the|this|that)?\\s?(?:informations?|in formation|info|data|anything|details|what you (?:tell|say|share|give|provide))${W}{0,8}? (?:purpose|purposes|collect\\w*|recover\\w*|debt|that|collection)\\b`),
      // "...will be used to that end", "...used in that process", "...used towards it"
      new RegExp(`\\b(?:informations?|info|data|anything|everything|details|what you (?:tell|say|share|give|provide))${W}{0,10}? (?:be |is |are |may be |will be |can be |could be |would be )?(?:used|utili[sz]ed) (?:to|for|in|towards|toward) (?:that|this|the same) (?:end|process|effort|aim|goal)\\b`),
    ],
  },
  es: {
    collect: /\b(?:intent\w* de (?:cobr|recobr|recuper)\w*|(?:cobr(?:ar|arle|arte|o|os)|recobr\w*|recuper(?:ar|acion)|gestion(?:ar)? (?:el |de |del )?cobr\w*) (?:de )?(?:una|la|esa|su|tu|un|el|este|dicho|ese|del|la deuda|deuda|saldo|obligacion|credito|adeudo)|(?:agencia|empresa|despacho|estudio|oficina|area|departamento|gestora|compañia) de (?:cobr\w*|recobr\w*|recuperacion|gestion de cobro)|cobranzas?|cobro de (?:una|la|su) (?:deuda|obligacion|saldo)|gestion de cobro|es un cobro|para cobrar|para cobrarle|para cobrarte|(?:llamada|comunicacion|gestion|contacto|llamado|llamada telefonica) de (?:cobro|cobranza|cobranzas|recobro|recuperacion)|recuperar una deuda|cobrador de deudas|cobro de deudas|(?:gestionar|gestion de|regularizar|regularizacion de|saldar|liquidar|recuperar|recuperacion de) (?:el pago de |el cobro de |el pago del |el saldo de )?(?:una|la|su|tu|esta|esa|dicha) (?:deuda|obligacion pendiente|deuda pendiente))\b/,
    infoUse: [
      new RegExp(`\\b(?:informacion|informaciones|in formacion|info|datos|lo que|todo lo que|cualquier cosa|cualquier dato|cualquier informacion|la informacion)${W}{0,12}? (?:sera |seran |va a ser |van a ser |se |lo |la |los |las |le )?(?:vamos a |voy a |van a |podemos |podremos )?(?:usad\\w*|utiliz\\w*|usar\\w*|usa|usan|usamos|usaremos|emple\\w*|destinad\\w*|servira|sirve|ocupad\\w*|ocupar\\w*|ocupa|ocupan|ocupamos|ocuparemos)${W}{0,8}? (?:fin|fines|proposito|propositos|objeto|objetivo|efecto|efectos|cobr\\w*|cobranza|gestion\\w* (?:de |del |el |la |ese |esa |este |esta |dicho |dicha )?(?:cobr\\w*|deuda|recobro|cobranza|pago|saldo|mora)|recuper\\w*|recobro|deuda|eso|ello|este|ese|esa|esta|dicho|dicha|tal|aquel)\\b`),
      new RegExp(`\\b(?:usar|utilizar|usaremos|utilizaremos|usamos|utilizamos|emplearemos)${W}{0,3}? (?:la|cualquier|toda la|su|esa|esta)? ?(?:informacion|info|datos)${W}{0,8}? (?:fin|fines|proposito|objeto|efecto|cobr\\w*|cobranza|recuper\\w*|deuda|eso|ello|este|ese|esa)\\b`),
    ],
  },
};

const T = {
  en: {
    passed: (at: string) => `Debt collection notice given by the agent at ${at}: the call is an attempt to collect a debt and the information obtained will be used for that purpose.`,
    late: 'debt collection notice given late in the call (after the debt was discussed): check whether it was in time',
    half: (at: string) => `Only half of the debt collection notice (at ${at}): the agent says the call is about collecting a debt but not that the information obtained will be used for that purpose.`,
    halfInfo: (at: string) => `Only half of the debt collection notice (at ${at}): the agent says how the information will be used but not that the call is an attempt to collect a debt.`,
    missing: 'The agent never said that the call is an attempt to collect a debt and that the information obtained will be used for that purpose.',
    thirdParty: (at: string) => `Not applicable: a third party answered (${at}) and the debtor did not come to the phone.`,
  },
  es: {
    passed: (at: string) => `El agente dio el aviso de cobro en ${at}: la llamada es un intento de cobrar una deuda y la información obtenida se usará con ese fin.`,
    late: 'aviso de cobro dado tarde en la llamada (después de hablar de la deuda): compruebe si fue a tiempo',
    half: (at: string) => `Solo la mitad del aviso de cobro (en ${at}): el agente dice que la llamada es para cobrar una deuda, pero no que la información obtenida se usará con ese fin.`,
    halfInfo: (at: string) => `Solo la mitad del aviso de cobro (en ${at}): el agente dice cómo se usará la información, pero no que la llamada es un intento de cobrar una deuda.`,
    missing: 'El agente nunca dijo que la llamada es un intento de cobrar una deuda ni que la información obtenida se usará con ese fin.',
    thirdParty: (at: string) => `No aplica: contestó un tercero (${at}) y el deudor no se puso al teléfono.`,
  },
};

/** a word no notice contains, standing for a sentence end in the marked text */
const BREAK = 'qqbrk';

export const detectMiniMiranda: CheckDetector = (pt) => {
  const markedCache = new Map<number, string>();
  const marks = (i: number) => {
    let m = markedCache.get(i);
    if (m === undefined) {
      m = normaliseText(pt.segments[i].text.replace(/[.?!;]+(?=\s|$)/g, ` ${BREAK} `));
      markedCache.set(i, m);
    }
    return m;
  };
  const lex = LEX[pt.language];
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  // a third party answered: the agent rightly says nothing about the debt (and if they did, the notice is moot)
  const third = thirdPartyAnswered(pt);
  if (third !== null) return { status: 'not_applicable', evidence: [third], explanation: t.thirdParty(formatTime(pt.segments[third].start)), confidence: 0.8 };
  let collectAt = -1;
  let infoAt = -1;
  let bothAt = -1;
  const agent = pt.segments.map((s, i) => (s.speaker === 'Agent' ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < agent.length && bothAt < 0; k++) {
    const i = agent[k];
    // a sentence may run on into the agent's next segment
    const next = agent[k + 1];
    // the same text with its sentence ends marked: what follows the notice in the next sentence ("...for that purpose.
    // This call is recorded for quality") is not the purpose of the information
    const marked = marks(i) + (next !== undefined && next === i + 1 ? marks(next).slice(1) : '');
    const sentenceAfter = (m: RegExpExecArray, extra: number) => {
      const tail = marked.slice(m.index, m.index + m[0].length + extra);
      const stop = tail.indexOf(` ${BREAK} `, m[0].length - 1);
      return stop < 0 ? tail : tail.slice(0, stop);
    };
    const info = lex.infoUse
      .map((re) => re.exec(marked))
      .find((m) => m !== null && !OTHER_PURPOSE.test(sentenceAfter(m, 40)));
    const hasInfo = info !== undefined;
    // "anything you tell me will be used to collect this debt" says both halves
    const hasCollect = lex.collect.test(texts[i]) || (hasInfo && /\b(?:collect\w*|debt|cobr\w*|deuda|recobr\w*|recuper\w*)\b/.test(sentenceAfter(info!, 25)));
    if (hasCollect && collectAt < 0) collectAt = i;
    if (hasInfo && infoAt < 0) infoAt = i;
    if (collectAt >= 0 && infoAt >= 0) bothAt = Math.max(collectAt, infoAt);
  }
  if (bothAt >= 0) {
    const s = pt.segments[bothAt];
    const evidence = [...new Set([infoAt, collectAt])];
    const late = s.start > Math.max(LATE_AFTER_SECONDS, pt.durationSeconds / 2);
    const far = Math.abs(infoAt - collectAt) > 6;
    const v: CheckVerdict = { status: 'passed', evidence, explanation: t.passed(formatTime(pt.segments[Math.min(infoAt, collectAt)].start)), confidence: late ? 0.6 : far ? 0.75 : 0.92 };
    if (late) v.uncertain = t.late;
    return v;
  }
  if (collectAt >= 0) return { status: 'failed', evidence: [collectAt], explanation: t.half(formatTime(pt.segments[collectAt].start)), confidence: 0.85 };
  if (infoAt >= 0) return { status: 'failed', evidence: [infoAt], explanation: t.halfInfo(formatTime(pt.segments[infoAt].start)), confidence: 0.75 };
  const firstAgent = agent[0];
  return { status: 'failed', evidence: firstAgent !== undefined ? [firstAgent] : [], explanation: t.missing, confidence: 0.88 };
};
