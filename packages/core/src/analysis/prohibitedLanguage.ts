// Word and phrase lists for the `prohibited_language` check (checks/prohibitedLanguageCheck.ts), per language and
// category: profanity, insults (also condescending ones: "are you stupid", "no sea tonto"), threats (harm, visits,
// employer/family, seizure, arrest, lawsuits, credit blacklisting used as intimidation) and discriminatory remarks,
// across English and the Spanish of Spain and Latin America (tú/usted/vos).
//
// Every entry is a regular-expression fragment over normalised text (checks/callText.ts: lower case, accents folded,
// ñ kept, apostrophes dropped so "we'll" is "well" or "we ll", punctuation turned into spaces). Entries are matched
// as whole words only (a fragment must start and end on a space), so "Scunthorpe", "computadora", "disputa",
// "análisis" never match. Words that are only insults in some frames ("bruto" vs "salario bruto", "inútil" vs "es
// inútil llamar", "forro" vs "forro del celular") are listed with their frame.
import type { AnalysisLanguage } from './schemas.ts';

export type ProhibitedCategory = 'profanity' | 'insult' | 'threat' | 'discriminatory';

/**
 * How a pattern set is judged:
 * - `plain`: a violation wherever the agent says it, unless quoted ("words like …", "no me diga …");
 * - `insult`: as `plain`, and also not when denied ("you're not stupid", "no es ninguna tontería"), self-directed
 *   ("silly me", "qué tonta soy") or aimed at a thing ("this stupid system");
 * - `threat`: a violation unless negated or reassuring ("nobody is going to arrest you", "no vamos a embargar nada");
 * - `threat_context`: as `threat`, and only in a debt / payment-pressure context and not about a service visit
 *   ("we'll send someone round" is a threat from a collector, not from a broadband technician);
 * - `threat_fixed`: the negation is part of the threat itself ("you'll never get a loan again").
 */
export type PatternKind = 'plain' | 'insult' | 'threat' | 'threat_context' | 'threat_fixed';

export interface PatternSet {
  category: ProhibitedCategory;
  kind: PatternKind;
  /** a short name for the explanation ("visit", "employer/family") */
  label: string;
  patterns: string[];
  /** threats a lawful notice may state (lawsuits, credit reporting): not a threat when framed as required by law */
  lawful?: boolean;
  /** insults: judge multi-word frames too (denied, self-directed, aimed at a thing), not only single words */
  denyCheck?: boolean;
}

// ------------------------------------------------------------------ shared fragments
const alt = (xs: string[]) => `(?:${xs.join('|')})`;

// English: "we", "I", "they", "someone" + any chain of modals ("we'll", "we are going to", "i'm gonna have to")
const EN_SUBJ = '(?:we|i|they|someone|somebody|well|ill|theyll|wed|id|were|im|our (?:guys|people|agents|collectors|lawyers|attorneys))';
const EN_MOD = '(?: (?:ll|will|shall|would|d|can|could|might|may|must|are|re|am|m|is|s|going to|gonna|have to|has to|got to|gotta|about to|definitely|just|then|also|be|able to|simply|actually|surely|certainly|not hesitate to|need to|have no choice but to|have no option but to|have no alternative but to|be forced to|be left with no choice but to))*';
const EN_WE = `${EN_SUBJ}${EN_MOD}`;
const EN_YOUR_PEOPLE = alt([
  'employer', 'boss', 'manager', 'supervisor', 'work', 'job', 'workplace', 'office', 'company', 'hr', 'h r', 'human resources', 'payroll',
  'family', 'wife', 'husband', 'partner', 'spouse', 'parents', 'mother', 'mom', 'mum', 'father', 'dad', 'kids', 'children', 'son', 'daughter',
  'relatives', 'neighbors', 'neighbours', 'neighbor', 'neighbour', 'friends', 'colleagues', 'coworkers', 'co workers', 'references', 'landlord',
  'church', 'pastor', 'in laws', 'sister', 'brother',
]);
const EN_PLACE = alt(['address', 'house', 'home', 'door', 'doorstep', 'front door', 'place', 'work', 'job', 'workplace', 'office', 'business', 'shop', 'store', 'apartment', 'flat', 'kids school', 'childrens school', 'neighborhood', 'neighbourhood']);
const EN_ASSETS = alt(['house', 'home', 'car', 'truck', 'vehicle', 'property', 'properties', 'assets', 'belongings', 'stuff', 'things', 'furniture', 'savings', 'benefits', 'tax refund', 'kids', 'children', 'everything', 'land', 'boat', 'tv', 'bank account', 'bank accounts']);
const EN_BUREAU = alt(['credit bureaus?', 'the credit bureaus?', 'bureaus?', 'the bureaus?', 'credit agencies', 'the credit agencies', 'credit reporting agencies', 'the credit reporting agencies', 'equifax', 'experian', 'transunion', 'trans union', 'the credit people']);

// Spanish
const ES_CL = '(?:le|lo|la|te|les|los|las|se lo|se la|me lo)';
const ES_AUX = '(?:vamos a|voy a|van a|va a|vas a|podemos|puedo|pueden|puede|podriamos|podria|podrian|tendremos que|tenemos que|tengo que|vamos a tener que|nos toca|me toca|nos va a tocar|hay que|se va a|se van a|procedemos a|pasamos a|paso a)';
const ES_PEOPLE = alt([
  'empresa', 'jefe', 'jefa', 'jefes', 'trabajo', 'empleador', 'empleadora', 'patron', 'patrona', 'oficina', 'recursos humanos', 'nomina', 'familia', 'familiares',
  'esposa', 'esposo', 'mujer', 'marido', 'hijos', 'hijas', 'hijo', 'hija', 'papas', 'padres', 'mama', 'papa', 'madre', 'padre', 'vecinos', 'vecinas', 'vecino', 'vecina',
  'suegra', 'suegro', 'suegros', 'referencias', 'referencia', 'referencias personales', 'codeudor', 'codeudora', 'fiador', 'fiadora', 'aval', 'compañeros', 'compañeros de trabajo', 'colegas', 'pareja', 'novia', 'novio',
  'hermanos', 'hermana', 'hermano', 'gerente', 'supervisor', 'conocidos', 'amigos', 'contactos',
]);
const ES_PLACE = alt(['casa', 'domicilio', 'trabajo', 'oficina', 'negocio', 'empresa', 'taller', 'local', 'barrio', 'puerta', 'colonia', 'vereda', 'edificio', 'apartamento', 'departamento', 'depa', 'finca', 'tienda', 'puesto', 'chamba', 'pega', 'laburo', 'obra']);
const ES_TELL = alt([
  'llam(?:ar|arle|arles|amos|aremos|are|o|an|aran|e|emos|en)', 'habl(?:ar|arle|arles|amos|aremos|are|o|an|aran|e|emos|en)', 'avis(?:ar|arle|arles|amos|aremos|are|o|an|aran|e|emos|en)',
  'cont(?:ar|arle|arles|amos|aremos|are|an|aran|emos|arselo)', 'cuent(?:o|an|e|en)', 'inform(?:ar|arle|arles|amos|aremos|are|o|an|aran|e|emos|en)', 'notific(?:ar|arle|arles|amos|aremos|are|o|an|aran)',
  'dec(?:ir|irle|irles|irselo|imos)', 'dir(?:emos|e|an|ia|iamos)', 'digamos', 'diga', 'comunic(?:ar|arnos|amos|aremos|arle)', 'contact(?:ar|arle|arles|amos|aremos|are|o|an|aran|e|emos|en)',
  'escrib(?:ir|irle|imos|iremos)', 'buscar(?:le|lo|la)?', 'molest(?:ar|amos|aremos)', 'visit(?:ar|arle|arlo|arla|amos|aremos)',
]);
const ES_BUREAU = alt([
  'buro', 'buro de credito', 'dicom', 'veraz', 'infocorp', 'inforcorp', 'equifax', 'transunion', 'datacredito', 'data credito', 'cifin', 'centrales de riesgo', 'central de riesgo',
  'centrales de riesgos', 'centrales', 'asnef', 'rai', 'sentinel', 'clearing', 'nosis', 'experian', 'lista negra', 'listas negras', 'la lista negra', 'boletin comercial', 'el boletin', 'las centrales', 'la central',
]);
const ES_ASSETS = alt(['casa', 'carro', 'moto', 'auto', 'coche', 'vehiculo', 'camioneta', 'apartamento', 'departamento', 'depa', 'muebles', 'cosas', 'bienes', 'propiedad', 'propiedades', 'sueldo', 'salario', 'quincena', 'pension', 'negocio', 'hijos', 'tierra', 'finca', 'lote', 'televisor', 'tele', 'nevera', 'refri', 'cuenta', 'cuentas', 'ahorros', 'terreno', 'local']);
const ES_JAIL = alt(['presos?', 'presas?', 'a la carcel', 'en la carcel', 'a la cana', 'en cana', 'en la cana', 'al bote', 'en el bote', 'a la trena', 'tras las rejas', 'a prision', 'en prision', 'al reclusorio', 'al tanque', 'a la sombra', 'al penal', 'a la penitenciaria', 'a la crel', 'al tambo', 'en el tambo', 'a la chirona', 'en chirona', 'en la chirona', 'al trullo', 'en el trullo', 'al talego', 'en el talego', 'al cereso', 'a la peni', 'al calabozo', 'en el calabozo', 'a la gayola', 'a la capacha', 'a la jaula', 'detenid[oa]s?', 'arrestad[oa]s?', 'capturad[oa]s?', 'encarcelad[oa]s?']);

// Frames that make an ambiguous word an insult aimed at the customer
const EN_YOU_ARE = '(?:you re|youre|you are|are you|you (?:really|truly|honestly|certainly|sure|clearly|obviously) are|r you|you re such|youre such|you are such|you little|you big|you absolute|you complete|you total|you utter|you bloody|you fucking|you re being|youre being|you are being|don t be|dont be|stop being|quit being|you sound|you look|you act|you re acting|youre acting)(?: so| such| really| just| a| an| being| like| kind of| sort of| totally| completely| real| bit| little| bloody| fucking| damn| complete| total| absolute| utter| right| proper| big| huge| massive| such a| an absolute| a complete| a total)*';
const ES_YOU_ARE = alt([
  'no (?:seai|seay|sea|seas|sean|sos|se haga el|se haga la|se haga|te hagas el|te hagas la|te hagas|se ponga|te pongas)', '(?:usted|vos|tu) (?:si |ya )?(?:es|eres|sos|esta|estas|anda|andas|se ve|te ves)', '(?:es|eres|sos|esta|estas) usted',
  'eres', 'sos', 'eri', 'soi', 'se hace el', 'se hace la', 'te haces el', 'te haces la', 'hacerse el', 'hacerse la', 'pedazo de', 'so', 'grandisimo', 'grandisima', 'par de', 'bola de', 'manga de', 'partida de', 'monton de', 'sarta de', 'flor de', 'tremendo', 'tremenda',
  'cara de', 'hablando con un', 'hablando con una',
].map((f) => `${f}(?: (?:bien|muy|tan|un|una|medio|media|mas|re|super|todo|toda|tremendo|tremenda|gran|pedazo de|si))*`));

const ambiguousEs = ['brut[oa]s?', 'burr[oa]s?', 'bestias?', 'animal(?:es)?', 'ignorantes?', 'inutil(?:es)?', 'incompetentes?', 'inept[oa]s?', 'payas[oa]s?', 'ridicul[oa]s?', 'sord[oa]s?', 'torpes?', 'bob[oa]s?', 'gil(?:es)?', 'nab[oa]s?', 'salames?', 'pav[oa]s?', 'pesad[oa]s?', 'descarad[oa]s?', 'guey', 'wey', 'buey', 'gach[oa]s?', 'ladillas?', 'huevas', 'sapos?', 'pelmas?', 'plastas?', 'cansones?', 'cansona', 'majes?', 'zonz[oa]s?', 'sonz[oa]s?', 'becerr[oa]s?', 'mamert[oa]s?', 'mentiros[oa]s?', 'ladron(?:es)?', 'ladrona', 'rater[oa]s?', 'ratas?', 'trampos[oa]s?', 'estafador(?:es|a)?', 'vag[oa]s?', 'cochin[oa]s?', 'guarr[oa]s?', 'marran[oa]s?', 'cerdos?', 'cerdas?', 'basuras?', 'forros?', 'pajer[oa]s?', 'pisad[oa]s?', 'loc[oa]s?', 'tarad[oa]s?', 'lerd[oa]s?', 'cateto', 'paleto', 'paleta', 'pringad[oa]s?', 'tontorron(?:es|a)?', 'atontad[oa]s?', 'menso', 'chorlito', 'cabeza hueca', 'longi', 'pelmazo', 'sinverguenzas?', 'caraduras?', 'aprovechad[oa]s?', 'vividor(?:es|a)?', 'mantenid[oa]s?', 'pobreton(?:es|a)?', 'arrastrad[oa]s?', 'infelices', 'infeliz', 'miserables?', 'fracasad[oa]s?', 'perdedor(?:es|a)?', 'necia', 'necio', 'lela', 'lelo', 'tont[oa]s?', 'baboso', 'ignorante', 'lent[oa]s? (?:de entendimiento|para entender)', 'maleducad[oa]s?', 'mal educad[oa]s?', 'malcriad[oa]s?', 'groser[oa]s?', 'insolentes?', 'prepotentes?', 'histeric[oa]s?', 'cabezotas?', 'cabezon(?:a|es)?', 'terc[oa]s?', 'chismos[oa]s?', 'metiches?', 'ñer[oa]s?', 'igualad[oa]s?'];
const ambiguousEn = ['useless', 'incompetent', 'ignorant', 'pathetic', 'liar', 'thief', 'crook', 'lazy', 'slow', 'thick', 'dense', 'deaf', 'clueless', 'hopeless', 'joke', 'clown', 'loser', 'child', 'baby', 'fool', 'dummy', 'dill', 'goose', 'dag', 'wally', 'sook', 'wuss', 'wimp', 'dork', 'plonker', 'pillock', 'tool', 'disgrace', 'embarrassment', 'nuisance', 'pest', 'waste of (?:space|time|oxygen)', 'muppet', 'git', 'parasite', 'leech', 'cheapskate', 'bum', 'sponge', 'simpleton', 'pig', 'animal', 'trash', 'garbage', 'a disgrace', 'nuts', 'crazy', 'insane', 'mental', 'delusional', 'dim', 'dull', 'rude', 'so rude', 'ill mannered', 'bad mannered', 'hysterical', 'obnoxious', 'unbearable', 'insufferable', 'ungrateful', 'entitled(?! to)'];

// ------------------------------------------------------------------ the lists
export const PROHIBITED_PATTERNS: Record<AnalysisLanguage, PatternSet[]> = {
  en: [
    {
      category: 'profanity',
      kind: 'plain',
      label: 'profanity',
      patterns: [
        'bloody', 'feck\\w*', 'gobshites?', 'jesus christ', 'for god s sake', 'for gods sake', 'christ almighty', 'freaking', 'frigging', 'friggin', 'effing',
        'f+u+c+k+(?:ing|in|ed|er|ers|s|off|face|head|wit)?', 'fcking', 'fkn', 'effing', 'motherf\\w*', 'mother fucker', 'wtf', 'stfu', 'omfg', 'shit(?:s|ty|tier|tiest|ting|ter|head|heads|hole|holes|show|load|bag|bags|face|e)?', 'shite', 'bullshit', 'bull shit', 'horseshit', 'dipshit', 'apeshit',
        'assholes?', 'arseholes?', 'ass', 'asses', 'arse', 'jackass', 'dumbass', 'smartass', 'smart ass', 'kiss my ass', 'pain in the ass', 'bitch(?:es|ing|y)?', 'son of a bitch', 'sons of bitches', 'bastards?',
        'goddamn\\w*', 'god damn\\w*', 'goddam', 'damn', 'damned', 'dammit', 'damnit', 'damn it', 'crap', 'crappy', 'piss(?: off|ed off|ing| take)?', 'pissed', 'dickheads?', 'cock ?suck\\w*', 'cunts?',
        'twats?', 'wank(?:er|ers|ing|ed|s|y|stain|stains)?', 'tossers?', 'bollocks', 'bugger off', 'sod off', 'bloody hell', 'bloody (?:idiot|useless|stupid|people|customers?|moron|fool)', 'what the hell', 'the hell (?:are|is|do|did|you|with)', 'go to hell', 'hell no',
        'to hell with', 'like hell', 'screw (?:you|this|that|off|yourself)', 'bloodclaat', 'bloodclot', 'bumbaclaat', 'bomboclaat', 'raasclaat', 'rassclaat', 'chutiya', 'chutiyas', 'behenchod', 'bhenchod', 'madarchod', 'putang ina', 'putangina', 'voetsek', 'bliksem', 'kanina', 'whores?', 'sluts?', 'pricks', 'my ass', 'your ass', 'up yours', 'eat shit',
      ],
    },
    {
      category: 'insult',
      kind: 'insult',
      label: 'insult',
      patterns: [
        // condescension and contempt that a supervisor marks as an insult
        'what are you five', 'are you drunk', '(?:you re|youre|you are) (?:so |really |very |being )?(?:annoying|a pain|a real pain|a nightmare)', 'nightmare of a customer', 'little brats?', 'moaners?', 'whingers?', 'talking rubbish', 'the dumbest thing', 'sucks to be you', 'not my problem deal with it',
        'you (?:just )?(?:don t|dont|do not) get it do you', 'you (?:don t|dont|do not) understand anything', 'you wouldn t understand', 'you wouldnt understand', '(?:no need for you|you don t need|you dont need|you do not need) to understand (?:it|this|that|any of (?:it|this))', '(?:my|a) (?:kid|son|daughter|grandma|gran|nan|granny|nephew|niece|dog) could (?:do|understand|figure|manage|get)',
        '(?:well done|nice one|good job|great job|bravo|nice going|thanks|way to go) (?:genius|einstein|sherlock|champ|smart guy|smarty pants)', 'see if you can (?:manage|handle) (?:that|it|this|to)', 'real genius', 'you re a real genius', 'youre a real genius', 'with (?:crayons|pictures|a diagram) for you', 'draw you a picture',
        '(?:old people|elderly people|people your age|older people|pensioners|boomers|you oldies|old folk)(?: [a-z]+){0,4} (?:are a menace|are a danger|shouldnt|shouldn t|should not|can t|cant|never|always|dont understand|don t understand)',
        '(?:reading|maths|math|thinking|listening|spelling) (?:isn t|isnt|is not|aint) (?:for everyone|your (?:strong suit|thing|strength))', 'not the (?:sharpest|brightest) (?:tool|knife|bulb|crayon|spark)', 'you village people', 'you (?:villagers|peasants|bumpkins|hillbillies|rednecks|yokels)',
        'eejits?', 'gits?', '(?:don t|dont|do not) (?:act|get|be|try to be|play) (?:smart|clever|cute|funny|smart alec|a smart ass|a smartass|oversmart|over smart) with me', '(?:act|acting|be|being) (?:over ?smart|too smart)', 'another genius', '(?:genius|einstein|bright spark)(?: [a-z]+)? who (?:can t|cant|cannot|couldn t|doesn t|doesnt)', 'talking (?:kak|crap|shit|bollocks|out of your (?:arse|ass)|nonsense|garbage)', '(?:call|ring|phone) (?:and|to|just to) waste (?:our|my) time', 'wasting (?:our|my) time', 'what a joke you are', '(?:you re|youre|you are) a joke', 'shut it(?! down| off| out| up| away| for)', 'your lot never', 'you lot never', '(?:nobody|no one) cares about your', 'you clearly can t', 'you clearly cant', '(?:you re|youre|you are) wasting my time', 'try listening for once', 'stop being so (?:dramatic|difficult|childish|ridiculous|thick)', 'that s pathetic', 'thats pathetic', 'how pathetic',
        'idiots?', 'idiotic', 'morons?', 'moronic', 'imbeciles?', 'dimwits?', 'halfwits?', 'half wits?', 'nitwits?', 'numbskulls?', 'numbnuts', 'boneheads?', 'knuckleheads?', 'airheads?', 'blockheads?', 'dumbo',
        'cretins?', 'scumbags?', 'scum', 'lowlifes?', 'low life', 'douche\\w*', 'deadbeats?', 'dead beats?', 'freeloaders?', 'piece of (?:work|garbage|trash|crap|junk|shit)', 'stupid', 'stupidity', 'dumb', 'dumber', 'dumbest', 'brain ?dead',
        'shut up', 'shut your (?:mouth|trap|face|pie hole)', 'get a life', 'use your (?:brain|head)', 'not rocket science', 'even a (?:child|kid|monkey|five year old|toddler) (?:could|can|would)',
        'a (?:child|kid|monkey|five year old) could', 'do i (?:have|need) to spell it out', 'how many times do i have to (?:tell|explain|repeat)', 'what part of \\w+ (?:don t|dont|do you not) you understand', 'what part of \\w+ do you not understand',
        'can t you read', 'cant you read', 'can you not read', 'can you even read', 'do you even (?:understand|listen|know|speak)', 'are you even listening', 'what s wrong with you', 'whats wrong with you', 'what is wrong with you',
        'are you (?:stupid|dumb|an idiot|a moron|thick|slow|deaf|dense|retarded|mental|crazy|insane|nuts|simple|daft|blind|illiterate)', 'how (?:stupid|dumb|thick|slow) are you', 'are you out of your mind', 'you re out of your mind',
        'what are you deaf', 'do you have a brain', 'use your common sense', 'i don t care what you', 'i dont care what you', 'cry me a river',
        'quit whining', 'stop whining', 'stop crying', 'quit crying', 'stop being a baby', 'talk to the hand', 'whatever lady', 'whatever man', 'whatever dude', 'whatever sir', 'whatever ma am', 'whatever maam', 'you people are (?:all|always|so|such|the same|like)',
        'people like you (?:never|always|are(?! (?:the backbone|great|amazing|wonderful|brilliant|lovely|the reason|why we|what keeps|so important|very important|important|valued|a pleasure|our best|always welcome|welcome|exactly who))|don t|dont|can t|cant|shouldn t|should not|make(?! (?:it|this|our|the job) (?:worth|better|easier|a pleasure))|ruin|think)', 'tough luck', 'boo hoo', 'boohoo', 'duh', 'get over yourself',
        'illiterate', 'daft', 'gormless', 'goondu', 'siao', 'you so blur', 'blur like (?:sotong|that)', 'ang tanga', 'tanga (?:mo|ka|naman)', 'bobo (?:mo|ka)', 'lola ka na', 'lolo ka na', 'dunce', 'dunces', 'eediat', 'idiat', 'mjinga', 'mpumbavu', 'bewakoof', 'bevakoof', 'pagal', 'gadha', 'ullu', 'mumu', 'olodo', 'moegoe', 'doos', 'gago', 'bodoh', 'thick as (?:two short planks|a brick|mince|a plank|pig shit)', 'too (?:lazy|stupid|dumb|thick|dense|slow|ignorant|daft|useless|incompetent) to (?:read|understand|listen|pay|follow|open|check|figure|remember|get)', '(?:people|customers|folks|someone|anyone) (?:like you |who are |who re |that are )(?:too |so )?(?:lazy|stupid|dumb|thick|dense|useless|ignorant|clueless|incompetent)', 'numpty', 'plonkers?', 'pillocks?', 'prat', 'berk', 'twit', 'drongo', 'boofhead', 'doofus', 'dipstick', 'nong', 'galah', 'grow up and (?:pay|get|stop|act)',
        'you (?:loser|losers|clown|clowns|fool|fools|muppet|pig|dummy|dummies|bum|bums|parasite|leech|cheapskate|simpleton|liar|thief|crook|deadbeat|dill|goose|wally|numpty|donkey|twit|prat)',
        `${EN_YOU_ARE} ${alt(ambiguousEn)}`, `you ${alt(ambiguousEn)} (?:people|person|customer|customers|woman|man|lady|guy)`,
      ],
    },
    {
      category: 'threat',
      kind: 'threat',
      label: 'threat',
      patterns: [
        // consequences dressed as menace
        '(?:you ll|youll|you will|you re going to|youre going to|you are going to|you re gonna|youre gonna) lose your job', '(?:get|have) your wages docked', 'warrant (?:issued )?for your arrest', '(?:keep )?ignor(?:e|ing) (?:us|me|this|our calls) and see what happens', 'trust me you (?:won t|wont|will not) like it', 'hearing from our lawyers',
        // harm
        `${EN_WE} (?:hurt|kill|beat|smack|punch|slap|stab|shoot|strangle|choke|destroy) you(?: up)?`, '(?:break|snap) your (?:legs?|neck|face|arms?|fingers|knees|kneecaps|jaw|nose)',
        'you (?:ll|will|could|might|re going to|are going to|re gonna|gonna) (?:get hurt|get what s coming|get whats coming|regret (?:it|this|that|the day)|be sorry|pay for (?:it|this|that)(?= (?:i|we|you|believe|trust|mark|buddy|pal|lady|mister)| $)|wish you had)',
        'watch your back', 'watch your back', 'you d better watch your back', 'you better watch your back',
        `${EN_WE} (?:know|found out|have) where (?:you|he|she|they) (?:live|lives|work|works|sleep|sleeps|park|parks|shop|shops)`, 'come (?:and )?find (?:him|her|you|them)', 'try me(?= [0-9]| and| then| lady| mate| pal| buddy| sir| maam)', '(?:find|finds|found) (?:their|your|his|her) (?:claims?|case|file|application|refund|complaint)s?(?: [a-z]+)? at the bottom of the pile', '(?:end up|go|goes|put|puts|get|gets) (?:at|to) the bottom of the pile', `${EN_WE} know where your (?:kids|children|family|wife|husband|daughter|son) (?:live|go|are|is|study)`, 'we know where to find you', 'i know where to find you', 'we know your address',
        `${EN_WE} (?:find|track|hunt) you(?: down)?`, 'hunt you down', 'track you down', `${EN_WE} make your life (?:hell|miserable|difficult|a living hell|impossible|very difficult)`,
        'you (?:don t|dont|have no idea|do not) (?:know )?who you re (?:dealing|messing) with', 'you (?:don t|dont) know who you are (?:dealing|messing) with', 'you have no idea who you re dealing with', 'don t mess with (?:us|me)', 'dont mess with (?:us|me)',
        ...['it would be a shame if', 'it d be a shame if', '(?:be a|be a real|would be a real|d be a real|be a big) shame if'].map((x) => `${x}(?! (?:you (?:missed|miss|lost out|didn t|didnt|had to|were to miss|weren t|werent|don t|dont|did not|do not|couldn t|couldnt|paid|pay more|lost your (?:discount|benefits|points|rate))|we (?:lost|couldn t|couldnt|had to)|(?:this|that|the) (?:offer|deal|discount|rate|promotion|promo))(?= ))`), '(?:i d|id|i would) hate for (?:your|her|his) (?:kids|little ones|children|family|wife|husband|neighbou?rs|boss|employer|son|daughter|mum|mom|dad|parents|colleagues) to', `you (?:wouldn t|wouldnt|would not) want (?:the|your) (?:neighbou?rs|boss|family|kids|employer|colleagues|children|wife|husband) (?:to )?(?:see|seeing|know|knowing|find|finding|hear|hearing)`, 'shame if something happened', 'i d hate for something to happen', 'hate for anything to happen', 'you don t want to (?:find out|see) what happens', 'you dont want to (?:find out|see) what happens',
        // arrest / jail / police
        'you (?:ll|will|could|can|might|may|re going to|are going to|re gonna|gonna|would|d)? ?(?:be|get|end up) (?:arrested|locked up|in jail|in prison|behind bars|detained|deported|charged with (?:a crime|fraud|theft))',
        'you (?:ll|will|could|can|might|may|re going to|are going to|re gonna|gonna|would|d|re|are)? ?(?:go|be going|going|be sent|end up going|get sent) to (?:jail|prison|the slammer|the clink)', 'send (?:you|him|her|them) to (?:jail|prison)',
        '(?:he|she|they|hes|shes|theyre|theyll|hell|shell|your (?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister))(?: ll| will| s| is| re| are| d)?(?: gonna| going to| could| can| might| may| would)? (?:end up|wind up|go|be going|be sent|get sent|be|get|land) (?:in |to |behind )(?:jail|prison|bars|the slammer)',
        '(?:he|she|they|hes|shes|theyre|theyll|hell|shell)(?: ll| will| s| is| re| are)?(?: gonna| going to| could| might| may)? (?:be|get) (?:arrested|locked up|picked up by the police)',
        '(?:the )?(?:police|cops|sheriff|officers|they)(?: will| ll| are going to| re going to| can| could| may| might| gonna)?(?: also| then| even| come and| will come and)? arrest (?:you|him|her)', 'and arrest you',
        `${EN_WE} (?:have|get) (?:you|her|him|them) (?:arrested|locked up|picked up|detained|deported|thrown in jail|put in jail|charged)`, `${EN_WE} (?:arrest|lock up|jail|deport) you`, `${EN_WE} (?:put|lock|throw|send) you (?:away|up|in jail|in prison|behind bars|inside)`,
        `(?:you ll|you will|youll|you re going to|you are going to|you re gonna|you d|you could|you might|you ll soon) have (?:the )?(?:sheriff|police|cops|bailiffs?|marshals?|repo (?:man|men|guys)|collectors?|debt collectors?|enforcement agents?|heavies) (?:at|on|knocking on|outside|round|around|coming to|showing up at|turning up at|on the doorstep of|after) (?:your|you)`,
        `${EN_WE} (?:have|send|sending|get|getting) (?:the |a |an )?(?:bailiffs?|enforcement agents?|debt collectors?|collectors|heavies|repo (?:man|men|guys)|sheriffs?|marshals?|the boys) (?:round|around|over|out|to your|at your|on you|after you|knocking)`,
        '(?:apply|applying|go|going|get|getting|seek|seeking|file|filing) (?:for )?(?:an |a )?(?:attachment of earnings|earnings attachment|wage garnishment|garnishment)', 'watch us(?= $)', 'just watch us', '(?:post|put|share|publish) (?:your|her|his) (?:name|picture|photo|details|face) (?:on|all over) (?:facebook|social media|the internet|instagram|twitter|the web)', 'name and shame', 'try me(?= $)', 'or else(?= $| you| we| i)', 'you (?:d |had )?better pay(?: up)? or', `${EN_WE} have (?:people|guys|agents|some ?one|friends|contacts) (?:in|near|around|on) your (?:area|neighbo\\w+|street|town|block|building)`, 'follow you (?:for the rest of your life|forever|around|everywhere)', 'a warrant (?:out )?for your arrest', 'arrest warrant',
        `${EN_WE} (?:send|call|get|have) (?:the )?(?:police|cops|sheriff|marshals?|authorities|immigration|ice) (?:on you|to your|round|over|after you|to you|out to|involved)`, `${EN_WE} (?:call|phone|contact|report you to) (?:the )?(?:police|cops|sheriff|immigration|ice|fbi|authorities)`,
        '(?:the )?(?:police|cops|sheriff|marshals?|guards|gardai|garda) (?:will|ll|are going to|re going to|is going to|s going to|could|might|may|gonna)(?: also| then| even)? (?:come|show up|be|knock|arrest|pick you|get you|visit|turn up)', '(?:the )?(?:guards|gardai|garda|police|cops|sheriff) (?:will|ll|are going to|re going to|are gonna)? ?(?:be )?(?:calling|coming|knocking|showing up|turning up) (?:to|round|at|to see) (?:the|your) (?:house|door|home|work|place)', '(?:criminal|fraud) charges (?:against you|on you)',
        `(?:${EN_WE}|you ll|you will|you could|you re going to|you are going to) (?:press|file|bring|face) (?:criminal )?charges`, 'charged with (?:fraud|theft|a crime)', `${EN_WE} (?:charge|prosecute) you`, 'you re committing (?:fraud|a crime)', 'you are committing (?:fraud|a crime)',
        'not paying (?:is|is a|your debt is) (?:a )?(?:crime|criminal|illegal|fraud)',
        'you (?:ll|will|re going to|are going to) lose everything', 'lose everything you (?:own|have)', 'take everything you (?:own|have)', 'you (?:ll|will) have nothing left',
        // seizure of wages / property
        '(?:garnish|garnishing|garnishee|levy|levying|seize|seizing|confiscate|confiscating|dock|docking) (?:your|all your|the|his|her) (?:wages?|paychecks?|pay checks?|salary|pay|income|benefits|social security|pension|tax refunds?|bank accounts?|account|savings)',
        `(?:${EN_WE} )?(?:seize|seizing|repossess|repossessing|confiscate|confiscating|put a lien on|place a lien on|liens? on|foreclose on) (?:your|all your) ${EN_ASSETS}`,
        'this is not a threat (?:it s|its|it is|just|this is) (?:a )?(?:promise|fact|warning|what will happen|what s going to happen)', 'it s not a threat it s a (?:promise|fact|warning)', 'its not a threat its a (?:promise|fact|warning)', 'that s not a threat that s a promise', 'thats not a threat thats a promise', 'that s a promise not a threat',
      ],
    },
    {
      category: 'threat',
      kind: 'threat',
      label: 'threat',
      lawful: true,
      patterns: [
        // lawsuits as intimidation
        `${EN_WE} (?:sue|suing|drag|dragging|haul|hauling) you`, `${EN_WE} (?:take|taking|drag|dragging|haul|hauling) you (?:to|into|in front of) (?:small claims |the )?(?:court|a judge|judge)`, 'see you in court', 'you (?:ll|will|re going to|are going to|re gonna) be sued', `${EN_WE} (?:take|start|file|bring) (?:legal action|a lawsuit|a suit|proceedings) against you`,
        // credit blacklisting as intimidation
        '(?:ruin|ruins|ruining|destroy|destroying|wreck|wrecking|trash|trashing|tank|tanking|kill|killing|mess up|screw up|screw) your credit(?: score| rating| history| record)?', 'your credit (?:will|ll|is going to|s going to|gonna) be (?:ruined|destroyed|trashed|wrecked|shot|dead|toast|gone|finished)',
        `${EN_WE} (?:report|put) you (?:to|on|in) ${EN_BUREAU}`, `${EN_WE} make sure (?:that|this|it) (?:shows|goes|appears|ends up|is|gets|stays) (?:on|in) your (?:credit|credit file|credit report|credit record|credit history|record|file)`, 'report you to the bureau', `(?:blacklist|blacklisting|black list) you`, 'you (?:ll|will|re going to|are going to) be blacklisted', 'put you on (?:a|the) (?:blacklist|black list)',
      ],
    },
    {
      category: 'threat',
      kind: 'threat_context',
      label: 'threat',
      patterns: [
        // visits
        `${EN_WE} (?:send|sending|get) (?:some ?one|some ?body|a guy|some guys|guys|people|a man|men|our guys|the boys|an agent|agents|a collector|collectors|a field agent|field agents|our field agent|our field team|one of our (?:guys|agents|people|collectors)|a team|the team)(?: out| over| round| around| by| to your| after you| to you| to see you| to visit| to collect| to talk| to have a word)`,
        `(?:some ?one|some ?body|our (?:guys|agents|people|collectors|field agents?|field team)|a collector|an agent|a field agent|we|well|i|ill|they|theyll)(?: ll| will| are going to| re going to| is going to| s going to| gonna| could| might| may| can)? (?:come|show up|stop by|drop by|swing by|turn up|be|come knocking|knock|go|head|wait|pay you a visit|visit you)(?: round| around| over| on| at| to| outside| down| there)* (?:your|you at your|see you at your) ${EN_PLACE}`,
        'pay you a (?:little )?visit', 'come knocking', '(?:bailiffs?|enforcement agents?|sheriffs?|repo (?:man|men)|debt collectors?|collectors|heavies) (?:at|on|to|knocking on|banging on) (?:the|your|her|his|their) (?:door|doorstep|front door|house|home|work)', '(?:take|seize|grab|remove) (?:whatever|everything|anything) (?:they|we|he|she) (?:find|can find|can get|see|want)', 'knock(?:ing)? on your (?:door|front door)', 'show up at your', 'turn up at your', 'waiting (?:for you )?(?:outside|at) your (?:house|home|work|office|door)', 'visit you at (?:home|work|your)', 'see you at your (?:house|home|work|office|job)',
        `you (?:wouldn t|wouldnt|would not|don t|dont|do not) want (?:your|her|his) ${EN_YOUR_PEOPLE} to (?:find out|know|hear|learn|see)`, `(?:your|her|his) (?:job|position|livelihood) (?:is|s) (?:on the line|at stake|at risk)`, 'in front of (?:your|her|his) (?:neighbou?rs|colleagues|co ?workers|kids|children|family|boss|customers)',
        // employer / family
        `${EN_WE} (?:call|calling|ring|ringing|phone|phoning|contact|contacting|tell|telling|inform|informing|notify|notifying|email|emailing|text|texting|write to|writing to|speak to|speaking to|speak with|speaking with|talk to|talking to|talk with|talking with|reach out to|reaching out to|get in touch with|getting in touch with|visit|visiting|go to|going to|send (?:a letter|letters|some ?one|notice|a notice) to|let|involve|involving|alert|warn|show up at|report you to|reporting you to|report this to|reporting this to|report it to|report her to|report him to) (?:your|her|his|their) ${EN_YOUR_PEOPLE}`,
        `let (?:your|her|his) ${EN_YOUR_PEOPLE} know`, `(?:your|her|his) ${EN_YOUR_PEOPLE} (?:will|ll|is going to|s going to|are going to|re going to|gonna|would|might|could) (?:find out|know|hear about it|hear about this|learn|be told|get a call|get calls|be contacted|be called|be embarrassed|see|be hearing from us|hear from us|be getting a call|get a call from us|be getting calls|hear all about (?:it|this|you))`,
        `make sure (?:that )?(?:your|her|his) ${EN_YOUR_PEOPLE} (?:knows?|finds? out|hears?|is told|are told|learns?)`,
        `${EN_WE} (?:have|send|get) (?:some ?one|some ?body|a truck|a tow truck|the repo (?:man|guys|truck)|repo|a guy|our guys) (?:to )?(?:pick up|take|tow|collect|grab|come for|come and get|come get|come take) (?:the|your|her|his) (?:car|vehicle|truck|van|house|stuff|furniture|things|tv)`,
        '(?:pick up|tow|take|grab|repossess) (?:the|your) (?:car|vehicle|truck|van) (?:that same night|the same night|tonight|today|tomorrow|right away|this week)',
        'tow truck (?:that can|that will|will|ll|can|coming|at|round|outside)', `${EN_WE} (?:take|tow|grab|repossess|seize) (?:the|your) (?:car|vehicle|truck|van|house|furniture|tv)`, '(?:field agents?|field team|our agents|our team) (?:will|ll|are going to|re going to|gonna|can|could)? ?(?:be )?(?:round|around|over|out|at|knocking)',
        'everyone (?:at work|at your work|you know|in your family) (?:will|ll|is going to|s going to) (?:know|find out|hear)', 'tell everyone you know', 'call everyone you know', 'how would your (?:boss|employer|family|wife|husband|kids) feel',
        // seizure of things that a service call might also mention
        `(?:${EN_WE} )?(?:take|taking|tow|towing|freeze|freezing|empty|emptying|clean out) (?:your|all your|away your) ${EN_ASSETS}`,
      ],
    },
    {
      category: 'threat',
      kind: 'threat_fixed',
      label: 'threat',
      patterns: [
        'you (?:ll|will|re going to|are going to|re gonna|would|d)? ?never (?:get|be able to get|qualify for|be approved for|see|have|rent|buy|own) (?:a |an |another |any )?(?:loan|mortgage|credit|credit card|card|car loan|car|apartment|lease|house|home|job|phone)',
        'no (?:bank|lender|one|landlord) (?:will|ll|is going to|s going to|would|d) (?:ever )?(?:lend|give|rent|approve|touch|loan)(?: you)?',
      ],
    },
    {
      category: 'discriminatory',
      kind: 'plain',
      label: 'discriminatory',
      patterns: [
        // age, accent
        'speaks? (?:proper|real|normal|good|decent) english', '(?:talk|speak) (?:proper |real |normal )?english(?: please)?(?= (?:proper|please|can|will|or)| $)', 'proper english', 'with (?:the|that|your) accent and all', '(?:yall|y all|you all) people (?:always|never|are|got|think|cant|can t|dont|don t)', 'barely understand (?:you|your accent|a word)', 'you sound (?:old|senile|foreign)', '(?:we ll|we will|well) blacklist', 'at your age you(?! (?:qualify|are eligible|re eligible|can get|could get|get|are entitled|re entitled|may (?:qualify|be eligible|be entitled|get)|might (?:qualify|be eligible)|are covered|re covered|pay|would pay|d pay|receive|save|also|won t pay|wont pay|don t pay|dont pay|have the option|can apply|could apply|are due|re due|automatically))', 'someone younger',
        'retards?', 'retarded', 'wetbacks?', 'beaners?', 'spics?', 'spicks?', 'faggots?', 'fags?', 'niggers?', 'niggas?', 'chinks?', 'gooks?', 'kikes?', 'trann(?:y|ies)', 'towel ?heads?', 'rag ?heads?', 'camel jockeys?', 'coons?', 'wops?', 'dagos?',
        'go back (?:to )?(?:your|where you) (?:own )?(?:country|came from|belong)', 'go back home where you', 'learn (?:to speak )?(?:proper |real |normal )?english', 'speak (?:proper|real|normal|american) english', 'in this country we speak english',
        'your kind(?! (?:words|word|message|messages|comments?|feedback|patience|understanding|help|support|note|wishes|regards|offer|reply|email|letter|review|attention|cooperation|co operation|consideration|assistance|gesture|reminder|call|advice|response|thoughts|compliment|compliments))', 'you people from (?:[a-z]+ ){1,3}(?:never|always|are|don t|dont|can t|cant)', '(?:you|you re|youre) (?:people|ladies|women|girls|foreigners|immigrants|village people|villagers|country people|old people|old folks|lot|kind|types|lads) (?:always|never|don t|dont|can t|cant|just|think|are (?:all|always|lazy|the same|like that|so|such)|all|are never)',
        'you know how (?:those|these|they|you) (?:people )?are', '(?:those|these) people (?:always|never|are all|are always|can t|cant|don t|dont)', 'illegal aliens?', 'illegals', 'typical (?:woman|women|immigrant|immigrants|mexican|mexicans|foreigner|foreigners|indian|muslim|jew|black|old person|boomer|female)',
        'because you re (?:a )?(?:woman|girl|female|foreigner|immigrant|mexican|black|muslim|jew|jewish|old|gay|disabled)', 'because youre (?:a )?(?:woman|girl|female|foreigner|immigrant|mexican|black|muslim|old|gay|disabled)',
        '(?:women|old people|foreigners|immigrants|mexicans|latinos|hispanics|indians|asians|blacks|muslims|jews|gays|you foreigners|you immigrants) (?:like you )?(?:are (?:all|always|so|too|never)|can t|cant|never|always|don t understand|dont understand|shouldn t|should not)',
        'at your age(?: [a-z]+){0,3} (?:you|people)(?: [a-z]+)? (?:can t|cant|don t|dont|shouldn t|shouldnt|should not|wouldn t|wouldnt|probably)', 'not (?:made|meant|designed|built) for (?:old|older|elderly) (?:folks|people|ladies|men|persons)', '(?:people|folks|customers) (?:from|of) your (?:part of the world|country|culture|background|community|neck of the woods|area)', 'your part of the world', 'old (?:fool|geezer|bat|hag|coot|fart)', 'senile', 'cripple', 'spastic', 'spaz', 'mongoloid', 'midget', 'gyp(?:ped|sy|sies)', 'gypped', 'jewed', 'paki', 'pakis',
        'dirty (?:immigrant|foreigner|mexican|jew|arab|indian|gypsy)', 'third world (?:people|mentality|country like yours)', 'your accent is (?:terrible|awful|impossible|ridiculous)', 'can t understand your accent', 'cant understand your accent',
      ],
    },
  ],
  es: [
    {
      category: 'profanity',
      kind: 'plain',
      label: 'groserías',
      patterns: [
        'mierdas?', 'mierdero', 'joder', 'jodid[oa]s?', 'jodete', 'jodase', 'que te jodan', 'que le jodan', 'que se joda', 'jodan', 'jodiendo', 'jodes', 'coño', 'coñazo', 'puta', 'putas', 'puto', 'putos', 'putada', 'putamadre', 'puta madre', 'putisimo', 'putear', 'puteado',
        'hijo de puta', 'hija de puta', 'hijos de puta', 'hijueputas?', 'hijoeputas?', 'hijodeputas?', 'hdp', 'hp(?= (?:de|malparido|gonorrea|ese|esa)| $)', 'hijuepucha', 'malparid[oa]s?', 'gonorreas?', 'careverga', 'cara de verga', 'carechimba', 'caremonda',
        'la cague', 'la cagamos', 'cabron(?:es|a|as)?', 'cabronazo', 'hostias?', 'ostia', 'me cago en', 'cago en', 'cagad[oa]', 'cagaste', 'cagar', 'cagarla', 'cagando', 'carajo', 'carajos', 'al carajo', 'verga', 'vergas', 'vergazo', 'a la verga', 'pa la verga',
        'chingo', 'chingaste', 'chingaron', 'chinga', 'chingar', 'chingada', 'chingado', 'chingados', 'chingue', 'chinguen', 'chingues', 'chingon', 'chingadera', 'chingaderas', 'chinguen a su madre', 'pinche', 'pinches', 'culo', 'culos', 'culero', 'culera', 'culeros', 'culiao', 'culiado', 'culiada',
        'ctm', 'csm', 'conchetumare', 'conchetumadre', 'conchatumadre', 'conchatumare', 'conchesumadre', 'conchasumadre', 'conchesumare', 'concha de (?:tu|su) madre', 'concha (?:tu|su) madre', 'la concha de (?:la|tu|su) lora', 'la concha de (?:tu|su|la)',
        'la chucha', 'chucha de (?:tu|su) madre', 'chuchatumare', 'me vale madres?', 'valer madre', 'vale verga', 'me vale verga', 'no mames', 'no mamen', 'mamadas', 'mamada', 'pendejada', 'pendejadas', 'huevadas?', 'weas?', 'la wea', 'que wea',
        'cojones', 'cojon', 'collons', 'la madre que te pario', 'la madre que le pario', 'la puta que te pario', 'la puta que lo pario', 'me cago en tu', 'tu puta madre', 'su puta madre', 'me la pela', 'me la suda', 'mamaguev\\w*', 'mamahuev\\w*', 'mamagueva',
        'marica', 'maricas', 'marico', 'maricos', 'ojete', 'ojetes', 'la puta', 'cerote', 'cerotes', 'jueputa', 'juepucha', 'nojoda', 'no joda', 'no jodas', 'jijuep\\w*', 'jijuna',
        'no me (?:toque|toques|toquen|toqueis) (?:las narices|los cojones|los huevos|las pelotas|las bolas|los kinders|la moral)', '(?:me tiene|me tienes|me tienen|estoy) hasta (?:las narices|los cojones|los huevos|la madre|el gorro|la coronilla|la verga|el culo)',
        'tetas', 'gilipollez', 'gilipolleces', 'boludez', 'boludeces', 'pelotudez', 'pelotudeces', 'cojudez', 'cojudeces', 'huevon(?:ada|adas)',
      ],
    },
    {
      category: 'insult',
      kind: 'insult',
      label: 'insulto',
      patterns: [
        // condescension and contempt that a supervisor marks as an insult
        'no sea tan (?:lent[oa]|tont[oa]|brut[oa]|burr[oa]|pesad[oa]|terc[oa])', 'que (?:señora|señor|cliente|persona|tipo|vieja|viejo) (?:mas|tan) (?:pesad[oa]|brut[oa]|tont[oa]|burr[oa]|lent[oa]|insoportable)', '(?:usted es|es usted|vos sos|sos|eres|tu eres) un[a]? (?:vag[oa]|chanta|fresc[oa]|caradura|sinverguenza|mentiros[oa]|aprovechad[oa])', 'es un[a]? (?:vag[oa]|chanta|caradura|aprovechad[oa]) (?:por eso|y por eso|que no paga)', 'que flojera (?:me da )?atender(?:lo|la|te)', 'no se (?:haga|hagas) (?:el|la) (?:viv[oa]|list[oa]|tont[oa]|loc[oa])',
        '(?:lo|esto lo|eso lo|si lo|que lo) (?:entiende|entenderia|sabe|hace|haria|sabria|entendería) (?:hasta|cualquier) (?:un |una )?(?:niño|niña|nene|nena|crio|cria|chamaco|chamaca|bebe|mono|tonto|escolar|chico|pibe|cabro chico)', 'no te enteras(?! de (?:la|el|los|las|que|esto|eso|cuando|si))', 'no se entera de nada', 'no te enteras de nada', 'no os enterais', 'no hace falta que lo (?:entienda|entiendas|entendás)', '(?:usted|tu|vos) no (?:entiende|entiendes|entendes) nada',
        'con dibujit[oa]s?', 'a ver si (?:esta vez |por fin |ahora )?(?:es|eres|sos) capaz de', 'eso si (?:que )?es talento', '(?:es|eres|sos) una lumbrera', 'que lumbrera', 'que ni (?:sabe|sabes|sabés) leer', 'no (?:sabe|sabes) ni leer',
        'nab[oa]s?', 'no tiene verguenza', 'sinverguenza', 'sin verguenza', 'me tiene (?:hart[oa]|podrid[oa]|frit[oa])', 'que fastidio de (?:cliente|señora|señor|persona)', 'no me (?:haga|hagas|hace) perder (?:el|mi) tiempo', 'perder el tiempo con (?:usted|vos|gente como)',
        'idiotas?', 'imbecil(?:es)?', 'estupid[oa]s?', 'estupid', 'estupidez', 'estupideces', 'idiotez', 'idioteces', 'pendej[oa]s?', 'pendejete', 'gilipollas', 'huevon(?:es|a|as)?', 'guevon(?:es|a|as)?', 'webon(?:es|a|as)?', 'weon(?:es|a|as)?', 'wevon(?:es|a|as)?',
        'aweonad[oa]s?', 'aweonao', 'ahuevonad[oa]s?', 'agueva(?:do|da)s?', 'guevas?', 'boludo', 'boluda', 'boludos', 'boludas', 'pelotud[oa]s?', 'tarad[oa]s?', 'subnormal(?:es)?', 'babos[oa]s?', 'menso', 'mensa', 'mensos', 'mensas', 'cretin[oa]s?', 'cojud[oa]s?',
        'capull[oa]s?', 'pringad[oa]s?', 'zopenc[oa]s?', 'zoquetes?', 'tarug[oa]s?', 'mentecat[oa]s?', 'majader[oa]s?', 'energumen[oa]s?', 'cenutri[oa]s?', 'tontolaba', 'tontolculo', 'tonto del culo', 'tontopollas', 'soplapollas', 'mamon(?:es|a|as)?', 'malnacid[oa]s?',
        'desgraciad[oa]s?', 'otari[oa]s?', 'muert[oa]s? de hambre', 'pelagatos', 'pelagato', 'lacras?', 'escorias?', 'gentuza', 'chusma', 'comemierdas?', 'come mierda', 'lambon(?:es|a)?', 'sapo hijueputa', 'tont[oa]s?', 'bobalicon(?:a|es)?', 'bobazo', 'bobita',
        'cabeza de chorlito', 'cabeza hueca', 'cabeza de (?:pescado|piedra|mula|alcornoque)', 'retonto', 'retonta', 'tontin[oa]?', 'tontuel[oa]', 'imbecilidad', 'analfabet[oa]s?', 'ignorantazo', 'pedazo de (?:idiota|imbecil|animal|burro|bestia|mierda|basura|tonto|estupido|inutil)',
        'callese', 'callate', 'callense', 'calle(?:se)? la boca', 'cierre (?:la boca|el pico|el hocico)', 'cierra (?:la boca|el pico|el hocico)', 'cerra (?:la boca|el orto|el pico)', 'cállese', 'a callar', 'no me (?:joda|jodas|friegue|friegues|moleste mas|venga con cuentos|vengas con cuentos|hinche|hinches)',
        'no (?:diga|digas|hable|hables|sea|diga usted) (?:tonterias|estupideces|pendejadas|idioteces|boludeces|huevadas|babosadas|sandeces|bobadas|gilipolleces|burradas|barbaridades)', '(?:eso es|que) (?:una )?(?:estupidez|idiotez|pendejada|boludez|huevada|babosada|gilipollez|burrada)',
        'no sabe (?:ni )?leer', 'no sabes (?:ni )?leer', 'no sabe usted leer', 'es que no entiende', 'es que no entendes', 'es que no entiendes', 'no entiende (?:nada|espanol|español|castellano|o que|usted o que)', 'no entiendes (?:nada|espanol|español|o que)', 'no entendes (?:nada|o que)',
        'no le entra en la cabeza', 'no te entra en la cabeza', 'se lo tengo que explicar con (?:dibujitos|manzanas|peras)', 'hasta un (?:niño|nene|mono|burro|chimpance|perro|bebe|crio|chamaco|cabro chico) (?:lo )?(?:entiende|entenderia|sabe|sabria|podria|puede|hace|haria)', 'ni que fuera tan dificil', 'hasta un nene (?:lo )?entiende', 'use la cabeza', 'usa la cabeza', 'piense un poco', 'piensa un poco', 'no piensa o que',
        'es sord[oa] o que', 'esta sord[oa] o que', 'es (?:tont[oa]|brut[oa]|idiota|burr[oa]) o que', 'no sea lloron', 'no sea llorona', 'deje de llorar', 'deja de llorar', 'es su problema no el mio', 'me importa un (?:bledo|pepino|rabano|comino|carajo|pito|huevo)',
        'me importa poco lo que (?:usted|tu|vos)', 'a mi que me importa', 'y a mi que me importa', 'pues se jode', 'pues se aguanta', 'pues que se aguante', 'que se aguante', 'se lo busco (?:usted|solo)', 'usted se lo busco',
        'moroso de (?:mierda|porqueria)', 'morosos de (?:mierda|porqueria)', 'tramposo de mierda', 'gente como usted (?:no|nunca|siempre|es(?! (?:la razon por la que (?:hacemos|amamos|me gusta|nos gusta|vale|trabajamos|seguimos|estamos|existimos)|muy (?:importante|valios[oa]|amable|especial)|lo mejor|un ejemplo|bienvenid[oa]|importante|valios[oa]|lo que (?:necesitamos|buscamos)|nuestra prioridad)))', 'gente como tu (?:no|nunca|siempre|es)', 'gente como vos (?:no|nunca|siempre|es)',
        `${ES_YOU_ARE} ${alt(ambiguousEs)}`, `(?:${alt(ambiguousEs)}) (?:es|eres|sos) usted`, `que ${alt(ambiguousEs)} (?:(?:es|sos|eres) (?:usted|vos|tu)|eres|sos|que (?:sos|eres|es usted))`, 'bayuncos?', 'bayunca',
      ],
    },
    {
      category: 'threat',
      kind: 'threat',
      label: 'amenaza',
      patterns: [
        // harm
        `(?:${ES_CL} (?:voy a|vamos a|van a|va a|puedo|podemos)? ?|(?:voy a|vamos a|van a) )(?:hacer(?:le)? daño|partir la cara|partir la madre|partirle la (?:cara|madre|boca)|romper la cara|romperle la (?:cara|boca|madre)|dar una paliza|darle una paliza|dar en la madre|darle en la madre|matar|matarl[oe]|matarla|golpear|golpearl[oe]|reventarl[oe]|madrear|madrearl[oe]|sacar la mugre|sacarle la mugre|echar bala|pegar un tiro|meter un tiro|pegarle un tiro|meterle un tiro|dar un susto|darle un susto)`,
        '(?:le|te) (?:va|vas) a ir (?:muy )?mal', '(?:le|te) vamos a sacar hasta el ultimo (?:peso|centavo|sol|euro)', '(?:se|te) (?:va|vas|van) a arrepentir', 'se arrepentira', 'te arrepentiras', 'ya (?:vera|veras|veran) (?:lo que|como)', 'va a ver lo que es bueno', 'vas a ver lo que es bueno', 'no (?:sabe|sabes|saben) con quien se (?:mete|esta metiendo|meten|metio)', 'no sabes con quien te (?:metes|estas metiendo|metiste)',
        'cuidese las espaldas', 'cuidate las espaldas',
        '(?:report|denunci|avis|llam|acus)(?:ar|arlo|arla|arle|arte|amos|aremos|o|are)(?: a usted| a el| a ella)? (?:a|con|ante) (?:la |el )?(?:inmigracion|migracion|migra|ice|extranjeria|servicio de migracion)', '(?:le|lo|la|te) (?:cae|caera|va a caer|van a caer) (?:la )?(?:migra|inmigracion|migracion)',
        '(?:sabemos|se|ya sabemos|conocemos) (?:donde|en donde|adonde|a donde) (?:vive|vives|vivis|trabaja|trabajas|estudian|estudia|vive su familia|viven sus hijos|duerme|se esconde|estudian sus hijos)', 'sabemos quien es su familia', 'conocemos (?:su|tu) (?:casa|familia|domicilio)', 'sabemos todo de usted',
        'atengase a las consecuencias', 'atenete a las consecuencias', 'atente a las consecuencias', 'se (?:atiene|atendra) a las consecuencias', 'le (?:vamos a|voy a) hacer la vida (?:imposible|de cuadritos|un infierno)',
        '(?:lo|la|le|te) (?:vamos a|voy a|van a) (?:estar )?llamando (?:todo el dia|todos los dias|a toda hora|a cada rato|hasta que pague)', '(?:lo|la|te) (?:vamos a|voy a) (?:perseguir|acosar)',
        // arrest / jail / police
        `(?:${ES_CL} )?(?:${ES_AUX} )?(?:meter|meterl[oe]|meterla|mandar|mandarl[oe]|mandarla|llevar|llevarl[oe]|llevarla|echar|ir|terminar|acabar|parar|dar|quedar|estar|verse|terminara|acabara|ira|iria|va|vas|van|vaya|meten|mandan|llevan|metemos|mandamos|llevamos)(?: (?:directo|derecho|de una|usted|vos|tu))? ${ES_JAIL}`,
        `(?:${ES_CL} )(?:${ES_AUX} )?(?:arrestar|capturar|apresar|encarcelar|encanar|enchironar|meter preso|meter presa|llevar pres[oa]|judicializar|denunciar)`, `(?:arrestar|capturar|apresar|encarcelar)(?:l[oe]|la|te)`,
        '(?:le|te|lo|la) (?:va a|van a|puede|pueden|podria) caer (?:la policia|la ley|la justicia|la fiscalia|los tombos|los pacos|la patrulla|encima la)', '(?:lo|la|le|te) (?:van a|pueden|podrian|podria|puede|va a|vienen a) (?:deten\\w*|arrest\\w*|captur\\w*|llevar detenid[oa]|espos\\w*)', 'orden(?:es)? de (?:captura|arresto|detencion|aprehension|aprension)',
        '(?:la|una) (?:policia|patrulla|fiscalia|guardia civil|judicial) (?:lo|la|le|te) (?:va a |van a |puede |podria |viene a )?(?:buscar|visitar|arrestar|detener|llevar|capturar|caer|cae|caera|busca|buscara)',
        '(?:la|una) (?:policia|patrulla) (?:va a ir|ira|llega|llegara|va a llegar|va a caer|viene) (?:a|por|hasta) (?:su|tu|usted)',
        '(?:le|lo|la|te) (?:mandamos|mando|enviamos|mandaremos|vamos a mandar|vamos a enviar|voy a mandar|caemos con|caigo con) (?:a )?(?:la policia|la patrulla|los carabineros|la guardia civil|la fiscalia|la judicial|los tombos|los pacos|la chota|la poli|los agentes)',
        '(?:esta|estaria|estas|estarias|esta usted|usted esta|usted estaria|vos estas) (?:cometiendo|incurriendo en) (?:un )?(?:delito|fraude|estafa|crimen|ilicito)', 'no pagar es (?:un )?(?:delito|estafa|crimen|fraude)',
        'va a tener (?:problemas|lios) (?:con la (?:ley|justicia|policia)|legales|penales|graves)', 'se va a meter en (?:un )?(?:problemas?|lios?) (?:legal|legales|con la ley|penal|penales|grave|graves)',
        'le va a caer (?:todo )?(?:el peso de )?la ley', 'le cae la ley', 'le (?:caemos|vamos a caer) con (?:abogados|la ley|todo)',
        // seizure
        `(?:${ES_CL} )?(?:${ES_AUX} )?embarg(?:ar|arle|arlo|arla|arles|arte|amos|aremos|ara|aran|aria|arian|an|a|ue|uen|uemos|ado|ada|ados|adas|o|os|ando|andole)`,
        `(?:${ES_CL} )?(?:${ES_AUX} )?(?:remat(?:ar|arle|amos|aremos|an)|decomis(?:ar|arle|amos|aremos|an)|incaut(?:ar|arle|amos|aremos|an)) (?:la |el |su |sus |tu |tus |los |las )?(?:${ES_ASSETS})`,
        'lo (?:dejamos|vamos a dejar|van a dejar) en la calle', 'la (?:dejamos|vamos a dejar|van a dejar) en la calle', 'se (?:va|van|vas) a quedar sin (?:casa|carro|nada|trabajo|sueldo|sus cosas|su casa|su carro|la casa|el carro|techo)',
        '(?:le|te) (?:vamos a|van a|voy a)? ?quitar (?:hasta )?(?:la|el|su|sus|los|las|tu|tus) (?:camisa|calzones|ultimo peso)', 'le quitamos (?:todo|hasta la camisa)', '(?:le|te) vamos a quitar todo', 'lo va a perder todo', 'la va a perder todo',
        '(?:publicar|exhibir|exponer|subir|poner|balconear|quemar|escrachar)(?:lo|la|le|te)? (?:su nombre|su foto|sus datos|su cara|tu nombre|tu foto|a usted)? ?(?:en )?(?:redes|las redes|redes sociales|facebook|internet|whatsapp|instagram|tiktok|la lista de morosos|una lista de morosos|el grupo|el periodico|el diario)',
        'no es (?:una )?amenaza (?:es|solo|simplemente|sino) (?:lo que va a pasar|lo que sigue|un aviso|una advertencia|la realidad|lo que le va a pasar|una promesa|un hecho)', 'no lo tome como (?:una )?amenaza (?:pero|es)', 'tomelo como quiera',
      ],
    },
    {
      category: 'threat',
      kind: 'threat',
      label: 'amenaza',
      lawful: true,
      patterns: [
        // lawsuits as intimidation
        `(?:lo|la|le|te|los|las) (?:${ES_AUX} )?demand(?:ar|amos|aremos|are|o|aran|aria|ariamos)`, 'demandarl[oe]', 'demandarla', 'demandarte', 'nos vemos en (?:los tribunales|el juzgado|la corte|juicio|el juicio|tribunales)',
        '(?:lo|la|le|te) (?:llevamos|llevaremos|vamos a llevar|voy a llevar) (?:a|ante) (?:juicio|los tribunales|la corte|un juez|el juez|la justicia|los juzgados)', 'le mandamos (?:a )?los abogados', '(?:le|te) (?:vamos a |voy a )?mand(?:ar|amos|o|aremos) (?:al|a los|un|el|a un|a nuestro|a nuestros) abogad[oa]s?', 'le (?:vamos a|voy a) mandar (?:a )?los abogados', 'le echamos (?:a )?los abogados',
        // credit blacklisting as intimidation
        'boletin(?:ar|arle|arlo|arla|amos|aremos|ado|ada|ados|adas|an|en|e|ando|ara|aran|arte)',
        `(?:${ES_CL} )(?:${ES_AUX} )?(?:report(?:ar|amos|aremos|are|o|an|aran|ariamos)|met(?:er|emos|eremos)|mand(?:ar|amos|aremos)|pon(?:er|emos|dremos)|sub(?:ir|imos)|registr(?:ar|amos|aremos)|anot(?:ar|amos|aremos)|inscrib(?:ir|imos))(?: (?:de una vez|directo|directamente|negativamente|inmediatamente|hoy mismo|ya))? (?:a|al|en|ante|con|a la|en la|en el|a las|en las|ante las) (?:el |la |los |las )?${ES_BUREAU}`,
        `reportar(?:lo|la|le|te|los|las) (?:a|al|en|ante|con)(?: el| la| los| las)? ${ES_BUREAU}`, `(?:meter|mandar|poner|subir)(?:lo|la|le|te) (?:a|al|en|ante)(?: el| la| los| las)? ${ES_BUREAU}`,
        '(?:queda|quedara|va a quedar|vas a quedar|quedaria|quedaras|lo dejamos|la dejamos|va a estar|vas a estar) (?:usted |vos |tu )?(?:sucio|sucia|manchad[oa]|fichad[oa]|boletinad[oa]|quemad[oa]|vetad[oa]|en lista negra|en la lista negra|en rojo)(?: en| con| ante| para| de por vida| por (?:años|anos|siempre)| $)',
        '(?:destruir|arruinar|manchar|ensuciar|dañar|cagar|joder|quemar|arruinarle|mancharle|ensuciarle|destruirle|dañarle)(?:le)? (?:su|tu|el) (?:historial|historia crediticia|vida crediticia|credito|record|nombre|score|puntaje)',
      ],
    },
    {
      category: 'threat',
      kind: 'threat_context',
      label: 'amenaza',
      patterns: [
        // visits
        `(?:(?:le|lo|la|te) )?(?:vamos a|voy a|van a|tendremos que|tenemos que|vamos a tener que|nos toca) (?:ir|pasar|caer|caerle|llegar|llegarle|aparecer|aparecernos|presentarnos|plantarnos|visitar(?:lo|la|le|te)?|buscar(?:lo|la|le|te)|esperar(?:lo|la|le|te)|ir a buscar(?:lo|la|le|te)?|ir a visitar(?:lo|la|le|te)?|mandar a alguien|mandar gente)(?: (?:personalmente|directamente|hoy|mañana|manana|mismo|nosotros))? (?:a|por|en|hasta|al) (?:su|tu) ${ES_PLACE}`,
        `(?:vamos|iremos|pasamos|pasaremos|caemos|caeremos|llegamos|llegaremos|aparecemos|apareceremos|voy|ire|caigo|nos presentamos|nos aparecemos|le caemos|le llegamos) (?:a|por|en|hasta|al) (?:su|tu) ${ES_PLACE}`, `(?:le|te|les) (?:caemos|caigo|llegamos|llego|aparecemos|caeremos|llegaremos|vamos a caer|vamos a llegar|voy a caer) (?:a|en|por|hasta) (?:la|el|su|tu) (?:casa|trabajo|oficina|negocio|taller|local|barrio|chamba|laburo|pega)`,
        `(?:${ES_CL} )?(?:mand(?:ar|amos|aremos|an|aran|ariamos|o|are)|envi(?:ar|amos|aremos|an|aran|o|are)|mandarle|enviarle)(?: (?:de una vez|ya|hoy|mañana|manana))? (?:a )?(?:alguien|gente|un cobrador|unos cobradores|los cobradores|unos muchachos|los muchachos|a los muchachos|un gestor de cobro|gestores de cobro|unos señores|unos senores|la gente|nuestra gente|un asesor de campo|los de campo|un cobrador de campo)`,
        'nos vemos en (?:su|tu|la) (?:casa|trabajo|oficina|negocio|taller|domicilio)', '(?:vamos a|voy a|van a) (?:ir|pasar|venir) por (?:usted|ti|vos)', '(?:lo|la|te) (?:vamos a|voy a|van a) ir a buscar',
        `(?:llevar(?:se|nos|le)|(?:vamos a|voy a|van a|podemos|tendremos que|tenemos que) llevar(?:nos|le)?) (?:la|el|su|sus|tu|tus|los|las) (?:${ES_ASSETS})`, `a (?:su|tu|sus|tus) ${ES_PEOPLE} (?:le|les) (?:vamos a |voy a )?(?:contar|decir|avisar|llamar|informar|contamos|decimos|avisamos|llamamos|informamos|escribimos)`, '(?:hacer|armar|montar|hacerle|armarle|montarle) (?:un |el )?(?:escandalo|show|pancho|lio|bochinche|espectaculo) (?:en|a|frente a|delante de) (?:su|tu|el|la|sus|los) (?:trabajo|casa|oficina|empresa|barrio|familia|vecinos|jefe|compañeros)', '(?:le|te) (?:vamos a|voy a) hacer una visita', '(?:le|te) hacemos una visita', 'va a tener (?:una )?visita', 'vas a tener (?:una )?visita', '(?:lo|la|te) (?:vamos a|voy a|van a) visitar',
        'no (?:querra|quiere|querria|querras|quieres|querés|queres) que (?:su|tu|sus|tus) ' + ES_PEOPLE + ' se (?:entere|enteren)', '(?:es|sera) (?:su|tu) (?:trabajo|empleo|chamba|pega|laburo|puesto) (?:el|lo) que (?:esta|está) en juego', '(?:su|tu) (?:trabajo|empleo|puesto) (?:esta|está|corre) en (?:juego|peligro)',
        '(?:nos presentamos|nos aparecemos|vamos|iremos|pasamos|llegamos|caemos) (?:en|a) (?:la|el) ' + ES_PLACE + ' (?:donde|en (?:la|el) que) (?:trabaja|trabajas|vive|vives|labora)', 'delante de (?:sus|tus) (?:compañeros|vecinos|hijos|jefes|familia|familiares|clientes)', 'cobrador del frac', 'a la puerta de (?:su|tu) (?:casa|trabajo|oficina|negocio|domicilio)',
        'para que se (?:entere|enteren) (?:toda la|todo el|todos los|la|el|los|sus|su|tus|tu) (?:escalera|edificio|barrio|vecinos|vecindario|comunidad|colonia|cuadra|familia|jefe|trabajo|empresa|compañeros|mundo)',
        // employer / family
        `(?:(?:${ES_CL} )?(?:vamos a|voy a|tendremos que|tenemos que|tengo que|vamos a tener que|nos toca|me toca|procedemos a|pasamos a|no nos queda mas que|no nos queda otra que) (?:llamar|llamarle|hablar|avisar|avisarle|contar|contarle|contarles|informar|informarle|informarles|notificar|notificarle|decir|decirle|decirles|contactar|contactarle|escribir|escribirle|visitar|buscar)|(?:${ES_CL} )?(?:llamamos|llamaremos|llamare|hablamos|hablaremos|avisamos|avisaremos|contamos|contaremos|informamos|informaremos|notificamos|notificaremos|decimos|diremos|contactamos|contactaremos|escribimos|escribiremos|visitamos|visitaremos))(?: (?:de una vez|directamente|directo|ya|hoy mismo|mañana|manana|personalmente))? (?:a|con|al|donde|ante|hasta|a la|con la|con el|a los|con los|a sus|con sus) (?:su |tu |sus |tus )(?:nuev[oa] |propi[oa] )?${ES_PEOPLE}`,
        `(?:que|para que|hasta que|y que|a ver si) (?:(?:su|sus|tu|tus|todos sus|todos tus) ${ES_PEOPLE}|(?:el|la|los|las|todo el|toda la|todos los) (?:jefe|jefa|jefes|patron|vecinos|vecinas|barrio|familia|mundo|edificio|conjunto|cuadra|vecindario|colonia|pueblo|suegra|suegros)) se (?:entere|enteren|de cuenta|den cuenta)`,
        `se (?:va|van|vaya|vayan) a enterar (?:(?:su|sus|tu|tus) ${ES_PEOPLE}|(?:el|la|los|todo el|toda la|todos los) (?:jefe|jefa|patron|vecinos|barrio|familia|mundo|edificio|conjunto|cuadra))`, `(?:su|tu|sus|tus) ${ES_PEOPLE} se (?:va|van) a enterar`,
        '(?:le|les) (?:hablo|llamo|aviso|cuento|digo|informo|escribo|hablamos|llamamos|avisamos|contamos|decimos|informamos|escribimos) (?:directamente |yo |personalmente |nosotros )?(?:a|al|con|con el|a la|con la|a su|a sus|con su|con sus) ?(?:jefe|jefa|patron|patrona|gerente|supervisor|empleador|esposa|esposo|mujer|marido|familia|recursos humanos|empresa|trabajo|mama|papa|hijos|vecinos)',
        '(?:al jefe|a la jefa|al patron|a la patrona|al empleador|a recursos humanos|a la familia|a los vecinos) para que se (?:entere|enteren)', '(?:para que|que) (?:todos|todo el mundo|la gente|el barrio) se (?:entere|enteren)',
        `(?:llamamos|llamaremos|vamos a llamar|hablamos|hablaremos|vamos a hablar|avisamos|vamos a avisar|contactamos|vamos a contactar|escribimos|vamos a ir) (?:a|con|al|a la) (?:la |el )?(?:empresa|trabajo|oficina|jefe|patron|empleador|negocio) (?:donde|en la que|en el que|de|en que) (?:trabaja|labora|trabajan|su|sus|tu)`,
        '(?:pedir|pedimos|pediremos|vamos a pedir|solicitamos|solicitaremos|vamos a solicitar|hacemos|haremos) (?:a su empresa |a la empresa |al empleador |a su empleador |a recursos humanos )?que (?:le|te|les) (?:descuenten|retengan|quiten|saquen|embarguen) (?:de|por|del|el|la) (?:la |el |su |tu )?(?:nomina|sueldo|salario|quincena|pago|pension)',
        '(?:le|les) (?:contamos|decimos|avisamos|informamos) a todos', 'que todo el mundo se entere', 'lo sepa todo el mundo', 'lo va a saber todo el mundo', 'usted vera si quiere que (?:su|el|la|sus)',
        `(?:mand(?:ar|amos|aremos)|envi(?:ar|amos|aremos)) (?:una |la |las |unas |un |el )?(?:carta|cartas|cobro|aviso|avisos|notificacion|notificaciones) (?:a|al) (?:su|tu) (?:trabajo|empresa|jefe|oficina|empleador|recursos humanos|familia|vecinos)`,
        `(?:pon(?:er|emos|dremos)|peg(?:ar|amos|aremos)) (?:una |la |las |unas |un |el )?(?:cartel|letrero|foto|fotos|anuncio|aviso|avisos) (?:a|en|al) (?:su|tu|la) (?:${ES_PLACE})`,
        // harm / seizure phrasings that insurance and service calls also use
        '(?:le|te|les) (?:puede|podria|va a|podrian|van a) (?:pasar|suceder|ocurrir) algo(?: malo| feo| grave)?(?: a usted| a su familia| a sus hijos| a ti| a tu familia)?', '(?:a )?su familia (?:le|les) (?:puede|podria|va a) pasar', 'cuide (?:a )?su familia', 'cuida (?:a )?tu familia',
        `(?:${ES_CL} )?(?:${ES_AUX} )?(?:quit(?:ar|arle|amos|aremos|an|aran)|llev(?:arnos|amos|aremos)|retener(?:le)?|retenemos|congelar(?:le)?|congelamos) (?:la|el|su|sus|tu|tus|los|las) (?:${ES_ASSETS})`,
        'va a perder (?:su casa|la casa|su carro|el carro|su trabajo|sus cosas)',
        '(?:proceso|denuncia|demanda|accion|juicio|causa|querella|investigacion) (?:penal|penales|criminal|criminales)', '(?:vamos a|voy a) (?:poner|interponer|hacer|meter) (?:una )?(?:denuncia|querella)', 'ponerle una denuncia', 'lo denunciamos', 'la denunciamos',
      ],
    },
    {
      category: 'threat',
      kind: 'threat_fixed',
      label: 'amenaza',
      patterns: [
        '(?:nunca|jamas) (?:mas |mas nunca )?(?:le|te|lo|la) (?:van a|vuelven a|va a|volveran a|van a volver a) (?:dar|prestar|aprobar|fiar|abrir|vender|dar credito|aceptar)', 'no (?:le|te) (?:van a|vuelven a) (?:dar|prestar|aprobar|fiar|vender) (?:ni|nada|credito|un prestamo|ni un peso|ni un celular|ni una tarjeta)',
        'no va a (?:poder )?(?:sacar|conseguir|tener) (?:credito|ni un celular|ni una tarjeta|ni un prestamo|un prestamo) (?:nunca|en (?:la|su) vida|en años|en anos|jamas)', 'nadie (?:le|te) va a (?:prestar|dar credito|fiar|vender a credito)',
        'no (?:se|te) (?:la|lo) vamos a dejar pasar', 'no (?:lo|la|le|te) vamos a dejar (?:en paz|tranquil[oa])', 'no va a tener paz', 'no vas a tener paz', 'no va a poder dormir tranquil[oa]',
      ],
    },
    {
      category: 'discriminatory',
      kind: 'plain',
      label: 'discriminatorio',
      patterns: [
        // condescension about age or speech
        'gente de rancho', '(?:indi[oa]|naco|naca|rancher[oa]) (?:tenia que ser|al fin)', 'que no se le entiende nada', 'a su edad ya no', 'usted ya esta (?:viej[oa]|chochea)',
        'sudacas?', 'panchit[oa]s?', 'maricon(?:es|a|as|azo)?', 'jotos?', 'maracos?', 'fletos?', 'bolleras?', 'tortilleras?', 'negratas?', 'venec[oa]s?', 'mongolic[oa]s?', 'mogolic[oa]s?', 'retrasad[oa]s? mental(?:es)?', 'patirrajad[oa]s?', 'patiperro de mierda', 'nacos?', 'nacas?', 'indiad[oa]', 'cholo de mierda', 'chola de mierda', 'india de mierda', 'indio de mierda',
        'negro de mierda', 'negra de mierda', 'moro de mierda', 'mora de mierda', 'gitano de mierda', 'gitana de mierda', 'judio de mierda', 'sudaca de mierda', 'extranjero de mierda', 'inmigrante de mierda', 'cholo', 'chola', 'serrano de mierda', 'serrana de mierda', 'cabecita negra', 'cabecitas negras',
        `(?:no (?:sea|seas)|(?:usted|vos|tu) (?:es|eres|sos)|eres|sos|pinche|pinches|so|tenia que ser) (?:un |una |bien |muy |tan )*(?:indi[oa]s?|retrasad[oa]s?|gitan[oa]s?|chol[oa]|serran[oa]|minusvalid[oa]|lisiad[oa]|mongolic[oa])`, '(?:pinche|pinches|tenia que ser) negr[oa]s?',
        '(?:vuelva|vuelvase|vete|regrese|regresese|regresate|volvete|largate|larguese|vayase|andate|devuelvase|regresen|vuelvan|vayanse) (?:a|para) (?:su|tu|sus) (?:pais|tierra|pueblo|rancho|selva)', 'los de (?:su|tu) (?:raza|calaña|clase|tipo|pais|gente)', 'gente de (?:su|tu) (?:raza|calaña|clase|pais)',
        'ustedes los (?:venezolanos|colombianos|peruanos|bolivianos|ecuatorianos|paraguayos|hondureños|haitianos|dominicanos|mexicanos|argentinos|chilenos|cubanos|nicaraguenses|salvadoreños|guatemaltecos|gitanos|moros|negros|indios|indigenas|inmigrantes|extranjeros|latinos|sudamericanos|sudacas|viejos|jubilados|gays|homosexuales|mujeres|costeños|serranos|chinos|judios|musulmanes|arabes|paisas|rolos|chilangos|provincianos|cholos|pobres|del campo|del sur|negros)(?: son| siempre| nunca| no| todos| solo| vienen| nomas| nada mas)',
        '(?:con )?tant[oa]s? (?:peruano|haitiano|venezolano|colombiano|boliviano|inmigrante|extranjero|negro|indio|gitano|moro|sudaca|chino|paraguayo|dominicano|ecuatoriano|nicaraguense|hondureño|cubano|veneco)s?(?: y (?:peruano|haitiano|venezolano|colombiano|boliviano|inmigrante|extranjero|negro|indio|gitano|moro|sudaca|chino|paraguayo|dominicano|veneco)s?)? (?:que|por|en|como)', '(?:ya )?(?:sabe|sabes|sabés) como es esa gente', 'como es esa gente', 'esa gente es (?:asi|así|peligrosa|sucia|floja)',
        'ustedes ya (?:saben|sabe) como (?:es eso|son)', '(?:ya )?(?:sabe|saben|sabemos) como son (?:ustedes|ellos|esa gente|los de su)',
        'longos?', 'longas?', 'puros? (?:indios?|negros?|longos?|cholos?|serranos?|costeños?|venecos?|indiada|negrada|sudacas?|gitanos?|moros?)', 'indiada', 'negrada',
        'a (?:su|tu|sus|tus) (?:edad|años)(?: [a-zñ]+){0,4} (?:es normal|no|nunca|ya no|ya se le|ya se te|se le olvida|se te olvida|deberia|debería|olvida)', '(?:las personas mayores|la gente mayor|los viejos|las viejas|los viejitos|los abuelos|los mayores|los jubilados|los ancianos)(?: [a-zñ]+){0,4} (?:son un peligro|no saben|no entienden|siempre|nunca|no deberian|no deberían)',
        'hableme (?:bien|en)(?: en)? (?:castellano|español|espanol|cristiano)', 'hable bien(?= (?:no|que|porque|por favor|oiga|señor|señora|senor|senora)| $)', 'se (?:nota|ve) que (?:es|eres|sos|usted es) del? (?:interior|campo|pueblo|rancho|cerro|monte|sierra|provincia)', '(?:ese|su|tu) (?:jopara|acento|castellano|español|espanol) de (?:campo|pueblo|rancho|indio)', '(?:indi[oa]|negr[oa]|chol[oa]|nac[oa]|serran[oa]) igualad[oa]', 'por ser mujer', 'ustedes (?:las |los )?(?:mujeres|viejas?|viejos?|señoras|señores|mayores|abuel[oa]s?|jubilad[oa]s?|ancian[oa]s?)(?: [a-zñ]+){0,2} (?:no|nunca|siempre|ya no)(?: se| le| les)? (?:entienden|saben|pagan|sirven|enteran|aprenden|pueden|captan|cachan)', '(?:las mujeres|ustedes las mujeres|ustedes mujeres) (?:no|nunca|siempre) (?:entienden|saben|pagan|sirven)', 'a su edad (?:ya )?(?:no|nunca) (?:entiende|sabe|deberia|puede)', 'a tu edad (?:ya )?(?:no|nunca) (?:entiendes|sabes|deberias|podes|puedes)',
        'tipico de (?:mujer|mujeres|venezolano|venezolanos|colombiano|colombianos|extranjero|extranjeros|inmigrante|inmigrantes|viejo|vieja|viejos|gitano|gitanos|negro|negros|indio|indios|peruano|peruanos|boliviano|bolivianos|argentino|argentinos|chileno|chilenos|moro|moros|sudaca|sudacas|latino|latinos|cholo|cholos|costeño|costeños)',
        'sucio (?:inmigrante|extranjero|indio|negro|venezolano|gitano|moro|sudaca)', 'tenia que ser (?:mujer|venezolano|venezolana|colombiano|colombiana|negro|negra|indio|india|gitano|gitana|viejo|vieja|extranjero|extranjera|peruano|peruana|boliviano|boliviana|moro|mora|sudaca)',
        '(?:mujer|venezolano|venezolana|negro|negra|indio|india|gitano|gitana|sudaca|moro) (?:tenia|tenias) que ser', 'aprenda a hablar (?:bien |español|espanol|castellano)', 'hable (?:bien |en )?(?:español|espanol|castellano|cristiano)(?= (?:que|no|porque|por favor)| $)', 'hable en cristiano',
        'no se le entiende nada con ese acento', 'con ese acento (?:no|nadie)',
      ],
    },
  ],
};

// ------------------------------------------------------------------ what makes a match innocent or context-dependent
export interface ContextLexicon {
  /** the match is quoted or reported ("words like", "no me diga", "you called me") when the words before end so */
  quotedBefore: RegExp;
  /** an insult word denied as a predicate ("you're not stupid", "no es ninguna tontería") */
  deniedBefore: RegExp;
  /** an insult word the agent aims at themselves ("silly me", "qué tonta soy") */
  selfBefore: RegExp;
  selfAfter: RegExp;
  /** an insult word aimed at a thing ("this stupid system", "el sistema tonto") */
  thingAfter: RegExp;
  thingBefore: RegExp;
  /** words that negate a threat ("not", "nobody", "nunca"); Spanish "no" is handled apart (close to the match only) */
  negators: RegExp;
  /** the word after a negator that makes it a veiled threat ("we don't want to have to call your boss") */
  veiled: RegExp;
  /** a conditional before a negator ("if you don't pay", "si no paga"): not a negation */
  conditional: RegExp;
  /** a negation does not reach over these */
  scopeBreak: RegExp;
  /** reassurance around a threat word ("don't worry", "you may be afraid that...", "other agencies threaten to") */
  reassurance: RegExp;
  /** right after the match: a denial ("call your employer? no, we never do that") */
  deniedAfter: RegExp;
  /** the call is about money owed (any speaker): context threats count */
  debt: RegExp;
  /** the segment sets a payment condition or ultimatum: context threats count */
  pressure: RegExp;
  /** the segment is about a service visit or delivery: context threats do not count */
  service: RegExp;
  /** threats a lawful notice may state: the segment frames it as required by law ("as required by law", "conforme a la ley") */
  lawful: RegExp;
  /** a match that is an everyday word in this frame: "pinche aquí" (click here, Spain), "sin embargo" (however) */
  innocent: Array<{ match: RegExp; before?: RegExp; after?: RegExp }>;
}

export const CONTEXT: Record<AnalysisLanguage, ContextLexicon> = {
  en: {
    quotedBefore: /(?:^| )(?:call|called|calling|calls|call me|called me|calling me) (?:me )?(?:an? )?$|(?:words|language|terms|things|names|expressions|insults) (?:like|such as) (?:an? )?$|(?:you said|you called me|did you just call me|did you say|you just said|you re calling me|youre calling me|don t call me|dont call me|do not call me|never called you|not calling you|wasn t calling you|wasnt calling you|the word|the f word|words such as|swear words like) (?:an? )?(?:[a-z]+ )?$|(?:^| )(?:someone|somebody|he|she|they|you|the (?:agent|gate agent|staff|guy|lady|man|woman|driver|manager|rep)|your \w+)(?: actually| really| just)? (?:said|says|told you|called you|called me)(?: [a-z]+){0,10} $/,
    deniedBefore: /(?:^| )(?:not|isnt|isn t|arent|aren t|wasnt|never|no such thing as|there are no|there is no|theres no|there s no|nothing|no|none of this is|nobody is|no one is|nobody s|nobodys|no one thinks you re|nobody thinks you re|i never said you were|i didn t say you were|i didnt say you were|not saying you re|not saying youre|not calling you)(?: an?| really| at all| that| so| such an?| being)* $/,
    selfBefore: /(?:^| )(?:i m|im|i am|i was|i feel|i felt|i ve been|i have been|i ve|my|i)(?: so| such an?| a bit| really| kind of| being| an?| a little| totally| an absolute| a complete| a total| just| such| being so| sometimes| today)* $/,
    selfAfter: /^ (?:me|of me|mistake|mistake of mine|move on my part|on my part|i am|i m|im|i was|my (?:fault|bad|mistake|error|apologies)|sorry|silly me|(?:that s|thats|that was|that one s|that ones) (?:on me|me|my fault|my bad)) /,
    thingAfter: /^ (?:system|systems|computer|computers|machine|machines|thing|things|printer|software|program|programme|app|application|website|web site|site|screen|keyboard|mouse|line|connection|phone|headset|rule|rules|policy|policies|form|forms|glitch|bug|error|password|portal|tool|process|menu|button|page|link|email|system s|network|internet|wifi|server|database|headphones|script|robot|automated|recording|voicemail|thing s|weather|traffic|dog|cat|game|show|movie|song|bank|company|fee|fees|charge|charges|interest|paperwork|hold music|music)\b/,
    thingBefore: /(?!)/,
    negators: /^(?:not|never|nobody|noone|nothing|nor|neither|wont|dont|doesnt|didnt|cant|cannot|couldnt|wouldnt|shouldnt|isnt|arent|wasnt|werent|aint|without|unable|prohibited|forbidden|illegal|nobodys|nowhere|mustnt|shant|no(?= one| way| need| longer| intention| plans?| reason)|n t)$/,
    veiled: /^(?:want|wanna|like|hate|wish)$/,
    conditional: /^(?:if|unless|until|till|when|whenever|or|otherwise|before)$/,
    scopeBreak: /^(?:but|however|though|although|so|because|therefore|otherwise|instead|yet|except)$/,
    reassurance: /\b(?:worried|worry|worrying|afraid|scared|concerned|concern|fear|fears|frightened|myth|rumou?r|heard that|scam|scams|scammers?|fraudsters?|the caller said|claiming|pretending|impersonat\w*|other (?:agencies|companies|collectors)|some (?:agencies|companies|collectors)|illegal for|not allowed|law does not|law doesnt|law prohibits|prohibited|by law we|the law)\b/,
    deniedAfter: /^(?:(?: [a-z]+){0,3} no (?:no )?(?:of course not|absolutely not|not at all|nothing like that|never|nobody|no one|way|don t worry|dont worry)\b)|^ (?:no (?:no )?(?:sir|ma am|maam|miss|madam|way|not at all|never|of course not|absolutely not|that s not|thats not|nothing like that|nobody|no one)\b|(?:no |oh no |absolutely not |of course not )?(?:we|i|they) (?:dont|do not|never|wont|will not|would never|wouldnt|cannot|cant|are not|re not|arent|aren t|aren t going|don t|won t|can t|don t ever|do not ever)\b|(?:that|this|it) (?:s |is |will |won t |wont )?(?:not|never|isnt|isn t) (?:happen|going to happen|something we do|how we|what we|true|allowed|legal)|(?:is|was) not (?:something|what|how)|(?:is|are) (?:not|never) (?:something|what|allowed|legal|permitted))/,
    debt: /\b(?:debt|debts|owe|owed|owes|owing|overdue|past due|delinquen\w*|arrears|collect\w*|outstanding|balance due|unpaid|late payment|missed payments?|behind on|payment plan|settle|settlement|default\w*|charged off|charge off|repossess\w*|pay (?:up|this|it|today|now|what you owe|the balance)|creditor)\b/,
    pressure: /\b(?:if you keep|if you carry on|if you continue|if you don t pay|if you dont pay|if you do not pay|unless you pay|until you pay|till you pay|if we don t (?:get|receive|hear|see)|if we dont (?:get|receive|hear|see)|if it s not paid|if its not paid|if this isn t paid|if this isnt paid|or else|you d better pay|you better pay|pay up|pay today or|pay now or|by friday or|by tomorrow or|or we ll|or well|or we will|or we re going to|so you remember|you won t like|you wont like|see how you like|and then we ll see|last chance|final warning|have a word with you|have a chat with you|to collect|collect the money|get our money|get the money|if (?:she|he|they) (?:doesn t|doesnt|don t|dont|does not) (?:pay|ring|call|get back)|keeps dodging|keep dodging|ignoring our)\b/,
    service: /\b(?:insurance|coverage|insured|technician|tech|engineer|install\w*|repair\w*|fix|fixing|deliver\w*|meter read\w*|read the meter|inspect\w*|survey\w*|measure\w*|maintenance|service visit|collect the (?:package|parcel|device|equipment|router|modem|box)|replace\w*|set up|setup|assess\w*|appointment|courier|parcel|package|plumber|electrician|boiler|router|modem|equipment|handyman|contractor|adjuster|appraiser|wellness check|welfare check|check on you)\b/,
    lawful: /\b(?:as required by law|required by law|by law|the law requires|law requires|we are required|we re required|were required|legally required|obligated|obliged|in accordance with|fair credit reporting|fcra|fdcpa|we have to inform you|we must inform you|i have to let you know|i must advise|i need to advise|please be advised|be advised|the creditor may|has the right|have the right|right to dispute|may be reported|could be reported)\b/,
    innocent: [
      // the police coming about the customer's own burglary or accident; a child added as a card user
      { match: /^(?:the )?(?:police|cops|officers|garda|gardai|guards)\b/, after: /\b(?:statement|report|burglary|break in|theft|robbery|stolen|accident|incident|crime reference|alarm)\b/ },
      { match: /be sorry$/, after: /^ (?:to (?:hear|know|learn|see|say|lose|go|leave)|for (?:the|any|your))/ },
      { match: /could$/, after: /^ (?:be (?:added|included|covered|listed|named|eligible|enrolled)|qualify|apply|join|receive|get (?:a|their own) card)/ },
      // the form's fault, not the customer's: "even my kid could get confused by this form"
      { match: /(?:could|can|would|could get|can get|would get)$/, after: /^(?: (?:get|be|end up|have been|be left|easily get|easily be))? (?:confused|lost|stuck|caught out|tripped up|baffled|puzzled|muddled|mixed up)\b/ },
      // reassurance: "don't worry, it's not rocket science, I'll walk you through it"
      { match: /not (?:rocket science|brain surgery)/, before: /(?:dont worry|don t worry|no worries|not to worry|relax|good news|the good news is|luckily|thankfully)(?: [a-z]+){0,5} $/ },
    ],
  },
  es: {
    quotedBefore: /(?:^| )(?:me (?:dijo|dice|llamo|llama|esta diciendo|estas diciendo|trata de|trato de|insulta|insulto)|(?:le|te|les|la|lo|las|los) (?:dijo|dijeron|decia|decian|llamo|llamaron|grito|gritaron|trato de|trataron de|insulto|insultaron)|decirme|llamarme|palabras como|palabras tipo|groserias como|insultos como|expresiones como|terminos como|dijo usted|usted dijo|usted me dijo|me acaba de decir|me acabas de decir|no me diga|no me digas|no me llame|no me llames|no me trate de|no me trates de|no le dije|no le estoy diciendo|no te dije|no te estoy diciendo|nunca le dije|la palabra|esa palabra)(?: que)?(?: usted)?(?: es| era| un| una| de)* $/,
    deniedBefore: /(?:^| )(?:no (?:es|eres|sos|era|fue|soy|hay|existe|existen|tiene nada de|es ninguna|es ningun|es una|es un|es usted|es para nada|me parece)|nadie (?:es|le dice|dice|piensa que es|lo considera)|ninguna|ningun|nada de|tampoco es|ni (?:es|eres|sos)|no hay preguntas|no existen preguntas|no hay nada de|de ninguna manera|en absoluto)(?: usted| vos| tu| un| una| nada| ninguna| ningun| para nada| tan| muy| pregunta| preguntas| cosa| duda)* $/,
    selfBefore: /(?:^| )(?:soy|estoy|fui|me siento|me senti|me he sentido|yo|yo soy|yo estoy)(?: muy| bien| tan| un| una| medio| media| re| super| algo| un poco)* $/,
    selfAfter: /^ (?:soy|estoy|fui|que soy|que estoy|de mi parte|yo|de mi|mia|mio|la mia|el mio|me equivoque|me confundi|perdon|disculpe|disculpa|perdone) /,
    thingAfter: /^ (?:sistema|sistemas|computador|computadora|ordenador|maquina|programa|pantalla|pagina|aplicacion|app|formulario|teclado|raton|mouse|linea|conexion|telefono|celular|movil|regla|reglas|politica|politicas|error|fallo|falla|clave|contraseña|portal|proceso|menu|boton|enlace|link|correo|red|internet|wifi|servidor|base de datos|auriculares|audifonos|diadema|guion|robot|grabacion|contestador|clima|trafico|perro|gato|juego|programa|idea|chiste|banco|empresa|comision|cobro|interes|papeleo|musica|trancon|atasco|tema|asunto|cable|router|modem|aparato|equipo)\b/,
    thingBefore: /(?:^| )(?:este|esta|ese|esa|el|la|los|las|aquel|aquella|un|una|que|mi|mis|nuestro|nuestra|su|sus)(?: sistema| computador| computadora| ordenador| maquina| programa| aparato| equipo| error| tema| asunto| cosa| vaina| regla| politica| trancon| trafico| clima| internet| pagina| aplicacion)+(?: tan| muy| bien| mas)* $/,
    negators: /^(?:nunca|nadie|jamas|ningun|ninguna|ninguno|tampoco|ni|sin|prohibido|prohibida|prohibe|prohiben|ilegal|impedido|impide)$/,
    veiled: /^(?:queremos|quiero|quisiera|quisieramos|quisieran|nos gustaria|me gustaria|gustaria|conviene|le conviene|te conviene|desea|deseamos|queria|queriamos)$/,
    conditional: /^(?:si|sino|hasta|cuando|mientras|porque|o|sea|aunque)$/,
    scopeBreak: /^(?:pero|sino|aunque|entonces|asi|porque|mas|sin embargo|igual|ademas)$/,
    reassurance: /\b(?:preocup\w*|miedo|teme|temer|temor|asust\w*|tranquil\w*|mito|rumor|estafa|estafas|estafadores?|extorsion\w*|diciendo que|le dijeron que|haciendose pasar|fraude telefonico|otras (?:agencias|empresas|companias)|algunas (?:agencias|empresas)|prohib\w*|no esta permitido|no estamos autorizados|no podemos|la ley no|por ley no|ilegal|no se permite|no nos permite|no permite)\b/,
    deniedAfter: /^(?:(?: [a-zñ]+){0,3} no (?:no )?(?:tranquil[oa]|para nada|nada de eso|como cree|que va|claro que no|por supuesto que no|nunca|jamas|nadie|eso no se hace|no se preocupe)\b)|^ (?:no (?:no )?(?:señor|senor|señora|senora|señorita|senorita|don|doña|dona|mire|mija|mijo|joven|para nada|nada de eso|como cree|que va|claro que no|por supuesto que no|nunca|jamas|nadie|tranquil[oa]|eso no)\b|(?:no )?(?:no|nunca|jamas) (?:lo |la |le |se lo |eso )?(?:hacemos|haremos|vamos a hacer|podemos|hariamos|haria|hago|voy a hacer|es asi|funciona asi|se hace|pasa|va a pasar)\b|(?:eso|esto) no (?:pasa|va a pasar|lo hacemos|se hace|sucede|ocurre|es asi|es verdad|es cierto|esta permitido)\b|(?:eso|esto) (?:es|seria) (?:ilegal|mentira|falso)\b|de ninguna manera|para nada|en absoluto|tranquil[oa]\b|no se preocupe|no te preocupes|no te preocupés|no se asuste)/,
    debt: /\b(?:deuda|deudas|debe|deben|debes|debia|adeud\w*|mora|moroso|morosa|morosidad|vencid\w*|atrasad\w*|atraso|impag\w*|cobr\w*|recobr\w*|recaud\w*|cartera|obligacion|saldo pendiente|saldo en mora|pagar|pague|pagues|pagás|pago|pagos|abono|abonar|cuota|cuotas|acuerdo de pago|convenio|prejuridic\w*|juridic\w*|castigad\w*|descubierto|recibos? devueltos?|financiera)\b/,
    pressure: /\b(?:si (?:sigue|sigues|seguís|continua|continuas) |si no (?:paga|pagas|pagás|pagan|cancela|cancelas|abona|abonas|se pone al dia|te pones al dia|nos paga|me paga|me da una fecha|nos da una fecha|llega el pago|tenemos noticias|recibimos|vemos el pago|hay pago|responde)|si usted no (?:paga|cancela|abona|se pone)|si el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) no|hasta que (?:no )?pague|hasta que pagues|a ver si (?:asi|así|se acuerda|paga|aprende)|para que (?:se acuerde|aprenda|pague|sepa|vea|te acuerdes|aprendas|pagues)|no le va a gustar|no te va a gustar|usted vera|usted sabra|vos veras|tu veras|ultima oportunidad|ultimo aviso|ultima advertencia|o paga|o si no|si no quiere problemas|si no quieres problemas|procedemos|a cobrar|a recoger el dinero|por la plata|por el dinero|si no (?:nos|me) (?:llama|llaman|llamas|devuelve|contesta|responde|regresa|se comunica|marca)|es la ultima vez|a ver si sigue|para que (?:todos|todo el mundo|la gente) se enter\w*)\b/,
    service: /\b(?:taller|talleres|seguro de(?! que\b)|poliza|polizas|cobertura|asegur\w*|siniestro|tecnico|tecnicos|instal\w*|repar\w*|arregl(?:ar|amos|ar le|arle|a|o|e|en) (?:el|la|su|los|las) (?:router|modem|equipo|aparato|medidor|techo|carro|auto|coche|moto|daño|dano|tuberia|instalacion|linea|conexion|decodificador)|revis\w*|entreg\w*|envio|enviar el|enviarle el|enviarle la|medidor|lectura|mantenimiento|visita tecnica|domicilio del pedido|pedido|paquete|mensajero|mensajeria|transportadora|courier|reemplaz\w*|cambiar el|cambiarle el|recoger el (?:equipo|router|modem|decodificador|aparato|paquete)|cita|agendar|agenda|inspeccion\w*|peritaje|perito|ajustador|plomero|electricista|router|modem|decodificador|equipo|aparato|tarjeta nueva|plastico|chequera|documentos|contrato para firmar|firmar el contrato|estado de cuenta|factura|extracto)\b/,
    lawful: /\b(?:(?:como|segun|conforme|de acuerdo con|de acuerdo a) (?:lo )?(?:(?:exige|establece|dice|indica|manda|ordena|permite|dispone) )?(?:la ley|ley|la normatividad|la norma|el reglamento|la normativa)|por ley|obligad[oa]s? a (?:informar|reportar|notificar)|es nuestra obligacion|estamos en la obligacion|previa notificacion|tiene derecho|ley 1266|habeas data|debo informarle|tengo que informarle|le informamos que|podria ser reportad[oa]|puede ser reportad[oa])\b/,
    innocent: [
      // Spain: "pinche aquí / en el enlace" (click here); "pinche" as the kitchen assistant
      { match: /^pinches?$/, after: /^ (?:aqui|ahi|alli|aca|alla|en|sobre|donde|el boton|el enlace|la opcion|la pestaña|el icono|dos veces|con el raton|de cocina|encima|usted)\b/ },
      { match: /embargo$/, before: /(?:^| )sin $/ },
      // follow-up calls: "le vamos a estar llamando todos los días para darle seguimiento"
      { match: /(?:llam|escrib|marc)\w* (?:todo el dia|todos los dias|cada dia|a cada rato|a toda hora)$/, after: /^(?: [a-zñ]+){0,3} (?:para (?:darle seguimiento|dar seguimiento|informarle|recordarle|confirmar|avisarle|actualizarle|ver como va)|con (?:novedades|informacion|actualizaciones))/ },
      // a sales joke: "se va a arrepentir si no aprovecha la promoción"
      { match: /arrepent/, after: /^ (?:si no|de no) (?:aprovecha|aprovechas|toma|tomas|contrata|contratas|lo aprovecha|la aprovecha|se suma|se anima|te animas|la toma|lo toma)/ },
      { match: /^embarg\w*$/, after: /^ (?:solo |solamente |unicamente )?(?:lo |la )?(?:puede|pueden|podria|podrian) (?:ordenar|dictar|decretar|pedir|solicitar|autorizar)/ },
      // the lawful process described impersonally: "el banco podría solicitar un embargo a través de un juez"
      { match: /^embarg\w*$/, before: /(?:^| )(?:podria|podrian|puede|pueden|eventualmente|posible|posiblemente|un juez|el juez|judicial|juzgado|tribunal)(?: [a-z]+){0,3} (?:un|el|la|una|a|de|en) $/ },
    ],
  },
};

// Normalised text writes "you'll", "you're", "you'd", "you've" as one word ("youll"), ASR output often as two
// ("you ll"): every English pattern written "you ll" / "you (?:ll|will|…)" accepts both.
const CONTRACTED_YOU = /\byou (?=\(\?:|ll\b|re\b|d\b|ve\b)/g;
for (const set of PROHIBITED_PATTERNS.en) set.patterns = set.patterns.map((p) => p.replace(CONTRACTED_YOU, 'you ?'));
