// data_protection_information (the `spain` pack): the GDPR / LOPDGDD basic information a Spanish company owes a
// caller whose personal data it handles: who processes the data and/or why, and the caller's rights (access,
// rectification, erasure...) or where to read the privacy policy. Its own check, never folded into the recording notice.
// Passed when the rights or where to read the privacy information are given, in any wording ("puede acceder a sus datos,
// corregirlos o pedir que los borremos", "lo de la privacidad lo tiene en la web", "puede ejercer los derechos que le
// reconoce la normativa"); a bare "conforme al RGPD", or a purpose without rights or policy, is not the basic
// information. Failed when personal data of the caller is collected or discussed (the agent asks for an identifier,
// or the caller's own account, contract, order, policy or debt is dealt with) and that never comes; not applicable when
// no personal data is involved (an anonymous question about opening hours, tariffs or the documents needed).
import type { AnalysisLanguage } from '../schemas.ts';
import type { CheckDetector } from './checkVerdict.ts';
import { segmentTexts } from './callText.ts';

const W = '(?: [a-zñ0-9]+)'; // one more word

/** verbs of the data subject's rights ("acceder", "rectificar", "borrar", "oponerse", "portar") */
const RIGHT_VERB_ES = '(?:acced\\w*|acceso|consult\\w*|conocer|rectific\\w*|correg\\w*|corrij\\w*|modific\\w*|actualiz\\w*|supr\\w*|borr\\w*|elimin\\w*|cancel\\w*|opon\\w*|oposicion|limit\\w*|port\\w*|retir\\w* (?:el |su |tu )?consentimiento|revoc\\w*)';
const RIGHT_VERB_EN = '(?:access\\w*|see|view|correct\\w*|rectif\\w*|updat\\w*|amend\\w*|eras\\w*|delet\\w*|remov\\w*|object\\w*|restrict\\w*|port\\w*|withdraw\\w* (?:your )?consent|copy)';

// the caller's rights, or where to read the privacy information: the part that makes it the GDPR basic information
const RIGHTS_OR_POLICY: Record<AnalysisLanguage, RegExp[]> = {
  es: [
    // "derechos de acceso, rectificación...", "derecho a suprimir", "derechos ARCO"
    new RegExp(` derech\\w*${W}{0,2} (?:de |a )?(?:${RIGHT_VERB_ES}|arco|olvido|portabilidad|supresion|rectificacion|oposicion|limitacion|cancelacion|borrado)`),
    // "puede ejercer sus derechos", "ejercitar los derechos que le reconoce la ley"
    / (?:ejerc\w*|ejercit\w*|hacer valer|reclamar) (?:sus |tus |los |esos |dichos |estos |cualquiera de (?:sus |los |esos )?|todos (?:sus |los )?)?derechos/,
    / derechos (?:que (?:le|te) (?:reconoce|reconocen|otorga|otorgan|da|dan|asisten|corresponden)|(?:en materia |sobre (?:sus |tus )?datos|de proteccion de datos|como (?:titular|interesad[oa])))/,
    // "puede acceder a sus datos, corregirlos o pedir que los borremos": a modal, a rights verb, and the data
    new RegExp(` (?:puede|puedes|podes|podra|podras|pueden|podran|tiene derecho a|tienes derecho a|tiene usted derecho a|le asiste el derecho a|(?:me |nos )?(?:lo )?(?:puede|puedes|podra) (?:pedir|solicitar)|solicitar|pedirnos|pedir que)${W}{0,4} ${RIGHT_VERB_ES}\\b(?=.* datos)`),
    new RegExp(` datos${W}{0,10} (?:puede|puedes|podes|podra|podras|pueden|tiene derecho a|tienes derecho a)${W}{0,4} ${RIGHT_VERB_ES}\\b`),
    // the rights with the data as a clitic: "si quiere consultarlos, corregirlos o borrarlos, puede hacerlo"
    / (?:ver|consult|correg|corrig|rectific|modific|actualiz|borr|elimin|suprim|cancel|acceder a)[a-z]*(?:los|las| ellos| ellas)\b(?:(?=.* datos )|(?<= datos .*))/,
    // the right of access in plain words: "si quiere saber qué datos tenemos suyos (o cambiarlos), nos lo puede pedir"
    / (?:saber|conocer|ver|consultar|pedir|pedirnos|solicitar) (?:que|cuales|todos los|los) datos (?:suyos |tuyos |de usted |personales )?(?:que )?(?:tenemos|guardamos|tratamos|conservamos|manejamos|almacenamos)\b/,
    // a data-protection address to write to ("escriba a protecciondatos arroba…", "privacidad arroba…", "dpo arroba…")
    / (?:protecciondatos|protecciondedatos|proteccion de datos|privacidad|dpo|lopd|rgpd|gdpr|datospersonales)(?: [a-z]+)? arroba\b/,
    // the standalone nouns of the rights
    / (?:rectificacion|supresion|portabilidad)\b/,
    // a complaint to the supervisory authority
    / (?:agencia (?:española )?de proteccion de datos|aepd)\b/,
    // where to read it: "política de privacidad", "aviso legal", "apartado de protección de datos", "barra privacidad"
    / (?:politica|politicas|aviso|apartado|seccion|pagina|clausula|informacion|texto|nota|condiciones) (?:de |sobre (?:la )?)?(?:privacidad|proteccion de datos)/,
    / barra (?:privacidad|proteccion|legal|datos|rgpd|lopd)/,
    / (?:delegad[oa]|dpo) (?:de proteccion de datos|de datos)/,
    new RegExp(` privacidad${W}{0,8} (?:web|pagina|punto es|punto com|enlace|link|sms|mensaje|correo|email|contrato|app|aplicacion)\\b`),
    new RegExp(` (?:web|pagina|enlace|link|sms|mensaje|correo|email|app|aplicacion)${W}{0,6} (?:privacidad|proteccion de datos)\\b`),
    // "más información sobre cómo tratamos sus datos / el tratamiento / privacidad"
    new RegExp(` (?:mas|toda la|la) informacion (?:adicional |ampliada |completa |detallada |basica )?(?:sobre|de|acerca de|del?)${W}{0,3} (?:tratamos|tratamiento|tratan|privacidad|proteccion de datos|(?:sus|tus|los) datos)`),
    / informacion (?:adicional|ampliada|completa|detallada) (?:sobre |de |en |acerca de )?/,
  ],
  en: [
    new RegExp(` right(?:s)?${W}{0,2} (?:of |to )(?:${RIGHT_VERB_EN}|erasure|rectification|portability|object|be forgotten|ask us)`),
    / (?:your|exercise (?:your|those|these|the)) (?:data protection |privacy )?rights/,
    new RegExp(` (?:you can|you may|you have the right to|you re entitled to|youre entitled to|ask us to)${W}{0,4} ${RIGHT_VERB_EN}\\b(?=.* (?:data|information|details))`),
    / (?:rectification|erasure|portability)\b/,
    / (?:information commissioner|ico)\b/,
    / privacy (?:policy|notice|statement|page|section)/,
    / slash privacy/,
  ],
};
// controller or purpose alone ("conforme al RGPD", "sus datos los usamos para la renovación"): not enough by itself
const CONTROLLER_OR_PURPOSE: Record<AnalysisLanguage, RegExp> = {
  es: / (proteccion de datos|responsable del tratamiento|responsable de (sus|tus|los) datos|(sus|tus) datos (personales )?(seran|son|van a ser|se|los) (tratados|utilizados|usados|trata|tratan|usa|usan|utiliza|usamos|tratamos)|tratamiento de (sus|tus|los) datos|trat\w* (sus|tus) datos|rgpd|lopd|lopdgdd|reglamento general de proteccion|finalidad)/,
  en: / (data protection|data controller|controller of your data|your (personal )?data (will be|is) (processed|used|handled)|process(es|ing)? your (personal )?data|gdpr)/,
};

/** identifiers and personal details of the caller */
const ID_NOUN_ES = '(?:dni|nie|nif|documento|cedula|pasaporte|nombre|apellidos?|fecha de nacimiento|direccion|domicilio|codigo postal|telefono|movil|celular|numero|correo|email|e mail|mail|iban|cuenta|tarjeta|poliza|contrato|pedido|localizador|reserva|matricula|referencia|cups|expediente|suministro|datos)';
const ID_NOUN_EN = '(?:name|full name|surname|date of birth|birthday|address|postcode|post code|zip|phone|mobile|number|email|e mail|account|card|policy|contract|order|booking|reference|details|data)';
/** the caller's own account, contract or order is dealt with */
const OWN_THING_ES = '(?:factura|facturas|contrato|poliza|cuenta|pedido|reserva|tarjeta|recibo|recibos|cita|siniestro|deuda|prestamo|hipoteca|linea|suscripcion|seguro|pago|cargo|cargos|datos|direccion|domicilio|telefono|correo|saldo|expediente|solicitud|envio|paquete|devolucion|reembolso|abono|consumo|suministro|lectura|contador|billete|vuelo|historial|movimientos|nomina|dni|nie)';
const OWN_THING_EN = '(?:bill|bills|invoice|contract|policy|account|order|booking|reservation|card|payment|appointment|claim|debt|loan|mortgage|subscription|balance|details|address|email|refund|delivery|parcel|statement|meter|reading|flight|ticket)';
const PERSONAL_DATA: Record<AnalysisLanguage, RegExp[]> = {
  es: [
    // the agent asks for an identifier ("¿me dice su DNI?", "necesito su nombre completo", "dígame el número de póliza")
    new RegExp(` (?:me (?:dice|dices|decis|da|das|facilita|facilitas|confirma|confirmas|indica|indicas|proporciona|proporcionas|pasa|pasas|deja|dejas|regala|regalas|podria dar|puede dar|puedes dar|repite|repites|deletrea|deletreas)|necesito|necesitaria|digame|dime|decime|indiqueme|confirmeme|facilite|facilitame|cual es|cual seria|me podria (?:decir|dar|confirmar|indicar|facilitar))${W}{0,3} (?:su |tu |el |la |los |las |un |una |sus |tus )?${ID_NOUN_ES}\\b`),
    // the caller's details named as theirs ("su DNI", "tu fecha de nacimiento", "su número de cliente")
    / (?:su|tu|sus|tus) (?:dni|nie|nif|cedula|pasaporte|nombre completo|apellidos?|fecha de nacimiento|direccion|domicilio|codigo postal|telefono|movil|celular|correo|email|e mail|iban|numero de (?:cuenta|tarjeta|poliza|contrato|cliente|socio|pedido|reserva|documento|telefono|expediente)|datos personales|datos bancarios|cuenta bancaria)\b/,
    // the caller's own account, order or contract, in the caller's words ("mi factura", "mis recibos"); the agent's
    // "su consumo" / "su factura" is as often general advice to a prospective customer
    new RegExp(` (?:mi|mis) ${OWN_THING_ES}\\b`),
    / datos personales\b/,
    // the agent taking down a name or a contact ("¿a nombre de quién?", "¿y un teléfono de contacto?")
    / (?:a nombre de quien|(?:un|algun|otro|su|tu) (?:telefono|movil|celular|correo|email|e mail|numero)(?: de contacto| para contactar(?:le|te)?| donde (?:localizarle|llamarle|contactarle))|como se llama usted|como te llamas|cual es su nombre|cual es tu nombre)\b/,
  ],
  en: [
    new RegExp(` (?:can i (?:get|have|take|grab)|could i (?:get|have|take)|may i (?:have|take|get)|confirm|give me|tell me|whats|what is|i need|i ll need)${W}{0,2} (?:your |the |a )?${ID_NOUN_EN}\\b`),
    new RegExp(` (?:my) ${OWN_THING_EN}\\b`),
    / (?:date of birth|personal data|personal details)\b/,
    / (?:(?:a|your|the best|a contact|a good) (?:contact )?(?:phone|mobile|number|email)(?: number)?(?: to reach you| for you| on file)|whats your name|what is your name|name on the account)\b/,
  ],
};

const T = {
  en: {
    passed: 'The agent gave the data-protection information (the customer\'s rights or where to read the privacy policy).',
    partial: 'Personal data was handled and the agent only mentioned data protection (controller or purpose), without the customer\'s rights or where to read the privacy policy.',
    missing: 'Personal data was handled but the agent never gave the data-protection information (controller, purpose, rights).',
    na: 'Not applicable: no personal data was handled.',
  },
  es: {
    passed: 'El agente dio la información básica de protección de datos (los derechos del cliente o dónde leer la política de privacidad).',
    partial: 'Se trataron datos personales y el agente solo mencionó la protección de datos (responsable o finalidad), sin los derechos del cliente ni dónde leer la política de privacidad.',
    missing: 'Se trataron datos personales pero el agente no dio la información básica de protección de datos (responsable, finalidad, derechos).',
    na: 'No aplica: no se trataron datos personales.',
  },
};

const DIGIT_WORD: Record<AnalysisLanguage, RegExp> = {
  es: /^(?:cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d+)$/,
  en: /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d+)$/,
};
/** how many digits the caller reads out in a turn (an identifier, a phone or account number): digits count one each */
function spokenDigits(text: string, language: AnalysisLanguage): number {
  let n = 0;
  for (const w of text.trim().split(' ')) {
    if (!DIGIT_WORD[language].test(w)) continue;
    n += /^\d+$/.test(w) ? w.length : 1;
  }
  return n;
}

/** a privacy mention in a turn: "información adicional" counts only when it is about data or privacy */
/** the kinds of right a turn names (access, rectification, erasure, objection, restriction, portability, consent) */
const RIGHT_KINDS: Record<AnalysisLanguage, RegExp[]> = {
  es: [/ (?:acced|acceso|consult|ver(?:los|las)\b)/, / (?:rectific|correg|corrij|modific|actualiz)/, / (?:supr|borr|elimin|cancel)/, / (?:opon|oposicion)/, / limit/, / portab|portar/, / (?:retir|revoc)\w* (?:el |su |tu )?consentimiento/],
  en: [/ (?:access|see|view|copy)/, / (?:correct|rectif|updat|amend)/, / (?:eras|delet|remov)/, / object/, / restrict/, / port/, / withdraw\w* (?:your )?consent/],
};
/** the patterns that name the rights only by their verbs ("puede acceder a sus datos, corregirlos..."): self-service
 *  talk ("puede modificar sus datos bancarios en la app") uses one verb, the GDPR information names several rights or
 *  says it is about rights or data protection */
const VERB_ONLY = { es: new Set([3, 4, 5]), en: new Set([2]) };
const DATA_PROTECTION_CONTEXT = / (?:derech\w*|privacidad|proteccion de datos|rgpd|lopd\w*|tratamiento|tratamos|normativa|ley de proteccion|rights|privacy|data protection|gdpr)\b/;

function givesRightsOrPolicy(text: string, language: AnalysisLanguage): boolean {
  const res = RIGHTS_OR_POLICY[language];
  for (let k = 0; k < res.length; k++) {
    if (!res[k].test(text)) continue;
    // the last Spanish pattern (a bare "información adicional") needs privacy or data protection in the same turn
    if (language === 'es' && k === res.length - 1 && !/ (?:privacidad|proteccion de datos|tratamiento de (?:sus |tus |los )?datos|tratamos (?:sus |tus |los )?datos|datos personales)\b/.test(text)) continue;
    if (VERB_ONLY[language].has(k) && !DATA_PROTECTION_CONTEXT.test(text) && RIGHT_KINDS[language].filter((re) => re.test(text)).length < 2) continue;
    return true;
  }
  return false;
}

export const detectDataProtectionInformation: CheckDetector = (pt) => {
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  const given = pt.segments.findIndex((s, i) => s.speaker === 'Agent' && givesRightsOrPolicy(texts[i], pt.language));
  if (given >= 0) return { status: 'passed', evidence: [given], explanation: t.passed, confidence: 0.85 };
  // the first pattern (a request for an identifier) counts only from the agent: a caller asking "what is the number of
  // roadside assistance?" or "what documents do I need?" gives no data
  const personal = pt.segments.findIndex((s, i) => PERSONAL_DATA[pt.language].some((re, k) => (k > 0 || s.speaker === 'Agent') && re.test(texts[i])) || (s.speaker === 'Customer' && spokenDigits(texts[i], pt.language) >= 6));
  const partial = pt.segments.findIndex((s, i) => s.speaker === 'Agent' && CONTROLLER_OR_PURPOSE[pt.language].test(texts[i]));
  if (personal < 0 && partial < 0) return { status: 'not_applicable', evidence: [], explanation: t.na, confidence: 0.6 };
  if (partial >= 0) return { status: 'failed', evidence: [partial], explanation: t.partial, confidence: 0.6 };
  return { status: 'failed', evidence: [Math.max(0, personal)], explanation: t.missing, confidence: 0.8 };
};
