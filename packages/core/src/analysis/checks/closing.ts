// The closing (scorecard item kind "closing"), as ANALYSIS-CHECKS.md defines it: near the end of the call the agent
// asks whether there is anything else AND thanks the customer. Only the end of the call counts (the opening "thank
// you for calling" and a mid-call "thanks" never do); a customer who hangs up mid-call makes it not applicable.
import type { ScorecardItem, ScorecardResultItem } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime, uniqueEvidence } from '../prepareTranscript.ts';
import { segmentTexts } from './callText.ts';

/** the closing zone starts at this share of the call (evidence always comes from the last third) */
const ZONE_FROM = 2 / 3;

// the offer of further help, as a question or an offer, in every common wording
const ANYTHING_ELSE = {
  en: new RegExp([
    ' (any ?th?ing|some ?thing|anythin|nothing|owt|aught) (else|elsa|els|further|more)\\b',
    ' any other (thing|things|question|questions|concern|concerns|issue|issues|query|queries|way|matter|matters|business)\\b',
    ' (else|further) (i|we) can (help|do|assist|sort)',
    ' (help|assist|support) (you )?(with )?(anything|something) (else|more|further)',
    ' (help|assist|support|do for) (you )?(any )?further\\b',
    ' what else (can|could|may|shall) (i|we)\\b', ' what more can (i|we)\\b', ' (any|anything|something) (more|else) (i|we) (can|could|may) (do|help|assist)',
    ' what else (do|did) you need\\b',
    ' is (that|there|this) (everything|all)\\b(?! (i|we) need)',
    ' (was|is|will|would) that (be )?(all|everything|it) ',
    ' other questions ', ' anything i can help you with ', ' anything (more|further) i can ', ' is there more ',
    ' (anything|something) at all (i|we) can ',
    ' (was|is) there anything (you need|you needed|i can|we can|more|else)',
    ' before i let you go ', ' anything you need(ed)? from (me|us) ',
    ' (does|did) that (cover|answer) (everything|all|your question|your questions)',
    ' (have|did) i (answered|covered|answer|cover) (all|everything|your questions)',
    ' (is there|was there) anything (i|we) (can|could) (do|help)',
    // "does that take care of everything?", "have i resolved everything for you?", "did we get everything sorted?"
    ' (does|did|has|have|will) (that|this|it|we|i) (take|taken|took|sort|sorted|resolve|resolved|fix|fixed|handle|handled|cover|covered|answer|answered|address|addressed|get|got|deal|dealt) (care of |out |with )?(everything|it all|all (of )?(that|your|you|it|the)|all for you|all today|all your)',
    // "how else can i help?", "anything i can do for you?", "any more help you need?", "any further questions?"
    ' how else (can|could|may|might) (i|we)\\b', '^ (and |so |well |okay |ok )?anything (i|we) can (do|help)', ' any (more|further|other) help\\b',
    ' (have|got|are there) (any )?(more|further|other) questions', ' any (more|further) questions\\b',
    ' (is there )?anything (outstanding|left|pending|else pending)( (i|we|that|to|for|on))?\\b', ' anything (i|we) (missed|forgot|havent covered|haven t covered)\\b',
    ' (all good|all set|okay|ok|good|fine) otherwise\\b',
  ].join('|')),
  es: new RegExp([
    // "¿algo más?", "¿alguna otra consulta?", "¿necesita algo más?", "¿le ayudo en algo más?"
    ' (hay|habra|tiene|tienes|tenes|queda|quedo|necesita|necesitas|necesitaba|necesitabas|necesitan|requiere|requieres|precisa|precisas|desea|deseas|deseaba|quiere|quieres|queres|queria|querias|quisiera|gustaria|podemos|puedo|pueda|podamos|le|te|lo|la|en) (hacer |ver |revisar |consultar |saber |ayudar(le|te)? (con|en) )?(algo|alguna (otra )?(cosa|consulta|duda|pregunta|inquietud|gestion|cosita)|otra (cosa|consulta|duda|pregunta|inquietud|gestion|cosita)|nada) (mas|adicional|extra|otra)\\b',
    ' algo mas (en|con|para|que|por) (lo )?(que|el|la)? ?(le|te|lo|la|les|los)? ?(pueda|puedo|podamos|podemos|podria|pudiera|pudiese|quiera|necesite|ayud|colabor|serv)',
    ' (algo|alguna (otra )?cosa|alguna otra (consulta|duda|pregunta|inquietud|gestion)|otra (cosa|consulta|duda|pregunta|inquietud|gestion)) (mas |adicional )?(en|con|para|que) (lo )?(que )?(le|te|lo|la|les|los)? ?(pueda|puedo|podamos|podemos|podria|pudiera|pudiese|sirva) (ayudar|servir|colaborar|apoyar|asistir|atender|orientar|echar)',
    ' alguna otra (cosa|consulta|duda|pregunta|inquietud|gestion|cosita)\\b',
    ' (alguna|otra) (cosa|consulta|duda|pregunta|inquietud|gestion|cosita) (mas|adicional)\\b',
    ' en (que|q) mas (le|te|lo|la|les|los)? ?(puedo|podemos|podria|pudiera|pueda|sirvo|ayudo|colaboro|servirle|ayudarle)',
    ' (le|te|lo|la|les|los) (puedo|podemos|podria|pudiera|pueda) (ayudar|colaborar|servir|apoyar|asistir|orientar|atender|echar una mano) (en|con) (algo|alguna|otra|nada)',
    ' (le|te|lo|la) (ayudo|colaboro|sirvo|apoyo|asisto|oriento) (en|con) (algo|alguna|otra|nada)',
    ' (algo|alguna cosa) (adicional|extra)\\b',
    // "¿se le ofrece algo más?", "¿qué más se le ofrece?", "¿le quedó alguna duda?", "¿con eso estaría?"
    ' (se )?(le|te|les) (ofrece|ofrecia) (algo|alguna|otra)', ' que mas (se )?(le|te|les) (ofrece|puedo|podemos)',
    ' (le |te )?(queda|quedo|quedaria|quedan|tiene|tienes|tenes) (alguna|otra|algun|otro) (duda|consulta|pregunta|inquietud|tema)( pendiente| mas)?\\b',
    ' (con eso|asi) (estaria|estariamos|estamos|quedamos|quedaria|seria todo)\\b',
    ' (seria|sera|es|fue|era) todo( por (hoy|ahora|el momento|ahora))?( entonces| señor| señora| don [a-zñ]+| doña [a-zñ]+)? $',
    ' (eso|esto) (seria|es|fue|sera) todo (entonces|por hoy|por (su|tu) parte|señor|señora)',
    ' antes de (despedirme|despedirnos|colgar|terminar|cerrar|finalizar)[a-zñ ]{0,30}(algo|alguna|otra|nada)',
    '^ (y )?(algo|alguna otra cosa|otra cosa|nada) mas\\b', ' algo mas( [a-zñ]+){0,2} $',
  ].join('|')),
};
const THANKS = {
  // (and the thanks of a code-switched call: Welsh "diolch", Spanish "gracias", French "merci", Hindi "dhanyavaad", ...)
  en: / (thank|thanks|thankyou|thanx|cheers|appreciate|tank you|thank ya|ta|ta very much|much obliged|diolch|gracias|merci|danke|dhanyavaad|dhanyavad|shukriya|asante|salamat|arigato|obrigad[oa]|grazie)( |$)/,
  es: / (gracias|agradec|agradezco|agradecemos)/,
};
/** after "anything else?", the courteous answers to the customer's own thanks also close the call */
const WELCOME = {
  en: / (you re welcome|youre welcome|you are welcome|my pleasure|no problem at all|pleasure to help|glad (i|we) could help|happy to help)/,
  es: / (de nada|con (mucho )?gusto|a (la|su|tu) orden|a usted|a ti|para servirle|un placer|encantad[oa] de ayudar)/,
};
/** "¿algo más?" as a question mark shows it, whatever follows ("¿Algo más, Hugo? Si no, que vaya bien") */
const RAW_ASK = {
  en: /\b(?:anything|something) else\b[^.?!]{0,25}\?/i,
  es: /¿\s*(?:y\s+)?(?:algo|alguna\s+otra\s+cosa|otra\s+cosa|nada)\s+m[aá]s\b|\b(?:algo|nada)\s+m[aá]s\b[^.?!]{0,25}\?/i,
};
/** "¿quedó resuelta su consulta?", "¿le quedó todo claro?": asking whether all is done, only as a written question
 *  (the same words as a statement, "ya queda resuelto", are not an offer of more help) */
const RAW_ALL_DONE = {
  en: /(?!)/,
  es: /¿[^?¿]{0,40}\b(?:resuelt[oa]s?|solucionad[oa]s?|aclarad[oa]s?|claro|clara|resolv[ií]|aclar[eé]|atendid[oa]s?)(?![a-záéíóúñ])[^?¿]{0,30}\?/i,
};
const ALL_DONE_WORD = / (?:resuelt[oa]s?|solucionad[oa]s?|aclarad[oa]s?|claro|clara|resolvi|aclare|atendid[oa]s?)\b/;
/** the same, as the first words of the agent's turn right after the customer thanked */
const WELCOME_REPLY = {
  en: /^ (?:(?:oh|okay|ok|well|alright|right|no|not at all|of course|sure) )?(?:you re welcome|youre welcome|you are welcome|your welcome|you re very welcome|youre very welcome|you re most welcome|youre most welcome|my pleasure|its my pleasure|it s my pleasure|it was my pleasure|its a pleasure|pleasure|no problem|no worries|not a problem|anytime|any time|glad (?:i|we) could help|happy to help|happy to have helped)\b/,
  es: /^ (?:(?:no|bueno|vale|ok|okay|muy bien|perfecto|listo|claro) )?(?:de nada|no hay de que|no hay por que|con (?:mucho )?gusto|a (?:la|su|tu|sus) (?:orden|ordenes)|a usted|a ti|a vos|para servirle|para servirte|un placer|es un placer|fue un placer|encantad[oa])\b/,
};
/** the customer leaves before the call is over: "forget it", "i'll just do it online", "no tengo tiempo para esto" */
const CUSTOMER_LEAVES = {
  en: / (forget it|i m done|im done|done with this|dont call me|don t call me|i ll (just )?(do|sort|handle|deal with|take care of|dispute|call) (it|this|that|the|my)|(ive|i ve|i) (got|have) to go|gotta go|waste of (my )?time|i m going to call|im going to call|i ll call (the|my|back)|not dealing with (this|you)|i m hanging up|im hanging up|hang up on you|unbelievable|ridiculous|cutting the call|cut the call|get someone else|speak to someone else|talk to someone else|not going to be (talked|spoken) to|not gonna (listen|take)|complain about you|report you|i m leaving|goodbye then|never mind|nevermind|(ive|i ve|i) got (another|a) call|(another|other) call coming|call you back|(call|ring|try) (someone|somebody) else|(im|i m|i am) not (talking|speaking) to you|not (talking|speaking) to you (any ?more|anymore)|go to hell|screw you|piss off|shove it|(take|taking) my business elsewhere|(go|going) elsewhere|(im|i m|i am) going to (a|another) (competitor|provider|company|bank)|(im|i m|i am) (not|no longer) (answering|listening|talking)|stop (talking|calling) (to )?me|(calling|call|ring|ringing|getting|get) (a|my) (lawyer|attorney|solicitor)|(ill|i ll|i will|im going to|i m going to|im gonna) (make|file|lodge|put in) (a|my) (complaint|formal complaint))/,
  es: / (da igual|olvidelo|olvidalo|olvidese|dejelo|dejalo|no tengo tiempo|ya lo hare|lo hago (por|en)|voy a (ir|la tienda|llamar|colgar)|me voy|no me (vuelva a |vuelvas a )?llame|no me (vuelva a |vuelvas a )?llames|le cuelgo|te cuelgo|hasta nunca|ya no quiero|esto es un (cacho|desastre|robo|chiste)|que barbaridad|no puede ser|no (le|te) voy a dar|(voy|vamos) a denunciar|lo voy a denunciar|me voy a quejar|(voy a|quiero) poner una queja|(llamo|llamare|vuelvo a llamar) (luego|despues|otro dia|mas tarde)|vuelvo a llamar|con otra persona|hasta luego entonces|me cuelgo|(me )?esta entrando otra llamada|tengo otra llamada|(ya )?(le|te) (marco|llamo)|dejelo asi|mejor no|ya no importa|(mejor )?llamo a (otr[oa]|otra persona|comercial|la competencia|mi banco|mi abogado)|no (tengo|tengo por) (que|por que) (bancarme|aguantar|soportar|escuchar)|no (voy|pienso) (a )?(hablar|seguir hablando) (mas )?con (usted|vos|vo|ti)|vayase a la mierda|andate a la mierda|vete a la mierda|que (le|te|os|les) den|no (vuelva|vuelvan|vuelvas|volves) a llamar|(me voy|me cambio|me paso) a otra (compañia|compania|empresa|operadora|aseguradora|entidad)|hasta aqui llegue|ya no (le|te|les|lo|la) (voy a|pienso) (contestar|atender|hablar|escuchar|seguir)|(voy a|quiero|vamos a) poner (una|la|mi) (queja|denuncia|reclamacion|reclamo)|no me (este|estes|siga|sigas|sigan|esten) (hablando|llamando|molestando)|ya no (quiero|pienso) (hablar|seguir))/,
};

/** the same, by kind rather than by phrase: leaving for something else, refusing to go on, complaining or cancelling,
 *  doing it elsewhere, anger at the agent */
const CUSTOMER_LEAVES_KIND = {
  en: new RegExp([
    // leaving: "i have to go", "someone's at the door", "i'll call back later"
    ' (i|ive|i ve|i ll|ill) (have|got|gotta|need|needs|has) to (go|run|leave|hang up|jump off|get off)\\b', ' (gotta|got to|have to|need to) (go|run|dash|fly)\\b',
    ' (someone|somebody|theres someone|there s someone|the doorbell|the door|my (kid|son|daughter|boss|baby|husband|wife|mum|mom)) (is )?(at the door|ringing|crying|calling|just (fell|came|walked))',
    ' (i ll|ill|i will|let me) (call|ring|phone|try) (you |them |back |again )?(back|later|tomorrow|another time|some other time)\\b',
    // refusing to go on
    ' (i m|im|i am) (not )?(doing|paying|listening to|having|dealing with|putting up with|taking) (this|that|any of this|you)\\b', ' (i m|im|i am) (done|finished|out)\\b',
    ' (forget (it|this|about it|the whole thing))\\b', ' (dont|don t|do not) (bother|worry about it|call me)\\b', ' no (thanks|thank you) (i ll|ill|i will) (pass|leave it)\\b', ' this (conversation|call) is over\\b', ' (i m|im|i am|mi|me) (not|nah|nuh|no) (gonna |going to )?(pass|passing|give|giving|tell|telling) (on |anything|nothing|nutten|him|her|that)', ' (you|yuh|u) (re |are )?(mad|crazy|joking|kidding me)\\b',
    // complaining, cancelling, going elsewhere
    ' (complain|complaint|report you|reporting you|lawyer|attorney|solicitor|ombudsman|regulator|trading standards|better business bureau|bbb|ofcom|cfpb|ftc)\\b',
    ' (i m|im|i am|i ll|ill|i will|i m going to|im going to|i m gonna|im gonna) (cancel\\w*|close my account|closing my account|leave|leaving|switch\\w*|move my|moving my|go to|going to go to|take my business|taking my business)\\b',
    ' (i ll|ill|i will|i m going to|im going to) (just )?(do|sort|fix|handle|check|find|look|buy|get|order) (it|this|that|them) (myself|online|in the app|on the app|at the (store|shop|branch)|elsewhere|somewhere else)\\b',
    // anger at the agent or the company
    ' (unbelievable|ridiculous|disgrace\\w*|pathetic|useless|outrageous|absurd|a joke|a scam|harassment|so rude|how dare you)\\b',
    ' (i ll|ill|i will) (speak|talk) (to|with) (him|her|them|my [a-z]+) (myself|directly|about it|first)\\b', ' (i ll|ill|i will|let me|i need to|i have to|i ve got to) (think about it|think it over|sleep on it|talk to my (wife|husband|partner)|check with my (wife|husband|partner))\\b', ' (i m|im|i am) not interested\\b', ' (not interested|no longer interested)\\b', ' (i m|im|i am) (so )?(fed up|sick of (this|you)|over (this|it))\\b',
    // telling the caller to stop: "stop calling here", "don't ring this number again", "take me off your list", "leave me alone"
    ' (stop|quit|stop with|enough) (calling|ringing|phoning|bothering|harassing|hassling) (here|this (number|house|phone)|my (number|phone|house|mum|mom|mother|dad|family)|us|me|people)\\b',
    ' (dont|don t|do not|never) (call|ring|phone) (here|this number|this house|me|us) (again|anymore|any more|ever)\\b', ' (take|get|remove|put) (me|this number|my number|us) (off|from) (your|the) (list|lists|system|records|calling list)\\b', ' lose (this|my) number\\b', ' leave (me|us) (alone|be|in peace)\\b',
    ' (i m|im|i am) not (his|her|their|your) (secretary|messenger|assistant|keeper|mother|mom|mum|answering service)\\b',
    // stage directions and the line going dead
    ' (hangs up|hung up|call (disconnected|dropped|ends|ended)|line (goes|went) dead|dial tone|click)\\b',
  ].join('|')),
  es: new RegExp([
    ' (me tengo que ir|tengo que (colgar|irme|salir|cortar|dejarle|dejarte|dejarlo)|me (voy|tengo que ir) (ya|ahora|que))\\b',
    ' (me (tocan|estan tocando|timbran|estan timbrando|llaman|estan llamando)|(tocan|llaman|timbran) (a )?(la puerta|el timbre))\\b', ' (el niño|la niña|mi hij[oa]|mi bebe|mi jefe)\\b.{0,30}(llora|se cayo|me llama|viene)',
    ' (luego|despues|mas tarde|otro dia|mañana|ahorita|ahora) (le |te |les )?(llamo|marco|vuelvo a llamar|hablo|escribo)\\b', ' (ya|despues|luego) (le|te|les) (llamo|marco|escribo)\\b',
    ' no (le|te|les)? ?(voy a|pienso) (dar|pagar|seguir|hablar|contestar|escuchar|atender|aguantar)\\b', ' ya no (le|te|les)? ?(voy a|quiero|pienso) (seguir|hablar|contestar|escuchar|atender)\\b',
    ' (olvidelo|olvidalo|olvidate|olvidese|olvidate|dejelo|dejalo|dejemoslo|da igual|ya fue|deje nomas|deja nomas|ya no importa|no importa ya)\\b', ' (me canse|ya me canse|estoy harto|estoy harta|hasta aqui|me harte|ya me harte|me tienen harto|me tienen harta|me tiene harto|me tiene harta|estoy hasta la coronilla)\\b',
    ' (no me interesa|ya no me interesa|no quiero nada|ya no quiero nada|no quiero saber nada)\\b', ' (lo|la) (pienso|voy a pensar|pensare|consulto con|hablo con) ?(mi|la|el|lo)?\\b', ' (dejeme|dejame|deja que|deje que) (lo )?(piense|pensar|consulte)\\b', ' (yo )?(hablo|hablare|lo hablo|lo hablare|se lo digo|se lo dire) (yo )?(con (el|ella)|directamente|personalmente)\\b', ' (cancelar|cancelo|anular|anulo|dar de baja) (todo|el contrato|la cuenta|el servicio|la linea|la tarjeta)\\b',
    // stage directions and the line going dead
    ' (cuelga|colgo|corta la llamada|se corta|se corto|se cae la llamada|se cayo la llamada|tono de colgado|llamada finalizada|fin de la llamada)\\b',
    ' (queja|quejarme|reclamacion|reclamo|denuncia|denunciar|denunciarlo|denunciarla|demanda|demandar|abogado|abogada|profeco|indecopi|sernac|defensa del consumidor|superintendencia|omic|oficina del consumidor|hoja de reclamaciones|libro de reclamaciones)\\b',
    ' (me doy de baja|doy de baja|me (voy|cambio|paso) (a|de) (otra|la competencia|compañia|operadora|banco)|cancelo (todo|el servicio|la cuenta|el contrato)|me voy de la compañia)\\b',
    ' (llamo|llamare|voy a llamar|me voy|me ire|me paso|me cambio|me voy a ir|me voy a cambiar|me voy a pasar|contrato|contratare) (mejor )?(a|con) (otra|otro|la competencia)\\b', ' paso (ya )?de (esto|ti|usted|ustedes|vosotros|todo)\\b',
    ' (deje|dejen|deja|dejes|dejad|paren|pare|para) (de|ya de) (llamar|molestar|acosar|marcar)\\b', ' (dejeme|dejenme|dejame|dejanos|dejennos|dejenos) (en paz|tranquil[oa]s?)\\b', ' (no|nunca) (llame|llamen|llames|vuelva a llamar|vuelvan a llamar) (mas|aqui|aca|a este numero|a esta casa)\\b', ' (borre|borren|borra|saquen|saque|quite|quiten) (este|mi) (numero|telefono)\\b', ' no soy (su|tu) (secretari[oa]|mensajer[oa]|niñera|mama|madre)\\b',
    ' (no|nadie) me (habla|hable|hables|hablas|hablás|trata|trate|trates|tratas|grita|grite|grites) (asi|de esa manera|de ese modo|en ese tono)\\b',
    ' (lo|la|los|las|me) (hago|miro|pido|gestiono|arreglo|compro|busco|informo|consulto)(?: yo)? (?:mejor )?(?:por|en|a) (?:la |el )?(web|pagina|internet|app|aplicacion|tienda|oficina|sucursal|otro sitio|otra compañia|otra parte|persona|personalmente)\\b',
    ' (voy|ire|me voy) (mejor )?(personalmente |directamente )?(a la|al) (tienda|oficina|sucursal|banco|agencia)\\b',
    ' (que falta de respeto|falta de respeto|una verguenza|es una verguenza|sinverguenza|ladrones|que barbaridad|un robo|una estafa|es el colmo|un desastre|una porqueria|maleducad[oa]|malcriad[oa]|no sea grosero|no me (hable|hables) asi)\\b',
  ].join('|')),
};

/** an agent turn that only acknowledges ("okay", "mhm", "alright then", "vale", "ajá") */
const BACKCHANNEL = /^ (?:(?:okay|ok|okey|alright|all right|right|sure|mhm|mm|hmm|uh huh|yeah|yes|yep|great|perfect|lovely|got it|i see|vale|bueno|ya|aja|si|claro|perfecto|listo|entendido|de acuerdo|then|so|oh|ah) ?){1,3}$/;

/** words a finished sentence does not end on: "so the engineer would be out, i'll just", "necesitamos una fecha para" */
const DANGLING = {
  en: / (?:and|but|or|um|uh|er|erm|just|the|a|an|to|if|because|cause|of|with|your|my|our|which)$/,
  es: / (?:y|o|pero|para|de|del|el|la|los|las|un|una|con|porque|entonces|pues|em|su|sus|mi|al|en)$/,
};
const foldEnd = (text: string) => ' ' + text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zñ0-9 ]+/g, ' ').trim().split(/\s+/).slice(-3).join(' ');

/** the agent trying to hold on to a customer who is leaving */
const PLEA = {
  en: /^ (?:(?:mr|mrs|ms|miss|sir|maam|madam|[a-z]+) )?(?:(?:please|wait|hold on|hang on|one moment|one second|just a moment|if you (?:could|would) (?:just )?|can i (?:just|at least)|let me (?:just )?(?:explain|finish)|i (?:understand|hear you)|i d really|i (?:just|only) need|(?:just|only) (?:one|two|a) (?:minute|moment|second|sec)|give me (?:just |one |a |two )|i m sorry|im sorry|sorry)\b)/,
  es: /^ (?:(?:señor|señora|señorita|don|doña|caballero|joven|[a-zñ]+) )?(?:(?:espere|espera|espera[a-z]*|un momento|un segundo|por favor|si me permite|si me deja|dejeme (?:explicarle|terminar)|no cuelgue|pero|entiendo|lo entiendo|comprendo|lo comprendo|lo siento|disculpe|perdone|solo (?:necesito|le pido|un minuto|un momento)|un minutito|deme (?:un|solo))\b)/,
};

/** the customer says they are hanging up */
const CUSTOMER_HANGS_UP = {
  en: / (i m|im|i am) (hanging up|gonna hang up|going to hang up)| (hung|hangs|hanging) up | forget it (bye|goodbye|i m done)| click /,
  es: / (le|te|voy a|les) (cuelgo|colgar)| me cuelgo | (ya )?(le|te) (cuelgo|voy a colgar)/,
};

/** the customer's curt goodbye, the whole turn ("goodbye", "bye", "adiós", "chao pues") */
const CURT_BYE = {
  en: /^ (?:(?:okay|ok|right|well|fine|yeah|whatever|alright|yes) ){0,2}(?:goodbye|good bye|bye|bye bye|bye now)(?: (?:then|now))? $/,
  es: /^ (?:(?:bueno|vale|ya|pues|listo|ok|si|oiga) ){0,2}(?:adios|chao|chau|hasta luego|buenas tardes|buenos dias|buenas noches)(?: (?:pues|entonces))? $/,
};

/** the agent's goodbye */
const FAREWELL = {
  en: / (bye|goodbye|good bye|bye bye|take care|have a (good|nice|great|lovely) (day|one|evening|afternoon|night|weekend)|cheers|see you|talk soon)\b/,
  es: / (chau|chao|adios|hasta luego|hasta pronto|hasta la proxima|que (tenga|tengas|le vaya|te vaya) (buen|bonito|lindo|feliz|bien)|buenas (tardes|noches)|buen dia|nos vemos|cuidese|cuidate|que (este|estes|estes vos|este usted) (bien|muy bien)|feliz (dia|tarde|noche|fin de semana)|buena (tarde|noche|jornada))\b/,
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
  // (a bare "okay" / "mhm" between the question and the goodbye is no turn of its own: "anything else?" - "no,
  // thanks" - "okay" - "thanks for calling" - "bye bye" still has the question among the last three)
  const substantive = agentTurns.filter((i) => !BACKCHANNEL.test(texts[i]));
  const finalTurns = new Set(substantive.slice(1).slice(-3).filter((i) => pt.segments[i].start >= callEnd / 2));
  // the thanks is part of the leave-taking: in the "anything else" turn or among the agent's last three turns (a
  // "thanks, let me check" while the business goes on after the question is not the closing)
  const lastThree = new Set(agentTurns.slice(-3));
  const inZone = (i: number, re: RegExp) => {
    const m = re.exec(texts[i]);
    if (!m) return false;
    const s = pt.segments[i];
    return finalTurns.has(i) || s.start + (m.index / Math.max(1, texts[i].length)) * Math.max(0, s.end - s.start) >= zoneFrom;
  };
  const agentZone = agentTurns.filter((i) => pt.segments[i].end >= zoneFrom || finalTurns.has(i));
  const ask = agentZone.find((i) => inZone(i, ANYTHING_ELSE[pt.language]) || (RAW_ASK[pt.language].test(pt.segments[i].text) && inZone(i, / (?:algo|nada|cosa|anything|something) (?:mas|else)\b/)) || (RAW_ALL_DONE[pt.language].test(pt.segments[i].text) && inZone(i, ALL_DONE_WORD)));
  // thanks at or after the "anything else" question (or anywhere in the zone when it was never asked)
  // (or the agent's courteous answer to the customer's own thanks: "no, that's all, thanks" / "you're welcome, take care")
  const answersThanks = (i: number) => i > 0 && pt.segments[i - 1].speaker === 'Customer' && THANKS[pt.language].test(texts[i - 1]) && WELCOME_REPLY[pt.language].test(texts[i]);
  const thanks = [...agentZone].reverse().find((i) => (ask === undefined || i === ask || (i > ask && lastThree.has(i))) && (inZone(i, THANKS[pt.language]) || (ask !== undefined && i > ask && answersThanks(i))));
  const at = (i: number) => formatTime(pt.segments[i].start);
  if (ask !== undefined && thanks !== undefined) {
    // (the evidence comes from the last third: an earlier question that the wrap-up reaches back to is named, not quoted)
    const shown = [ask, thanks].filter((i) => pt.segments[i].end >= zoneFrom);
    return { ...base, score: 1, status: 'passed', evidence: uniqueEvidence(pt, shown.length ? shown : [thanks]), explanation: t.both(at(ask), at(thanks)) };
  }
  // the agent's sentence stops mid-way: an ellipsis or dash, or (ASR text) a last word that cannot end a sentence
  const cutOffAt = (i: number) => /(\.\.\.|…|--|—|-)\s*$/.test(pt.segments[i].text) || (!/[.?!]\s*$/.test(pt.segments[i].text) && DANGLING[pt.language].test(foldEnd(pt.segments[i].text)));
  // the customer walked out (their last turns say so, or the agent is cut off mid-sentence): not applicable
  const lastTurns = lastTurnSegments(pt, 3);
  // (said by kind, the leaving counts when the customer has the last word or the agent only pleads, calls into the
  // line or is cut off after it: an agent who answers "you do that" ended the call without a closing)
  // (...but when the customer then has the last word with a curt goodbye or another sign of leaving, the customer
  // ended the call: "i'm calling a lawyer" - "that's fine but the balance stays" - "goodbye")
  const lastSeg = pt.segments.length - 1;
  // (not after the agent's own goodbye: "we'll call you back before five, take care" - "bye")
  const lastAgentTurn = agentTurns.at(-1);
  const customerEndsIt = lastSeg >= 0 && pt.segments[lastSeg].speaker === 'Customer' && !(lastAgentTurn !== undefined && FAREWELL[pt.language].test(texts[lastAgentTurn])) && !THANKS[pt.language].test(texts[lastSeg]) && (CURT_BYE[pt.language].test(texts[lastSeg]) || CUSTOMER_LEAVES[pt.language].test(texts[lastSeg]) || CUSTOMER_LEAVES_KIND[pt.language].test(texts[lastSeg]));
  const agentConcludes = (from: number) => !customerEndsIt && pt.segments.some((s, j) => j > from && s.speaker === 'Agent' && !HUNG_UP[pt.language].test(texts[j]) && !PLEA[pt.language].test(texts[j]) && !cutOffAt(j));
  const left = lastTurns.filter((i) => pt.segments[i].speaker === 'Customer').find((i) => (CUSTOMER_LEAVES[pt.language].test(texts[i]) || CUSTOMER_LEAVES_KIND[pt.language].test(texts[i])) && !agentConcludes(i));
  const cutOff = lastTurns.find((i) => pt.segments[i].speaker === 'Agent' && cutOffAt(i));
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
