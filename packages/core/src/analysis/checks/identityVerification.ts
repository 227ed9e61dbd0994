// identity_verification: before the first account specific (accountSpecifics.ts) the agent must
// verify the caller with a real factor (date of birth, last digits of SSN / card / account / ID,
// security question, postcode, email or address on file, DNI / NIE / cédula / RUT / CURP, PIN,
// one-time code) and the check must succeed. A name, phone or account number alone is not
// verification. Failed: specifics with no verification, before it, or after a failed check the
// agent waves through. Not applicable: no account specifics at all. English and Spanish, ASR text.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { compiled, formatTime } from '../prepareTranscript.ts';
import { matchPhrase } from '../matchPhrase.ts';
import { readDigitRuns } from '../spokenNumbers.ts';
import type { CheckDetector, CheckVerdict } from './checkVerdict.ts';
import { findAccountSpecifics, firstAccountSpecific, matchTexts } from './accountSpecifics.ts';
import type { AccountSpecific, AccountSpecificKind } from './accountSpecifics.ts';

type Lang = AnalysisLanguage;

// ------------------------------------------------------------------ real factors
interface Factor { id: string; re: RegExp }
const FACTORS: Record<Lang, Factor[]> = {
  en: [
    { id: 'date_of_birth', re: /\b(?:dates?|day|data|d) (?:of|a|o|off) (?:birth|berth|bird|birf|bath|burt)\b|\bbirth ?(?:date|day)s?\b|\bbirthdate\b|\bd o b\b|\bdob\b|\bwhen were you born\b|\byear (?:of birth|you were born)\b|\bborn on\b/ },
    { id: 'last_digits', re: /\blast (?:four|4|for|fore|three|3|two|2|five|5|six|6|digits|numbers|few digits|4 digits)\b(?!(?: \w+){0,5} (?:phone|telephone|cell|mobile|number you called|tracking))(?! (?:\w+ )?(?:orders?|transactions?|charges?|payments?|months?|days?|weeks?|years?|statements?|bills?|purchases?|deposits?|times?|calls?|attempts?|deliveries|boxes|invoices?))/ },
    { id: 'ssn', re: /\bsocial security\b|\bssn\b|\bs s n\b|\b(?:your|the|of|of your|youre) social\b(?! media)|\bsocial insurance\b|\bsin number\b|\bnational insurance\b|\btax id\b|\bitin\b/ },
    { id: 'security_question', re: /\bsecurity (?:question|answer|word|phrase|pin|number|check question)s?\b|\bsecret (?:question|word|answer|phrase)\b|\bpass ?(?:word|phrase|code)s?\b|\b(?:your|account|security|telephone|phone banking|four digit|4 digit|six digit|secret|verbal|banking|member|card|atm|debit|customer|personal|the) pin\b(?! (?:in|on|at|into|out) the)|\bpin (?:number|code)\b|\bp i n\b|\bmothers? maiden\b|\bmaiden name\b|\bfirst pet\b|\bvoice ?(?:id|print)\b|\bmemorable (?:word|date|information|name|place)\b|\b(?:amount|date) of (?:your )?(?:last|most recent) (?:payment|deposit|transaction|bill)\b|\bchallenge question\b|\bverbal password\b|\baccess code\b|\b(?:name of )?your first (?:pet|school|car|teacher|employer|job|boss|street|love)\b|\b(?:city|town|place|hospital) (?:where )?you were born\b|\bwhere (?:were you|was your (?:mother|father|mom|dad)) born\b|\byour (?:favou?rite|childhood) (?:teacher|colou?r|movie|book|food|sports team|team|friend|nickname|hero)\b|\bstreet you grew up on\b|\b(?:name|tell me|give me|confirm|list) (?:one|two|a couple of|a) (?:recent |last )?(?:transactions?|purchases?|payments?|deposits?|direct debits?|standing orders?|payees?) (?:on|from|in) (?:the|your) (?:account|card|statement)\b/ },
    { id: 'postcode', re: /\bzip(?: ?code)?\b|\bpost ?code\b|\bpostal code\b|\bzipcode\b|\beir ?code\b|\bair ?code\b|\bare code\b(?= (?:for|of|on) (?:the|your) (?:house|home|address|property|premises))/ },
    { id: 'email_on_file', re: /\bregistered (?:email|e mail)\b|\b(?:email|e mail)(?: address)?(?: id)? (?:on|for|linked to|associated with|registered to|registered on|tied to|attached to|connected to|under) (?:your|the) (?:\w+ ){0,2}(?:account|profile|booking|order|reservation|policy|membership|subscription)\b|\b(?:email|e mail)(?: address)? (?:(?:that |which )?(?:the|your) (?:booking|order|account|reservation|purchase|subscription|ticket|tickets|policy) (?:was|were|is)|(?:was|were|is) (?:the|your) (?:booking|order|account|reservation|purchase|subscription|ticket|tickets|policy)) (?:made|placed|booked|registered|set up|opened|bought|purchased|created) (?:with|under|on|using|through)\b|\b(?:email|e mail)(?: address)? (?:that |which )?you (?:used|use|gave us|signed up with|registered with|booked with|ordered with)\b|\b(?:email|e mail)(?: address)? (?:that (?:was |is )?|which (?:was |is )?)?(?:used|given|provided|registered|entered|supplied) (?:for|on|with|when (?:placing|making|booking)) (?:the|your|this|that) (?:order|booking|account|purchase|reservation|subscription|policy|application)\b|\b(?:email|e mail)(?: address)? (?:on file|on the account|on your account|on the order|on your order|for the order|on the booking|on your booking|on the reservation|on the policy|on your policy|on the profile|on your profile|we have|associated|linked|registered|on record|of record|you (?:have|used) (?:on|with|for)|tied|attached)\b|\b(?:confirm|verify|tell me|give me|provide|read me|whats|what is) (?:your|the) (?:email|e mail)\b|\b(?:email|e mail)(?: address)? (?:you )?(?:booked|ordered|signed up|registered|bought|purchased|paid|placed (?:the|your) order) (?:with|under|on)\b/ },
    { id: 'address_on_file', re: /\b(?:billing|registered|residential) address\b|\baddress (?:on file|on the account|on your account|we have|associated|on record|of record|registered|listed)\b|\bfirst line of (?:your |the )?(?:address|postcode)\b|\b(?:confirm|verify) (?:your|the) (?:full |current |home |mailing )?address\b/ },
    { id: 'id_number', re: /\bdrivers? licen[cs]e\b|\bpassport(?: number)?\b|\bstate id\b|\bid number\b|\bgovernment id\b/ },
    { id: 'one_time_code', re: /\bone time (?:code|passcode|password|pin)\b|\b(?:text|texted|sent|send|sending|emailed|messaged) (?:you |over |through )?(?:to your (?:\w+ )?(?:phone|mobile|cell|email|number) )?(?:a|the|an) (?:quick |short |new )?(?:six|6|five|5|four|4|eight|8) digit (?:number|code|pin)\b|\b(?:text|text message|sms|message) (?:with|containing) (?:a|the|your|an) (?:\w+ ){0,2}(?:code|passcode|pin|digits)\b|\b(?:get|receive|receiving|getting|got) a (?:text|text message|sms)\b(?: \w+){0,6} (?:code|passcode|digits)\b|\bwhat (?:does|did) (?:the|that) (?:text|message|sms) say\b|\bverification code\b|\bsecurity code (?:we|i|that) (?:just )?(?:sent|texted|emailed)\b|\bcode (?:we|i|that we|that i) (?:just )?(?:sent|texted|emailed)\b|\b(?:six|6|five|5|four|4) digit code\b|\bauthenti\w* code\b|\b(?:text|texted|send|sent|sending|email|emailed|push|pushed) (?:you |over |through )?(?:a|the|an) (?:quick |short |new )?(?:code|passcode|pin|one time \w+)\b|\bread (?:me |back |out )*(?:that|the|this) (?:code|passcode|number (?:we|i) (?:just )?(?:sent|texted))\b|\b(?:code|passcode) (?:you (?:just )?(?:got|received)|that (?:just )?came through|on your (?:phone|screen))\b|\b(?:sms|text) (?:code|passcode)\b/ },
    { id: 'app_approval', re: /\b(?:pop ?up|popup|prompt|notification|alert|request|message) (?:in|on|through|from|inside) (?:the|your) (?:\w+ )?app\b|\b(?:tap|hit|press|click|select) (?:yes|approve|confirm|accept|allow|its me|it s me)\b(?: \w+){0,3} (?:app|notification|prompt|pop ?up|popup|screen|phone)\b|\b(?:notification|push|prompt|request|alert) (?:to|on|in|through|via) (?:your|the) (?:\w+ )?(?:app|phone|device|mobile)\b|\bapprove (?:it|that|this|the (?:\w+ )?(?:notification|request|prompt|login|sign in)) (?:in|on|through|via) (?:the|your) (?:\w+ )?app\b|\b(?:app|in app|banking app|mobile app) (?:notification|prompt|approval|verification)\b/ },
  ],
  es: [
    { id: 'date_of_birth', re: /\bfecha (?:de )?(?:nacimiento|nacimento|naciemiento|nasimiento|nac)\b|\b(?:fecha|lugar|ano) de expedicion\b|\bcuando (?:nacio|naciste|naciste usted)\b|\bano de nacimiento\b|\b(?:dia|dia y mes) de (?:su |tu )?(?:nacimiento|cumpleanos)\b|\bcumpleanos\b|\bfecha en que nacio\b|\b(?:en )?que (?:ano|dia|fecha) (?:nacio|naciste|nacistes)\b/ },
    { id: 'last_digits', re: /\b(?:ultim[oa]s|los|las|primer[oa]s) (?:cuatro|4|tres|3|dos|2|cinco|5|seis|6) (?:ultim[oa]s )?(?:digitos|dijitos|numeros|cifras|numeritos)\b(?!(?: \w+){0,4} (?:telefono|celular|movil))|\bultim[oa]s (?:digitos|dijitos|numeros|cifras)\b(?!(?: \w+){0,4} (?:telefono|celular|movil))|\b(?:cuatro|4) ultim[oa]s\b|\b(?:ultim[oa]s|primer[oa]s) (?:cuatro|4|tres|3|dos|2|cinco|5|seis|6) (?:del|de la|de su|de tu|de el) (?:documento|dni|cedula|tarjeta|cuenta|rut|curp|ine|pasaporte|nie)\b/ },
    { id: 'id_document', re: /\b(?:dni|d n i|de ene i|nie|n i e|cedula|sedula|rut|r u t|curp|c u r p|rfc|ine|nif|n i f|dpi|cuil|cuit|rif|pasaporte|carnet de identidad|carne de identidad|tarjeta de identidad|credencial (?:de elector|para votar|del ine)|clave de elector|documento (?:de identidad|nacional|de identificacion|nacional de identidad|unico)|numero de (?:documento|identificacion|identidad|cedula|dni|rut|pasaporte)|run|dui|nit|cui)\b/ },
    { id: 'security_question', re: /\b(?:pregunta|preguntas|respuesta|palabra|frase) (?:de seguridad|secreta|clave|de acceso|de verificacion)\b|\bpalabra clave\b|\bcontrasena\b|\bclave (?:personal|secreta|de acceso|de (?:la )?(?:banca|app|aplicacion|cajero|internet|seguridad)|telefonica|de cuatro digitos|de 4 digitos|numerica)\b|\b(?:su|tu|la) clave\b|\bpin\b|\bnip\b|\bp i n\b|\bnombre de soltera\b|\bapellido de soltera\b|\bnombre de (?:su|tu) (?:primera )?mascota\b|\b(?:nombre de )?(?:su|tu) (?:primer|primera) (?:mascota|escuela|colegio|maestr[oa]|profesor[a]?|trabajo|jefe|auto|carro|coche)\b|\b(?:ciudad|pueblo|lugar|hospital) (?:donde|en que|en el que|en la que) (?:nacio|naciste|naciste usted|nacio su madre|nacio su padre)\b|\b(?:su|tu) (?:color|comida|pelicula|equipo|libro|cancion|deporte) favorit[oa]\b|\b(?:importe|monto|fecha) de (?:su|tu) (?:ultimo|ultima) (?:pago|factura|recibo|movimiento)\b/ },
    { id: 'postcode', re: /\bcodigo postal\b|\bcodigo zip\b|\bzip\b/ },
    { id: 'email_on_file', re: /\b(?:correo|email|e mail|mail|correo electronico) (?:registrado|que (?:tiene|tenemos|tenes|tienes) registrado|asociado|vinculado|de registro|que nos dio|que figura|que consta|dado de alta|que tenemos|que (?:tiene|tenes|tienes) (?:con nosotros|en la cuenta)|de la cuenta)\b|\b(?:confirmar|confirmarme|confirma|confirme|confirmame|verificar|decirme|indicarme|me dice|me indica|me da|dame|deme|digame|dime|me confirmas|me das) (?:su|tu|el) (?:correo|email|e mail|mail)\b|\b(?:correo|email|e mail|mail|correo electronico) (?:con (?:el|la) que (?:se )?(?:hizo|hiciste|realizo|realizaste|compro|compraste|reservo|reservaste|se registro|te registraste|abrio|abriste|pidio|pediste|tiene|tenes|tienes|tenia|tenias|registro|registraste|dio de alta|diste de alta|creo|creaste|uso|usaste|usa|usas|entra|entras|ingresa|ingresas)|que (?:uso|usaste|utilizo|utilizaste|puso|pusiste|dio|diste) (?:para|en|al)|de (?:la|su|tu) (?:reserva|compra|pedido|cuenta|registro|alta))\b/ },
    { id: 'address_on_file', re: /\bdireccion (?:registrada|de facturacion|que tiene registrada|que tenemos|asociada|que figura|que consta|de la cuenta|completa)\b|\b(?:confirmar|confirmarme|confirma|confirme|confirmame|verificar|decirme|indicarme|me dice|me indica|me da|dame|deme|digame|dime|me confirmas|me das) (?:su|tu|la) (?:direccion|domicilio)\b/ },
    { id: 'one_time_code', re: /\b(?:mensaje|sms|mensaje de texto|texto|whatsapp|correo) con (?:un |el |los |sus |una )?(?:codigo|clave|pin|token|numero de (?:verificacion|seguridad)|(?:seis|6|cuatro|4|cinco|5|ocho|8) (?:digitos|numeros|cifras|numeritos))\b|\bcodigo (?:que le|que te|que acabamos de|que le acabamos de|que te acabamos de|de verificacion|de un solo uso|por sms|por mensaje|que le llego|que te llego|que le enviamos|que te enviamos|de seguridad que|de (?:seis|6|cuatro|4) digitos)\b|\bclave (?:dinamica|temporal|de un solo uso|token)\b|\btoken\b|\bsms con un codigo\b|\b(?:le|te) (?:envio|envie|enviamos|mando|mande|mandamos|llega|llego|va a llegar|acaba de llegar|acabo de enviar|acabo de mandar|he enviado|hemos enviado|voy a enviar|voy a mandar|vamos a enviar|vamos a mandar) (?:ahora )?(?:un|el) (?:codigo|mensaje con un codigo|sms)\b|\b(?:enviar|mandar)(?:le|te) (?:ahora )?(?:un|el) (?:codigo|sms)\b|\b(?:me (?:dicta|lee|dice|pasa|puede dictar|puede leer|puede decir|podria dictar|podria leer)|dicteme|digame|leame|dictame|decime|dime|pasame) (?:el|ese) codigo\b/ },
    { id: 'app_approval', re: /\b(?:aviso|alerta|solicitud|push|mensaje|ventana|pop up) (?:en|a|de|desde|por) (?:la|su|tu) (?:app|aplicacion)\b|\b(?:acept\w*|aprob\w*|autoriz\w*|confirm\w*) (?:el|ese|la|esa) (?:aviso|alerta|push|solicitud)(?: \w+){0,3} (?:app|aplicacion|celular|movil|telefono)\b|\bnotificacion (?:en|a|de|desde) (?:la|su|tu) (?:app|aplicacion|celular|movil|telefono)\b|\b(?:acept\w*|aprob\w*|confirm\w*|autoriz\w*) (?:la|esa) (?:notificacion|solicitud) (?:en|de|desde) (?:la|su|tu) (?:app|aplicacion)\b|\b(?:acept\w*|aprob\w*|autoriz\w*) (?:la|esa) notificacion\b/ },
  ],
};
// a question about the customer's own contract or account that only the holder would know, asked as a check
// ("to check it's you, when does your contract renew?", "¿qué plan tiene contratado y cuál es su fecha de corte?")
const ACCOUNT_QUESTION: Record<Lang, RegExp> = {
  en: /\b(?:when|what (?:date|day|month|year)|which (?:day|date|month|year))\b(?: \w+){0,5} (?:contract|plan|policy|account|membership|subscription|loan|mortgage|service|lease)\b(?: \w+){0,3} (?:start|started|renew|renews|renewed|end|ends|open|opened|begin|began|taken out|set up|due)\b|\b(?:which|what) (?:plan|package|tariff|bundle|policy type|product|type of (?:account|policy|plan))\b(?: \w+){0,3} (?:are you on|do you have|you re on|youre on|did you (?:take|sign up|choose|pick))\b|\b(?:amount|date|value) of (?:your |the )?(?:last|most recent|latest|previous) (?:payment|deposit|bill|top up|transaction|premium|installment)\b|\b(?:what|which) (?:branch|store|office)\b(?: \w+){0,4} (?:open|opened|set up)\b/,
  es: /\b(?:que|cual) (?:plan|tarifa|paquete|modalidad|producto|servicio|tipo de (?:cuenta|plan|poliza|tarjeta))\b(?: \w+){0,3} (?:tiene contratad[oa]|tienes contratad[oa]|tenes contratad[oa]|contrato|contrataste|tiene|tienes|tenes)\b|\bfecha de (?:corte|alta|efecto|inicio|apertura|contratacion|renovacion|vencimiento de la poliza|la ultima recarga)\b|\b(?:sucursal|oficina) (?:de|donde|en (?:la )?que) (?:apertura|abrio|la abrio|se abrio)\b|\b(?:monto|importe|fecha|valor) (?:de|del) (?:su |tu )?(?:ultimo|ultima) (?:deposito|pago|recarga|factura|recibo|movimiento|abono|cuota)\b/,
};
const ACCOUNT_QUESTION_STRONG: Record<Lang, RegExp> = {
  en: /\b(?:amount|date|value) of (?:your |the )?(?:last|most recent|latest|previous) (?:payment|deposit|bill|top up|transaction|premium|installment)\b|\b(?:start|effective|opening|inception|renewal) date of (?:your|the) (?:contract|policy|account|plan|membership|lease)\b/,
  es: /\bfecha de (?:alta|efecto|inicio|apertura|contratacion|renovacion|vencimiento de la poliza|la ultima recarga)\b|\b(?:monto|importe|fecha|valor) (?:de|del) (?:su |tu )?(?:ultimo|ultima) (?:deposito|pago|recarga|factura|recibo|movimiento|abono|cuota)\b/,
};
const ASKING: Record<Lang, RegExp> = {
  en: /\b(?:what|which|when|can you (?:tell|confirm|give)|could you (?:tell|confirm|give)|confirm|tell me|do you (?:know|remember))\b/,
  es: /\b(?:me (?:dice|dices|decis|indica|indicas|confirma|confirmas|puede decir|podria decir|da|das)|digame|dime|decime|indiqueme|confirmeme|cual es|cual fue|que (?:plan|tarifa|paquete)|sabe|recuerda)\b/,
};
// asked or given, these are not verification on their own
const NON_FACTOR: Record<Lang, RegExp> = {
  en: /\b(?:full name|your name|first and last name|last name|name on the account|account holders name|phone number|telephone number|number on the account|phone on the account|callback number|account number|member number|policy number|customer number|reference number|order number|case number|claim number|ticket number|booking reference|booking number|reservation number|confirmation number|confirmation code|booking code|locator)\b/,
  es: /\b(?:nombre completo|su nombre|tu nombre|nombre y apellidos?|apellidos?|nombre del titular|numero de (?:telefono|celular|movil|cuenta|cliente|contrato|poliza|socio|pedido|linea|referencia|expediente|siniestro|caso|orden|reserva|localizador)|telefono|celular|movil|localizador|codigo de reserva)\b/,
};
// "to check it's you", "para comprobar que es usted"
const CHECK_ITS_YOU: Record<Lang, RegExp> = {
  en: /\b(?:check|make sure|confirm|verify|know|be sure) (?:that )?(?:its|it s|it is|youre|you re|you are|i m speaking to|im speaking to|i am speaking (?:to|with)) (?:really |actually )?(?:you|the (?:account|policy|card) ?holder|the right person)\b|\bto (?:verify|validate)\b|\bas (?:a )?(?:security|verification) (?:check|question)\b/,
  es: /\b(?:comprobar|confirmar|verificar|asegurarme de|asegurar|saber) (?:de )?que (?:es|eres|sos|habla con|hablo con|estoy hablando con) (?:usted|vos|tu|el titular|la titular)\b|\bpara (?:validar|verificar|comprobar|corroborar)(?:le|te|lo|la)?\b/,
};
// wanting to verify, without naming a factor
const INTENT: Record<Lang, RegExp> = {
  en: /\b(?:verify|verified|verifying|very fy|confirm|authenticate|validate|identify) (?:your|the|a few|some|a couple|who|that its|that it s|you|the account|account)(?: \w+)? ?(?:identity|identities|information|details|account|things|questions|security|holder|owner|you|yourself)?\b|\b(?:for|four) (?:security|verification|safety|privacy|your security|your protection) (?:purposes|reasons)?\b|\bsecurity (?:check|verification|purposes|reasons|questions?)\b|\bidentity (?:check|verification)\b|\bverification (?:process|questions?|purposes)\b|\bid and v\b|\bid v\b/,
  es: /\b(?:verificar|berificar|validar|comprobar|confirmar|corroborar|autenticar|identificar)(?:le|te|lo|la|me|nos)? (?:su|tu|la|sus|tus|unos|algunos|un par de|los|sus|sus datos de)? ?(?:identidad|identida|datos|titularidad|informacion|que (?:es|sos|eres) (?:usted|vos|tu|el titular))\b|\bpor (?:motivos|razones|temas|cuestiones|politicas?|protocolos?|medidas) de (?:seguridad|privacidad|proteccion de datos)\b|\bpor (?:su|tu) (?:seguridad|proteccion)\b|\bpor seguridad\b|\b(?:verificacion|validacion) de (?:identidad|seguridad|datos|titularidad)\b|\bpreguntas? de (?:seguridad|verificacion|validacion)\b/,
};

// ------------------------------------------------------------------ outcomes (agent)
const FAIL: Record<Lang, RegExp> = {
  en: /\bneither does (?:that|this|it|the \w+)\b|\bnor does (?:that|this|it)\b|\b(?:doesnt|does not|dont|do not|didnt|did not|isnt|wasnt|is not|was not|wont) (?:quite )?(?:match|line up|matches|check out|seem to match|agree|correspond)\b|\bnot (?:a )?(?:match|matching)\b|\bno match\b|\bmismatch\b|\bneither (?:of (?:those|them|these)|one)\b|\b(?:thats|that is|that s|it s|its|this is) not (?:what (?:i|we) (?:have|show|see|m seeing|are seeing)|what im seeing|what i see|correct|right|the (?:date|number|one|answer|information|info|zip|code|email|address|correct|right|same)|matching|it)\b|\bincorrect\b|\bnot correct\b|\bnot right\b|\bwrong (?:date|number|answer|zip|zip code|code|pin|one|digits|information|info|email|address|year|month|day|name|postcode|postal code|last four|password|passcode|word)\b|\b(?:thats|that s|thats the|its|it s) wrong\b|\b(?:unable|not able|cant|cannot|couldnt|could not|wasnt able|was not able|am not able|m not able) (?:to )?(?:verify|validate|confirm|authenticate|match|get you verified|pass you|clear you|identify)\b|\b(?:failed|didnt pass|did not pass) (?:the )?(?:verification|security|check)\b|\bverification (?:failed|was unsuccessful|unsuccessful|didnt go through|did not go through)\b|\b(?:i have|ive got|i ve got|i got|we have|weve got) (?:something|a|an?) ?(?:else|different|other)\b|\bnot what (?:i|we) have\b|\bnot quite\b|\b(?:you re|youre|you are|its|it s|thats|that s) (?:missing|short) (?:a|one|two|the) (?:digit|number|letter|character)\b|\b(?:one|a) (?:digit|number|letter|character) (?:short|off|missing|out)\b|\b(?:only |just |at least )?the (?:year|month|day|first (?:part|half|bit|digits?|two|three)|last (?:part|half|bit)|surname|last name|street|house number) (?:matches|is right|is correct|checks out|lines up)\b|\b(?:year|month|day) (?:is )?(?:off|different|wrong)\b|\b(?:thats|that s|that is|its|it s|it is|that)? ?(?:not|isnt|isn t|doesnt|does not|didnt|did not) (?:coming|showing|come|show|pulling|bringing) (?:it |that |anything )?up\b|\b(?:cant|can t|cannot|couldnt|could not|not) (?:find|finding|locate|locating|see|seeing) (?:that|it|a match|any match|one)\b(?: (?:on|in|under|here|for))?|\bno record of (?:that|it|this)\b|\b(?:have|got|show|see|showing|seeing) (?:something|a (?:different|other)|another)(?: (?:different|else))?(?! (?:question|questions|thing|minute|moment|option|idea|call)\b)(?: \w+){0,3}(?= (?:here|there|on (?:file|the account|my screen|the system|record|the profile|the policy)|in the system|for (?:that|you)|but)\b| $)|\b(?:last|third|second|first|fourth|other|final) (?:one|digit|number|character|letter|part|bit)s? (?:isnt|is not|wasnt|was not|arent|are not|isn t|wasn t|doesnt|does not)\b|\b(?:one|two|three|four|five) out of (?:two|three|four|five|six)\b(?! (?:days|weeks|months|times|people|customers))|\b(?:close enough|near enough|good enough|thats close|not exactly|pretty close)\b|\bi show (?:something|a) different\b/,
  es: /\btampoco (?:me |nos |le |te )?(?:coincide|coinciden|concuerda|concuerdan|cuadra|cuadran|corresponde|corresponden|calza|calzan|es correct[oa]|esta bien|sale|aparece|figura|consta)\b|\bno (?:me |nos |le )?(?:coincide|coinciden|concuerda|concuerdan|cuadra|cuadran|corresponde|corresponden|es correct[oa]|son correct[oa]s|es ese|es esa|es el (?:que|correcto|dato)|es la (?:que|correcta|fecha)|es lo que|sale|aparece ese|figura ese|consta ese|esta bien|es asi|es valid[oa])\b(?! (?:problema|nada|necesario|obligatorio|posible verificar sin))|\bincorrect[oa]s?\b|\bequivocad[oa]s?\b|\b(?:no|ni) (?:le |te |lo |la )?(?:puedo|podemos|pude|hemos podido|he podido|logro|logre|consigo|conseguimos|podre) (?:verificar|validar|confirmar|comprobar|identificar|autenticar|verificarl[oea]|validarl[oea]|identificarl[oea]|dar por (?:verificad|validad))\w*\b|\bno (?:ha|hemos|han) (?:sido posible|podido) (?:verificar|validar|confirmar)\b|\b(?:la )?(?:verificacion|validacion) (?:fallo|no (?:fue|ha sido) (?:exitosa|correcta|posible)|ha fallado|no paso)\b|\bno (?:esta|queda|quedo|ha quedado) (?:verificad[oa]|validad[oa])\b|\b(?:tengo|tenemos|me aparece|me sale|aparece|figura) (?:otr[oa]|otra cosa|un dato (?:distinto|diferente)|una fecha (?:distinta|diferente)|un numero (?:distinto|diferente)|algo (?:distinto|diferente))\b|\bno es (?:lo que|el que|la que) (?:tengo|tenemos|figura|aparece|consta)\b|\bno cuadra\b|\b(?:me |le |te |nos )?(?:falta|faltan|sobra|sobran) (?:un|una|dos|el|la|algun|alguna) (?:numero|digito|dato|letra|cifra|parte|numerito)\b|\b(?:solo |por lo menos |al menos )?(?:el ano|el mes|el dia|la primera parte|los primeros|el apellido|la calle) (?:coincide|cuadra|esta bien|es correcto|calza)\b|\bno (?:me )?(?:sale|aparece|figura|consta) (?:eso|ese|esa|asi|nada|igual)\b|\bno (?:lo|la|le) (?:encuentro|ubico|localizo|veo)\b|\bno encuentro (?:ese|esa|eso|nada)\b|\bno (?:me |nos |le )?(?:calza|calzan|pega|encaja|encajan|machea|matchea)\b|\b(?:me sale|me aparece|aparece|figura|tengo) (?:otr[oa]|diferente|distint[oa])\b|\bno es (?:el|la|ese|esa|este|esta) (?:ano|mes|dia|numero|fecha|codigo|correo|direccion|dni|rut|cedula|documento|clave|pin|respuesta)\b|\b(?:mas o menos|se parece|parecido|no exactamente|no del todo)\b/,
};
const SUCCESS: Record<Lang, RegExp> = {
  en: /\b(?:youre|you are|you re|youve been|you have been|you ve been|youre now|you are now|youre all|you are all|youre fully|thats you|all|account|identity|everything|that s you|got you|ive got you|i have you|ive verified you|i verified you|we verified you|weve verified you) ?(?:now |all |fully |been |successfully )?(?:verified|confirmed|authenticated|validated|cleared|all set|good to go|through security)\b|\b(?:thank you|thanks|thank u) (?:so much )?for (?:verifying|confirming|the verification|that verification|passing|answering (?:those|the|my) (?:security )?questions)\b|\bthat (?:matches|all matches|checks out|all checks out|is correct|s correct|is right|s right|lines up|is all correct|s all correct|does match)\b|\b(?:thats|that is|thats all|that s all|perfect thats|great thats|yes thats|yep thats) (?:correct|right|a match|matching|exactly right|perfect)\b|\beverything (?:matches|checks out|looks good|is correct|lines up)\b|\b(?:spot on|bang on|dead on|thats the one|that s the one|thats it exactly|thats him|thats her|that ties up|ties up|lines up)\b|\bverification (?:is )?(?:complete|completed|successful|done|passed|is done|went through)\b|\b(?:successfully|been|got you|have you|get you) verified\b|\bmatches (?:our|my|the|what (?:i|we) have)\b|\b(?:thats|that is|that s|its|it s) the (?:right|correct) (?:one|code|number|answer|date|digits)\b|\b(?:has|s|it s|its|that s|thats) (?:come|gone) through (?:on my (?:side|end)|fine|now)\b|\bmatches\b|\byoure verified\b|\byou passed\b|(?<!\b(?:sure|confirm|check|verify|certain|know) )\b(?:thats|that s|that is|theres|there s) you\b(?! (?:can|could|would|should|will|need|have|want|are))|\bverified\b(?! (?:your|the|that|it|this))|\bcorrect\b(?! me\b)(?<!\bis that correct)(?<!\bis this correct)(?<!\bthats not correct)/,
  es: /\b(?:ya )?(?:esta|estas|estás|queda|quedo|ha quedado|has quedado|esta usted|usted esta|estan|quedas|quedaste|la he|lo he|le he|te he|lo hemos|la hemos|le hemos|te hemos|lo tengo|la tengo|te tengo|le tengo) (?:ya |usted |correctamente |debidamente )?(?:verificad[oa]|validad[oa]|identificad[oa]|confirmad[oa]|autenticad[oa]|comprobad[oa])\b|\b(?:identidad|datos|verificacion|validacion|informacion|identificacion) (?:verificad[oa]s?|confirmad[oa]s?|validad[oa]s?|correct[oa]s?|completad[oa]|comprobad[oa]s?|exitosa|realizad[oa])\b|\b(?:coincide|coinciden|concuerda|concuerdan|cuadra|cuadran|corresponde|corresponden|conforme)\b|\b(?:es|son|esta|estan|todo|todo esta|todos|eso es|asi es) correct[oa]s?\b|\bcorrect[oa]s?\b|\bgracias por (?:verificar|confirmar|la verificacion|validar|sus datos|tus datos|la informacion)\b|\bverificad[oa]\b|\bvalidad[oa]\b|\b(?:datos|todo) (?:en orden|bien|perfecto|ok)\b|(?<!\bque )\bes usted\b|(?<!\bque )\bsos vos\b|\bperfecto ya\b|\blisto ya\b|\b(?:ya )?(?:te|le|lo|la|los|las) (?:valide|verifique|identifique|autentique|validamos|verificamos|identificamos|autenticamos|pude validar|pude verificar|pudimos validar|pudimos verificar)\b/,
};
// verified before the agent took the call (IVR, app login, voice biometrics)
const PRIOR_AUTH: Record<Lang, RegExp> = {
  en: /\b(?:already (?:been )?(?:verified|authenticated|identified)|(?:verified|authenticated|identified) (?:through|by|in|via|on) (?:the |our )?(?:automated|ivr|phone system|system|app|voice (?:id|print|biometrics)|mobile app|keypad))\b|\b(?:voice (?:id|print|biometrics)|the system) (?:has )?(?:verified|authenticated|confirmed) (?:you|your identity)\b/,
  es: /\b(?:ya (?:viene|ha sido|fue|venia) (?:verificad[oa]|validad[oa]|identificad[oa]|autenticad[oa])|(?:verificad[oa]|validad[oa]|identificad[oa]|autenticad[oa]) (?:por|en|con|a traves de|mediante) (?:el |la )?(?:sistema|ivr|contestador|operadora automatica|menu|app|aplicacion|biometria|huella de voz|clave))\b/,
};
// a warm transfer: the first agent already verified the caller
const TRANSFER_AUTH: Record<Lang, RegExp> = {
  en: /\b(?:my |a |the |our )?(?:colleague|coworker|co worker|teammate|team mate|(?:first|previous|last|other) agent|person you (?:just )?(?:spoke|were speaking) (?:to|with)|agent before me|front desk|first line team)\b(?: \w+){0,6} (?:(?:has |have |had |already |just )*(?:verified|authenticated|identified|validated|cleared) (?:you|your (?:identity|account|details))|(?:took|taken|take) you through security|did (?:the |your )?(?:security|verification|id and v)|(?:has |had )?(?:done|completed) (?:the |your )?(?:security|verification|id and v))\b|\b(?:went|been|gone|got|passed|taken|put) through (?:security|verification|the security questions|id and v) (?:with|by) (?:my|a|the|our) (?:colleague|coworker|teammate|team|first agent|previous agent)\b|\b(?:verified|authenticated|passed security|cleared security) (?:with|by) (?:my|a|the|our) (?:colleague|coworker|teammate|team|first agent|previous agent)\b/,
  es: /\b(?:mi|el|la|nuestr[oa]|su) (?:companer[oa]|colega|agente anterior|primer agente|primera agente|asesor[a]? anterior|anterior asesor[a]?|anterior agente)\b(?: \w+){0,6} (?:ya )?(?:le |te |lo |la |los |nos )?(?:verifico|valido|identifico|autentico|comprobo|confirmo (?:su|tu) identidad|hizo la (?:verificacion|validacion)|paso la (?:verificacion|validacion))\b|\b(?:verificad[oa]|validad[oa]|identificad[oa]) (?:por|con) (?:mi|la|el|su|nuestr[oa]) (?:companer[oa]|colega|agente|asesor[a]?)\b|\b(?:ya )?(?:paso|hizo|realizo|completo|pasaste|hiciste) (?:la |las )?(?:verificacion|validacion|preguntas de seguridad) con (?:mi|la|el|su|nuestr[oa]) (?:companer[oa]|colega|agente|asesor[a]?)\b/,
};
const TRANSFER_NOT = /\b(?:couldnt|could not|wasnt able|was not able|werent able|didnt|did not|unable|not yet|will|ll|going to|needs? to|no (?:pudo|ha podido|logro|alcanzo)|no (?:le |te |lo |la )?(?:verifico|valido|identifico)|va a|tiene que|todavia no|aun no)\b/;
const CALLER_ID: Record<Lang, RegExp> = {
  en: /\b(?:(?:phone|mobile|cell|telephone) number|(?:the|your|that|this|same|registered) (?:number|phone|mobile|cell|line)|number (?:on file|on the account|you re calling from|youre calling from)|caller id|calling from|recogni[sz]ed (?:your|the) (?:number|phone))\b/,
  es: /\b(?:numero de (?:telefono|celular|movil)|(?:el|su|tu|este|mismo) (?:numero|telefono|celular|movil|linea)|numero registrado|llama desde|llamando desde|llamas desde|identificador de llamada)\b/,
};
const VERIFIED_CLAIM: Record<Lang, RegExp> = {
  en: /\b(?:verified|validated|authenticated|cleared|through security)\b/,
  es: /\b(?:verificad[oa]|validad[oa]|autenticad[oa]|identificad[oa])\b/,
};
// "thank you / perfect / great / ok" right after the answer: the agent accepts it (a weak signal)
const ACCEPT: Record<Lang, RegExp> = {
  en: /^ (?:uh |um |okay |ok |alright |all right |so |right |righto )?(?:thank you|thanks|perfect|great|excellent|awesome|wonderful|got it|got ya|gotcha|got you|found you|ive got you|i have you|there you are|alright|all right|okay|ok|lovely|brilliant|beautiful|sweet|cheers|super|fantastic|cool|sounds good|very good|good|right on|too easy)\b/,
  es: /^ (?:eh |este |bueno |pues |vale |ok |okay |muy bien |perfecto )?(?:gracias|muchas gracias|perfecto|perfect|genial|excelente|estupendo|listo|vale|muy bien|bien|ok|okay|de acuerdo|buenisimo|barbaro|chevere|dale|ya|bueno|ajá|aja|ahi esta|ahi lo tengo|ya lo tengo)\b/,
};
const IS_QUESTION_ABOUT: Record<Lang, RegExp> = {
  en: /\b(?:is that correct|is this correct|is that right|is it correct|correct me)\b/,
  es: /\b(?:es correcto|esta bien|verdad|cierto)\s*$/,
};

// ------------------------------------------------------------------ customer answers
const CANNOT: Record<Lang, RegExp> = {
  en: /\b(?:i dont|i do not|i cant|i cannot|i can not|dont|cant|i couldnt|i wouldnt) (?:really )?(?:know|remember|recall|have (?:it|that|them|one|my|those)|find|think i (?:have|know|remember)|seem to remember)\b|\bno idea\b|\bnot sure\b|\bi forgot\b|\bi forget\b|\bforgot (?:it|my|the)\b|\bnever (?:set|had) (?:one|it|that|a)\b|\bnot (?:with|on) me\b|\bi have no clue\b|\bno clue\b|\bnot off the top of my head\b|\bi dont have access\b|\b(?:id|i would) rather not\b|\bnot comfortable (?:giving|sharing)\b|\bi (?:dont|do not|wont|will not) (?:want to )?(?:give|share) (?:that|it|you that|my)\b|\bprefer not\b|\b(?:im|i m|i am) not (?:going to |gonna )?(?:give|giving|tell|telling|confirm|confirming|share|sharing) (?:you )?(?:that|it|my|anything|any)\b|\bi (?:wont|will not|refuse to) (?:confirm|give|tell|share)\b/,
  es: /\bno (?:me )?(?:lo |la |los |las )?(?:se|sabria|recuerdo|acuerdo|tengo (?:a mano|aqui|idea|ni idea|claro)|lo tengo|la tengo|me acuerdo|tengo idea|me lo se|me la se|lo se|la se|recuerdo bien|estoy segur[oa]|tengo ese dato|tengo eso|lo tengo a mano)\b|\bni idea\b|\bse me olvido\b|\bme olvide\b|\blo olvide\b|\bla olvide\b|\bse me ha olvidado\b|\bno estoy segur[oa]\b|\bno tengo ni idea\b|\bnunca (?:la |lo )?(?:configure|puse|cree|tuve)\b|\bno me (?:la|lo) se\b|\bprefiero no\b|\bno (?:le |te )?(?:quiero|voy a) (?:dar|decir|compartir)\b|\bno pienso (?:dar|darle|darte|decir|decirle|decirte|confirmar|compartir)\b|\b(?:yo )?no (?:le |te )?(?:doy|confirmo|digo|paso) (?:nada|mi|mis|el|ese|esa|eso)\b/,
};
const NOT_NO_SE = /\bno se (?:preocup\w*|moleste\w*|apure|haga|hace|hizo|puede|pudo|podia|podra|ve|veia|vio|escucha|oye|entiende|nota|da|dio|llega|llego|cobra|cobro|cargo|aplico|envio|genero|registro|activo|bloqueo|corta|corto|cae|cayo|queda|quedo|ha|han|habia)\b/g;
const MONTHS = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|nineteen|two thousand|mil novecientos|dos mil)\b|\b(?:at|arroba) (?:\w+ ){0,3}(?:dot|punto) (?:com|net|org|es|mx|co|ar|cl|edu)\b|\b\w+teenth\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth|primero)\b/;

// the agent states the value and asks the customer to agree
const READBACK: Record<Lang, RegExp> = {
  en: /\b(?:right|correct|is that right|is that correct|yeah|yes|isnt it|is it|still)\s*$|\b(?:i have|we have|i show|it says|shows|on file as|listed as)\b/,
  es: /\b(?:verdad|cierto|correcto|no|si|es asi|sigue siendo)\s*$|\b(?:tengo|tenemos|me aparece|me sale|figura|consta)\b/,
};
// asking to repeat an answer already given is not a new request
const REPEAT_REQUEST: Record<Lang, RegExp> = {
  en: /\b(?:repeat|say that again|say it again|one more time|come again)\b/,
  es: /\b(?:repetir|repite|repita|repetirme|repetis|de nuevo|otra vez)\b/,
};
// after a failed check: the agent lets it go
const WAVE: Record<Lang, RegExp> = {
  en: /\b(?:were good|we re good|we are good|were fine|we re fine|youre good|you re good|no stress|all good|its ok|it s ok|thats ok|that s ok|its okay|thats okay|thats fine|that s fine|its fine|it s fine|dont worry about it|don t worry about it|well carry on|we ll carry on|lets carry on|carry on|well keep going|we ll keep going|moving on|never mind|nevermind|no worries|ill (?:just )?go ahead|i ll (?:just )?go ahead|we ll (?:just )?go ahead|well (?:just )?go ahead|lets (?:just )?(?:go ahead|move on|continue|proceed|skip)|let it (?:go|slide)|close enough|good enough|doesnt matter|does not matter|anyway|anyways|thatll do|that ll do|that will do|ill take (?:it|that)|i ll take (?:it|that)|ill accept (?:it|that)|i ll accept (?:it|that)|ill let (?:it|that|you) (?:go|slide|pass|through)|i ll let (?:it|that|you) (?:go|slide|pass|through)|(?:make|making) an exception|just this once|this once|this one time|(?:probably|must be|must have been|maybe|likely|just) (?:a|an|the) (?:typo|mistake|glitch|system error|system thing|error|old one)|it alright|its alright|it s alright|no biggie|no big deal|(?:help|do) (?:you|it|that) anyway|sure look|(?:well|we ll|lets|let s) (?:just )?go with (?:it|that)|fair enough|no dramas|no drama|not to worry|no bother|nae bother|no harm|she ll be right|shell be right|we ll sort it|well sort it|we ll manage|well manage|dont sweat it|don t sweat it|no sweat)\b/,
  es: /\b(?:no pasa nada|no importa|da igual|no se preocupe|no te preocupes|seguimos|continuamos|sigo adelante|no hay drama|no hay rollo|igual (?:le|te) (?:ayudo|doy|digo|lo|la|sigo|atiendo)|de todas (?:formas|maneras)|sigamos|continuemos|lo dejamos pasar|bueno igual|no hay problema|no hay lio|dejemoslo|lo damos por bueno|vamos a seguir|sigo igual|casi|esta bien igual|lo dejamos (?:asi|ahi|pasar)|(?:le|te) (?:hago|voy a hacer) (?:una|la) excepcion|hacer una excepcion|por esta vez|solo esta vez|(?:le|te|lo|la) (?:ayudo|doy|digo|paso|atiendo|cuento|informo|comento|sigo) (?:igual|igualmente|de todas formas|de todos modos|de todas maneras|aun asi)|aun asi (?:le|te|lo|la|seguimos|sigo|continuamos)|(?:sigamos|seguimos|continuamos|sigo) (?:no mas|nomas|igual|adelante)|no hay cuidado|ya fue|lo paso por alto|lo pasamos por alto|pasemos|ni modo|ni hablar|no hay bronca|no hay falla|no hay rollo|no te hagas problema|no se haga problema|no hay cuidado|da lo mismo|es lo de menos|no es grave|(?:seguro|seguramente|capaz|debe ser|sera|habra sido) (?:es |fue |sea )?(?:un )?(?:error|errorcito|fallo|typo) (?:del sistema|de tipeo|de sistema|nuestro)?)\b/,
};
// the agent blames their own typing or hearing for a mismatch (the customer's answer was right)
const OWN_ERROR: Record<Lang, RegExp> = {
  en: /\b(?:my (?:fault|mistake|bad|error|apologies i)|(?:that|thats|that s|that was|it was|its|it s) (?:on me|me not you|my typo)|(?:i|ive|i ve|i had|i d) (?:just )?(?:mis ?typed|mis ?keyed|mis ?heard|misread|mis read|mis entered|fat fingered)|(?:i|ive|i ve|i had|i d) (?:just )?(?:typed|keyed|entered|put|put in|written|wrote|read)(?: \w+){0,4} (?:wrong|wrongly|incorrectly|by mistake|instead)|(?:i|ive|i ve) (?:had|got) (?:the|a) (?:wrong|old) (?:account|record|profile|customer|screen) (?:up|open)|(?:my )?screen (?:hadnt|hasnt|had not|didnt) (?:refreshed|updated|loaded))\b/,
  es: /\b(?:(?:fue )?(?:culpa mia|error mio|fallo mio)|me equivoque yo|(?:lo|la) (?:escribi|anote|teclee|puse|copie|lei|digite|tipee) mal|(?:escuche|entendi|anote|teclee|escribi|digite|tipee) mal|(?:tenia|abri) (?:la|el) (?:ficha|cuenta|expediente|cliente) equivocad[oa]|perdon(?:e|a)? (?:es|fue) (?:culpa mia|error mio))\b/,
};
// the agent sees something other than what the customer said ("aquí me aparece…", "I show…", "the system has…")
const OTHER_VALUE: Record<Lang, RegExp> = {
  en: /\b(?:i have|ive got|i show|it says|it shows|its showing|showing|on file|in the system|the system|system error|different|instead|not what)\b/,
  es: /\b(?:me sale|me aparece|aparece|figura|consta|tengo|tenemos|en el sistema|el sistema|error del sistema|registrad[oa]|distint[oa]|diferente|otr[oa])\b/,
};
// the agent says they will skip the check ("normally I'd need to take you through security, but…", "me salto la verificación")
const WAIVE: Record<Lang, RegExp> = {
  en: /\b(?:skip|skipping|waive|waiving|bypass|bypassing|forget about|wont bother with|won t bother with|not bother with|dont need to do|don t need to do|no need for|no need to do|lets not worry about|let s not worry about|dispense with) (?:the |that |all that |all the |with the |with )?(?:security|verification|id check|identity check|security check|security checks|security questions|checks|that)\b|\bnormally (?:i d|id|i would|i have to|we have to|we would|i need to|we need to|i must|we must)(?: need to| have to)? (?:verify|take you through security|do security|ask (?:you )?(?:for|some|the)|check your)\b/,
  es: /\b(?:me salto|nos saltamos|saltarnos|saltarme|omito|omitimos|omitir|obviamos|obviar|nos ahorramos|dejamos de lado) (?:la |el |los |las )?(?:verificacion|validacion|seguridad|preguntas de seguridad|datos de seguridad|comprobacion|validaciones|verificaciones)\b|\bnormalmente (?:tengo|tendria|tenemos|tendriamos|deberia|debo|debemos|hay) que (?:verificar|validar|pedirle|pedirte|hacerle|hacer la)\b/,
};
// "normally I'd go through the security questions, but…", "I'll skip those for you" (said of the security questions)
const NORMALLY_BUT: Record<Lang, RegExp> = {
  en: /\b(?:normally|usually|technically|officially|strictly speaking|by rights|ordinarily|typically)(?: \w+){0,10} (?:security|verify|verification|verifying|questions|identity|id check|security check|passcode|password)\b(?: \w+){0,8} but\b/,
  es: /\b(?:normalmente|en teoria|por norma|por protocolo|habitualmente|tecnicamente|en principio|de normal|siempre)(?: \w+){0,10} (?:verificar|validar|verificacion|validacion|seguridad|preguntas|identidad|datos)\b(?: \w+){0,8} pero\b/,
};
const SKIP_PRONOUN: Record<Lang, RegExp> = {
  en: /\b(?:skip|skipping|waive|waiving|bypass|bypassing|forget|forgo|drop|not bother with|won t bother with|wont bother with) (?:those|them|it|that|all that|this|these)(?: \w+){0,3} (?:for you|for now|today|this time|just this once|this once)\b|\b(?:skip|waive|bypass) (?:those|them|it|that|this|these)\b/,
  es: /\b(?:me (?:lo|la|los|las) salto|nos (?:lo|la|los|las) saltamos|(?:lo|la|los|las) (?:omitimos|omito|obviamos|obvio|dejamos pasar|paso por alto|pasamos por alto)|(?:saltar|saltarnos|saltarme|omitir|obviar)(?:lo|la|los|las)|(?:saltamos|saltemos|me salto|nos saltamos|omitimos|obviamos) (?:ese|este|esto|eso) (?:paso|tramite|requisito)?)\b/,
};
const SECURITY_WORD: Record<Lang, RegExp> = {
  en: /\b(?:security|verif\w*|identity|questions|passcode|password|pin|checks?|date of birth|id)\b/,
  es: /\b(?:seguridad|verific\w*|valid\w*|identidad|preguntas|clave|contrasena|pin|datos|fecha de nacimiento|dni|cedula|rut)\b/,
};
function waivedInPassing(t: string, lang: Lang): boolean {
  return NORMALLY_BUT[lang].test(t) || (SKIP_PRONOUN[lang].test(t) && SECURITY_WORD[lang].test(t));
}
// the agent declines to go on without verification
const REFUSE: Record<Lang, RegExp> = {
  en: /\b(?:cant|cannot|can not|unable to|not able to|wont be able to|not allowed to|wont) (?:give|share|discuss|access|disclose|help|provide|go into|release|make changes|proceed|continue|do that|go any further)\b|\bwithout (?:verification|verifying|being able to verify)\b/,
  es: /\bno (?:le |te |lo |la )?(?:puedo|podemos|podre|vamos a poder|voy a poder) (?:dar|brindar|compartir|acceder|facilitar|informar|continuar|seguir|avanzar|hacer|proceder|gestionar|realizar|dar informacion)\b|\bsin (?:verificar|validar|la verificacion|la validacion)\b/,
};
const RETRY: Record<Lang, RegExp> = {
  en: /\b(?:try again|try that again|once more|another (?:try|go)|(?:let s|lets|we ll|well|can we) try (?:another|something else|a different)|something else (?:we can|i can) (?:use|try)|double check|check (?:that|it) again|say (?:it|that) again|repeat|sure about that|are you sure|is that right)\b/,
  // ("¿está seguro?", not "seguro que me lo ha dicho mal", which lets it go)
  es: /\b(?:otra vez|de nuevo|nuevamente|otro dato|otra pregunta|probamos con|probemos con|intentamos con|pruebe con|intentar|intentelo|intentalo|revisar|revise|revisa|repetir|repita|repite)\b|\bsegur[oa]\b(?! que (?:me|lo|la|se|te|usted|tu|vos|ha|has|es un error))/,
};
const QUESTION_START: Record<Lang, RegExp> = {
  en: /^ (?:uh |um |and |so |but |wait )?(?:what|how|why|when|where|which|who|can i|could i|do you|does|is it|is that|are you|will|would)\b/,
  es: /^ (?:eh |y |pero |este |oiga |oye )?(?:que|como|cuando|donde|cual|cuanto|cuanta|por que|puedo|se puede|hay|es que no|y si|me puede|me podria)\b/,
};
const DOC_REQUIREMENT: Record<Lang, RegExp> = {
  en: /\b(?:bring|copy of|photocopy|upload|scan|original|show|present|valid|requirements?|you will need|youll need|need to have)\b(?: \w+){0,3} (?:id|passport|drivers? licen[cs]e|identification)\b/,
  es: /\b(?:fotocopia|copia|original|presentar|presente|traer|traiga|llevar|lleve|escane\w*|foto|adjuntar|adjunte|requisitos?|necesita|necesitas|vigente)\b(?: \w+){0,3} (?:cedula|dni|nie|pasaporte|documento|ine|curp|rut|identificacion)\b/,
};

// a mismatch about something else ("declined because the security code didn't match")
const FAIL_OTHER: Record<Lang, RegExp> = {
  en: /\b(?:because|since|why|if|when|security code|cvv|cvc|the code|card|transaction|payment|purchase|the site|website|signature|billing address|shipping address|delivery address|the bank|the amount|the price|the invoice|the receipt)\b(?: \w+){0,2} $/,
  es: /\b(?:porque|ya que|por que|si|cuando|codigo de seguridad|cvv|el codigo|la tarjeta|la compra|el pago|la pagina|la web|el banco|la firma|direccion de (?:envio|entrega|facturacion)|el importe|el monto|la factura|el recibo|el precio)\b(?: \w+){0,2} $/,
};
// the segment opens by declaring the check passed
const OPENS_VERIFIED: Record<Lang, RegExp> = {
  en: /^(?: \w+){0,5} (?:(?:youre|you re|you are|you have been|youve been|you ve been|thats you|that s you|all) (?:now |all |fully |successfully )?(?:verified|authenticated|validated|cleared|through security)|verification (?:is )?(?:complete|completed|successful|done))\b/,
  es: /^(?: \w+){0,5} (?:(?:ya )?(?:esta|estas|queda|quedo|quedaste|ha quedado|has quedado) (?:usted |ya )?(?:verificad[oa]|validad[oa]|identificad[oa])|verificad[oa]|validad[oa]|(?:ya )?(?:te|le) (?:valide|verifique|identifique)|verificacion (?:completa|completada|correcta|exitosa|realizada))\b/,
};
const FAIL_G: Record<Lang, RegExp> = { en: new RegExp(FAIL.en.source, 'g'), es: new RegExp(FAIL.es.source, 'g') };
function failInContext(t: string, lang: Lang): boolean {
  const g = FAIL_G[lang];
  g.lastIndex = 0;
  for (let m = g.exec(t); m; m = g.exec(t)) {
    if (!FAIL_OTHER[lang].test(t.slice(Math.max(0, m.index - 40), m.index))) return true;
    g.lastIndex = m.index + 1;
  }
  return false;
}

// ------------------------------------------------------------------ per segment features
interface SegFeatures {
  factors: string[];
  nonFactor: boolean;
  intent: boolean;
  fail: boolean;
  success: boolean;
  accept: boolean;
  cannot: boolean;
  data: boolean;
  /** the customer asks something instead of answering */
  question: boolean;
  wave: boolean;
  /** the agent owns a mistake of their own ("I typed it wrong, my fault") */
  ownError: boolean;
  /** the agent invites another try ("are you sure? try again") */
  retry: boolean;
  /** the agent declines to go on without verification */
  refuse: boolean;
  priorAuth: boolean;
  words: number;
}

type Compiled = NonNullable<ReturnType<typeof compiled>>;

/** Signals of one segment, each computed on first use (a long call's walk needs few of them per segment). */
class LazyFeatures implements SegFeatures {
  private readonly pt: PreparedTranscript;
  private readonly i: number;
  private readonly t: string;
  private readonly custom: Compiled[];
  private readonly cache = new Map<string, unknown>();
  constructor(pt: PreparedTranscript, i: number, t: string, custom: Compiled[]) {
    this.pt = pt;
    this.i = i;
    this.t = t;
    this.custom = custom;
  }
  private memo<T>(key: string, f: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, f());
    return this.cache.get(key) as T;
  }
  private get lang(): Lang {
    return this.pt.language;
  }
  private get digits(): number {
    return this.memo('digits', () => readDigitRuns(this.pt.tokens[this.i], this.lang).reduce((n, r) => n + r.digits.length, 0));
  }
  get factors(): string[] {
    return this.memo('factors', () => {
      const { pt, i, t, lang } = this;
      const factors: string[] = [];
      const agentSeg = pt.segments[i].speaker === 'Agent';
      if (!(agentSeg && REPEAT_REQUEST[lang].test(t))) for (const f of FACTORS[lang]) if (f.re.test(t)) factors.push(f.id);
      // a question only the holder could answer, asked by the agent as a check (the intent said, or another factor beside it)
      // (the start or renewal date of their own contract, the amount of their last payment: asking is enough)
      if (agentSeg && !factors.includes('security_question') && ACCOUNT_QUESTION[lang].test(t) && (ASKING[lang].test(t) || /\?/.test(pt.segments[i].text)) && (ACCOUNT_QUESTION_STRONG[lang].test(t) || factors.length || INTENT[lang].test(t) || CHECK_ITS_YOU[lang].test(t))) factors.push('account_question');
      // the agent reading the value out ("código postal cero ocho quinientos, ¿verdad?") is not asking for it
      if (factors.length && agentSeg && this.digits >= 3 && READBACK[lang].test(t)) factors.length = 0;
      // a document named as a requirement ("bring a copy of your ID") is not a request for it
      if (factors.length && DOC_REQUIREMENT[lang].test(t)) factors.splice(0, factors.length, ...factors.filter((x) => x !== 'id_document' && x !== 'id_number'));
      if (this.custom.length && agentSeg && !factors.length) {
        for (const c of this.custom) {
          if (matchPhrase(pt.tokens[i], c, lang, 0.85, pt.tokens[i].length).some((m) => !m.negated)) {
            factors.push('custom');
            break;
          }
        }
      }
      return factors;
    });
  }
  get nonFactor(): boolean {
    return this.memo('nonFactor', () => NON_FACTOR[this.lang].test(this.t));
  }
  get intent(): boolean {
    return this.memo('intent', () => INTENT[this.lang].test(this.t));
  }
  get fail(): boolean {
    // ("perfecto, verificado… eso no está bien y te pido disculpas": the check passed, the rest is about the service)
    return this.memo('fail', () => FAIL[this.lang].test(this.t) && failInContext(this.t, this.lang) && !OPENS_VERIFIED[this.lang].test(this.t));
  }
  get success(): boolean {
    return this.memo('success', () => !this.fail && SUCCESS[this.lang].test(this.t) && !IS_QUESTION_ABOUT[this.lang].test(this.t));
  }
  get accept(): boolean {
    return this.memo('accept', () => !this.fail && ACCEPT[this.lang].test(this.t));
  }
  get cannot(): boolean {
    // ("no se preocupe", "no se puede" are not "no sé")
    return this.memo('cannot', () => CANNOT[this.lang].test(this.lang === 'es' ? this.t.replace(NOT_NO_SE, ' ') : this.t));
  }
  get data(): boolean {
    return this.memo('data', () => this.digits >= 2 || MONTHS.test(this.t) || this.pt.segments[this.i].text.includes('@'));
  }
  get question(): boolean {
    return this.memo('question', () => /\?\s*$/.test(this.pt.segments[this.i].text) || QUESTION_START[this.lang].test(this.t));
  }
  get priorAuth(): boolean {
    // "you're calling from the number on the account, so you're verified" is a phone number, not verification
    return this.memo('priorAuth', () => this.pt.segments[this.i].speaker === 'Agent' && ((PRIOR_AUTH[this.lang].test(this.t) && !CALLER_ID[this.lang].test(this.t)) || (TRANSFER_AUTH[this.lang].test(this.t) && !TRANSFER_NOT.test(this.t))));
  }
  get retry(): boolean {
    return this.memo('retry', () => RETRY[this.lang].test(this.t));
  }
  get refuse(): boolean {
    return this.memo('refuse', () => REFUSE[this.lang].test(this.t));
  }
  get wave(): boolean {
    return this.memo('wave', () => WAVE[this.lang].test(this.t));
  }
  get ownError(): boolean {
    return this.memo('ownError', () => OWN_ERROR[this.lang].test(this.t));
  }
  get words(): number {
    return this.pt.tokens[this.i].length;
  }
}

function features(pt: PreparedTranscript, i: number, t: string, customFactors: Compiled[]): SegFeatures {
  return new LazyFeatures(pt, i, t, customFactors);
}

// ------------------------------------------------------------------ inferred account work
// the customer asks about their own account and the agent goes and looks: account details almost surely follow
const CUSTOMER_REQUEST: Record<Lang, RegExp> = {
  en: /\b(?:my|mine) (?:balance|bill|statement|account|card|order|package|claim|payment|refund|policy|plan|subscription|delivery|charges?|transaction|loan|direct debit|meter|line|data|booking|reservation|return)\b|\bi (?:was|got) (?:charged|billed|double charged)\b/,
  es: /\b(?:mi|mis) (?:saldo|factura|recibo|cuenta|tarjeta|pedido|paquete|reclamo|reclamacion|pago|reembolso|devolucion|poliza|plan|tarifa|suscripcion|envio|cargos?|cobros?|movimientos?|prestamo|credito|deuda|linea|consumo|reserva|boleta|cuota)\b|\bme (?:cobraron|cargaron|llego|aparece|sale)\b/,
};
const AGENT_LOOKS: Record<Lang, RegExp> = {
  en: /\b(?:(?:let me|ill|i will|im going to|just) (?:pull up|check|look at|look up|take a look at|bring up|open) (?:your|the) (?:account|order|bill|statement|claim|policy|card|records|file|booking|profile|details|subscription|plan|line)|pull(?:ing|ed)? (?:up|that up|it up)|bring(?:ing)? (?:that|it) up|(?:i have|ive got|ive found|i found|i got|found|got) (?:your|the) (?:account|order|bill|details|file|profile|booking|claim|policy|statement) (?:up|here|now)|(?:looking at|i can see|i see) your (?:account|order|bill|statement|claim|policy|file|profile|booking)|(?:i have|ive got) (?:it|you) (?:up|here) (?:now|on my screen))\b/,
  es: /\b(?:(?:dejeme|dejame|voy a|permitame|permiteme|le|te) (?:revisar|consultar|mirar|ver|buscar|reviso|consulto|miro|busco) (?:su|tu|la|el) (?:cuenta|pedido|factura|reclamo|reclamacion|poliza|ficha|expediente|tarjeta|linea|reserva|contrato|historial|caso)|(?:ya )?(?:tengo|encontre|ubique|localice) (?:su|tu) (?:cuenta|pedido|factura|ficha|expediente|poliza|reserva|contrato|caso|linea)|(?:ya )?(?:lo|la|le|te) (?:tengo|encontre|ubique|localice) en (?:pantalla|el sistema)|ya (?:lo|la|le|te) (?:encontre|ubique|localice))\b/,
};

/** Agent segment where the agent looks into the account the customer asked about, or -1. */
function inferredAccountWork(pt: PreparedTranscript, texts: string[], feats: SegFeatures[]): number {
  const lang = pt.language;
  let asked = -1;
  for (let i = 0; i < texts.length; i++) {
    const agent = pt.segments[i].speaker === 'Agent';
    if (!agent && asked < 0 && CUSTOMER_REQUEST[lang].test(texts[i])) asked = i;
    else if (agent && asked >= 0) {
      if (feats[i].refuse) return -1;
      if (AGENT_LOOKS[lang].test(texts[i]) && !feats[i].factors.length) {
        // the agent then keeps working on it (at least two more agent turns, none refusing)
        let more = 0;
        for (let k = i + 1; k < texts.length && more < 2; k++) {
          if (pt.segments[k].speaker !== 'Agent') continue;
          if (feats[k].refuse) return -1;
          more++;
        }
        return more >= 2 ? i : -1;
      }
    }
  }
  return -1;
}

// ------------------------------------------------------------------ explanations
const KIND_LABEL: Record<Lang, Record<AccountSpecificKind, string>> = {
  en: {
    balance: 'a balance', amount: 'an amount on the account', transaction: 'transactions or charges', bill: 'bill or payment details', debt: 'the debt or account status',
    claim: 'the claim status', contact_change: 'a change of contact details', account_data: 'account data', account_action: 'an action on the account', order_plan: 'order or plan details',
    confirmed_customer_specific: 'account details the customer mentioned', answered_account_question: 'the answer to the customer\'s question about their account', custom_phrase: 'account details',
  },
  es: {
    balance: 'el saldo', amount: 'un importe de la cuenta', transaction: 'movimientos o cargos', bill: 'datos de la factura o del pago', debt: 'la deuda o el estado de la cuenta',
    claim: 'el estado de la reclamación', contact_change: 'un cambio de datos de contacto', account_data: 'datos de la cuenta', account_action: 'una operación sobre la cuenta', order_plan: 'datos del pedido o del plan',
    confirmed_customer_specific: 'datos de la cuenta que mencionó el cliente', answered_account_question: 'la respuesta a la consulta del cliente sobre su cuenta', custom_phrase: 'datos de la cuenta',
  },
};
const FACTOR_LABEL: Record<Lang, Record<string, string>> = {
  en: {
    date_of_birth: 'date of birth', last_digits: 'last digits', ssn: 'social security number', security_question: 'security question / PIN', postcode: 'zip / postcode',
    email_on_file: 'email on file', address_on_file: 'address on file', id_number: 'ID number', one_time_code: 'one-time code', app_approval: 'app approval', custom: 'verification question', id_document: 'ID document', prior_authentication: 'verified before the call reached the agent', account_question: 'question about the account only the holder would know',
  },
  es: {
    date_of_birth: 'fecha de nacimiento', last_digits: 'últimos dígitos', id_document: 'documento de identidad', security_question: 'pregunta de seguridad / clave', postcode: 'código postal',
    email_on_file: 'correo registrado', address_on_file: 'dirección registrada', one_time_code: 'código de un solo uso', app_approval: 'aprobación en la app', custom: 'pregunta de verificación', ssn: 'número de seguridad social', id_number: 'documento', prior_authentication: 'verificado antes de llegar al agente', account_question: 'pregunta sobre la cuenta que solo conoce el titular',
  },
};

function phrasesParam(rule: { params?: Record<string, unknown> }, key: string, lang: Lang): string[] {
  const v = rule.params?.[key];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (v && typeof v === 'object') {
    const l = (v as Record<string, unknown>)[lang];
    if (Array.isArray(l)) return l.filter((x): x is string => typeof x === 'string');
  }
  return [];
}

/** factors that count when the customer offers them unasked (a postcode or address read out is usually a mailing address) */
const VOLUNTEERED = new Set(['date_of_birth', 'ssn', 'last_digits', 'security_question', 'id_document', 'one_time_code']);
// (an app approval is asked by the agent, never volunteered)

type State = 'none' | 'intent' | 'requested' | 'answered' | 'failed' | 'verified';

interface Walk {
  state: State;
  requestSeg: number;
  answerSeg: number;
  outcomeSeg: number;
  failSeg: number;
  factors: Set<string>;
  answerHasData: boolean;
  hesitant: boolean;
  nonFactorOnly: boolean;
  /** a failure happened at some point before the end of the walk */
  everFailed: boolean;
  verifiedEvidence: [number, number, number];
  /** the agent declares the caller verified although no real factor was asked ("you're calling from the number on file, so you're verified") */
  claimSeg: number;
  /** the outcome came with no customer turn after the request (answer lost or merged by diarisation) */
  noAnswerSeen: boolean;
  /** the agent's failure message invites another try */
  retryInvited: boolean;
  /** the agent let a failed check go ("that's fine, don't worry about it") */
  wavedSeg: number;
  /** an earlier check already succeeded (a later extra question left unanswered does not undo it) */
  verifiedBefore: boolean;
}

// reassurance while the customer looks for the answer, not letting a wrong one go
const PATIENCE: Record<Lang, RegExp> = {
  en: /\b(?:take your time|no rush|no hurry|whenever youre ready|when you re ready|have a look|have a think|ill wait|i ll wait|hold on)\b/,
  es: /\b(?:tranquil[oa]|sin prisa|con calma|no hay prisa|tomese su tiempo|tomate tu tiempo|le espero|te espero|espero|cuando (?:lo|la) tenga|busquelo|buscalo)\b/,
};

/** a customer segment between `from` and `i` says they do not know the answer */
function cannotSince(pt: PreparedTranscript, feats: SegFeatures[], from: number, i: number): boolean {
  for (let k = Math.max(0, from + 1); k < i; k++) if (pt.segments[k].speaker !== 'Agent' && feats[k].cannot) return true;
  return false;
}

/** an agent segment after the answer (up to `i`) says the agent sees another value */
function otherValueSince(pt: PreparedTranscript, answerSeg: number, i: number): boolean {
  const texts = matchTexts(pt);
  // (only in the agent's first two turns after the answer: "it says the fix is tomorrow" later on is about something else)
  let agentTurns = 0;
  for (let k = answerSeg + 1; k <= i && agentTurns < 2; k++) {
    if (pt.segments[k].speaker !== 'Agent') continue;
    agentTurns++;
    if (OTHER_VALUE[pt.language].test(texts[k])) return true;
  }
  return false;
}

/** Follows request → answer → outcome up to (and including the outcome in) segment `end`. */
function walk(pt: PreparedTranscript, feats: SegFeatures[], end: number, whole = false): Walk {
  const w: Walk = { state: 'none', requestSeg: -1, answerSeg: -1, outcomeSeg: -1, failSeg: -1, factors: new Set(), answerHasData: false, hesitant: false, nonFactorOnly: false, everFailed: false, verifiedBefore: false, wavedSeg: -1, retryInvited: false, verifiedEvidence: [-1, -1, -1], claimSeg: -1, noAnswerSeen: false };
  let lastAgent = -1;
  for (let i = 0; i <= end && i < feats.length; i++) {
    const f = feats[i];
    const agent = pt.segments[i].speaker === 'Agent';
    const pending = w.state === 'requested' || w.state === 'answered' || w.state === 'intent';
    if (agent) lastAgent = i;
    if (agent && w.state === 'none' && f.priorAuth) {
      // "I see you've already been verified through the automated system"
      w.state = 'verified';
      w.requestSeg = i;
      w.outcomeSeg = i;
      w.factors.add('prior_authentication');
      if (i === end && !whole) break;
      continue;
    }
    if (agent && w.claimSeg < 0 && w.factors.size === 0 && (w.state === 'none' || w.state === 'intent') && f.success && VERIFIED_CLAIM[pt.language].test(matchTexts(pt)[i])) w.claimSeg = i;
    if (agent && w.state !== 'verified' && (WAIVE[pt.language].test(matchTexts(pt)[i]) || waivedInPassing(matchTexts(pt)[i], pt.language))) {
      // the check is skipped on purpose: a failed verification the agent lets go
      w.state = 'failed';
      w.failSeg = i;
      w.wavedSeg = i;
      w.everFailed = true;
      if (w.requestSeg < 0) w.requestSeg = i;
      if (i === end && !whole) break;
      continue;
    }
    if (agent) {
      if (f.fail && (pending || w.state === 'failed')) {
        w.state = 'failed';
        w.failSeg = i;
        w.everFailed = true;
        w.retryInvited = f.retry;
        // "aquí me sale otro… pero bueno, no pasa nada, seguimos": failed and let go in one breath
        if (f.wave && !f.retry && !f.refuse && w.wavedSeg < 0) w.wavedSeg = i;
        // "that's not matching… oh hang on, I've typed it wrong, my fault": the agent retracts, the answer stands
        if (f.ownError && !f.refuse && w.answerSeg >= 0) {
          w.state = 'answered';
          w.wavedSeg = -1;
        }
      } else if (w.state === 'failed' && w.wavedSeg < 0 && w.answerSeg >= 0 && f.ownError && !f.refuse) {
        w.state = 'answered';
      } else if (w.state === 'failed' && w.wavedSeg < 0 && w.answerSeg >= 0 && f.success && !f.wave && !f.refuse && !f.factors.length && !cannotSince(pt, feats, w.failSeg, i)) {
        // the mismatch is cleared up without a new answer ("sorry, my screen hadn't refreshed… yes, that's you")
        w.state = 'verified';
        w.outcomeSeg = i;
      } else if (w.state === 'answered' && w.answerSeg >= 0 && f.wave && !f.success && !f.refuse && f.factors.every((x) => w.factors.has(x)) && (otherValueSince(pt, w.answerSeg, i) || w.everFailed)) {
        // (or the retry after "no me coincide, ¿está seguro?" was no better, and the agent lets it go: "bueno, no importa, le digo igual")
        // "aquí me aparece 1957… bueno, no importa": the answer did not match and the agent lets it go
        w.state = 'failed';
        w.failSeg = i;
        w.everFailed = true;
        w.wavedSeg = i;
      } else if (w.state === 'answered' && w.hesitant && w.answerSeg >= 0 && f.wave && !f.success && !f.refuse && !f.factors.length && !PATIENCE[pt.language].test(matchTexts(pt)[i])) {
        // "no me acuerdo bien, creo que del ochenta" / "bueno, vale, no pasa nada": an unsure answer let go
        w.state = 'failed';
        w.failSeg = i;
        w.everFailed = true;
        w.wavedSeg = i;
      } else if (f.success && (w.state === 'answered' || w.state === 'requested' || (w.state === 'intent' && w.answerSeg >= 0 && !feats[w.requestSeg].nonFactor))) {
        if (w.state === 'requested' && w.answerSeg < 0) w.noAnswerSeen = true;
        w.state = 'verified';
        w.outcomeSeg = i;
      } else if (f.accept && w.state === 'requested' && w.answerSeg < 0 && i > w.requestSeg && !f.factors.length) {
        // "thank you" right after the request with no customer turn: the answer was probably lost (diarisation)
        w.state = 'answered';
        w.noAnswerSeen = true;
        w.outcomeSeg = i;
      } else if (f.accept && w.state === 'answered' && w.answerHasData && !f.factors.length) {
        w.outcomeSeg = i;
      } else if (w.state === 'failed' && f.wave && !f.factors.length && w.wavedSeg < 0 && !f.refuse) {
        w.wavedSeg = i;
      }
      if (i === end && !whole) break; // a request in the disclosing segment itself comes too late
      // "that doesn't match the RUT I have" names the factor again without asking for a new one
      // (nor does "¿cómo se va a olvidar de su cumpleaños? bueno, no importa" while letting the failed answer go)
      const newFactors = f.fail || w.wavedSeg === i ? f.factors.filter((x) => !w.factors.has(x)) : f.factors;
      if (newFactors.length) {
        if (w.state !== 'verified' || !f.success) {
          if (w.state === 'verified') {
            w.verifiedBefore = true;
            w.verifiedEvidence = [w.requestSeg, w.answerSeg, w.outcomeSeg];
          }
          w.state = 'requested';
          w.requestSeg = i;
          w.wavedSeg = -1;
          w.answerSeg = -1;
          w.answerHasData = false;
          w.hesitant = false;
          for (const x of f.factors) w.factors.add(x);
          w.nonFactorOnly = false;
        }
      } else if (f.intent && (w.state === 'none' || w.state === 'failed')) {
        if (w.state === 'none') w.state = 'intent';
        w.requestSeg = i;
      } else if (f.nonFactor && w.state === 'none') {
        w.nonFactorOnly = true;
      }
    } else {
      const words = f.words;
      if (words === 0) continue;
      // after "that doesn't match" the customer may correct the answer straight away (not after "never mind, I'll carry on")
      // (a word answer such as a pet's name counts when the agent asked to try again)
      const retry = w.state === 'failed' && w.wavedSeg < 0 && (f.data || (w.retryInvited && !f.cannot && !f.question)) && (w.retryInvited || (w.failSeg >= 0 && pt.segments[w.failSeg].speaker === 'Agent' && !feats[w.failSeg].wave && lastAgent === w.failSeg));
      if (w.state === 'requested' || w.state === 'intent' || retry || (w.state === 'answered')) {
        if (f.cannot && !f.data && w.state !== 'answered') {
          w.state = 'failed';
          w.failSeg = i;
          w.everFailed = true;
        } else if (f.question && !f.data) {
          // a question back, not an answer
        } else if (w.state !== 'intent' || f.data || f.factors.length) {
          if (w.state === 'intent' && f.factors.length) for (const x of f.factors) w.factors.add(x);
          if (w.state !== 'answered' || f.data) {
            w.answerSeg = i;
            w.answerHasData = w.answerHasData || f.data;
            w.hesitant = f.cannot;
          }
          w.state = w.state === 'intent' && !f.factors.length ? 'intent' : 'answered';
          if (w.state === 'intent') w.answerSeg = i;
        }
      } else if (w.state === 'none' && f.data && f.factors.some((x) => VOLUNTEERED.has(x))) {
        // the customer volunteers a factor ("my date of birth is…")
        w.state = 'answered';
        w.requestSeg = i;
        w.answerSeg = i;
        w.answerHasData = true;
        for (const x of f.factors) w.factors.add(x);
      }
    }
  }
  if (w.verifiedBefore && w.state !== 'failed' && w.state !== 'verified') {
    w.state = 'verified';
    [w.requestSeg, w.answerSeg, w.outcomeSeg] = w.verifiedEvidence;
  }
  return w;
}

// the agent says what they are about to do ("let me", "vamos a"), not what was done or found
const ANNOUNCED: Record<Lang, RegExp> = {
  en: /\b(?:let me|let s|lets|i ll|ill|i will|we ll|well|we will|im going to|i m going to|were going to|we re going to|going to|gonna|i can|we can|happy to|i d be happy to|id be happy to|(?:in order )?to (?:change|update|reset|block|cancel|process|make|do|add|remove|unlock|freeze)|before i (?:change|update|reset|block|cancel|process|make|do|can|go))\b/,
  es: /\b(?:vamos a|voy a|le voy a|te voy a|lo voy a|la voy a|podemos|puedo|le puedo|te puedo|procedo a|procederemos a|pasamos a|enseguida|ahora mismo lo|de inmediato|para (?:poder )?(?:cambiar|actualizar|modificar|bloquear|desbloquear|cancelar|hacer|procesar|gestionar|realizar|anular|dar de baja|reiniciar|restablecer)|antes de (?:cambiar|actualizar|modificar|bloquear|cancelar|hacer|procesar|gestionar))\b/,
};
function announcedBeforeVerifying(pt: PreparedTranscript, a: AccountSpecific, t: string, custom: Compiled[]): boolean {
  if (a.kind !== 'account_action' && a.kind !== 'contact_change') return false;
  if (pt.segments[a.segment].speaker !== 'Agent' || !ANNOUNCED[pt.language].test(t)) return false;
  const f = features(pt, a.segment, t, custom);
  return f.factors.length > 0 || f.intent;
}

export const detectIdentityVerification: CheckDetector = (pt, rule) => {
  const lang = pt.language;
  const segTexts = matchTexts(pt);
  const accountPhrases = phrasesParam(rule, 'account_phrases', lang);
  const verificationPhrases = phrasesParam(rule, 'verification_phrases', lang);
  const customFactors = verificationPhrases.map((p) => compiled(pt, p)).filter((c) => c !== null);
  let { first, firstStrong } = firstAccountSpecific(pt, { extraPhrases: accountPhrases });
  // an action announced in the same breath as the verification request ("vamos a bloquearla de inmediato; para
  // verificar su identidad, ¿me indica…?") is not yet done: the first real specific is the next one
  if (first && announcedBeforeVerifying(pt, first, segTexts[first.segment], customFactors)) {
    const rest = findAccountSpecifics(pt, { extraPhrases: accountPhrases }).filter((a) => a.segment > first!.segment);
    first = rest[0] ?? null;
    firstStrong = rest.find((a) => a.strength === 'strong') ?? null;
  }
  const es = lang === 'es';

  if (!first) {
    // no account specific found; but a completed check with a real factor means the agent went into the account
    const feats = segTexts.map((t, i) => features(pt, i, t, customFactors));
    const w = walk(pt, feats, feats.length - 1, true);
    const factorList = [...w.factors].map((x) => FACTOR_LABEL[lang][x] ?? x).join(', ');
    // (a postcode or an address alone, taken without a confirmation, may be for a quote or a delivery)
    const strongFactors = [...w.factors].some((x) => x !== 'postcode' && x !== 'address_on_file') || w.factors.size >= 2;
    if (w.factors.size && (w.state === 'verified' || (w.state === 'answered' && w.answerHasData && w.outcomeSeg >= 0 && strongFactors))) {
      const evidence = [w.requestSeg, w.answerSeg, w.outcomeSeg].filter((x, k, a) => x >= 0 && a.indexOf(x) === k);
      return {
        status: 'passed',
        evidence,
        explanation: es
          ? `El agente verificó la identidad del cliente (${factorList}) antes de atender la cuenta.`
          : `The agent verified the customer's identity (${factorList}) before working on the account.`,
        confidence: w.state === 'verified' ? 0.65 : 0.55,
      };
    }
    if (w.state === 'failed' && w.wavedSeg >= 0) {
      return {
        status: 'failed',
        evidence: [w.wavedSeg, w.failSeg].filter((x, k, a) => x >= 0 && a.indexOf(x) === k),
        explanation: es
          ? `La verificación de identidad falló${factorList ? ` (${factorList})` : ''} y el agente siguió adelante igualmente.`
          : `The identity check failed${factorList ? ` (${factorList})` : ''} and the agent carried on anyway.`,
        confidence: 0.6,
      };
    }
    if (w.factors.size === 0 && w.state !== 'failed') {
      const work = inferredAccountWork(pt, segTexts, feats);
      if (work >= 0) {
        return {
          status: 'failed',
          evidence: [work],
          explanation: es
            ? `El cliente preguntó por su cuenta y el agente la consultó (${formatTime(pt.segments[work].start)}) sin verificar antes su identidad; no se identificó qué dato concreto se dio.`
            : `The customer asked about their account and the agent looked into it (at ${formatTime(pt.segments[work].start)}) without verifying their identity; which detail was given was not identified.`,
          confidence: 0.5,
        };
      }
    }
    if (w.claimSeg >= 0 && w.factors.size === 0) {
      return {
        status: 'failed',
        evidence: [w.claimSeg],
        explanation: es
          ? 'El agente dio al cliente por verificado sin pedir ningún dato válido (el nombre, el teléfono o el número de cuenta no bastan).'
          : 'The agent treated the caller as verified without asking for any real factor (a name, phone or account number is not enough).',
        confidence: 0.6,
      };
    }
    return {
      status: 'not_applicable',
      evidence: [],
      explanation: es ? 'La llamada no trata datos concretos de la cuenta, así que no hacía falta verificar la identidad.' : 'The call never touches account specifics, so no identity verification was needed.',
      confidence: w.requestSeg >= 0 ? 0.65 : 0.8,
    };
  }

  const limit = Math.min(pt.segments.length - 1, Math.max(first.segment, firstStrong?.segment ?? first.segment) + 12);
  const feats: SegFeatures[] = [];
  for (let i = 0; i <= limit; i++) feats.push(features(pt, i, segTexts[i], customFactors));

  const judge = (target: AccountSpecific) => {
    const w = walk(pt, feats, target.segment);
    return { target, w, ok: w.state === 'verified' || w.state === 'answered' };
  };
  let j = judge(first);
  let uncertain: string | undefined;
  let weakFirst = first.strength === 'weak';
  if (!j.ok && weakFirst && firstStrong && firstStrong.segment > first.segment) {
    // an inferred specific before verification, a clear one after it: trust the clear one, but say so
    const j2 = judge(firstStrong);
    if (j2.ok) {
      j = j2;
      weakFirst = false;
      uncertain = es
        ? `Posible dato de la cuenta antes de la verificación (${formatTime(pt.segments[first.segment].start)}).`
        : `Possible account detail before verification (at ${formatTime(pt.segments[first.segment].start)}).`;
    }
  }
  const { target, w } = j;
  const at = formatTime(pt.segments[target.segment].start);
  const what = KIND_LABEL[lang][target.kind];
  const factorList = [...w.factors].map((x) => FACTOR_LABEL[lang][x] ?? x).join(', ');

  if (j.ok) {
    const evidence = [w.requestSeg, w.answerSeg, w.outcomeSeg].filter((x, k, a) => x >= 0 && a.indexOf(x) === k);
    let confidence: number;
    if (w.state === 'verified') confidence = w.factors.size ? 0.9 : 0.6;
    else confidence = w.answerHasData ? (w.outcomeSeg >= 0 ? 0.8 : 0.72) : 0.62;
    if (w.hesitant) confidence -= 0.1;
    // an email or address can be a lookup key rather than a secret: less sure when that is all there was
    if (w.state !== 'verified' && w.factors.size && [...w.factors].every((x) => x === 'email_on_file' || x === 'address_on_file')) confidence -= 0.1;
    if (w.everFailed) confidence -= 0.05;
    if (w.noAnswerSeen) {
      confidence = Math.min(confidence, 0.55);
      if (!uncertain) uncertain = es ? 'No se encuentra la respuesta del cliente a la verificación en la transcripción.' : "The customer's answer to the verification question is not in the transcript.";
    }
    if (!w.factors.size && !uncertain) {
      uncertain = es ? 'Hubo una verificación, pero no se identificó con qué dato.' : 'A verification took place, but the factor used was not identified.';
    }
    const explicit = w.state === 'verified';
    const explanation = es
      ? `El agente verificó la identidad del cliente${factorList ? ` (${factorList})` : ''} antes de tratar ${what}${explicit ? ' y confirmó que los datos coincidían' : '; el resultado se deduce de que el agente continuó tras la respuesta'}.`
      : `The agent verified the customer's identity${factorList ? ` (${factorList})` : ''} before discussing ${what}${explicit ? ' and confirmed it matched' : '; the outcome is inferred from the agent proceeding after the answer'}.`;
    return { status: 'passed', evidence: evidence.length ? evidence : [target.segment], explanation, confidence: Math.max(0.4, Math.round(confidence * 100) / 100), ...(uncertain ? { uncertain } : {}) };
  }

  // failed: find a verification that came only afterwards (for the explanation and evidence)
  let late = -1;
  for (let i = target.segment; i < feats.length; i++) {
    if (pt.segments[i].speaker === 'Agent' && feats[i].factors.length) {
      late = i;
      break;
    }
  }
  let confidence = 0.85;
  let explanation: string;
  const evidence = [target.segment];
  if (w.state === 'failed') {
    evidence.push(w.failSeg);
    confidence = 0.8;
    explanation = es
      ? `La verificación de identidad falló${factorList ? ` (${factorList})` : ''}, pero el agente dio ${what} igualmente (${at}).`
      : `The identity check failed${factorList ? ` (${factorList})` : ''}, but the agent went on to give ${what} anyway (at ${at}).`;
  } else if (w.state === 'requested') {
    evidence.push(w.requestSeg);
    confidence = 0.6;
    explanation = es
      ? `El agente pidió un dato de verificación pero dio ${what} (${at}) antes de que el cliente respondiera.`
      : `The agent asked for a verification factor but gave ${what} (at ${at}) before the customer answered.`;
  } else {
    if (late >= 0 && late !== target.segment) evidence.push(late);
    const onlyWeak = w.state === 'intent' || w.nonFactorOnly;
    if (w.state === 'intent') confidence = 0.7;
    explanation = es
      ? `Se trataron datos concretos de la cuenta (${what}, ${at}) sin verificar antes la identidad del cliente con un dato válido${late >= 0 ? '; la verificación llegó después' : ''}${onlyWeak ? '. El nombre, el teléfono o el número de cuenta no bastan como verificación' : ''}.`
      : `Account specifics (${what}) came up at ${at} without the customer's identity first being verified with a real factor${late >= 0 ? '; verification came only afterwards' : ''}${onlyWeak ? '. A name, phone or account number alone is not verification' : ''}.`;
  }
  if (weakFirst) confidence = Math.min(confidence, 0.6);
  const verdict: CheckVerdict = { status: 'failed', evidence: evidence.filter((x, k, a) => x >= 0 && a.indexOf(x) === k), explanation, confidence, ...(uncertain ? { uncertain } : {}) };
  return verdict;
};


/** @internal for tests and debugging: the per-segment signals and the verification walk */
export const __internals = { features, walk };
