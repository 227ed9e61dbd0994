// agent_identification, as ANALYSIS-CHECKS.md defines it: in the opening the agent gives their own name AND the
// company's name, in any common phrasing ("you're through to Sam at Acme", "Acme billing, Priya speaking", "le atiende
// Carmen de Movistar"); a first name only, a company or team only, or a bare greeting fails. A third party answering
// a collections call, to whom the agent rightly does not name the agency, makes it not applicable.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime } from '../prepareTranscript.ts';
import { isNameLikeWord } from '../nameLikeToken.ts';
import { boundedLevenshtein } from '../tokenise.ts';
import type { CheckDetector } from './checkVerdict.ts';
import { normaliseText, segmentTexts } from './callText.ts';
import { thirdPartyAnsweredWide as thirdPartyAnswered } from './thirdPartyWide.ts';

const OPENING_SECONDS = 45;
const OUTBOUND_TURNS = 6;
const OUTBOUND_SECONDS = 90;
/** the agent asks for a person by name: an outbound call */
const OUTBOUND_ASK: Record<AnalysisLanguage, RegExp> = {
  en: / (?:(?:may|can|could) i (?:please )?(?:speak|talk) (?:to|with)|am i (?:speaking|talking) (?:to|with)|is this (?:mr |mrs |ms |miss )?[a-z]+|i m (?:trying|looking|hoping) to reach|is (?:mr |mrs |ms |miss )?[a-z]+ (?:there|available|home|around))\b/,
  es: / (?:hablo con|estoy hablando con|me comunica con|me comunicas con|puedo hablar con|podria hablar con|se encuentra (?:el|la|don|doña)|me pasa con|busco a|es usted)\b/,
};
/** the business of the call begins: a debt, a balance, an amount */
const BUSINESS: Record<AnalysisLanguage, RegExp> = {
  en: / (?:balance|debt|owe|owing|overdue|past due|arrears|outstanding|amount|payment|dollars|pounds|euros|rupees)\b/,
  es: / (?:saldo|deuda|adeud\w*|debe|vencid[oa]s?|mora|atrasad[oa]|pendiente|importe|monto|pago|pesos|euros|soles|dolares)\b/,
};
const words = (s: string) => new Set(s.trim().split(/\s+/));

/** words that can follow "from" / "de" without naming a company: teams, departments, generic nouns */
const GENERIC: Record<AnalysisLanguage, Set<string>> = {
  en: words(`hello hi hey yeah yes yep okay ok good morning afternoon evening well so right alright oh um uh
    the a an your our this that my his her their its you today here there now customer customers client clients member members
    patient patients guest guests student students business personal commercial residential technical tech billing bill bills accounts account support service services care team teams department dept desk help helpline line center centre
    office sales claims claim collections collection fraud retention recovery payments payment card cards credit debit security the bank bank
    company business side end unit group division branch head local main resolution escalations complaints loans mortgage mortgages
    gday hiya howdy behalf regarding about calling call again back just quickly real voicemail speaking talking helping ringing phoning assisting here name names is im i me it its accounting finance processing lending ordering shipping booking
    outpatients inpatients reception admissions appointments pharmacy switchboard enquiries inquiries helpdesk frontdesk front dispatch maintenance repairs faults
    onboarding renewals cancellations disputes arrears underwriting benefits payroll hr it operator operations logistics deliveries returns reservations bookings orders
    legal litigation compliance recoveries solicitors`),
  es: words(`bueno buenas buenos hola alo aló si sí oiga mire pues vale dale ya este eh
    el la los las lo un una su sus tu tus nuestro nuestra mi usted ustedes aqui aca alli hoy ahora servicio servicios atencion cliente clientes
    al del departamento area equipo soporte tecnico tecnica facturacion cobranza cobranzas cobro cobros ventas reclamos reclamaciones banco empresa
    compania entidad central oficina linea parte nuevo nueva acuerdo manera forma momento vez casa cuenta tarjeta credito seguridad gestion
    recuperacion cartera sucursal agencia mesa ayuda centro contacto llamada mañana tarde tardes noche noches buenos buenas dia dias quien que muy le te se me atiende atiendo saluda saludo habla hablo hablas llamo soy nombre es con gusto
    recepcion admision citas farmacia consultas urgencias conmutador informacion reservas pedidos devoluciones averias incidencias mantenimiento renovaciones bajas altas contratacion siniestros
    publicos publicas publico publica generales general financieros financieras nacionales digitales basicos personales vencidos vencidas soles pesos dolares euros señor señora deuda tarjeta
    tiene tienen tenemos tengo hay esta estan estamos son fue era puede pueden quiere quieren debe deben paga pago buen saludos disculpe perdone mire oiga`),
};

/** role words an agent may put before their name ("this is agent Dana", "soy la asesora Marta") */
const ROLE: Record<AnalysisLanguage, Set<string>> = {
  en: words('agent officer representative rep advisor adviser specialist consultant associate analyst mr mrs ms miss'),
  es: words('el la su tu asesor asesora agente ejecutivo ejecutiva gestor gestora operador operadora consultor consultora señor señora señorita don doña licenciado licenciada'),
};

const CORPORATE_ADJ = words('national federal first united american general international mutual community savings credit union nacional general rural popular');

const ARTICLE = words('the a an el la los las lo un una');
const BUSINESS_NOUN = words('cobranza cobranzas cobro cobros recuperacion cartera gestion gestiones servicios collections collection recovery recoveries services billing accounts');
/** words before a company that make it someone else's (the creditor: "you owe it to", "con préstamos exprés") */
const NOT_OURS = words('your with owe owed to of behalf con su tu sus en al parte representacion nombre');
/** a company named after the debt or product it holds is the creditor ("his loan from dhanvi finance") */
const CREDITOR_NOUN = words('loan loans account card debt balance bill credit mortgage deuda prestamo cuenta tarjeta credito factura');

/** titles before a person's name */
const PERSON_TITLE = words('señor señora señorita senor senora senorita don doña dona sr sra srta mr mrs ms miss dr doctor doctora licenciado licenciada ingeniero ingeniera');

/** hesitations between an introduction and the name ("soy eh pedro", "this is uh dana") */
const FILLER = words('uh um umm er erm eh ah em este mm hmm');

/** company words: a distinctive word next to one of these is a company name ("lakeside energy", "banco andino") */
const COMPANY_WORD: Record<AnalysisLanguage, RegExp> = {
  en: /^(bank|banking|insurance|assurance|energy|power|electric|gas|water|utilities|mobile|wireless|telecom|broadband|cable|fiber|fibre|credit|financial|finance|capital|trust|mutual|savings|health|healthcare|airlines|airways|travel|express|recovery|collections|partners|associates|solutions|services|group|corporation|company|inc|ltd|llc|corp|agency|telecoms|networks|communications|motors|auto|cu|federal|lending|loans|shop|store|online|direct|life|clinic|clinics|hospital|hospitals|medical|dental|dentistry|pharmacy|surgery|practice|hospice|veterinary|vets|optical|opticians|pediatrics|paediatrics|orthodontics|physio|physiotherapy|chiropractic|diagnostics|laboratories|labs)$/,
  es: /^(banco|caja|seguros|seguro|aseguradora|energia|electrica|gas|aguas|agua|telefonia|telefonica|telecom|movil|moviles|fibra|cable|financiera|credito|creditos|cooperativa|mutual|salud|viajes|tienda|tiendas|cobranzas|cobros|recobros|servicios|grupo|comunicaciones|telecomunicaciones|luz|electricidad|seguridad|finanzas|prestamos|motors|soluciones|consultores|asesores|inversiones|corporacion|compañia|cia|abogados|estudio|despacho|clinica|clinicas|hospital|farmacia|farmacias|odontologia|dental|optica|sanatorio|policlinico|laboratorio|laboratorios|veterinaria)$/,
};

/** the call answered with the company: "acme billing, priya speaking", "northbound outfitters, this is kyle", "movilinea buenas tardes" */
const TEAM_ANSWER: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:(?:hello|hi|hey|hiya|howdy|gday|g day|morning|afternoon|evening|good (?:morning|afternoon|evening|day)) )?([a-z]+(?: [a-z]+){0,3}?) (?:billing|support|customer|claims|accounts|sales|service|services|helpline|care|team|collections|fraud|reservations|bookings|returns|orders|help desk|this is|you re speaking|youre speaking|you are speaking|my name is|good morning|good afternoon|good evening|hello|hi there|how can i|how may i|what can i)\b/,
  es: /^ (?:(?:hola|buenos dias|buenas tardes|buenas noches|buen dia|buenas|muy buenas|muy buenos dias) )?([a-zñ]+(?: [a-zñ]+){0,2}?) (?:atencion|servicio|soporte|facturacion|cobranza|cobranzas|reclamos|ventas|ayuda|buenos dias|buenas tardes|buenas noches|buen dia|le atiende|le habla|te atiende|te habla|habla con|mi nombre es|le saluda|en que|como le|como te)\b/,
};

interface Pattern {
  re: RegExp;
}
// `N` marks where a name starts, `C` where a company starts (replaced by capture groups below)
const NAME_PATTERNS: Record<AnalysisLanguage, string[]> = {
  en: [
    'my name is N', 'my names is N', 'my names N', 'name is N', 'names N', 'this is N', '(its|it is) N( [a-z]+)? (from|at|with|here|calling|speaking|over)', '(i m|im|i am) N',
    'N speaking', 'N here (from|at|with)', '(speaking|talking) (to|with) N', '(you ve|youve|you have) got N', 'through to N',
    'N calling from', 'N this side', 'N on the line', '(you ve|youve|you have) reached N (at|from|with|of|on|in)', 'N at your service', 'with you today is N', 'here it s N', 'heres N',
    // "myself ravi" (Indian English), "you're on the line with sam", "you're chatting with", "the name's sam"
    'myself N', 'myself (and|an|in) N', '(you re|youre|you are) (now )?on (the line |the phone |the call )?with N', '(you re|youre|you are) (now )?(chatting|through) (to|with) N',
    '(the )?name s N', '(the )?name is N', '(dis|dat) is N', 'my name N', 'N (here|speaking) (from|at|with|on behalf of)', 'N (from|at|with) [a-z]+( [a-z]+)? here',
  ],
  es: [
    'mi nombre es N', 'me llamo N', '(le|te|lo|la|los) (atien[a-z]*|habla|hablo|saluda|saludo|contacta|llama) N', 'soy N', '(habla|hablas|hablan) con N', '(esta|estas|estan) hablando con N',
    'N al habla', 'N (a sus ordenes|a la orden|para servirle|para servirte)', 'habla N', 'mi nombre N', 'le saluda N', 'me presento N',
    // "está usted en línea con brenda", "atiende Marta", "te saluda", "yo soy", "aquí Marta de...", "N al teléfono"
    '(esta|estas|estan|esta usted|estas vos) (en linea|en comunicacion|comunicad[oa]|conectad[oa]) con N', '(esta|estas) (usted|vos|tu) hablando con N', '(en linea|al telefono|al aparato) (con )?N', 'atiende N', 'atiendo yo N',
    '(te|le|les|los) (saluda|atiende|habla|contacta|escribe) N', 'quien (le|te) (habla|atiende) es N', 'aqui N (de|del|desde|en que|para|a sus|a tu|a la|como|que tal|buenos|buenas|buen)', 'N (al telefono|a su servicio|a tu servicio|por aca|por aqui)',
  ],
};
const COMPANY_PATTERNS: Record<AnalysisLanguage, string[]> = {
  en: [
    '(thank you|thanks|thankyou) for (calling|contacting|choosing|phoning|ringing|holding with) C', 'welcome to C', '(you ve|youve|you have) (reached|called|come through to|got through to) C',
    '(calling|ringing|phoning|reaching out) (you )?from C', 'C (customer|client|member) (service|services|care|support)', 'through to C',
    '(this is|i m|im|i am|its|it is|name is|names|speaking with|talking to|speaking to) [a-z]+( [a-z]+)? (from|at|with|here at|here from|over at) C',
  ],
  es: [
    '(gracias|bienvenido|bienvenida|bienvenidos) (por )?(llamar|comunicarse|comunicarte|contactar|contactarnos|elegir|preferir)? ?(a|con|en)? C', 'bienvenid[oa]s? a C',
    '(ha|has|usted ha) (llamado|contactado|comunicado) (a|con) C', 'se (ha )?comunic[oa] con C', '(llamo|llamamos|hablo|habla|hablamos|comunico|comunicamos|escribo|contacto|contactamos) (de|desde) C',
    '(atien[a-z]*|habla|hablo|saluda|saludo|soy|llamo|nombre es) (el |la )?(asesor[a]? |agente |ejecutiv[oa] )?[a-zñ]+( [a-zñ]+)? (de|del|desde|en) C',
  ],
};

function compile(patterns: string[]): Pattern[] {
  return patterns.map((p) => ({ re: new RegExp(` ${p.replace(/\bN\b/g, '(?<name>[a-zñ]+)').replace(/\bC\b/g, '(?<company>[a-zñ]+(?: [a-zñ]+){0,3})')}(?= )`, 'dg') }));
}
const COMPILED = {
  en: { name: compile(NAME_PATTERNS.en), company: compile(COMPANY_PATTERNS.en) },
  es: { name: compile(NAME_PATTERNS.es), company: compile(COMPANY_PATTERNS.es) },
};

/** common-noun and verb shapes that are never first names ("finalidad", "atencion", "llamando", "totally") */
const NOT_NAME_SHAPE: Record<AnalysisLanguage, RegExp> = {
  en: /(tion|ment|ness|ity|ance|ence|ing|ful|less|ous|ive|able|ible)$/,
  es: /(dad|cion|sion|mente|ando|iendo|ado|ados|ada|adas|ido|idas|ible|able|encia|ancia|miento|mos|aron|ieron|aje|ajes|cias|ciones)$/,
};

const NUMBER_WORD: Record<AnalysisLanguage, RegExp> = {
  en: /^(zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|double|triple|first|second|third|dollars?|pounds?|euros?|cents?|pence|percent)$/,
  es: /^(cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti[a-z]+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|[a-z]+cientos|mil|millon|millones|pesos?|euros?|soles?|dolares?|centavos?|por ciento)$/,
};

function isDistinctive(word: string, language: AnalysisLanguage): boolean {
  return !GENERIC[language].has(word) && !ROLE[language].has(word) && !NUMBER_WORD[language].test(word) && isNameLikeWord(word, language);
}

/** a word that can be (part of) a company's name: brands may look like adverbs or participles ("bazaarly", "linked") */
function isCompanyNameWord(word: string, language: AnalysisLanguage): boolean {
  if (isDistinctive(word, language)) return true;
  return language === 'en' && /^[a-z]{5,}(ly|ing|ed)$/.test(word) && !GENERIC.en.has(word) && isNameLikeWord(word.replace(/(ly|ing|ed)$/, 'q'), language);
}

/** first names with those shapes */
const SHAPED_NAMES = words(`fernando armando orlando rolando hernando fernanda armanda orlanda conrado amado amada dorado inmaculada consolata
  soledad trinidad piedad caridad concepcion asuncion encarnacion purificacion florencia valencia clemencia prudencia constancia
  esperanza fortunato renata renato ignacio leonardo bernardo eduardo ricardo gerardo everardo leandro alejandro evangelina
  preston winston kingston houston clayton ashton easton weston hamilton milton dalton clinton sterling fleming
  terrence terence florence clarence laurence lawrence constance prudence hortense felicity trinity charity verity clive olive clement
  desmond raymond edmund osmond sigmund rosamund esmond everett garrett jarrett barrett emmett bennett beckett dermott
  jocelyn evelyn madison addison allison harrison ellison morrison jamison tennyson grayson bryson jackson dawson lawson`);

function isAgentNameWord(word: string, language: AnalysisLanguage): boolean {
  return isDistinctive(word, language) && (SHAPED_NAMES.has(word) || !(NOT_NAME_SHAPE[language].test(word) && word.length > 5));
}

/** the company name from metadata ("Harbor Trust Bank") in the text, as consecutive words, tolerating ASR damage ("harbor belly") */
function metadataCompanyIn(text: string, company: string | undefined, language: AnalysisLanguage): boolean {
  if (!company) return false;
  const name = normaliseText(company).trim().split(' ');
  const have = text.trim().split(' ');
  const like = (w: string, h: string) => w === h || (w.length >= 4 && h.length >= 3 && boundedLevenshtein(w, h, 2) <= (w.length >= 6 ? 2 : 1));
  const distinctive = name.filter((w) => isDistinctive(w, language) && !COMPANY_WORD[language].test(w));
  for (let i = 0; i < have.length; i++) {
    // the whole name, word for word (fuzzy), or its first distinctive word when that word is long enough to be telling
    // (6 letters, or 5 said exactly)
    if (name.every((w, k) => have[i + k] !== undefined && like(w, have[i + k]))) return true;
    if (distinctive.length && distinctive[0].length >= 5 && like(distinctive[0], have[i]) && (distinctive.length === 1 || (have[i + 1] !== undefined && like(distinctive[1], have[i + 1])) || distinctive[0].length >= 6 || distinctive[0] === have[i])) return true;
  }
  // the recogniser splits or joins a compound name: "Riverbend" heard as "river bend", "Wharfedale" as "wharf dale",
  // "Lake Shore" as "lakeshore"
  const joinedLike = (w: string, h: string) => w.length >= 7 && (w === h || boundedLevenshtein(w, h, 2) <= (w.length >= 9 ? 2 : 1));
  const first = name.findIndex((w) => isDistinctive(w, language) && !COMPANY_WORD[language].test(w));
  if (first >= 0) {
    const target = name[first];
    const pair = name[first + 1] !== undefined ? target + name[first + 1] : '';
    for (let i = 0; i < have.length; i++) {
      for (let span = 2; span <= 3 && i + span <= have.length; span++) {
        const parts = have.slice(i, i + span);
        if (parts.every((x) => x.length >= 2) && joinedLike(target, parts.join(''))) return true;
      }
      // (the compound name's two words said as one, when they are not both everyday words)
      if (pair && have[i].length >= 7 && joinedLike(pair, have[i]) && (isDistinctive(name[first + 1], language) || target.length >= 4)) return true;
    }
  }
  return false;
}

/** the agent asking for the customer by name ("am I speaking to Tom?", "¿hablo con Tomás?"): that name is the customer's */
const ASKING_FOR = / (?:am i (?:speaking|talking) (?:to|with)|is (?:this|that)|are you|hablo con|estoy hablando con|es usted|me comunico con|hola|hello|hi|hey|good (?:morning|afternoon|evening)|buenos dias|buenas tardes|buenas noches) (?:mr |mrs |ms |miss |señor |señora |don |doña )?([a-zñ]+)/g;
/** the customer giving their own name ("my name is Tom", "soy Tomás", "this is Tom speaking") */
const CUSTOMER_SELF = / (?:my name is|my names|this is|its|it s|i m|im|soy|me llamo|mi nombre es|habla) ([a-zñ]+)/g;

/** the opening is within the first segments: names said later cannot matter */
const CUSTOMER_NAME_SEGMENTS = 40;
/** names that are the customer's, never the agent's, said before segment `before` (a customer who shares the agent's
 *  name and says so after the agent's introduction does not undo it) */
function customerNames(pt: PreparedTranscript, texts: string[], before: number): Set<string> {
  const out = new Set<string>();
  pt.segments.forEach((s, i) => {
    if (i >= before || i > CUSTOMER_NAME_SEGMENTS) return;
    const re = s.speaker === 'Customer' ? CUSTOMER_SELF : ASKING_FOR;
    re.lastIndex = 0;
    for (let m = re.exec(texts[i]); m; m = re.exec(texts[i])) {
      // "hello, this is Dana" / "hi, Dana here": a greeting word followed by the agent's own introduction
      if (s.speaker !== 'Customer' && /^(?:hola|hello|hi|hey|good|buenos|buenas)/.test(m[0].trim()) && /^(?:this|its|it|my|i|im|soy|le|te|mi|me|thanks|thank|gracias|bienvenid|welcome)/.test(m[1])) continue;
      if (s.speaker !== 'Customer' && /^(?:hola|hello|hi|hey|good|buenos|buenas)/.test(m[0].trim())) {
        // a greeting names the customer only when the agent then introduces themselves ("hi tom, this is dana")
        if (!/^ *(?:this is|it s|its|my name|i m|im|soy|le habla|te habla|mi nombre|le saluda|te saluda|habla)\b/.test(texts[i].slice(m.index + m[0].length))) continue;
      }
      out.add(m[1]);
    }
  });
  return out;
}

function findName(text: string, language: AnalysisLanguage, company: string | undefined, notAgent: ReadonlySet<string> = new Set()): string | null {
  const exclude = new Set([...(company ? normaliseText(company).trim().split(' ') : []), ...notAgent]);
  for (const p of COMPILED[language].name) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      // "am I speaking to Tom?", "¿estoy hablando con Tomás?": the agent asks for the customer
      if (/ (?:am i|are we|was i|estoy|estamos)$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // skip role words: "this is agent dana", "soy la asesora marta"
      const at = m.indices!.groups!.name[0];
      const rest = text.slice(at).trim().split(' ').slice(0, 4);
      let k = 0;
      while (k < 3 && (ROLE[language].has(rest[k] ?? '') || FILLER.has(rest[k] ?? ''))) k++;
      const name = rest[k];
      if (!name || exclude.has(name) || !isAgentNameWord(name, language)) continue;
      // "this is northwind bank": a company word right after is the company, not a name
      const after = text.slice(text.indexOf(` ${name} `, at - 1) + name.length + 2).split(' ');
      if (COMPANY_WORD[language].test(after[0] ?? '') || (language === 'en' && !NOT_OURS.has(after[0] ?? '') && !ARTICLE.has(after[0] ?? '') && !GENERIC.en.has(after[0] ?? '') && COMPANY_WORD[language].test(after[1] ?? ''))) continue;
      if (language === 'es' && /^(de|del)$/.test(m.groups!.name)) continue;
      return name;
    }
  }
  return null;
}

/** an introduction cut off mid-way ("...my name is" / "le atiende") */
const CUT_INTRO: Record<AnalysisLanguage, RegExp> = {
  en: / (?:my name is|my names|name is|names|this is|i m|im|i am|myself|you re speaking (?:to|with)|youre speaking (?:to|with)|you re through to|youre through to)$/,
  es: / (?:mi nombre es|me llamo|soy|le atiende|te atiende|le habla|te habla|le saluda|habla con|esta hablando con)$/,
};
/** words the agent resumes with before the name ("sorry about that, as I was saying, it's ...", "perdone, decía, soy ...") */
const RESUME = words('sorry about that apologies pardon excuse me as i was saying said so yes yeah its it s this is my name names is i m im i am again perdon perdone disculpe disculpa decia le como le decia que soy mi nombre es me llamo atiende habla');
const NOT_RESUMED_NAME = words('digame dime diga cuenteme cuentame adelante hello hi hey okay ok right sure');
/** the introduction cut off ("...my name is" / the customer talks over it) and resumed in the agent's next turn:
 *  the first name-like word of that turn, past apologies and the frame said again */
function resumedName(text: string, nextText: string | undefined, language: AnalysisLanguage, company: string | undefined, notAgent: ReadonlySet<string>): string | null {
  if (nextText === undefined || !CUT_INTRO[language].test(text.trimEnd())) return null;
  const exclude = new Set([...(company ? normaliseText(company).trim().split(' ') : []), ...notAgent]);
  const ws = nextText.trim().split(' ');
  for (let k = 0; k < Math.min(ws.length, 8); k++) {
    const w = ws[k];
    if (RESUME.has(w) || FILLER.has(w) || ROLE[language].has(w)) continue;
    return isAgentNameWord(w, language) && !exclude.has(w) && !NOT_RESUMED_NAME.has(w) && !COMPANY_WORD[language].test(w) ? w : null;
  }
  return null;
}

/** "bright mobile, jo here": the bare "<name> here" counts only in the agent's first turn */
/** the raw first turn starts "Hi Tom" / "Hola Tomás" with no comma between the greeting and the name */
function greetsByName(raw: string, name: string): boolean {
  // (only in a punctuated transcript: ASR text without commas cannot tell "hi dana here" from "hi tom")
  if (!/[,.?!;]/.test(raw)) return false;
  const folded = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const m = /^\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|afternoon|evening|hola|buenos dias|buenas tardes|buenas noches|buen dia|buenas)\s+(?:(?:mr|mrs|ms|miss|señor|senor|señora|senora|don|dona)\.?\s+)?([a-zñ]+)/.exec(folded);
  return m !== null && m[1] === name;
}

/** "Cooperativa Andina, buenas tardes, Ximena Rojas, ¿en qué le puedo ayudar?": a bare name right after the company
 *  (from metadata) and a greeting, before the offer of help */
const AFTER_COMPANY_NAME: Record<AnalysisLanguage, string> = {
  en: '(?: (?:good (?:morning|afternoon|evening|day)|hello|hi|morning|afternoon|evening))? ([a-z]{2,})(?: [a-z]{2,})? (?:how (?:can|may|might) i|what can i|speaking)\\b',
  es: '(?: (?:buenos dias|buenas tardes|buenas noches|buen dia|buenas|muy buenas|muy buenos dias|muy buenas tardes|hola))? ([a-zñ]{2,})(?: [a-zñ]{2,})? (?:en que|como (?:le|te|lo|la) (?:puedo|podemos)|digame|dime|a sus ordenes|a la orden|para servirle)\\b',
};
function nameAfterCompany(text: string, language: AnalysisLanguage, company: string | undefined, notAgent: ReadonlySet<string>): string | null {
  if (!company) return null;
  const words_ = normaliseText(company).trim().split(' ');
  const last = words_[words_.length - 1];
  if (!last) return null;
  const m = new RegExp(` ${last}${AFTER_COMPANY_NAME[language]}`).exec(text);
  if (!m) return null;
  const name = m[1];
  return isAgentNameWord(name, language) && !words_.includes(name) && !notAgent.has(name) && !COMPANY_WORD[language].test(name) ? name : null;
}

function firstTurnName(text: string, language: AnalysisLanguage, company: string | undefined, notAgent: ReadonlySet<string> = new Set(), raw = ''): string | null {
  const after = nameAfterCompany(text, language, company, notAgent);
  if (after) return after;
  const m = FIRST_TURN_NAME[language].exec(text);
  if (!m) return null;
  const name = m[1] ?? m[2] ?? m[3];
  // the bare "hi tom, calling from ..." greets the customer when the written text runs the greeting into the name
  // ("Hi Tom, calling from" / "Hola Tomás, de Financiera Norte") rather than setting it off ("Hi, Dana from ...")
  if (m[1] === undefined && m[2] === undefined && greetsByName(raw, name)) return null;
  const exclude = new Set([...(company ? normaliseText(company).trim().split(' ') : []), ...notAgent]);
  return isAgentNameWord(name, language) && !exclude.has(name) && !COMPANY_WORD[language].test(name) ? name : null;
}
const FIRST_TURN_NAME: Record<AnalysisLanguage, RegExp> = {
  en: / ([a-z]{2,}) here (?!(?:to|for|is|are|at|in|on|with)\b)| (?:its|it s|it is) ([a-z]{2,}) |^ (?:(?:hi|hello|hey|hiya|howdy|gday|g day|yes|yeah|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|there|and|so|okay|ok) )*([a-z]{2,})(?: [a-z]{2,})? (?:from|at|with|calling from|on behalf of) (?!(?:the|a|an|your|our|my|this|that|home|work|here|there|now|today|this morning|all)\b)/,
  es: / ([a-zñ]{2,}) (?:por aca|por aqui|a la orden|a sus ordenes)\b|^ (?:(?:hola|buenas|buenos|buen|dias|dia|tardes|noches|muy|que tal|si|alo|bueno|mire|con) )*([a-zñ]{2,})(?: [a-zñ]{2,})? (?:de|del|desde) (?!(?:la|el|los|las|un|una|su|tu|mi|nuevo|nuevo|acuerdo|parte|verdad|hecho|todo|nada|casa|aqui|alli)\b)/,
};

/** `answersCall`: this is the agent's first turn and the first words of the call (an inbound call answered with the company) */
function findCompany(text: string, language: AnalysisLanguage, company: string | undefined, agentName: string | null, answersCall = false): boolean {
  if (metadataCompanyIn(text, company, language)) return true;
  // the agent's name followed by where they work: "priya here from brightwave", "marta gómez, de seguros alcázar"
  if (agentName && companyAfterName(text, language, agentName)) return true;
  for (const p of COMPILED[language].company) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      // the company is the first word after an article ("from the lakeside group"), never a word further on
      const ws = m.groups!.company.split(' ');
      let first = ws.findIndex((w) => !ARTICLE.has(w));
      if (first < 0) continue;
      // a business noun that starts a name ("cobranza integral nopal", "collections partners of ohio") is part of it
      if (BUSINESS_NOUN.has(ws[first]) && ws[first + 1] !== undefined && isDistinctive(ws[first + 1], language)) first++;
      if (GENERIC[language].has(ws[first])) continue;
      const w = ws[first];
      if (w === agentName) continue;
      if (isCompanyNameWord(w, language) || COMPANY_WORD[language].test(w)) {
        // a company word alone ("from the bank") is generic; with a distinctive word next to it, it is a name
        if (COMPANY_WORD[language].test(w) && !ws.slice(first + 1).some((x) => isDistinctive(x, language)) && !isDistinctive(ws[first - 1] ?? '', language)) continue;
        return true;
      }
    }
  }
  // a call answered with the company and a team: "acme billing, priya speaking"
  const team = TEAM_ANSWER[language].exec(text);
  if (answersCall && team && team[1].split(' ').some((w) => isCompanyNameWord(w, language) && w !== agentName)) return true;
  // "lakeside energy", "banco andino" anywhere in the opening
  // (past other company words and corporate adjectives: "happy valley national bank", "caja rural del sur")
  const ts = text.trim().split(' ');
  const corporate = (w: string | undefined) => w !== undefined && (COMPANY_WORD[language].test(w) || CORPORATE_ADJ.has(w));
  for (let i = 0; i < ts.length; i++) {
    if (!COMPANY_WORD[language].test(ts[i])) continue;
    if (language === 'en') {
      let j = i - 1;
      while (j > 0 && corporate(ts[j])) j--;
      // (a company named before the debt it holds is the creditor: "it's for the westlake dental balance")
      const before = ARTICLE.has(ts[j - 1] ?? '') ? ts[j - 2] ?? '' : '';
      if (j >= 0 && isDistinctive(ts[j], language) && ts[j] !== agentName && !NOT_OURS.has(ts[j - 1] ?? '') && !CREDITOR_NOUN.has(ts[j - 2] ?? '') && !CREDITOR_NOUN.has(ts[i + 1] ?? '') && !NOT_OURS.has(before) && before !== 'for') return true;
    } else {
      let j = i + 1;
      while (j < ts.length - 1 && (corporate(ts[j]) || /^(de|del|la|el|los|las)$/.test(ts[j]))) j++;
      // ("la señora luz marina": a person's name that starts with a company word)
      // (and "con la financiera de motos": the creditor, after an article too)
      const beforeArticle = ARTICLE.has(ts[i - 1] ?? '') ? ts[i - 2] ?? '' : '';
      if (j < ts.length && isDistinctive(ts[j], language) && ts[j] !== agentName && !NOT_OURS.has(ts[i - 1] ?? '') && !PERSON_TITLE.has(ts[i - 1] ?? '') && !NOT_OURS.has(beforeArticle)) return true;
    }
  }
  return false;
}

const AFTER_NAME: Record<AnalysisLanguage, string> = {
  en: '(?: [a-z]+)?(?: here| speaking| calling| over)? (?:from|at|with|of|on behalf of|calling from|here at|here from|over at|the [a-z]+ (?:at|from|with)) (?:the )?',
  es: '(?: [a-zñ]+)?(?: aqui| por aca| por aqui)? (?:de|del|desde|de parte de|en|llamando de|llamando desde|asesora? de|agente de|ejecutiv[oa] de) (?:la |el |los |las )?',
};
function companyAfterName(text: string, language: AnalysisLanguage, agentName: string): boolean {
  const re = new RegExp(` ${agentName}${AFTER_NAME[language]}([a-zñ]+)(?: ([a-zñ]+))?(?= )`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [w, next] = [m[1], m[2] ?? ''];
    if (GENERIC[language].has(w) || w === agentName) continue;
    if (COMPANY_WORD[language].test(w)) {
      if (isDistinctive(next, language)) return true;
      continue;
    }
    if (isCompanyNameWord(w, language)) return true;
  }
  return false;
}

const T = {
  en: {
    passed: (name: string, at: string) => `The agent introduced themselves (${name}) and the company at ${at}.`,
    noCompany: (name: string) => `The agent gave a name (${name}) but not the company's name in the opening.`,
    noName: 'The agent named the company but did not give their own name in the opening.',
    none: 'The agent gave neither their name nor the company name in the opening.',
    thirdParty: 'Not applicable: a third party answered and the agent rightly did not name the company.',
    toThirdParty: 'A third party answered and the agent named the company to them.',
  },
  es: {
    passed: (name: string, at: string) => `El agente se presentó (${name}) y nombró la empresa en ${at}.`,
    noCompany: (name: string) => `El agente dio su nombre (${name}) pero no el de la empresa en la apertura.`,
    noName: 'El agente nombró la empresa pero no dio su propio nombre en la apertura.',
    none: 'El agente no dio ni su nombre ni el de la empresa en la apertura.',
    thirdParty: 'No aplica: contestó un tercero y el agente, correctamente, no nombró la empresa.',
    toThirdParty: 'Contestó un tercero y el agente le dijo el nombre de la empresa.',
  },
};

export const detectAgentIdentification: CheckDetector = (pt) => {
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  const company = pt.placeholders.company_name;
  const t0 = pt.segments[0]?.start ?? 0;
  const agentIdx = pt.segments.map((_, i) => i).filter((i) => pt.segments[i].speaker === 'Agent');
  // an outbound call that asks for someone first introduces the agent once the right person is on the line, often
  // after a security check: its opening runs until the first mention of the business (a debt, balance, amount)
  const outbound = agentIdx.length > 0 && OUTBOUND_ASK[pt.language].test(texts[agentIdx[0]] + (agentIdx[1] !== undefined ? texts[agentIdx[1]] : ''));
  const business = agentIdx.findIndex((i) => BUSINESS[pt.language].test(texts[i]));
  const opening = agentIdx.filter((i, k) => (k < 3 && (k === 0 || pt.segments[i].start - t0 <= OPENING_SECONDS)) || (outbound && k < OUTBOUND_TURNS && pt.segments[i].start - t0 <= OUTBOUND_SECONDS && (business < 0 || k <= business)));
  let nameSeg = -1;
  let name: string | null = null;
  let companySeg = -1;
  for (const i of opening) {
    // a name or company split over two turns: look at each turn joined with the next one of the agent
    const next = opening[opening.indexOf(i) + 1];
    const text = next !== undefined ? `${texts[i]}${texts[next]}` : texts[i];
    if (nameSeg < 0) {
      // (the customer's own name, asked for or given before this turn, is not the agent's: "am I speaking to Tom?")
      const custNames = customerNames(pt, texts, i);
      const n = findName(texts[i], pt.language, company, custNames) ?? findName(text, pt.language, company, custNames) ?? (i === opening[0] ? firstTurnName(texts[i], pt.language, company, custNames, pt.segments[i].text) : null) ?? resumedName(texts[i], next !== undefined ? texts[next] : undefined, pt.language, company, custNames);
      if (n && !(i === opening[0] && greetsByName(pt.segments[i].text, n))) ((name = n), (nameSeg = i));
    }
    if (companySeg < 0 && findCompany(texts[i], pt.language, company, name, i === 0)) companySeg = i;
    if (nameSeg >= 0 && companySeg >= 0) break;
  }
  if (nameSeg < 0) {
    // "who's this?" / "¿quién habla?" answered with a bare "Mike Alvarez, Harvest Recovery": the answer is the introduction
    const found = nameAnsweringWho(pt, texts, company, opening);
    if (found) {
      ({ name, nameSeg } = found);
      if (companySeg < 0 && findCompany(texts[nameSeg], pt.language, company, name)) companySeg = nameSeg;
    }
  }
  const firstAgent = opening[0];
  if (nameSeg >= 0 && companySeg >= 0) {
    // naming the agency to a third party who answered is itself the fault a supervisor marks
    // (only when the company named is the account's own, from metadata: a creditor's name is not the agency's)
    const third = (thirdPartyAnswered(pt) ?? undefined);
    if (third !== undefined && third < companySeg) {
      if (metadataCompanyIn(texts[companySeg], company, pt.language)) return { status: 'failed', evidence: [companySeg, third], explanation: t.toThirdParty, confidence: 0.6 };
      return { status: 'not_applicable', evidence: [third], explanation: t.thirdParty, confidence: 0.6 };
    }
    return { status: 'passed', evidence: [...new Set([Math.min(nameSeg, companySeg), Math.max(nameSeg, companySeg)])], explanation: t.passed(name!, formatTime(pt.segments[Math.min(nameSeg, companySeg)].start)), confidence: 0.9 };
  }
  const thirdParty = (thirdPartyAnswered(pt) ?? undefined);
  if (thirdParty !== undefined && companySeg < 0) return { status: 'not_applicable', evidence: [thirdParty], explanation: t.thirdParty, confidence: 0.7 };
  if (nameSeg >= 0) return { status: 'failed', evidence: [nameSeg], explanation: t.noCompany(name!), confidence: 0.8 };
  if (companySeg >= 0) return { status: 'failed', evidence: [companySeg], explanation: t.noName, confidence: 0.8 };
  return { status: 'failed', evidence: firstAgent !== undefined ? [firstAgent] : [], explanation: t.none, confidence: 0.85 };
};

const WHO_ASK: Record<AnalysisLanguage, RegExp> = {
  en: / (?:who s this|whos this|who is this|who s calling|whos calling|who is calling|who am i speaking (?:to|with)|who am i talking (?:to|with)|who are you|and you are|who do i have|who have i got|(?:what s|whats|what is) your name|your name (?:please|again)|(?:can|could|may) i (?:get|have|know|ask) (?:your name|who)|sorry who|didn t catch your name|didnt catch your name)(?= )/,
  es: / (?:quien habla|quien es|quien llama|quien me llama|de parte de quien|con quien hablo|quien lo llama|quien la llama|quien le habla|quien eres|quien sos|con quien tengo el gusto|con quien tengo el placer|con quien estoy hablando|como se llama|como te llamas|como es su nombre|cual es su nombre|cual es tu nombre|su nombre por favor|me dice su nombre|me repite su nombre)(?= )/,
};

/** after the customer asks who is calling, the first name-like word of the agent's answer that is not the customer's
 *  (said earlier by the agent: "is this Tanya Brooks?") */
function nameAnsweringWho(pt: PreparedTranscript, texts: string[], company: string | undefined, opening: number[]): { name: string; nameSeg: number } | null {
  const last = opening.at(-1);
  if (last === undefined) return null;
  for (let i = 0; i < pt.segments.length && i <= last; i++) {
    if (pt.segments[i].speaker !== 'Customer' || !WHO_ASK[pt.language].test(texts[i])) continue;
    const j = opening.find((k) => k > i);
    if (j === undefined) return null;
    const said = new Set(opening.filter((k) => k < j).flatMap((k) => texts[k].trim().split(' ')));
    const companyWords = new Set(company ? normaliseText(company).trim().split(' ') : []);
    for (const w of texts[j].trim().split(' ').slice(0, 6)) {
      if (said.has(w) || companyWords.has(w) || COMPANY_WORD[pt.language].test(w)) continue;
      if (isAgentNameWord(w, pt.language)) return { name: w, nameSeg: j };
    }
    return null;
  }
  return null;
}

/** the agent's own name introduced in `text` ("this is sam", "le atiende lucía"), or null */
export function agentNameIn(text: string, language: AnalysisLanguage, companyName?: string): string | null {
  return findName(normaliseText(text), language, companyName);
}
