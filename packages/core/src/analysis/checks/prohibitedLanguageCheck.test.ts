// prohibited_language and no_threats: the agent's profanity, insults, threats and discriminatory remarks in English and
// the Spanish of Spain and Latin America, in clean and ASR-style text; and what must pass (customer swearing, quoted
// policy, denied threats, lawful notices, innocent words containing a bad word).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectProhibitedLanguage, detectThreats } from './prohibitedLanguageCheck.ts';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';
import type { AnalysisLanguage, PolicyRule } from '../schemas.ts';

const RULE = { id: 'prohibited_language', speaker: 'Agent' } as PolicyRule;
const status = (language: AnalysisLanguage, lines: Line[]) => detectProhibitedLanguage(transcript(language, lines), RULE).status;
const threat = (language: AnalysisLanguage, lines: Line[]) => detectThreats(transcript(language, lines), RULE).status;
/** a collections call opening, so that context-dependent threats (visits, employer) apply */
const EN_DEBT: Line[] = [['A', 'hi this is mark from apex recovery calling about the balance you owe on your card'], ['C', 'yeah i know']];
const ES_DEBT: Line[] = [['A', 'buenas tardes le llamo por la deuda que tiene pendiente con nosotros'], ['C', 'sí, ya sé']];

describe('prohibited_language (English): failures', () => {
  const cases: string[] = [
    'look this is bullshit i already told you',
    'are you stupid or something',
    "honestly you're an idiot",
    'don t be a plonker it s on the back',
    'mate you re being a bit thick',
    'shut up and listen to me',
    'what the hell do you want me to do',
    'people like you never pay their bills',
    'you deadbeats are all the same',
    'grow up and pay your bills you loser',
    'you ladies never understand these things',
    'go back to your own country',
    'you need to learn proper english',
    'we know where you live mister jones',
    'if you don t pay today we ll send someone round to have a word',
    'we will garnish your wages starting next month',
    'you could end up in jail for this',
    "we'll have you arrested if you don't pay",
    'we ll be calling your employer tomorrow',
    'keep ignoring us and your boss will be hearing from us',
    "you'll have the sheriff at your door by friday",
    "we're going to sue you and take everything you own",
    'we will ruin your credit you ll never get a loan again',
    'it s not a threat it s a promise',
    'i am not threatening you but we will garnish your wages',
  ];
  for (const text of cases) {
    test(text, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'failed'));
  }
});

describe('prohibited_language (English): passes', () => {
  const cases: Line[][] = [
    [['C', 'this is fucking ridiculous you people are idiots'], ['A', 'i understand you are frustrated sir, abusive language is not tolerated on this line']],
    [['A', 'please don t use words like that or i will have to end the call']],
    [['C', 'are you going to arrest me'], ['A', 'no sir nobody is going to arrest you we just want to find a payment plan']],
    [['A', 'we will not call your employer and we won t contact your family']],
    [['A', 'the account may be referred to a collection agency if it stays unpaid']],
    [['A', 'we may report the late payment to the credit bureaus as required by law']],
    [['A', 'i live near scunthorpe and my manager is mister cockburn']],
    [['A', 'sorry silly me i read the wrong number'], ['A', 'this stupid system is so slow today sorry']],
    [['A', 'there are no stupid questions ma am']],
    [['A', 'could you slow down a little for me']],
    [['A', 'we ll send a technician round to your house to fix the router on tuesday']],
    [['A', 'if you pay by card we can get you set up today'], ['A', 'i can put you on the new customer rate']],
    [['A', 'you will be charged a five dollar fee and we ll make sure you get the refund']],
    [['A', 'watch out for scam calls and shut it down if you see anything strange']],
    [['A', 'where did you grow up'], ['A', 'thank you so much']],
    [['A', 'the dummy transaction of one dollar will drop off'], ['A', 'this could hurt your credit score if payments are late']],
  ];
  for (const lines of cases) {
    test(lines.map((l) => l[1]).join(' / '), () => assert.equal(status('en', [...EN_DEBT, ...lines]), 'passed'));
  }
});

describe('prohibited_language (Spanish): failures', () => {
  const cases: string[] = [
    'mire no sea tonto y pague',
    'usted sí es bien bruto, ¿no?',
    'parce no sea gueva eso está en la página',
    'che boludo, ¿me escuchás o no?',
    'weón, ¿me está hueveando?',
    'ay qué pendejo, a ver',
    'es usted un gilipollas',
    'pinche cliente, siempre lo mismo',
    'me cago en la leche, se cayó el sistema',
    'sos un forro',
    'hasta un niño lo entiende, señora',
    'si no paga vamos a ir a su casa y a su trabajo',
    'le mandamos a alguien a la casa a ver si así se acuerda',
    'sabemos dónde vive y dónde trabaja',
    'lo van a meter preso por estafa',
    'a usted la pueden meter a la cárcel',
    'le vamos a embargar el sueldo',
    'si no paga hoy le boletinamos',
    'le reportamos al buró y nunca más le van a dar crédito',
    'lo metemos en Dicom de una vez',
    'llamamos a su empresa y hablamos con recursos humanos',
    'usted verá si quiere que el jefe se entere',
    'vamos a llamar a sus referencias y a su familia para que se enteren',
    'no es amenaza, es lo que va a pasar',
    'con tanto venezolano que hay por ahí, usted sabe cómo es esa gente',
    'vuelva a su país',
    'a su edad ya no entiende nada de esto',
  ];
  for (const text of cases) {
    test(text, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'failed'));
  }
});

describe('prohibited_language (Spanish): passes', () => {
  const cases: Line[][] = [
    [['C', 'esos hijueputas del banco me tienen mamado'], ['A', 'señora, le pido que no use groserías; por política, si hay insultos tengo que terminar la llamada']],
    [['A', 'no toleramos insultos en esta línea']],
    [['C', '¿me van a meter preso?'], ['A', 'no, señor, nadie lo va a meter preso, tranquilo']],
    [['A', 'no lo vamos a demandar y no vamos a embargar nada']],
    [['A', 'no se preocupe, no vamos a ir a su casa']],
    [['A', 'sí, no le vamos a embargar nada, busquemos un acuerdo']],
    [['A', 'sin embargo, le puedo ofrecer un descuento']],
    [['A', 'la oficina de Pichincha queda en la calle Cascajal'], ['A', 'la computadora está lenta, disculpe'], ['A', 'el análisis de la disputa tarda diez días']],
    [['A', 'en la playa de la concha hay una sucursal']],
    [['A', 'pinche en el enlace que le llegó al correo']],
    [['A', 'su pago está retrasado dos semanas'], ['A', 'el salario bruto que figura es de dos mil']],
    [['A', 'es inútil que llame al otro número, mejor por aquí']],
    [['A', 'ay qué tonta soy, le di el número mal']],
    [['A', 'le enviamos el técnico a su casa el martes para instalar el router']],
    [['A', 'conforme a la ley, la mora puede ser reportada a las centrales de riesgo con previa notificación']],
    [['A', 'la cuenta podría pasar a cobro jurídico si no llegamos a un acuerdo']],
    [['A', '¿puedo hablar con su esposo?'], ['A', 'le paso con el supervisor']],
    [['A', 'aguántese un momentito, ya lo reviso'], ['A', 'ni modo, el sistema no deja']],
  ];
  for (const lines of cases) {
    test(lines.map((l) => l[1]).join(' / '), () => assert.equal(status('es', [...ES_DEBT, ...lines]), 'passed'));
  }
});

describe('prohibited_language: dialects (Mexico, Argentina/Uruguay, Chile, Peru, Venezuela, Spain, Colombia, Central America, Ecuador)', () => {
  const cases: string[] = [
    'oye güey no seas menso', 'que wey eres', 'vete a la chingada', 'me vale verga lo que digas',
    'che pelotudo pagá', 'qué forro que sos', 'andá a cagar',
    'weon pagai o no', 'no seai gil', 'la weá que me dices',
    'oe causa no seas cojudo', 'eres un huevas', 'serrano de mierda',
    'marico paga', 'eres un becerro', 'qué ladilla eres',
    'qué capullo', 'vete a tomar por culo', 'so tonto',
    'usted es un hijueputa', 'no sea guevón', 'es un bobo hp',
    'maje no seas baboso', 'no sea bayunco',
    'donde hay puro longo de la sierra que se roba los cables',
    'si no paga mañana le mando a los muchachos', 'le vamos a quitar el carro', 'vamos a ir por usted', 'sabemos dónde estudian sus hijos',
    'si no paga le mandamos el camión a llevarse los muebles', 'a su esposa le vamos a contar', 'vamos a publicar su nombre en redes',
    'nosotros llamamos a la empresa donde trabaja su hijo y pedimos que le descuenten por nómina',
  ];
  for (const text of cases) {
    test(text, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'failed'));
  }
});

describe('prohibited_language: lawful next steps and reassurance pass', () => {
  const en = [
    'if the balance remains unpaid the creditor may pursue legal action', 'your account could be sent to collections', 'this may affect your credit score',
    'if the loan stays in default the vehicle may be repossessed as stated in your contract', 'a judge could order wage garnishment but we are far from that',
    'you have the right to dispute this debt', 'i understand youre scared but no one is going to arrest you', 'you should file a police report', 'can i reach you at work',
  ];
  const es = [
    'de no pagar la cuenta podría pasar a cobro prejurídico', 'le informo que la mora se reporta a las centrales de riesgo según la ley', 'el banco podría solicitar un embargo a través de un juez',
    'nadie va a ir a su casa ni a su trabajo', 'no llamamos a familiares ni a empleadores', 'le enviamos la carta a su domicilio', 'si quiere puede poner una denuncia por el robo de la tarjeta',
    'vamos a congelar la tarjeta para protegerle', 'su expediente pasa al área jurídica',
  ];
  for (const text of en) test(text, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'passed'));
  for (const text of es) test(text, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'passed'));
});

test('the agent repeating the customer\'s fear as a question and denying it', () => {
  assert.equal(status('es', [['C', '¿me van a embargar la casa?'], ['A', '¿Embargarle la casa? No, no, tranquilo.']]), 'passed');
  assert.equal(status('es', [['A', '¿Que la vamos a meter a la cárcel? No, señora, para nada.']]), 'passed');
  assert.equal(status('en', [['A', 'will we send someone to your house? no sir we dont do that']]), 'passed');
  assert.equal(status('es', [...ES_DEBT, ['A', 'le vamos a embargar el sueldo, no le quepa duda']]), 'failed');
});

test('third-person threats through a relative or colleague', () => {
  assert.equal(status('en', [['A', 'is brandon there'], ['C', 'this is his mother'], ['A', 'if he keeps dodging this hes gonna end up in jail you can tell him that']]), 'failed');
  assert.equal(status('en', [['A', 'tell her if she doesnt ring back today ill be speaking to her manager about it']]), 'failed');
  assert.equal(status('es', [['A', 'dígale que si no paga esta semana le vamos a embargar y aquí en la oficina se van a enterar todos, su jefe también']]), 'failed');
});

describe('no_threats (detectThreats)', () => {
  test('threats fail, insults alone do not', () => {
    assert.equal(threat('en', [...EN_DEBT, ['A', 'you could go to jail for this']]), 'failed');
    assert.equal(threat('en', [...EN_DEBT, ['A', 'are you stupid']]), 'passed');
    assert.equal(threat('es', [...ES_DEBT, ['A', 'le vamos a embargar la casa']]), 'failed');
    assert.equal(threat('es', [...ES_DEBT, ['A', 'no sea tonto']]), 'passed');
  });
  test('the customer threatening is not the agent', () => {
    assert.equal(threat('en', [['C', 'i know where you live buddy']]), 'passed');
  });
  test('evidence points at the threatening segment, explanation in the call language', () => {
    const v = detectThreats(transcript('es', [...ES_DEBT, ['A', 'bueno'], ['A', 'si no paga le embargamos el sueldo']]), RULE);
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [3]);
    assert.match(v.explanation, /amenaza/);
  });
});

test('ASR-style text (no punctuation, contractions split)', () => {
  assert.equal(status('en', [...EN_DEBT, ['A', 'well uh we ll have someone come to your house if you dont pay up']]), 'failed');
  assert.equal(status('es', [...ES_DEBT, ['A', 'eh si no paga este le vamos a embargar la quincena']]), 'failed');
  assert.equal(status('es', [...ES_DEBT, ['A', 'no señora nadie la va a meter a la carcel']]), 'passed');
});

test('an hour of clean agent speech passes (speed is measured by bench/analysis-speed, not here)', () => {
  const lines: Line[] = [];
  for (let i = 0; i < 1200; i++) lines.push(['A', 'okay so i can see the balance here and we can set up a payment plan for you today if that works'], ['C', 'yeah that works for me thanks']);
  const pt = transcript('en', lines, 1.5);
  assert.equal(detectProhibitedLanguage(pt, RULE).status, 'passed');
});

// ---- the compositional grammar (prohibitedGrammar.ts): classes of wording, not memorised sentences
describe('prohibited_language grammar (English): insults in a second-person frame, condescension, profanity', () => {
  const cases: string[] = [
    'listen you donut the payment already went through', "you're a complete nutjob", 'what a bozo', "don't be such a dingbat", 'you absolute bellend',
    "you're a sad little man", 'you silly cow it says so on the letter', 'ok boomer', "you've got the memory of a goldfish", 'are you hard of hearing',
    'were you dropped on your head as a baby', 'how do you even function', 'a trained monkey could do this', 'my five year old could work this out', "it's like talking to a brick wall",
    'pipe down and let me finish', 'nobody asked for your opinion', 'stop acting like a child', 'are you actually this slow', "you're as thick as they come",
    "that's your problem not mine", 'quit your whining', 'honestly its not rocket science is it even a muppet could plug a router in', 'madam you dey craze',
    'oh for fucks sake', 'this is a total clusterfuck', 'goddammit not again', "i couldn't give a toss", 'balls up again sorry', "that's bs",
  ];
  for (const text of cases) test(text, () => assert.equal(status('en', [['A', 'thanks for calling'], ['C', 'hi'], ['A', text]]), 'failed'));
});

describe('prohibited_language grammar (English): threats, veiled menace, discriminatory remarks', () => {
  const cases: string[] = [
    "i'll make your life a misery", 'we can do this the easy way or the hard way', 'things could get very unpleasant for you', "this won't end well for you", "we'll come after your family",
    "we'll have you fired", "we'll message all your contacts and tell them you're a thief", "we'll keep calling you every day until you pay", "we'll drag your name through the mud", "you'll be in handcuffs by friday",
    'expect a knock on the door', "don't be surprised if someone turns up at your door", "your boss is going to get a phone call", "wouldn't it be awful if your employer found out", 'there is nowhere to hide',
    "you won't have a job by the end of the month", 'your english is terrible', 'where are you really from', 'you immigrants come here and never pay', 'women can t handle money',
    'you re too old to understand this', 'listen grandpa', 'are you autistic or something', 'you sound like a terrorist', 'go back to mexico',
  ];
  for (const text of cases) test(text, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'failed'));
});

describe('prohibited_language grammar (English): what must still pass', () => {
  const cases: string[] = [
    "it would be a shame if you missed the discount so let me apply it now", "no worries it's not rocket science but it is fiddly", "you're entitled to a hire car while it's repaired",
    'thank you mister dikshit', 'is there anything else mr shitanda', 'thank you mr wankhede', 'thank you for your kind words', 'where did you grow up',
    'the police will be at your house shortly to take a statement about the burglary', 'a child could be added as an authorised user from age thirteen', 'scammers will often threaten you with arrest that is how you know it is a scam',
    'the fraudsters might drain your account so we have frozen it for your protection', "we'll call you every day this week to update you on the claim", 'when do you go back to india', 'is english your first language we have interpreters',
    "i haven't got a clue let me check", 'you are the liability holder on this policy', 'zip it and email it to us', 'did your package get lost', "what tools do you have at home",
    'thank you paddy', 'the white trash bags are in aisle four', 'you can do timed transfers in the app', 'you will need a criminal record check for the job',
    "sorry sorry no offence meant at all some people just find it tricky",
  ];
  for (const text of cases) test(text, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'passed'));
});

describe('prohibited_language grammar (Spanish): insults, condescension, profanity', () => {
  const cases: string[] = [
    'usted es un inepto total', 'qué señora tan bruta', 'es usted un zoquete', 'es un parásito', 'el gil este no entiende', 'qué cutre eres', 'tiene el cerebro de un mosquito',
    'usted no tiene dos dedos de frente', 'a usted le falta un tornillo', '¿está loco o qué?', '¿usted no entiende español?', '¿le tengo que hacer un dibujo?', 'esto lo hace hasta mi abuela',
    'no es ciencia de cohetes', 'usted no sirve para nada', 'qué ladilla de cliente', 'qué pereza de cliente', 'a ver, ¿le explico con peras y manzanas?', '¿ya terminó de llorar?',
    'maldita sea, otra vez', 'hijo de perra', 'chinga tu madre', 'váyase al diablo', 'vete a freír espárragos', 'la gran puta', 'qué pedo contigo',
  ];
  for (const text of cases) test(text, () => assert.equal(status('es', [['A', 'gracias por llamar'], ['C', 'hola'], ['A', text]]), 'failed'));
});

describe('prohibited_language grammar (Spanish): threats, veiled menace, discriminatory remarks', () => {
  const cases: string[] = [
    'le podemos complicar la vida', 'le vamos a amargar la vida', 'esto se va a poner feo', 'no le conviene tenernos de enemigos', 'por las buenas o por las malas', 'atténgase a las consecuencias',
    'después no diga que no se lo advertí', 'queda advertido', 'sería una pena que le pasara algo a su carro', 'se va a quedar en la calle', 'le vamos a escribir a todos sus contactos diciendo que es un ladrón',
    'vamos a publicar que usted es moroso', 'lo vamos a quemar en el barrio', 'su jefe va a recibir una llamada', 'le vamos a llamar todos los días hasta que pague', 'no lo vamos a dejar de llamar',
    'le voy a dar una golpiza', 'lo van a deportar', 'seguro que a su jefe no le haría ninguna gracia enterarse', 'si no pagás, yo llamo a tu laburo y hablo con recursos humanos',
    'vamos a ir con la policía a su casa', 'vamos a hacer que lo despidan', 'no va a tener dónde esconderse', 'usted no sabe de lo que somos capaces', 'lo vamos a meter en el tambo',
    'su español es terrible', 'ustedes los sudacas', 'los peruanos son todos iguales', 'vuélvase a Venezuela', 'usted ya está muy viejo para esto', '¿es mongólico o qué?', 'no sea maricón',
  ];
  for (const text of cases) test(text, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'failed'));
});

describe('prohibited_language grammar (Spanish): what must still pass', () => {
  const cases: string[] = [
    'se va a arrepentir si no aprovecha esta promoción', 'puede llevar el carro a cualquiera de los talleres afiliados', 'no queremos complicarle la vida, por eso le damos un plazo', 'ya veremos qué podemos hacer por usted',
    'bloqueamos la tarjeta por seguridad mientras revisamos el fraude', 'si alguien le llama diciendo que lo van a meter preso, es una estafa, cuelgue', 'los estafadores pueden vaciarle la cuenta, no comparta la clave',
    'le recomiendo avisar a todos sus contactos que no abran ese enlace', 'la tarjeta le llega a su casa en cinco días hábiles', 'su pago está retrasado', 'los venezolanos siempre pueden abrir la cuenta con pasaporte',
    'cuando vuelva a Venezuela active el roaming', 'su módem ya está muy viejo para esta velocidad', 'el sistema está lento, qué lata', 'ay qué torpe, perdón', 'gente como usted da gusto atender',
    'si no quiere que le pase algo a su tarjeta, no comparta la clave', 'le vamos a estar llamando todos los días para darle seguimiento', 'el seguro cubre si le pasa algo al carro en la carretera',
    'usted puede denunciar ante la fiscalía', 'la perra de mi vecina ladra mucho', '¿usted habla inglés o prefiere español?', 'el titular es sordo, ¿verdad? le ofrecemos el servicio de texto',
  ];
  for (const text of cases) test(text, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'passed'));
});

test('retaliation for complaining, reporting the customer to the police, demeaning remarks about language', () => {
  assert.equal(status('en', [['A', 'sir if you keep calling and shouting like this i will block your account and report you to the cyber police']]), 'failed');
  assert.equal(status('en', [['A', 'if you call back tomorrow we can cancel the order for you']]), 'passed');
  assert.equal(status('en', [['A', 'people who can t speak english always make everything harder']]), 'failed');
  assert.equal(status('es', [['A', 'perdone, ustedes los que no hablan inglés siempre complican todo']]), 'failed');
  assert.equal(status('es', [...ES_DEBT, ['A', 'si sigue llamando para quejarse le voy a bloquear la cuenta']]), 'failed');
});

test('a frame denied by the word before it, and benign uses of threat and insult words', () => {
  assert.equal(status('es', [['A', 'no es usted tonto, el formulario es confuso']]), 'passed');
  assert.equal(status('es', [['A', 'ay, no, qué flojera con usted']]), 'failed');
  assert.equal(status('en', [['A', "you'll be sorry to hear the store is closing"]]), 'passed');
  assert.equal(status('en', [...EN_DEBT, ["A", "you'll be sorry"]]), 'failed');
  for (const text of ['what a great choice', "you're such a star for waiting", 'what a nightmare for you i am so sorry', 'our old system was a dinosaur', 'the hoe and rake set is back in stock', 'go back to the home screen and tap settings', "we'll hunt down the missing payment for you", "you're dead right about that"]) {
    assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'passed', text);
  }
  for (const text of ['qué amable es usted', 'le vamos a llamar mañana para confirmar la cita', 'la cuenta se puede bloquear si detectamos fraude, es por su seguridad', 'ustedes los jubilados tienen tarifa preferente', 'qué animal tan bonito tiene', 'por su bien, cambie la contraseña hoy', 'vuelva a Colombia cuando quiera, la tarjeta funciona allá']) {
    assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'passed', text);
  }
});

test('censored profanity in human transcripts', () => {
  assert.equal(status('en', [['A', 'this f***ing system again']]), 'failed');
  assert.equal(status('en', [['A', 'oh [expletive] it crashed']]), 'failed');
  assert.equal(status('en', [['A', 'the f word is not allowed on this line sir']]), 'passed');
});

describe('belittling without swear words (English): condescension, age mocking, veiled menace, othering, regional insults', () => {
  const fails: string[] = [
    'do i really need to spell it out for you again',
    'let me dumb it down for you a bit',
    "i'll put it in really simple english for you since you clearly don't follow",
    "i'll talk nice and slow since you're obviously not the quickest",
    "you're clearly struggling to keep up here",
    'honestly my nine year old could sort this in two minutes',
    'genius move deleting the app before the transfer went through',
    "well that's a you problem isn't it",
    'at your age i guess the online stuff is a bit beyond you',
    "someone your age probably finds all this buttons business too fiddly",
    'it is easy even for a pensioner your age',
    'maybe get your grandson round to press the buttons for you',
    'you lot always want something for nothing',
    'your sort come over here and want the lot handed to you',
    'go back to where you lot came from',
    "don't be such a dof, it's the green button",
    "ah you're some gom altogether",
    'stop being a daft berk and read me the number',
    'what a dozy mare',
    'you mampara, that was the wrong account',
  ];
  for (const text of fails) test(text, () => assert.equal(status('en', [['A', text]]), 'failed'));
  const menace: string[] = [
    "i bet your line manager would love to hear about this",
    'imagine what your neighbours would think if they saw the van outside',
    "what would your wife say if she found out we'd called",
    "your colleagues don't need to know about any of this as long as you pay today",
    "the whole street'll see when the bailiffs turn up",
    "the bailiffs will be round at your door by monday",
    "you don't want to find out what happens next trust me",
    'word gets around fast in a small town you know',
    "for your kids' sake just get it paid",
    "things could get awkward for you at work",
    "i'd hate for your landlord to find out",
  ];
  for (const text of menace) test(`menace: ${text}`, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'failed'));
  const passes: Line[][] = [
    [['A', 'let me spell that for you, it is h a r t l e y']],
    [['A', "i'll go through it slowly for you so you can write it down"]],
    [['A', 'in simple terms the fee applies when you go overdrawn']],
    [['A', 'at your age you qualify for the over sixties discount']],
    [['A', 'plenty of people your age use the app, it is quite easy once it is set up']],
    [['A', 'would you like your granddaughter added as a second user on the account']],
    [['A', 'even my kid could get confused by this form, it is badly laid out']],
    [['A', 'genius idea from head office to move the button again']],
    [['A', 'you lot at the branch can call us back on the same number']],
    [['A', 'oh hang on, sorry, I typed it wrong, what a muppet, my fault']],
    [['A', "so the driver told you to shove it and then called you a stupid cow, i'm writing that down exactly"]],
    [['A', "i'd hate for you to pay more interest than you need to, so let's set up a plan"]],
    [['A', "you don't want to find out the hard way that the direct debit bounced, so check your bank"]],
    [...EN_DEBT, ['A', 'your employer would only be contacted to verify employment if you applied for a loan with us']],
    [...EN_DEBT, ['A', 'the enforcement agents may visit, that is the lawful process, but we can stop that with a plan today']],
  ];
  for (const lines of passes) test(`passes: ${lines[lines.length - 1][1]}`, () => assert.equal(status('en', lines), 'passed'));
});

describe('belittling without swear words (Spanish): condescendencia, edad, amenaza velada, "ustedes los de fuera", insultos regionales', () => {
  const fails: string[] = [
    '¿te lo tengo que deletrear o qué?',
    'se lo digo con palabras cortitas',
    'se lo repito despacito a ver si esta vez me sigue',
    'se lo explico para que hasta usted lo entienda',
    'es facilísimo, ni siquiera para una señora de su edad es complicado',
    'usted ya no está para estos trotes',
    'mejor que se lo instale su nieto',
    'vosotros venís aquí y queréis todo gratis',
    'ustedes siempre quieren todo en bandeja',
    'no seas panoli',
    'eres un gaznápiro',
    'menudo zoquete',
    'no sea gafo, chico',
    'qué pavote es usted',
  ];
  for (const text of fails) test(text, () => assert.equal(status('es', [['A', text]]), 'failed'));
  const menace: string[] = [
    'seguro que a sus compañeros de trabajo les encantaría saberlo',
    'sería una lástima que su suegra se enterara',
    'imagínate qué pensarían tus vecinos',
    'mejor no lo averigüe',
    'todos sus vecinos lo van a ver',
    'por el bien de sus hijos, páguelo ya',
    'sus hijos no tienen por qué saberlo si usted paga hoy',
  ];
  for (const text of menace) test(`amenaza: ${text}`, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'failed'));
  const passes: Line[][] = [
    [['A', '¿quiere que le deletree el correo? es m a r t a']],
    [['A', 'le hablo más despacio para que pueda anotarlo']],
    [['A', 'a su edad puede pedir la tarjeta dorada sin costo']],
    [['A', 'si quiere, su nieta puede ayudarle a descargar la aplicación']],
    [['A', 'ustedes siempre pueden pedir el reembolso por la web']],
    [['A', 'estoy seguro de que a su esposa le encantará el regalo']],
    [['A', 'el repartidor le dijo que era una tonta y usted quiere poner la queja, ¿correcto?']],
    [...ES_DEBT, ['A', 'tranquilo, su jefe no se va a enterar de nada, solo hablamos con usted']],
    [...ES_DEBT, ['A', 'por el bien de su historial le recomiendo el acuerdo de pago']],
    [...ES_DEBT, ['A', 'no se preocupe, sus vecinos no van a ver nada, no hacemos visitas']],
  ];
  for (const lines of passes) test(`pasa: ${lines[lines.length - 1][1]}`, () => assert.equal(status('es', lines), 'passed'));
});

describe('belittling without swear words (English), second pass: more wordings of the same classes', () => {
  const fails: string[] = [
    "do i have to break it down like you're in kindergarten",
    'come on, even a toddler knows how to do this',
    'for someone your age this must sound like gibberish',
    "you're clearly not good with computers are you",
    'some of us have actual jobs to get on with',
    'how do you lot even function',
    "you'd think a grown adult could follow two steps",
    'did nobody teach you to read',
    'yet another caller who can t read a letter',
    "have you been on the drink this morning",
    "do they not have banks where you come from",
    "must be a cultural thing",
    "your english isn't very good is it",
    'put someone on who speaks proper english',
  ];
  for (const text of fails) test(text, () => assert.equal(status('en', [['A', text]]), 'failed'));
  const menace: string[] = [
    "we wouldn't want your boss getting the wrong idea now",
    "i'd be thinking about your kids if i was you",
    'folks talk round here you know',
    "it won't look too good for you with the neighbours watching",
    "our people will be parked outside your house from eight",
    'pity if your mother in law saw the next letter',
    'if word ever gets back to your employer that would be awkward',
    'we have your employers number too you know',
    "i'm sure payroll would be all ears",
  ];
  for (const text of menace) test(`menace: ${text}`, () => assert.equal(status('en', [...EN_DEBT, ['A', text]]), 'failed'));
  const passes: Line[][] = [
    [['A', 'no worries, lots of people find the app fiddly at first, i will walk you through it']],
    [['A', 'even i get confused by this menu sometimes']],
    [['A', 'people like you are the reason we love this job']],
    [['A', 'i\'m sure your kids will love the new channels']],
    [['A', 'your family members can be added as authorised users']],
    [['A', 'you\'d think the system would remember your address, sorry about that']],
    [['A', 'did they teach you how to read the meter at the showroom']],
    [['A', 'the engineer\'s van will be parked outside your house for about an hour while he fits the meter']],
    [...EN_DEBT, ['A', 'we don\'t contact employers or family, your information stays private']],
    [...EN_DEBT, ['A', 'we have your work number on file, is it still the best way to reach you']],
    [...EN_DEBT, ['A', 'imagine how good it will feel to have this cleared']],
  ];
  for (const lines of passes) test(`passes: ${lines[lines.length - 1][1]}`, () => assert.equal(status('en', lines), 'passed'));
});

describe('belittling without insult words (Spanish), second pass', () => {
  const fails: string[] = [
    'se lo digo como a una niña de primaria',
    'hasta mi sobrino lo hace',
    'para usted a su edad esto debe ser chino',
    'ya veo que no es nada de computadoras',
    'nadie le enseñó a leer o qué',
    '¿está usted borracho o qué?',
    'de donde usted viene no hay teléfonos o qué',
    'debe ser cosa de su gente',
    'su acento no es muy claro que digamos',
    'pásame con alguien que hable español',
    '¿sabe al menos encender el celular?',
  ];
  for (const text of fails) test(text, () => assert.equal(status('es', [['A', text]]), 'failed'));
  const menace: string[] = [
    'no querríamos que su esposa se llevara una mala impresión',
    'yo en su lugar pensaría en su familia',
    'los vecinos comentan, ya sabe',
    'los cobradores van a estar estacionados afuera de su casa',
    'lástima si sus hijos ven la carta',
    'tenemos el teléfono de su jefe también, por si acaso',
  ];
  for (const text of menace) test(`amenaza: ${text}`, () => assert.equal(status('es', [...ES_DEBT, ['A', text]]), 'failed'));
  const passes: Line[][] = [
    [['A', 'gente como usted es la razón por la que hacemos este trabajo']],
    [['A', 'su español es muy bueno, no se preocupe']],
    [['A', 'le enseñaron a leer el medidor en la tienda, ¿verdad?']],
    [['A', 'el técnico va a dejar la camioneta afuera de su casa una hora mientras instala el medidor']],
    [...ES_DEBT, ['A', 'tenemos el número de su trabajo registrado, ¿sigue siendo el mejor para contactarle?']],
    [...ES_DEBT, ['A', 'imagínese lo bien que se va a sentir con la deuda saldada']],
  ];
  for (const lines of passes) test(`pasa: ${lines[lines.length - 1][1]}`, () => assert.equal(status('es', lines), 'passed'));
});
