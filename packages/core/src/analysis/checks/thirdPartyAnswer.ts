// Who answered an outbound call: the first customer turn saying they are not the person the agent asked for
// ("this is his wife", "no está, salió a almorzar", "wrong number"), unless that person then comes to the phone.
// One rule for every check that depends on it (agent identification, mini-Miranda).
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { segmentTexts } from './callText.ts';

/** the agent asks for the debtor by name, and a bare "yes" answers it */
const ASKS_FOR: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:is this|is that|am i speaking (?:to|with)|am i talking (?:to|with)|may i speak (?:to|with)|can i speak (?:to|with)|could i speak (?:to|with)|speaking with|looking for)\b/,
  es: /\b(?:hablo con|estoy hablando con|me comunico con|me comunica con|se encuentra|puedo hablar con|podria hablar con|busco a|con el señor|con la señora|es usted)\b/,
};
const BARE_YES: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:uh |um |oh )?(?:yes|yeah|yep|yup|yes maam|yes sir|correct|that s right|thats right|right|uh huh|mhm|it is|that s correct|thats correct)(?: (?:it is|that s me|thats me|who s this|whos this|who is this|who s calling|whos calling|why|what s this about|whats this about|what is this about|can i help you|how can i help))* $/,
  es: /^ (?:eh |este )?(?:si|sí|aja|correcto|asi es|efectivamente|claro|digame|dígame|mande|si señor|si señora|si senor|si senora|el mismo|la misma)(?: (?:digame|dígame|quien habla|quien es|de parte de quien|que se le ofrece|que necesita|mande|con el|con ella|soy yo|que paso))* $/,
};

/** the customer is not the person asked for */
const THIRD_PARTY: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:(?:he|she|they|hes|shes|theyre) (?:(?:is|s|are|re) )?(?:not|isnt|aint) (?:here|home|in|available|around)|(?:he|she) (?:doesnt|does not|dont) live here(?: anymore)?|doesnt live here|wrong number|no one (?:here )?by that name|nobody (?:here )?by that name|this is (?:his|her|their) (?:wife|husband|mother|mom|mum|father|dad|son|daughter|sister|brother|roommate|flatmate|partner|girlfriend|boyfriend|colleague|neighbor|neighbour|boss|coworker|co worker|friend|grandmother|grandfather|aunt|uncle)|(?:i m|im|i am|its|it s|this is) (?:his|her|their) (?:wife|husband|mother|mom|mum|father|dad|son|daughter|sister|brother|roommate|flatmate|housemate|partner|colleague|coworker|boss|friend|carer|caregiver|nana|nan|nanna|gran|granny|grandma|grandmother|grandpa|grandad|granddad|grandfather|auntie|aunt|uncle|cousin|niece|nephew|landlady|landlord|neighbour|neighbor|fiance|fiancee|girlfriend|boyfriend|stepmother|stepfather|stepmom|stepdad)|(?:can|may|could) i take a message|(?:he|she) (?:s|is) (?:at work|out|away|not in|on leave|on holiday|on vacation|in a meeting|busy)|(?:he|she) moved|(?:he|she) passed away|no longer works here|doesnt work here|does not work here|he s not in|she s not in|i ll (?:tell|let) (?:him|her) know|i ll pass (?:it|that|the message) on|(?:he|she|they|[a-z]+)(?: is| s| are| re)? (?:with a (?:patient|client|customer)|in a (?:\w+ )?meeting|on (?:a|another) call|on the other line|on site|out of the office|not available|unavailable)|(?:he|she)(?: s| is) out (?:on|at|for)|who s calling|whos calling)\b/,
  es: /\b(?:no (?:esta|se encuentra|vive aqui|vive aca|vive mas aqui|vive mas aca|esta en casa|trabaja aqui|trabaja aca|trabaja mas aqui|ha llegado|llega|viene)|ya no vive|numero equivocado|se (?:ha )?equivocad[oa]|no (?:hay|conozco a) (?:nadie|ninguna persona) con ese nombre|(?:soy|habla|le habla) (?:su|la|el) (?:esposa|esposo|mujer|marido|mama|madre|papa|padre|hija|hijo|hermana|hermano|pareja|novia|novio|compañera|compañero|vecina|vecino|suegra|suegro|abuela|abuelo|tia|tio|jefa|jefe|empleada|amiga|amigo|prima|primo|nuera|yerno|cuñada|cuñado)|(?:quiere|desea|quieres) dejar(?:le)? (?:un |algun )?(?:mensaje|recado)|(?:le|se lo) (?:digo|dejo el recado|paso el recado|aviso)|yo le (?:digo|aviso)|(?:salio|anda|esta) (?:trabajando|de viaje|fuera)|esta en el trabajo|no se encuentra|(?:^ |no |el |ella |ya |recien |acaba de |se )sali[oó](?= $| a | hace| de | temprano| para| ya| recien)|salio a almorzar|fue a almorzar|esta almorzando|no ha vuelto|quien lo llama|quien la llama|quien le llama|(?:yo )?vivo con (?:el|ella)|soy compañer[oa]|compañer[oa] (?:de|del) (?:la |el )?(?:oficina|trabajo|laburo|apartamento|departamento|piso|cuarto|casa)|no puede atender|no se puede poner|no (?:lo|la) puede atender|quien lo busca|quien la busca|(?:habla|hablas|esta hablando|estas hablando) con (?:su|la|el) (?:esposa|esposo|mujer|marido|mama|madre|papa|padre|hija|hijo|hermana|hermano|pareja|compañera|compañero|vecina|vecino|suegra|suegro|abuela|abuelo)|le dejo (?:algun )?(?:numero|recado|mensaje)|ahora no puede|esta ocupad[oa]|esta en (?:una )?reunion|esta en el (?:galpon|taller|campo|consultorio)|no lo conozco|no la conozco|(?:es|soy) compañer[oa] de (?:trabajo|laburo|oficina))\b/,
};
/** "who's calling?": asked by the person wanted and by a third party alike */
const WHO_IS_CALLING = / (?:quien (?:lo|la|le) (?:llama|busca)|quien habla|de parte de quien|who s calling|whos calling|who is calling)(?= )/g;

/** the customer (then) is the person asked for */
const RIGHT_PARTY: Record<AnalysisLanguage, RegExp> = {
  en: /(?:^ |\b(?:yes|yeah|yep|yup|hi|hello|uh|um)\b )(?:this is (?:he|she|him|her|me)(?= $| (?:speaking|yes|who|what|why|how|can))|(?:this is [a-z]+ )?speaking(?= $| (?:who|what|how|can|yes))|that s me|thats me|it s me|its me)|\b(?:yes|yeah) (?:this|that) is (?:him|her|me)(?= $| (?:who|what|why|how))|\b(?:i m|im|i am) (?:the )?(?:account holder|cardholder)\b|\bthis is (?:he|she|him|her|me) speaking\b/,
  // ("sí, con él" answers the question only as the whole turn's start: "comparto piso con él" is a flatmate)
  es: /(?:^ (?:si |aja |eh )?yo(?= $| (?:que|quien|digame|mande|por|hablo|soy)))|(?:^ (?:si |eh |aja |bueno |alo |hola )?con (?:el|ella)(?= $| (?:quien|de parte|digame|si|que|mande|diga|habla|para|en que)))|\b(?:soy yo|yo mismo|yo misma|el mismo|la misma|ella misma|el habla|ella habla|con el habla|con ella habla|(?:soy|yo soy) (?:el|la) titular)\b/,
};

/** the agent asks for someone by name (an outbound call): only then can whoever answered be a third party */
const ASKS_FOR_PERSON: Record<AnalysisLanguage, RegExp> = {
  en: / (?:is|are) [a-z]+(?: [a-z]+)? (?:there|home|available|around|in)\b| (?:may|can|could) i (?:please )?(?:speak|talk) (?:to|with)| (?:trying|looking|hoping) to (?:reach|speak|get hold of)| (?:looking|calling) for\b| is (?:this|that) [a-z]+| am i (?:speaking|talking) (?:to|with)/,
  es: / (?:se encuentra|esta|estara) (?:el |la )?(?:señor|señora|señorita|don|doña|sr|sra)?| (?:podria|puedo|pudiera) hablar con| (?:busco|buscaba|buscamos) a| (?:hablo|estoy hablando) con| (?:me comunica|me comunicas|me pasa|me pasas|me podria pasar|me puede pasar) (?:con|a)\b| con (?:el|la) (?:señor|señora|señorita|sr|sra|don|doña|joven)\b| es usted/,
};

/** the first customer segment, after the agent asked for someone, saying they are not that person, unless that person then comes to the phone */
export function thirdPartyAnswered(pt: PreparedTranscript): number | null {
  const texts = segmentTexts(pt);
  let third = -1;
  let agentSpoke = false;
  let asked = false;
  let lastAgent = -1;
  const rightAfterAgent = (i: number) => agentSpoke && (RIGHT_PARTY[pt.language].test(texts[i]) || (lastAgent >= 0 && ASKS_FOR[pt.language].test(texts[lastAgent]) && BARE_YES[pt.language].test(texts[i])));
  for (let i = 0; i < pt.segments.length; i++) {
    if (pt.segments[i].speaker !== 'Customer') {
      agentSpoke = true;
      lastAgent = i;
      asked ||= ASKS_FOR_PERSON[pt.language].test(texts[i]);
      continue;
    }
    // "Fenwick Dental, Jo speaking" before the agent asked for anyone is a greeting, not the debtor
    // "sí, con ella, ¿quién la llama?" is the person asked for ("who's calling" alone could be anyone);
    // "yo soy su mamá" is not
    const third_ = asked && THIRD_PARTY[pt.language].test(texts[i]);
    const strongThird = third_ && THIRD_PARTY[pt.language].test(texts[i].replace(WHO_IS_CALLING, ' '));
    if (strongThird) {
      if (third < 0) third = i;
    } else if (rightAfterAgent(i)) return null;
    else if (third_ && third < 0) third = i;
  }
  return third < 0 ? null : third;
}
