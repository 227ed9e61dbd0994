// A short extractive summary of a call: who called whom, why, and the outcome when one is stated.
//
// Direction: metadata.direction ('inbound' / 'outbound') when given; otherwise outbound when the agent's opening
// asks for a person or says why *they* are calling ("may I speak with…", "I'm calling from…", "¿se encuentra el
// señor…?", "le llamo de…"), inbound when the opening welcomes a caller ("thank you for calling", "¿en qué puedo
// ayudarle?"), outbound when the agent's opening uses collections wording (or the call is judged by a collections
// policy), inbound otherwise.
// Topic: the subject most mentioned at the start of the call by the side that started it (the customer's first
// turns on an inbound call, the agent's on an outbound call), earlier mentions weighing more.
// Outcome: the agent's last statement of what was done ("I've ordered…", "queda registrado…"), or the customer's
// commitment to pay on a collections call, or a third party / wrong number answering.
import type { ComplianceResult, QualityResult } from './schemas.ts';
import type { PreparedTranscript } from './prepareTranscript.ts';
import { isNameLikeWord } from './nameLikeToken.ts';

export type CallDirection = 'inbound' | 'outbound';

interface Topic {
  id: string;
  en: string;
  es: string;
  /** patterns on accent-folded, apostrophe-free lower-case words */
  pattern: { en: RegExp; es: RegExp };
  /** generic topics ("a payment") lose against a specific one mentioned as early */
  weight?: number;
}

const w = (src: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, 'u');

/** Ordered from specific to generic (ties go to the first). */
export const TOPICS: Topic[] = [
  {
    id: 'debt', en: 'an overdue balance', es: 'un saldo vencido',
    pattern: {
      en: w('debt|debts|overdue|past due|arrears|outstanding (?:balance|amount|debt)|missed (?:your |a |the |my )?payments?|late payments?|behind (?:on|with) (?:your |my )?(?:payments?|bills?)|attempt to collect|collect a debt|collections?'),
      es: w('deudas?|adeudo|adeuda|vencid[oa]s?|atrasad[oa]s?|en mora|mora|impagos?|pagos? pendientes?|saldo pendiente|cuotas? (?:vencidas?|atrasadas?|pendientes?)|recibos? pendientes?|intento de cobr\\w*|cobro de (?:una|la) deuda|cobranzas?|gestion de cobro|debe usted|usted debe'),
    },
  },
  {
    id: 'fraud', en: 'a possible fraudulent transaction', es: 'una posible operación fraudulenta',
    pattern: { en: w('fraud\\w*|unauthori[sz]ed|didnt make (?:this|that|these|those|the)|dont recogni[sz]e (?:this|that|these|the)|scam\\w*|hacked'), es: w('fraude|fraudulent\\w*|desconozco|desconocimiento|no (?:la |lo )?hice yo|no reconozco|no la reconozco|no lo reconozco|no autoric\\w*|estafa|hackea\\w*|suplantacion') },
  },
  {
    id: 'card', en: 'replacing a card', es: 'la reposición de una tarjeta',
    pattern: {
      en: w('(?:lost|misplaced|left) (?:my |the )?(?:\\w+ )?card|stolen|(?:replace|replacement|new) (?:(?!sim)\\w+ )?card|card (?:was |is |got )?(?:lost|stolen|damaged|broken|cracked)|damaged card|replace (?:it|my card)'),
      es: w('perdi (?:mi |la )?tarjeta|extravi\\w*|robaron (?:mi |la )?tarjeta|tarjeta (?:robada|perdida|rota|da[nñ]ada|extraviada)|reposicion|reponer (?:la|mi) tarjeta|(?:nueva|otra) tarjeta|reemplaz\\w* (?:la|mi) tarjeta|sustitu\\w* (?:la|mi) tarjeta|duplicado de (?:la )?tarjeta'),
    },
  },
  {
    id: 'payment_plan', en: 'a payment plan', es: 'un plan de pagos',
    pattern: { en: w('payment (?:plan|arrangement|schedule)|instal?ments?|pay (?:it )?(?:off )?in (?:parts|instal?ments)|spread (?:the|my) payments?'), es: w('plan de pagos?|acuerdo de pago|convenio de pago|fraccionar|fraccionamiento|pagar (?:en|a) (?:cuotas|plazos|partes)|refinanci\\w*|reestructur\\w*') },
  },
  {
    id: 'declined', en: 'a declined or blocked card', es: 'una tarjeta rechazada o bloqueada',
    pattern: { en: w('declined|card (?:was |is |got )?(?:blocked|frozen|rejected|not working)|wont (?:go through|work)'), es: w('rechaz\\w*|declinad\\w*|tarjeta (?:bloqueada|no (?:pasa|funciona))|bloquearon (?:mi |la )?tarjeta') },
  },
  {
    id: 'outage', en: 'a service outage or fault', es: 'una avería o un corte del servicio',
    pattern: {
      en: w('outage|(?:internet|wifi|connection|broadband|service|line|power|signal|tv|cable|phone) (?:is |has been |keeps )?(?:down|out|dropping|not working|cutting out)|no (?:internet|service|signal|power|dial tone|connection)|power cut|cut off|not working|doesnt work|stopped working|router|modem'),
      es: w('averia\\w*|(?:sin|no tengo|no hay) (?:servicio|internet|luz|se[nñ]al|linea|conexion|agua|gas|tono|cobertura)|cortes? (?:de|del) (?:luz|servicio|internet|agua|gas)|se (?:cae|cayo|corta|corto) (?:el |la )?(?:internet|linea|conexion|luz|se[nñ]al|servicio)|no (?:me )?funciona|dejo de funcionar|router|modem|fibra'),
    },
  },
  {
    id: 'claim', en: 'an insurance claim', es: 'un siniestro o parte del seguro',
    pattern: { en: w('claims?|accident|collision|crash|rear ended|adjuster|deductible|excess|hail|flood\\w*|burst pipe|windscreen|windshield'), es: w('siniestros?|parte (?:de|del) (?:accidente|seguro)|dar parte|accidente|choque|chocaron|perito|franquicia|deducible|aseguradora|reclamacion (?:al|del|de) seguro|seguro (?:de|del) (?:equipo|celular|movil|hogar|auto|coche|carro|vida|viaje)|me robaron (?:el|mi|la) (?:celular|telefono|movil|coche|carro|auto|bici|bicicleta|moto)|granizo|inundacion') },
  },
  {
    id: 'order', en: 'an order, delivery or refund', es: 'un pedido, un envío o un reembolso',
    pattern: { en: w('(?<!standing |money |postal |court )orders?|ordered|delivery|delivered|(?:my|the|a) package (?:\\w+ )?(?:arrived|delivered|hasnt|didnt|never|is late|was|got|came)|parcel|tracking|shipped|shipping|refunds?|refunded|return (?:it|the|my|an|this)|exchange'), es: w('pedidos?|envios?|paquetes?|entrega|repartidor|seguimiento|reembolsos?|devolucion|devolver|reintegro|(?:mi|la|una) compra (?:en linea|online|por internet|en la web|web)') },
  },
  {
    id: 'bill_payment', en: 'paying a bill', es: 'pagar una factura',
    pattern: { en: w('pay (?:a |my |the |this |our |an )?(?:\\w+ )?bills?|bill payment|paying (?:a |my |the )?(?:\\w+ )?bills?'), es: w('pagar (?:la |mi |una |el |los |mis )?(?:\\w+ )?(?:factura|facturas|recibo|recibos)|pago de (?:la |mi |una )?(?:factura|recibo)') },
  },
  {
    id: 'billing', en: 'a bill or a charge', es: 'una factura o un cargo',
    pattern: { en: w('bills?|billing|billed|invoice|charged|charges?|statement|fees?|overcharged|double charged'), es: w('facturas?|facturacion|cobros?|cobraron|cobran|cargos?|cargaron|comision\\w*|recibos?|importe') },
    weight: 0.8,
  },
  {
    id: 'plan_change', en: 'changing a plan or policy', es: 'un cambio de plan, tarifa o póliza',
    pattern: {
      en: w('upgrade|downgrade|(?:change|switch|move) (?:my |our |the )?(?:plan|package|tariff|contract|policy|beneficiary)|new plan|better plan|cheaper plan|tariff|add (?:\\w+ ){0,2}(?:to|on) (?:my|the|our) (?:policy|plan|account)|(?:add|remove) (?:a |my |an )?(?:\\w+ )?(?:driver|line|beneficiary|user|named driver)'),
      es: w('(?:cambiar|cambio|pasarme|mejorar|bajar) (?:de |mi |el |la |del )?(?:plan|tarifa|paquete|contrato|poliza|beneficiario|beneficiaria)|tarifa|portabilidad|plan mas barato|mejor plan|(?:agregar|a[nñ]adir|incluir|quitar) (?:a )?(?:un|una|mi) (?:conductor|beneficiari[oa]|linea|adicional)'),
    },
  },
  {
    id: 'new_service', en: 'signing up for a new service', es: 'contratar un servicio nuevo',
    pattern: {
      en: w('sign(?:ing)? up|new (?:line|contract|customer|policy|account|phone line)|switch(?:ing)? (?:from|to|over|providers?|carriers?)|what plans|open (?:an|a new) account|(?:interested in|looking for) (?:a|an|your) (?:new )?(?:plan|policy|account|loan|mortgage|quote)|get a quote|quote for'),
      es: w('contratar|dar(?:me)? de alta|alta (?:de|del|en)|portar(?:me)?|abrir una cuenta|me interesa (?:un|una|el|la)|(?:quiero|quisiera|quería|queria) (?:un|una) (?:plan|linea|cuenta|seguro|poliza|credito|prestamo|tarjeta)|cotizacion|presupuesto'),
    },
  },
  {
    id: 'cancellation', en: 'cancelling a service or an order', es: 'cancelar un servicio o un pedido',
    pattern: { en: w('cancel\\w*|close (?:my|the) account|terminate|termination'), es: w('dar(?:me|lo|la)? de baja|baja del? (?:servicio|contrato|linea)|cancelar|cancelacion|rescindir') },
  },
  {
    id: 'contact_details', en: 'updating contact details', es: 'actualizar datos de contacto',
    pattern: { en: w('change (?:my |of )?address|update (?:my )?(?:address|phone|number|email|details)|new address|moved house|i moved'), es: w('(?:cambiar|actualizar|cambio de) (?:mi |el |la |los )?(?:direccion|domicilio|telefono|correo|datos|email)|me mude|nueva direccion') },
  },
  {
    id: 'loan', en: 'a loan or credit application', es: 'una solicitud de préstamo o crédito',
    pattern: { en: w('loans?|mortgage|line of credit|credit limit|apply for (?:a |an )?(?:credit|loan|card)|overdraft'), es: w('prestamos?|creditos? (?:de consumo|hipotecario|personal|de vivienda)|hipoteca|(?:pedir|solicitar|sacar) un credito|cupo|linea de credito|sobregiro|descubierto') },
  },
  {
    id: 'balance', en: 'an account balance', es: 'el saldo de su cuenta',
    pattern: { en: w('balance'), es: w('saldo') },
    weight: 0.8,
  },
  {
    id: 'transfer', en: 'a money transfer', es: 'una transferencia',
    pattern: { en: w('transfer\\w*|wire|send money|e transfer|standing order|direct debit'), es: w('transferencias?|transferir|traspas\\w*|giro') },
  },
  {
    id: 'password', en: 'resetting a password or access', es: 'restablecer una contraseña o el acceso',
    pattern: { en: w('password|reset|log in|login|locked out|pin'), es: w('contrase[nñ]a|clave|usuario bloqueado|no puedo (?:entrar|acceder)|acceso') },
  },
  {
    id: 'appointment', en: 'scheduling an appointment', es: 'pedir una cita',
    pattern: { en: w('appointment|schedule (?:a|an)|book (?:a|an)|meeting|visit'), es: w('citas?|agendar|reunion|visita') },
  },
  {
    id: 'hours', en: 'opening hours', es: 'el horario de atención',
    pattern: { en: w('hours|what time (?:do|does) (?:you|it) (?:open|close)|opening times'), es: w('horarios?|a que hora (?:abren|cierran)') },
  },
  {
    id: 'checks', en: 'ordering checks', es: 'pedir talonarios',
    pattern: { en: w('checkbooks?|check book|cheque ?books?|(?:order|new|more) (?:\\w+ )?(?:checks|cheques)'), es: w('chequeras?|talonarios?|(?:pedir|nuevos|mas) cheques') },
  },
  {
    id: 'payment', en: 'making a payment', es: 'hacer un pago',
    pattern: { en: w('pay|paying|payment|payments|top up|topup|recharge'), es: w('pagar|pago|pagos|abonar|recarga|recargar') },
    weight: 0.6,
  },
  {
    id: 'enquiry', en: 'a general enquiry', es: 'una consulta general',
    pattern: { en: w('(?:a |general |quick )question|how much (?:is|does|do|would)|pric(?:e|es|ing)|costs?|compare|comparison|information (?:about|on)|info (?:about|on)|wondering'), es: w('consulta|(?:una )?pregunta|informacion (?:sobre|de)|cuanto (?:cuesta|vale|sale)|precios?|costos?|comparar') },
    weight: 0.5,
  },
  {
    id: 'complaint', en: 'a complaint', es: 'una queja',
    pattern: { en: w('complain\\w*|complaint'), es: w('quejas?|reclamacion|reclamo|reclamar') },
    weight: 0.6,
  },
];

const OUTBOUND_OPENING = {
  en: w('(?:may|can|could) i (?:please )?(?:speak|talk) (?:to|with)|am i (?:speaking|talking) (?:to|with)|is this (?:mr|mrs|ms|miss|mister)|(?:im|i am|were|we are) (?:calling|ringing|reaching out) (?:you )?(?:from|about|regarding|on behalf|in regards?|to (?:let|follow|remind|discuss|talk|confirm|check|offer|inform))|calling (?:you )?(?:from|on behalf of)|(?:im|i am) trying to (?:reach|get hold of)|is (?:mr |mrs |ms |miss )?[a-z]+(?: [a-z]+)? (?:available|there|at home)(?: right now| please)?$|returning your call|this is a call (?:from|about|regarding)|(?:im|i am|were|we are) (?:calling|ringing|looking) for|looking for (?:mr |mrs |ms |miss )?[a-z]+|(?:im|i am|were|we are|just) (?:following up|calling to follow up) (?:on|about|regarding)'),
  es: w('se encuentra|(?:hablo|hablamos|estoy hablando) con|me comunico con|(?:puedo|podria|quisiera|quiero) hablar con|^(?:(?:hola|buenas|buenos dias|buenas tardes|buenas noches|alo|si|bueno) )*con (?:el se[nñ]or|la se[nñ]ora|la se[nñ]orita|don|dona)|busco a (?:el se[nñ]or|la se[nñ]ora|la se[nñ]orita|don|dona)|(?:le|la|lo|te|les) (?:estoy |estamos )?(?:llamo|llamamos|llamaba|llamando|hablo|hablamos|contacto|contactamos|escribo) (?:de|desde|por|para|en nombre|de parte|en relacion|con relacion|respecto|porque|a fin)|es usted (?:el se[nñ]or|la se[nñ]ora|don|dona)|el titular de la (?:linea|cuenta|tarjeta|poliza)|me (?:pasa|pone|comunica) (?:a|con)|^(?:(?:hola|buenas|buenos dias|buenas tardes|buenas noches|alo|si) )*(?:con )?(?:don|dona|el se[nñ]or|la se[nñ]ora|la se[nñ]orita|se[nñ]or|se[nñ]ora|se[nñ]orita|sr|sra)(?: [a-zñ]+){1,4}$'),
};
const INBOUND_OPENING = {
  en: w('thank you for calling|thanks for calling|thank you for contacting|(?:how|what) can i (?:help|do for) you|how may i (?:help|assist)|what can i help you with|you(?:ve| have) reached|welcome to'),
  es: w('gracias por (?:llamar|comunicarse|contactar|su llamada)|en que (?:le |te |lo |la |les )?(?:ayudo|sirvo|colaboro|puedo ayudar|puedo servir|podemos ayudar)|(?:le|lo|la|te) atiende|(?:usted )?(?:habla|esta hablando) con|(?:en )?que (?:puedo|le puedo|podemos|le podemos) (?:ayudar|servir)|(?:como|en que) (?:puedo|le puedo) (?:ayudarle|ayudarte|servirle|colaborarle)|bienvenid[oa] a|ha llamado a|se ha comunicado (?:con|a)'),
};
const COLLECTIONS_WORDING = {
  en: w('attempt to collect|debt collector|collect a debt|collection agency|collections (?:department|team|agency)|overdue|past due|arrears|outstanding balance|missed (?:your |a )?payments?'),
  es: w('intento de cobr\\w*|cobro de (?:una|la) deuda|gestion de cobro|gestor de cobr\\w*|cobranzas?|agencia de cobr\\w*|deuda|saldo (?:vencido|pendiente)|pagos? (?:vencidos?|atrasados?|pendientes?)|en mora|impago'),
};
/** Name asked for in an outbound opening. */
const ASKED_NAME = {
  en: /(?:(?:speak|speaking|talk|talking) (?:to|with)|calling for|looking for) (?:mr |mrs |ms |miss |mister )?([a-z]+)(?: ([a-z]+))?|is this (?:mr |mrs |ms |miss |mister )?([a-z]+)(?: ([a-z]+))?/,
  es: /(?:se encuentra|hablo con|hablar con|comunico con|es usted|me pasa a|me pasa con|me comunica con) (?:el se[nñ]or |la se[nñ]ora |la se[nñ]orita |don |dona |el sr |la sra )?([a-zñ]+)(?: ([a-zñ]+))?|(?:^|\s)(?:el se[nñ]or|la se[nñ]ora|la se[nñ]orita|don|dona|se[nñ]or|se[nñ]ora|se[nñ]orita|sr|sra) ([a-zñ]+)(?: ([a-zñ]+))?/,
};
const THIRD_PARTY = {
  en: w('(?:hes|shes|he is|she is|they are|theyre) not (?:here|home|in|available|around)|wrong number|no one (?:by|with) that name|(?:doesnt|does not) live here|(?:i am|im) (?:his|her) (?:wife|husband|son|daughter|mother|father|roommate|partner)|can i take a message'),
  es: w('no (?:se encuentra|esta|vive aqui|vive aca)|numero equivocado|se equivoco de numero|(?:soy|habla) (?:su|la|el) (?:esposa|esposo|hija|hijo|mama|madre|padre|papa|hermana|hermano|pareja)|(?:quiere|desea) dejar(?:le)? (?:un )?(?:mensaje|recado)|aqui no vive'),
};
const AGENT_OUTCOME = {
  en: w('(?:ive|i have|weve|we have|i just|i went ahead and|ive gone ahead and|ive now|i ve)(?: gone ahead and| now| also| just)? (?:ordered|sent|processed|cancell?ed|updated|changed|scheduled|booked|reset|set up|applied|issued|refunded|credited|opened|filed|raised|submitted|reversed|waived|blocked|frozen|unlocked|activated|arranged|logged|escalated|transferred|moved|removed|added|upgraded|downgraded|switched|replaced|fixed|restored|approved|reported|lodged|noted|made)|(?:has|have|is|was) (?:now |just |already )?been (?:ordered|sent|processed|cancell?ed|updated|changed|scheduled|booked|reset|set up|applied|issued|refunded|credited|opened|filed|raised|submitted|reversed|waived|blocked|frozen|unlocked|activated|arranged|logged|escalated|transferred|approved|restored|fixed|resolved|lodged)|(?:you will|youll|you should|it will|it should|that will|thatll) (?:receive|get|see|arrive|be (?:there|delivered|credited|refunded|back|restored|fixed))|(?:a|the|an) (?:technician|engineer|new card|replacement|refund|confirmation|adjuster|courier)(?: \\w+){0,3} (?:will|should|is going to)|(?:youre|you are) all set|(?:your|the) (?:reference|ticket|case|claim) number is'),
  es: w('(?:ya )?(?:le |se lo |se la |te )?(?:he|hemos) (?:enviado|procesado|cancelado|actualizado|cambiado|programado|agendado|solicitado|pedido|tramitado|registrado|abierto|aplicado|reembolsado|abonado|bloqueado|desbloqueado|activado|restablecido|generado|emitido|anulado|dado de baja|levantado|creado|escalado|reportado|gestionado|realizado|hecho)|(?:queda|quedo|ya esta|ha quedado|ha sido|fue|esta) (?:ya )?(?:registrad[oa]|programad[oa]|procesad[oa]|cancelad[oa]|actualizad[oa]|solucionad[oa]|resuelt[oa]|hech[oa]|list[oa]|activad[oa]|enviad[oa]|aplicad[oa]|agendad[oa]|tramitad[oa]|anulad[oa]|bloquead[oa]|reembolsad[oa]|abonad[oa]|pagad[oa]|cambiad[oa]|realizad[oa]|confirmad[oa]|reservad[oa]|instalad[oa]|restablecid[oa]|reactivad[oa]|corregid[oa])|(?:le|te) (?:llegara|llega|llegaran|va a llegar) (?:en|el|a|por)|(?:recibira|va a recibir)|(?:un|el) tecnico (?:ira|pasara|le visitara|va a ir|lo visitara|la visitara)|(?:su|el) numero de (?:incidencia|reclamo|caso|ticket|seguimiento|radicado|siniestro|expediente) es'),
};
const PAY_COMMITMENT = {
  en: w('(?:i|ill|i will|i can|we can|well|we will|i could) (?:pay|make (?:a|the) payment|send (?:the|a) payment|settle)(?! (?:nothing|anything))|promise to pay|(?:agreed|agree) to (?:pay|the (?:plan|arrangement))'),
  es: w('(?:le |lo |la )?(?:pago|pagare|voy a pagar|puedo pagar|abono|abonare|voy a abonar|puedo abonar|lo cancelo|cancelare)(?! nada)|me comprometo a pagar|promesa de pago|(?:acepto|aceptamos) el (?:plan|acuerdo|convenio)'),
};
const PAY_REFUSAL = {
  en: w('(?:i|we) (?:wont|will not|cant|cannot|can not|am not going to|refuse to) (?:pay|be paying)|not paying'),
  es: w('no (?:voy a|puedo|pienso|vamos a) (?:pagar|abonar)|no (?:le |les )?pago nada|no pienso pagar'),
};

const RECORDING = w('grabad[oa]|grabacion|grabando|audio|recorded|recording|monitored|monitoring');

const NAME_STOP = new Set(['calling', 'the', 'a', 'and', 'i', 'im', 'from', 'with', 'el', 'la', 'de', 'y', 'para', 'que', 'un', 'una', 'about', 'regarding', 'here', 'speaking', 'your', 'su', 'someone', 'somebody', 'anyone', 'alguien', 'usted', 'you', 'him', 'her', 'the', 'account', 'holder', 'titular', 'persona', 'responsable', 'encargado', 'supervisor', 'manager', 'tardes', 'dias', 'dia', 'noches', 'buenas', 'buenos', 'buen', 'digale', 'hola', 'senor', 'senora', 'senorita', 'señor', 'señora', 'señorita', 'don', 'dona', 'morning', 'afternoon', 'evening', 'there', 'please', 'por', 'favor']);
const NAME_INTRO = /(?:my name is|my names|this is|me llamo|mi nombre es|soy|habla) ([a-zñ]+)(?: ([a-zñ]+))?/;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface CallSummary {
  text: string;
  reasonSegment: number | null;
  topic: string | null;
  direction: CallDirection;
  /** segment that states the outcome, if any */
  outcomeSegment: number | null;
}

function normText(pt: PreparedTranscript, i: number): string {
  return pt.tokens[i].map((t) => t.norm).join(' ');
}

function nameFrom(m: RegExpExecArray | null, language: 'en' | 'es', first = 1): string | null {
  if (!m) return null;
  const a = m[first];
  const b = m[first + 1];
  if (!a || NAME_STOP.has(a) || !isNameLikeWord(a, language)) return null;
  return [a, b && !NAME_STOP.has(b) && isNameLikeWord(b, language) ? b : ''].filter(Boolean).map(cap).join(' ');
}

/** Segments of the opening: the first few of each side within the first 45 s (or the first 6 segments). */
function openingSegments(pt: PreparedTranscript): number[] {
  const out: number[] = [];
  for (let i = 0; i < pt.segments.length && out.length < 6; i++) {
    if (pt.segments[i].start > 45 && out.length >= 2) break;
    out.push(i);
  }
  return out;
}

export function detectDirection(pt: PreparedTranscript, compliance?: ComplianceResult): { direction: CallDirection; segment: number | null } {
  const lang = pt.language;
  const meta = pt.metadata?.direction ?? pt.metadata?.call_direction;
  if (typeof meta === 'string') {
    const m = meta.trim().toLowerCase();
    if (m === 'outbound' || m === 'saliente') return { direction: 'outbound', segment: null };
    if (m === 'inbound' || m === 'entrante') return { direction: 'inbound', segment: null };
  }
  const opening = openingSegments(pt).filter((i) => pt.segments[i].speaker === 'Agent').slice(0, 3);
  // the first agent turn that says either decides ("How can I help you?" then "Don Gilberto?" is inbound)
  for (const i of opening) {
    const t = normText(pt, i);
    if (OUTBOUND_OPENING[lang].test(t)) return { direction: 'outbound', segment: i };
    if (INBOUND_OPENING[lang].test(t)) return { direction: 'inbound', segment: i };
  }
  const agentEarly = pt.segments.map((_, i) => i).filter((i) => pt.segments[i].speaker === 'Agent').slice(0, 5);
  for (const i of agentEarly) if (COLLECTIONS_WORDING[lang].test(normText(pt, i))) return { direction: 'outbound', segment: i };
  if (compliance?.policy.id === 'collections') return { direction: 'outbound', segment: null };
  return { direction: 'inbound', segment: null };
}

function findTopic(pt: PreparedTranscript, direction: CallDirection): { topic: Topic | null; segment: number | null } {
  const lang = pt.language;
  const lead = direction === 'outbound' ? 'Agent' : 'Customer';
  // the reason window: the leading side's first substantive turns (and the other side's, weighing less)
  const scores = new Map<Topic, number>();
  const firstSeg = new Map<Topic, number>();
  let leadRank = 0;
  let otherRank = 0;
  for (let i = 0; i < pt.segments.length && leadRank < 6; i++) {
    if (pt.tokens[i].length < 2) continue;
    const isLead = pt.segments[i].speaker === lead;
    const rank = isLead ? leadRank++ : otherRank++;
    if (!isLead && rank >= 6) continue;
    const text = normText(pt, i);
    const weight = (isLead ? 1 : 0.3) / (1 + rank * 0.3);
    for (const tp of TOPICS) {
      if (!tp.pattern[lang].test(text)) continue;
      scores.set(tp, (scores.get(tp) ?? 0) + weight * (tp.weight ?? 1));
      const prev = firstSeg.get(tp);
      if (prev === undefined || (isLead && pt.segments[prev].speaker !== lead)) firstSeg.set(tp, i);
    }
  }
  let best: Topic | null = null;
  for (const tp of TOPICS) if ((scores.get(tp) ?? 0) > (best ? scores.get(best)! : 0)) best = tp;
  if (best) return { topic: best, segment: firstSeg.get(best)! };
  // nothing in the opening: the first mention anywhere, the leading side first
  for (const sp of [lead, lead === 'Agent' ? 'Customer' : 'Agent']) {
    for (let i = 0; i < pt.segments.length; i++) {
      if (pt.segments[i].speaker !== sp) continue;
      const text = normText(pt, i);
      for (const tp of TOPICS) if (tp.pattern[lang].test(text)) return { topic: tp, segment: i };
    }
  }
  return { topic: null, segment: null };
}

function quoteOf(pt: PreparedTranscript, i: number, words = 18, from?: RegExp): string {
  let text = pt.quoteTexts[i].trim();
  // quote from where the statement starts when the segment is long and unredacted (not the numbers read before it)
  if (from && pt.quoteTexts[i] === pt.segments[i].text) {
    const toks = pt.tokens[i];
    const m = from.exec(normText(pt, i));
    if (m) {
      const k = normText(pt, i).slice(0, m.index).split(' ').length - 1;
      if (k > 3 && toks[k]) text = `… ${pt.segments[i].text.slice(toks[k].from).trim()}`;
    }
  }
  const parts = text.split(/\s+/);
  return parts.slice(0, words).join(' ') + (parts.length > words ? ' …' : '');
}

export function summariseCall(pt: PreparedTranscript, quality: QualityResult, compliance: ComplianceResult): CallSummary {
  const lang = pt.language;
  const es = lang === 'es';
  const { direction } = detectDirection(pt, compliance);
  let { topic, segment: reasonSegment } = findTopic(pt, direction);
  const collections = COLLECTIONS_WORDING[lang];
  if (direction === 'outbound' && (!topic || topic.id === 'payment' || topic.id === 'balance' || topic.id === 'billing')) {
    // an outbound call about money owed is a collections call
    const i = pt.segments.findIndex((s, k) => s.speaker === 'Agent' && collections.test(normText(pt, k)));
    if (i >= 0) {
      topic = TOPICS[0];
      reasonSegment = i;
    }
  }

  // who
  let name: string | null = null;
  let thirdParty: number | null = null;
  if (direction === 'outbound') {
    for (const i of openingSegments(pt)) {
      if (pt.segments[i].speaker !== 'Agent') continue;
      const m = ASKED_NAME[lang].exec(normText(pt, i));
      name = nameFrom(m, lang, m && m[1] ? 1 : 3);
      if (name) break;
    }
    for (let i = 0; i < Math.min(pt.segments.length, 12); i++) {
      if (pt.segments[i].speaker === 'Customer' && THIRD_PARTY[lang].test(normText(pt, i))) {
        thirdParty = i;
        break;
      }
    }
  } else {
    for (let i = 0; i < pt.segments.length && i < 12; i++) {
      if (pt.segments[i].speaker !== 'Customer') continue;
      name = nameFrom(NAME_INTRO.exec(normText(pt, i)), lang);
      if (name) break;
    }
  }

  const parts: string[] = [];
  const reason = reasonSegment !== null ? quoteOf(pt, reasonSegment) : '';
  if (direction === 'outbound') {
    const whom = name ?? (es ? 'al cliente' : 'the customer');
    const whomEs = name ? `a ${name}` : whom;
    if (topic) parts.push(es ? `El agente llamó ${whomEs} por ${topic.es} («${reason}»).` : `The agent called ${whom} about ${topic.en} ("${reason}").`);
    else parts.push(es ? `El agente llamó ${whomEs}; el motivo no se pudo determinar con claridad.` : `The agent called ${whom}; the reason could not be determined clearly.`);
  } else {
    const who = name ?? (es ? 'El cliente' : 'The customer');
    if (topic) parts.push(es ? `${who} llamó por ${topic.es} («${reason}»).` : `${who} called about ${topic.en} ("${reason}").`);
    else parts.push(es ? `${who} llamó; el motivo no se pudo determinar con claridad.` : `${who} called; the reason could not be determined clearly.`);
  }

  // outcome
  let outcomeSegment: number | null = null;
  if (thirdParty !== null) {
    outcomeSegment = thirdParty;
    parts.push(es ? `Respondió otra persona («${quoteOf(pt, thirdParty, 12)}»).` : `A third party answered ("${quoteOf(pt, thirdParty, 12)}").`);
  } else {
    let commitment: { i: number; refusal: boolean } | null = null;
    if (topic?.id === 'debt' || topic?.id === 'payment_plan') {
      for (let i = pt.segments.length - 1; i >= 0; i--) {
        if (pt.segments[i].speaker !== 'Customer') continue;
        const t = normText(pt, i);
        if (PAY_REFUSAL[lang].test(t)) commitment = { i, refusal: true };
        else if (PAY_COMMITMENT[lang].test(t)) commitment = { i, refusal: false };
        if (commitment) break;
      }
    }
    let agentOutcome: number | null = null;
    for (let i = pt.segments.length - 1; i >= 0 && agentOutcome === null; i--) {
      const t = normText(pt, i);
      // "queda registrada en audio" / "your call is being recorded" is the recording notice, not an outcome
      if (pt.segments[i].speaker === 'Agent' && AGENT_OUTCOME[lang].test(t) && !RECORDING.test(t)) agentOutcome = i;
    }
    if (commitment) {
      outcomeSegment = commitment.i;
      const q = quoteOf(pt, commitment.i, 16);
      parts.push(
        commitment.refusal
          ? es ? `El cliente se negó a pagar («${q}»).` : `The customer refused to pay ("${q}").`
          : es ? `El cliente se comprometió a pagar («${q}»).` : `The customer committed to pay ("${q}").`,
      );
    } else if (agentOutcome !== null) {
      outcomeSegment = agentOutcome;
      const q = quoteOf(pt, agentOutcome, 18, AGENT_OUTCOME[lang]);
      parts.push(es ? `Resultado: el agente indicó «${q}».` : `Outcome: the agent said "${q}".`);
    }
  }
  const resolution = quality.scorecard.find((s) => s.id === 'resolution');
  if (resolution && thirdParty === null) {
    if (resolution.score >= 0.75) parts.push(es ? 'El agente resolvió la petición y el cliente lo confirmó.' : 'The agent resolved the request and the customer acknowledged it.');
    else if (resolution.score >= 0.5) parts.push(es ? 'La petición parece resuelta, pero sin confirmación clara.' : 'The request appears handled, without a clear confirmation.');
    else if (outcomeSegment === null) parts.push(es ? 'No hay indicios claros de resolución.' : 'There is no clear sign the request was resolved.');
  }
  const trend = quality.metrics.sentiment.customer_trend;
  const trendText = es
    ? { improving: 'mejoró', steady: 'se mantuvo estable', worsening: 'empeoró' }[trend]
    : { improving: 'improved', steady: 'stayed steady', worsening: 'worsened' }[trend];
  parts.push(es ? `El sentimiento del cliente ${trendText}.` : `Customer sentiment ${trendText}.`);
  const failed = compliance.checks.filter((c) => c.status === 'failed').map((c) => c.title);
  if (failed.length) parts.push(es ? `Incumplimientos: ${failed.join(', ')}.` : `Compliance issues: ${failed.join(', ')}.`);
  return { text: parts.join(' '), reasonSegment, topic: topic?.id ?? null, direction, outcomeSegment };
}
