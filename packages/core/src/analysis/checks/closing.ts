// The closing (scorecard item kind "closing"), as ANALYSIS-CHECKS.md defines it: near the end of the call the agent
// asks whether there is anything else AND thanks the customer. Only the end of the call counts (the opening "thank
// you for calling" and a mid-call "thanks" never do); a customer who hangs up mid-call makes it not applicable.
import type { ScorecardItem, ScorecardResultItem } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime, uniqueEvidence } from '../prepareTranscript.ts';
import { segmentTexts } from './callText.ts';

/** the closing zone starts at this share of the call (evidence always comes from the last third) */
const ZONE_FROM = 2 / 3;

const ANYTHING_ELSE = {
  en: / (any ?th?ing|some ?thing) (else|elsa|els|further|more)\b| any other (thing|question|questions|concern|concerns|issue|issues|query|queries) | (else|further) (i|we) can (help|do|assist)| help (you )?with (anything|something) (else|more|further)| is (that|there) (everything|all)\b(?! (i|we) need)| (was|is) that (all|everything) | other questions | anything i can help you with | anything more i can | is there more | help with anything else | any other way (i|we) can | anything at all (i|we) can | (was|is) there anything (you need|you needed|i can|we can|more)| before i let you go | anything you need(ed)? from (me|us) /,
  es: / algo mas | alguna otra (cosa|consulta|duda|pregunta|inquietud|gestion) | (alguna|otra) (cosa|consulta|duda|pregunta|inquietud|gestion|cosita) (mas|adicional) | otra (cosa|consulta|duda|pregunta|inquietud|gestion) | en (que|q) mas | (le|te) (puedo|podemos) (ayudar|colaborar|servir) (en|con) (algo|alguna) | algo (adicional|extra) | (necesita|necesitas|requiere|precisa|desea) (algo|alguna) | (seria|es) (todo|todito) | eso (seria|es) todo | (le|te) (ayudo|colaboro) (en|con) (algo|otra) | alguna cosita | (algo|alguna cosa) (que|en que) (le|te) (pueda|podamos) (ayudar|servir|colaborar)| antes de (despedirme|colgar|terminar)[a-z ]{0,20}(algo|alguna) /,
};
const THANKS = {
  en: / (thank|thanks|thankyou|thanx|cheers|appreciate|tank you|thank ya|ta|ta very much|much obliged)( |$)/,
  es: / (gracias|agradec|agradezco|agradecemos)/,
};
/** after "anything else?", the courteous answers to the customer's own thanks also close the call */
const WELCOME = {
  en: / (you re welcome|youre welcome|you are welcome|my pleasure|no problem at all|pleasure to help|glad (i|we) could help|happy to help)/,
  es: / (de nada|con (mucho )?gusto|a (la|su|tu) orden|a usted|a ti|para servirle|un placer|encantad[oa] de ayudar)/,
};
/** the customer leaves before the call is over: "forget it", "i'll just do it online", "no tengo tiempo para esto" */
const CUSTOMER_LEAVES = {
  en: / (forget it|i m done|im done|done with this|dont call me|don t call me|i ll (just )?(do|sort|handle|deal with|take care of|dispute|call) (it|this|that|the|my)|(ive|i ve|i) (got|have) to go|gotta go|waste of (my )?time|i m going to call|im going to call|i ll call (the|my|back)|not dealing with (this|you)|i m hanging up|im hanging up|hang up on you|unbelievable|ridiculous|cutting the call|cut the call|get someone else|speak to someone else|talk to someone else|not going to be (talked|spoken) to|not gonna (listen|take)|complain about you|report you|i m leaving|goodbye then|never mind|nevermind|(ive|i ve|i) got (another|a) call|(another|other) call coming|call you back|(call|ring|try) (someone|somebody) else|(im|i m|i am) not (talking|speaking) to you|not (talking|speaking) to you (any ?more|anymore)|go to hell|screw you|piss off|shove it|(take|taking) my business elsewhere|(go|going) elsewhere|(im|i m|i am) going to (a|another) (competitor|provider|company|bank)|(im|i m|i am) (not|no longer) (answering|listening|talking)|stop (talking|calling) (to )?me|(calling|call|ring|ringing|getting|get) (a|my) (lawyer|attorney|solicitor)|(ill|i ll|i will|im going to|i m going to|im gonna) (make|file|lodge|put in) (a|my) (complaint|formal complaint))/,
  es: / (da igual|olvidelo|olvidalo|olvidese|dejelo|dejalo|no tengo tiempo|ya lo hare|lo hago (por|en)|voy a (ir|la tienda|llamar|colgar)|me voy|no me (vuelva a |vuelvas a )?llame|no me (vuelva a |vuelvas a )?llames|le cuelgo|te cuelgo|hasta nunca|ya no quiero|esto es un (cacho|desastre|robo|chiste)|que barbaridad|no puede ser|no (le|te) voy a dar|(voy|vamos) a denunciar|lo voy a denunciar|me voy a quejar|(voy a|quiero) poner una queja|(llamo|llamare|vuelvo a llamar) (luego|despues|otro dia|mas tarde)|vuelvo a llamar|con otra persona|hasta luego entonces|me cuelgo|(me )?esta entrando otra llamada|tengo otra llamada|(ya )?(le|te) (marco|llamo)|dejelo asi|mejor no|ya no importa|(mejor )?llamo a (otr[oa]|otra persona|comercial|la competencia|mi banco|mi abogado)|no (tengo|tengo por) (que|por que) (bancarme|aguantar|soportar|escuchar)|no (voy|pienso) (a )?(hablar|seguir hablando) (mas )?con (usted|vos|vo|ti)|vayase a la mierda|andate a la mierda|vete a la mierda|que (le|te|os|les) den|no (vuelva|vuelvan|vuelvas|volves) a llamar|(me voy|me cambio|me paso) a otra (compañia|compania|empresa|operadora|aseguradora|entidad)|hasta aqui llegue|ya no (le|te|les|lo|la) (voy a|pienso) (contestar|atender|hablar|escuchar|seguir)|(voy a|quiero|vamos a) poner (una|la|mi) (queja|denuncia|reclamacion|reclamo)|no me (este|estes|siga|sigas|sigan|esten) (hablando|llamando|molestando)|ya no (quiero|pienso) (hablar|seguir))/,
};

/** the customer says they are hanging up */
const CUSTOMER_HANGS_UP = {
  en: / (i m|im|i am) (hanging up|gonna hang up|going to hang up)| (hung|hangs|hanging) up | forget it (bye|goodbye|i m done)| click /,
  es: / (le|te|voy a|les) (cuelgo|colgar)| me cuelgo | (ya )?(le|te) (cuelgo|voy a colgar)/,
};

/** the agent's goodbye */
const FAREWELL = {
  en: / (bye|goodbye|good bye|bye bye|take care|have a (good|nice|great|lovely) (day|one|evening|afternoon|night|weekend)|cheers|see you|talk soon)\b/,
  es: / (chau|chao|adios|hasta luego|hasta pronto|hasta la proxima|que (tenga|tengas|le vaya|te vaya) (buen|bonito|lindo|feliz|bien)|buenas (tardes|noches)|buen dia|nos vemos|cuidese|cuidate)\b/,
};

/** the line went dead: the agent is left asking whether anyone is there, or the customer says they are hanging up */
const HUNG_UP = {
  en: /^ (?:(?:mr|mrs|ms|miss|sir|maam|madam) )?(?:[a-z]+ )?hello $| (are you|you) (still )?(there|on the line)\b| hello( [a-z]+){0,3} hello | (line|call) (went dead|dropped|disconnected|got cut)| (i m|im|i am) (hanging up|gonna hang up|going to hang up)| (hung|hangs|hanging) up | forget it (bye|goodbye|i m done)| click /,
  es: /^ (?:(?:señor|senor|señora|senora|señorita|senorita|don|doña|dona) )?(?:[a-zñ]+ )?(?:alo|aló) $| (sigue|sigues|continua|esta|estas) (ahi|en (la )?linea)| me (escucha|escuchas|oye|oyes) | alo( [a-zñ]+){0,3} alo | hola( [a-zñ]+){0,3} hola | (se|me) (corto|colgo|cayo) | (le|te|voy a|les) (cuelgo|colgar)| colgo | (ya )?no (me )?(escucho|escucha) /,
};

const T = {
  en: {
    both: (a: string, b: string) => `The agent asked whether there was anything else (${a}) and thanked the customer (${b}) at the end of the call.`,
    onlyAsk: (a: string) => `The agent asked whether there was anything else (${a}) but did not thank the customer at the end.`,
    onlyThanks: (b: string) => `The agent thanked the customer (${b}) but did not ask whether there was anything else.`,
    none: 'The call ended without the agent asking whether there was anything else or thanking the customer.',
    hungUp: (at: string) => `Not applicable: the customer left the call mid-way (${at}).`,
  },
  es: {
    both: (a: string, b: string) => `El agente preguntó si necesitaba algo más (${a}) y agradeció al cliente (${b}) al final de la llamada.`,
    onlyAsk: (a: string) => `El agente preguntó si necesitaba algo más (${a}) pero no dio las gracias al final.`,
    onlyThanks: (b: string) => `El agente dio las gracias (${b}) pero no preguntó si necesitaba algo más.`,
    none: 'La llamada terminó sin que el agente preguntara si necesitaba algo más ni diera las gracias.',
    hungUp: (at: string) => `No aplica: el cliente abandonó la llamada a mitad (${at}).`,
  },
};

/** the segments of the last `n` speaker turns (a turn split into several segments counts once) */
function lastTurnSegments(pt: PreparedTranscript, n: number, within?: number[]): number[] {
  const idx = within ?? pt.segments.map((_, i) => i);
  const out: number[] = [];
  let turns = 0;
  for (let k = idx.length - 1; k >= 0; k--) {
    if (k === idx.length - 1 || pt.segments[idx[k]].speaker !== pt.segments[idx[k + 1]].speaker) turns++;
    if (turns > n) break;
    out.unshift(idx[k]);
  }
  return out;
}

export function evaluateClosing(pt: PreparedTranscript, item: ScorecardItem): ScorecardResultItem {
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  const base = { id: item.id, title: item.title[pt.language], weight: item.weight };
  const callEnd = pt.segments.reduce((m, s) => Math.max(m, s.end), 0);
  // the recording's clock starts at 0, so the last third is measured from there
  const zoneFrom = callEnd * ZONE_FROM;
  const zone = pt.segments.map((s, i) => i).filter((i) => pt.segments[i].start >= zoneFrom);
  // the customer hung up: the last turns are the agent calling into a dead line, or the customer says so
  const tail = lastTurnSegments(pt, 3, zone);
  // the agent calling into a dead line, or the customer saying they hang up ("are you still there?" from the customer
  // means the agent left: a closing not done)
  const hungHere = (i: number) => (pt.segments[i].speaker === 'Agent' ? HUNG_UP[pt.language].test(texts[i]) : CUSTOMER_HANGS_UP[pt.language].test(texts[i]));
  const hung = tail.find((i) => hungHere(i) && !ANYTHING_ELSE[pt.language].test(texts[i]));
  if (hung !== undefined && !zone.some((i) => pt.segments[i].speaker === 'Agent' && ANYTHING_ELSE[pt.language].test(texts[i]))) {
    return { ...base, score: 1, status: 'not_applicable', evidence: uniqueEvidence(pt, [hung]), explanation: t.hungUp(formatTime(pt.segments[hung].start)) };
  }
  // a phrase counts when its words (estimated within the segment) fall in the last third: "...is there anything else"
  // at the end of a long turn that began earlier is still the closing
  // (or, in a short call, in one of the agent's last three turns after the middle of the call, never the first turn)
  const agentTurns = pt.segments.map((_, i) => i).filter((i) => pt.segments[i].speaker === 'Agent');
  const finalTurns = new Set(agentTurns.slice(1).slice(-3).filter((i) => pt.segments[i].start >= callEnd / 2));
  const inZone = (i: number, re: RegExp) => {
    const m = re.exec(texts[i]);
    if (!m) return false;
    const s = pt.segments[i];
    return finalTurns.has(i) || s.start + (m.index / Math.max(1, texts[i].length)) * Math.max(0, s.end - s.start) >= zoneFrom;
  };
  const agentZone = agentTurns.filter((i) => pt.segments[i].end >= zoneFrom || finalTurns.has(i));
  const ask = agentZone.find((i) => inZone(i, ANYTHING_ELSE[pt.language]));
  // thanks at or after the "anything else" question (or anywhere in the zone when it was never asked)
  const thanks = [...agentZone].reverse().find((i) => (ask === undefined || i >= ask) && (inZone(i, THANKS[pt.language]) || (ask !== undefined && WELCOME[pt.language].test(texts[i]))));
  const at = (i: number) => formatTime(pt.segments[i].start);
  if (ask !== undefined && thanks !== undefined) {
    return { ...base, score: 1, status: 'passed', evidence: uniqueEvidence(pt, [ask, thanks]), explanation: t.both(at(ask), at(thanks)) };
  }
  // the customer walked out (their last turns say so, or the agent is cut off mid-sentence): not applicable
  const lastTurns = lastTurnSegments(pt, 3);
  const left = lastTurns.filter((i) => pt.segments[i].speaker === 'Customer').find((i) => CUSTOMER_LEAVES[pt.language].test(texts[i]));
  const cutOff = lastTurns.find((i) => pt.segments[i].speaker === 'Agent' && /(\.\.\.|…|--|—)\s*$/.test(pt.segments[i].text));
  // ...unless the agent then ends the call with a farewell ("no me llamen más" / "bueno, listo, chau"): the call ended
  // normally and the closing was simply not done
  const last = pt.segments.length - 1;
  const agentSaysBye = last >= 0 && pt.segments[last].speaker === 'Agent' && (left === undefined || last > left) && FAREWELL[pt.language].test(texts[last]);
  if (ask === undefined && (left !== undefined || cutOff !== undefined) && !agentSaysBye) {
    const at = left ?? cutOff!;
    return { ...base, score: 1, status: 'not_applicable', evidence: uniqueEvidence(pt, [at]), explanation: t.hungUp(formatTime(pt.segments[at].start)) };
  }
  const lastAgent = agentZone.at(-1);
  if (ask !== undefined) return { ...base, score: 0, status: 'failed', evidence: uniqueEvidence(pt, [ask]), explanation: t.onlyAsk(at(ask)) };
  if (thanks !== undefined) return { ...base, score: 0, status: 'failed', evidence: uniqueEvidence(pt, [thanks]), explanation: t.onlyThanks(at(thanks)) };
  return { ...base, score: 0, status: 'failed', evidence: lastAgent !== undefined ? uniqueEvidence(pt, [lastAgent]) : [], explanation: t.none };
}
