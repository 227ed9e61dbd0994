// Who answered an outbound call, read more widely than thirdPartyAnswer.ts (which it uses first): after the agent asks
// for someone, a customer turn that says, in any common wording or dialect, that they are someone else (any relation
// or role: housekeeper, babysitter, carer, assistant, spouse, ex-wife, "a mi him madda"), that the person asked for is
// not there or cannot come (at work, at school, in hospital, deployed, asleep, "kemar nuh deh yah", "está en el
// trabajo"), that they died, or that it is a wrong number / nobody of that name. The person asked for coming to the
// phone afterwards ("hi, this is Tom", "sí, soy yo") undoes it. Local to the checks that depend on it (agent
// identification, mini-Miranda), so the shared helper is untouched.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { segmentTexts } from './callText.ts';
import { thirdPartyAnswered } from './thirdPartyAnswer.ts';
import { isNameLikeWord } from '../nameLikeToken.ts';

/** the agent asks for a person (an outbound call): the words after it are that person's name */
const ASKS: Record<AnalysisLanguage, RegExp> = {
  en: / (?:(?:may|can|could|might) i (?:please )?(?:speak|talk) (?:to|with)|(?:trying|looking|hoping|calling) (?:to reach|to speak (?:to|with)|for)|am i (?:speaking|talking) (?:to|with)|is (?:this|that)|(?:is|are) (?=(?:mr |mrs |ms |miss |mister )?[a-z]+(?: [a-z]+)? (?:there|home|available|around|in)\b)) (?:mr |mrs |ms |miss |mister )?([a-z]+)(?: ([a-z]+))?/,
  es: / (?:hablo con|estoy hablando con|me comunico con|me comunica con|me comunicas con|me pasa con|me pasas con|me podria pasar con|me puede pasar con|puedo hablar con|podria hablar con|quisiera hablar con|busco a|buscaba a|estoy buscando a|se encuentra|(?:esta|estara) (?=(?:el |la )?(?:señor|señora|señorita|don|doña|sr|sra)\b)|es usted|con (?=(?:el |la )?(?:señor|señora|señorita|don|doña|sr|sra)\b)) (?:el |la )?(?:señor |señora |señorita |don |doña |sr |sra )?([a-zñ]+)(?: ([a-zñ]+))?/,
};

const RELATION_EN = `(?:wife|husband|spouse|partner|ex wife|ex husband|ex|mother|mom|mum|mam|mama|mamma|mumma|madda|mada|father|dad|da|papa|puppa|fada|son|daughter|sister|sista|brother|bredda|breda|grandmother|grandma|granny|gran|nan|nana|grandfather|grandpa|grandad|aunt|auntie|aunty|uncle|cousin|niece|nephew|fiance|fiancee|girlfriend|boyfriend|roommate|flatmate|housemate|room mate|flat mate|tenant|lodger|landlord|landlady|neighbour|neighbor|friend|colleague|coworker|co worker|boss|manager|supervisor|assistant|secretary|receptionist|pa|carer|caregiver|caretaker|nurse|housekeeper|cleaner|maid|nanny|babysitter|baby sitter|au pair|stepmother|stepfather|stepmom|stepdad|stepson|stepdaughter|in law|mother in law|father in law|sister in law|brother in law|guardian|relative)`;
const RELATION_ES = `(?:esposa|esposo|mujer|marido|pareja|ex esposa|ex esposo|ex|mama|madre|mami|papa|padre|papi|hija|hijo|hermana|hermano|abuela|abuelo|tia|tio|prima|primo|sobrina|sobrino|nieta|nieto|novia|novio|prometida|prometido|suegra|suegro|nuera|yerno|cuñada|cuñado|madrastra|padrastro|compañera|compañero|vecina|vecino|amiga|amigo|jefa|jefe|secretaria|secretario|asistente|recepcionista|empleada|empleado|muchacha|trabajadora|niñera|cuidadora|cuidador|enfermera|inquilina|inquilino|casera|casero|arrendador|arrendadora|familiar|pariente)`;

const THIRD: Record<AnalysisLanguage, RegExp[]> = {
  en: [
    new RegExp(` (?:i m|im|i am|this is|its|it s|a mi|mi a|me a|me is|mi is|me|mi) (?:just |only )?(?:his|her|their|him|di|the|[a-z]+ s) (?:[a-z]+ )?${RELATION_EN}\\b`),
    new RegExp(`^ (?:(?:no|nah|sorry|um|uh|oh|well) )*(?:his|her|their|the) ${RELATION_EN}(?: here| speaking)?\\b`),
    / (?:wrong (?:number|person|house|phone)|no (?:one|body) (?:here |lives here )?(?:by|with|called|of) that name|nobody (?:here )?(?:by|with|called) that name|(?:don t|dont|do not) know (?:any|a|anyone|anybody) (?:by|called|named)|(?:i m|im|i am) not (?:him|her|them))\b/,
    / (?:he|she|him|her|hes|shes) (?:s |has |is |just )?(?:passed away|passed|died|deceased|no longer with us|not with us any ?more)\b/,
    / (?:he|she|hes|shes|they|theyre|him|her) (?:s |is |are |re |be )?(?:at|in|on|out at|away at|off at|working at|at the) (?:work|school|uni|university|college|hospital|the hospital|prison|jail|the army|the office|the shop|the site|church|the doctor|the doctors|a meeting|the gym|the store|his job|her job|practice|training)\b/,
    / (?:he|she|hes|shes|they|theyre|him|her) (?:s |is |are |re |be )?(?:deployed|overseas|abroad|out of (?:town|the country|state)|travelling|traveling|asleep|sleeping|in the shower|in bed|unwell|sick in bed|busy right now|on holiday|on vacation|away)\b/,
    / (?:he|she|him|her|hes|shes|NAME) (?:nuh|nah|no|not|isnt|aint|s not|is not) (?:deh|dey|here|home|in|around|available)(?: yah| ya| right now| at the moment| today)?\b/,
    / (?:he|she|him|her|NAME) (?:work|works|wuk|working) (?:at|a|in|inna|down at|over at|by)\b/,
    / (?:(?:can|may|could|shall) i take a message|(?:i ll|ill|i will|mi wi|mi will|me will) (?:tell|let|pass|give) (?:him|her|them)|want me to (?:tell|get|have) (?:him|her))\b/,
    / (?:he|she|him|her) (?:doesnt|does not|dont|don t|nuh|no) (?:live|stay|work) (?:here|yah|ya|with us)\b/,
  ],
  es: [
    new RegExp(` (?:soy|yo soy|habla|le habla|te habla|es|aqui) (?:la|el|su|tu|una|un) (?:[a-zñ]+ )?${RELATION_ES}\\b`),
    new RegExp(`^ (?:(?:no|eh|este|mire|oiga|pues|bueno|ay) )*(?:su|la|el) ${RELATION_ES}\\b`),
    / (?:numero equivocado|se (?:ha )?equivocad[oa]|(?:no|nadie) (?:vive|hay nadie|hay ninguna persona|conozco a nadie|conozco a ninguna persona)(?: aqui| aca)?(?: con ese nombre| que se llame asi)?|aqui no vive|aca no vive|no conozco a (?:ese|esa|ningun|ninguna|nadie)|(?:yo )?no soy (?:el|ella|esa persona|ese señor|esa señora))\b/,
    / (?:(?:el|ella|NAME) (?:ya )?(?:fallecio|murio|ya no esta con nosotros|paso a mejor vida)|^ (?:no |eh |este |mire |oiga |ay )*(?:fallecio|murio|ya fallecio|ya murio)|en paz descanse|ya no vive)\b/,
    / (?:NAME) (?:no|ya no) (?:esta|se encuentra|vive|trabaja)\b/,
    / (?:esta|se encuentra|anda|salio|se fue|estan) (?:en el trabajo|trabajando|en la chamba|en el laburo|en la pega|en el hospital|hospitalizad[oa]|internad[oa]|de viaje|viajando|en el colegio|en la escuela|en la universidad|en la facultad|en clase|dormid[oa]|durmiendo|en la ducha|bañandose|en el baño|fuera|afuera|en el extranjero|pres[oa]|en la carcel|en una reunion|en el medico|en el doctor|en la iglesia|en el campo|en la finca|en el gimnasio)\b/,
    / (?:(?:quiere|desea|quieres|queres) (?:dejar(?:le)?|que le (?:deje|de)) (?:un |algun )?(?:mensaje|recado)|(?:yo )?(?:le|se lo) (?:digo|aviso|doy el recado|paso el recado|comento)|cuando (?:llegue|venga|vuelva) (?:le|se lo) (?:digo|aviso))\b/,
  ],
};

/** the person asked for comes to the phone: "hi, this is tom", "speaking", "sí, soy yo", "con él habla" */
function rightParty(text: string, language: AnalysisLanguage, names: Set<string>): boolean {
  if (language === 'en') {
    if (/ (?:this is (?:he|she|him|her|me)(?= $| speaking| who| yes| what| how| why| can)|that s me|thats me|it s me|its me)\b|^ (?:(?:yes|yeah|yep|hi|hello|uh|um|oh) )*(?:(?:this is )?[a-z]+ )?speaking(?= $| (?:who|what|how|can|yes))|^ (?:yes|yeah) it is\b/.test(text)) return true;
    const m = / (?:this is|it s|its|i m|im|i am|hi it s|hello it s) ([a-z]+)\b/.exec(text);
    return m !== null && names.has(m[1]);
  }
  if (/ (?:soy yo|yo mismo|yo misma|el mismo|la misma|con el habla|con ella habla|el habla|ella habla|si con el|si con ella|si soy yo)\b/.test(text)) return true;
  const m = / (?:soy|habla|yo soy|le habla|aqui) ([a-zñ]+)\b/.exec(text);
  return m !== null && names.has(m[1]);
}

/** the agent checking who is now on the line ("is this Tom?"), and a plain yes to it */
const CONFIRM_ASK: Record<AnalysisLanguage, RegExp> = {
  en: / (?:is this|is that|am i (?:speaking|talking) (?:to|with)|are you) (?:mr |mrs |ms |miss )?([a-z]+)/g,
  es: / (?:hablo con|estoy hablando con|es usted|usted es|eres|sos) (?:el |la )?(?:señor |señora |señorita |don |doña )?([a-zñ]+)/g,
};
function confirmsName(text: string, language: AnalysisLanguage, names: Set<string>): boolean {
  const re = CONFIRM_ASK[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (names.has(m[1])) return true;
  return false;
}
const YES: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:yes|yeah|yep|yup|speaking|correct|that s right|thats right|it is|that s me|thats me)\b/,
  es: /^ (?:si|sí|asi es|correcto|el mismo|la misma|soy yo|con el|con ella|efectivamente)\b/,
};
const NAME_WORD = /^[a-zñ]{2,}$/;
const NOT_A_NAME = new Set('i im me you he she it we they him her this that there here the a an speaking home in available around el ella usted la el señor señora ahi aqui'.split(' '));

/** the agent's first words answer a call the customer made ("thanks for calling", "sí, dígame") */
const ANSWERS_INBOUND: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:(?:hi|hello|good (?:morning|afternoon|evening)|yes) )*(?:thank you for calling|thanks for calling|welcome to|you ve reached|youve reached|how (?:can|may) i help|what can i do for you)\b/,
  es: /^ (?:(?:si|hola|buenas|buenos dias|buenas tardes|buenas noches|buen dia|alo) )*(?:digame|dime|gracias por (?:llamar|comunicarse|comunicarte|contactar)|bienvenid[oa]|en que (?:le|te|lo|la) (?:puedo )?(?:ayudar|ayudo|sirvo))\b/,
};

const cache = new WeakMap<PreparedTranscript, number | null>();

/** the first customer segment saying they are not the person the agent asked for, unless that person then comes to the phone */
export function thirdPartyAnsweredWide(pt: PreparedTranscript): number | null {
  if (cache.has(pt)) return cache.get(pt)!;
  // only an outbound call that asks for someone can be answered by a third party: an inbound caller who says "soy su
  // hijo" about an account holder called the company themselves
  const texts0 = segmentTexts(pt);
  const firstAgent = pt.segments.findIndex((s) => s.speaker !== 'Customer');
  if (firstAgent >= 0 && ANSWERS_INBOUND[pt.language].test(texts0[firstAgent]) && !ASKS[pt.language].test(texts0[firstAgent])) {
    cache.set(pt, null);
    return null;
  }
  let found = thirdPartyAnswered(pt);
  if (found === null) found = wider(pt);
  // ...unless the person asked for then comes to the phone ("let me get him" ... "hello, this is Tom")
  if (found !== null) {
    const texts = segmentTexts(pt);
    const names = askedNames(pt, texts);
    for (let i = found; i < pt.segments.length; i++) {
      if (pt.segments[i].speaker !== 'Customer') continue;
      // "let me get him" ... agent: "is this Tom?" customer: "yes"
      const prev = i - 1 > found ? i - 1 : -1;
      const confirmed = prev >= 0 && pt.segments[prev].speaker !== 'Customer' && confirmsName(texts[prev], pt.language, names) && YES[pt.language].test(texts[i]);
      if (rightParty(texts[i], pt.language, names) || confirmed) {
        found = null;
        break;
      }
    }
  }
  cache.set(pt, found);
  return found;
}

/** the names the agent asked for ("may I speak with Tom Reyes" → tom, reyes) */
function askedNames(pt: PreparedTranscript, texts: string[]): Set<string> {
  const names = new Set<string>();
  pt.segments.forEach((s, i) => {
    if (s.speaker === 'Customer') return;
    const m = ASKS[pt.language].exec(texts[i]);
    if (m) for (const w of [m[1], m[2]]) if (w && NAME_WORD.test(w) && !NOT_A_NAME.has(w) && isNameLikeWord(w, pt.language)) names.add(w);
  });
  return names;
}

/** how many customer turns after the agent asks for someone may say they are someone else (they say so at once) */
const EARLY_TURNS = 3;

function wider(pt: PreparedTranscript): number | null {
  const texts = segmentTexts(pt);
  const lang = pt.language;
  const names = new Set<string>();
  let asked = false;
  let third = -1;
  let afterAsk = 0;
  let patterns: RegExp[] = THIRD[lang];
  for (let i = 0; i < pt.segments.length; i++) {
    const text = texts[i];
    if (pt.segments[i].speaker !== 'Customer') {
      const m = ASKS[lang].exec(text);
      if (m) {
        asked = true;
        for (const w of [m[1], m[2]]) if (w && NAME_WORD.test(w) && !NOT_A_NAME.has(w) && isNameLikeWord(w, pt.language)) names.add(w);
        const alt = names.size ? [...names].join('|') : 'zzzz';
        patterns = THIRD[lang].map((re) => new RegExp(re.source.replace(/NAME/g, alt)));
      }
      continue;
    }
    if (!asked) continue;
    if (third < 0) {
      if (++afterAsk > EARLY_TURNS) return null;
      if (rightParty(text, lang, names)) return null;
      if (patterns.some((re) => re.test(text))) third = i;
      else if (rightParty(text, lang, names)) return null;
    } else if (rightParty(text, lang, names)) return null;
  }
  return third < 0 ? null : third;
}
