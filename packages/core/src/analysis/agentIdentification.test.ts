// Agent identification (checks/agentIdentification.ts): the agent's own name in every common phrasing, without
// metadata.agent_name, and the full check (name AND company in the opening), in English and Spanish.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import { agentNameIn } from './checks/agentIdentification.ts';
import type { AnalysisLanguage } from './schemas.ts';

function nameGiven(text: string, language: AnalysisLanguage, metadata: Record<string, unknown> = {}): boolean {
  return agentNameIn(text, language, typeof metadata.company_name === 'string' ? metadata.company_name : undefined) !== null;
}
const status = (segments: { speaker: 'Agent' | 'Customer'; text: string; start: number; end: number }[], language: AnalysisLanguage, metadata: Record<string, unknown> = {}) =>
  analyseCall({ segments, language, metadata }).results.compliance.checks.find((c) => c.id === 'agent_identification')!.status;
const agent = (text: string) => [{ speaker: 'Agent' as const, text, start: 0, end: 5 }];

const EN_POSITIVE = [
  'this is sam from northwind bank how can i help',
  'Hi, this is Sam at Northwind Bank.',
  'this is sam with summit credit union',
  'Good morning, this is Sam speaking.',
  'Welcome to Harper Valley. Calls on this line are monitored and recorded. I am Joe.',
  "I'm Joe, how can I help you today?",
  "hi i'm joe how can i help",
  "You're speaking with Ana, how can I help?",
  'you are speaking with ana',
  'Sam speaking, how can I help?',
  'northwind bank sam speaking',
  'hi this is uh dana from summit credit union',
  'this is mary ann from the bank',
  "hi you've reached northwind bank this is sam just so you're aware we're recording this conversation",
  'thanks for calling this is Ahmed',
  'my name is lee',
];
const EN_NEGATIVE = [
  'thank you for calling northwind bank, this is about your card payment',
  'hi, I am calling from the bank about your account',
  'i am calling from northwind bank',
  "I'm sorry to hear that.",
  "i'm sorry about the wait",
  'this is northwind bank how can i help you',
  'this is a courtesy call about your account',
  'this is customer service how can i help',
  "you're speaking with customer support",
  'you are speaking with the fraud team',
  'this is regarding your loan application',
  'this is important information about your account',
  "i'm not sure i understand",
  "i'm just checking your account now",
  'I am happy to help you with that.',
  'i am really sorry',
  'generally speaking we open at nine',
  'who am i speaking with today',
  'we open at nine am monday',
  'this is uh about your card',
  'good morning how are you doing today',
];

const ES_POSITIVE = [
  'Buenos días, le atiende Lucía.',
  'buenas tardes caja sierra le atiende javier',
  'hola soy lucía de banco norte',
  'Soy Lucía, ¿en qué puedo ayudarle?',
  'gracias por llamar, habla con lucía',
  'está hablando con Ana, ¿en qué le puedo ayudar?',
  'le habla carlos de caja sierra',
  'mi nombre es lucía',
  'me llamo Javier',
  'hola soy eh pedro de caja sierra',
];
const ES_NEGATIVE = [
  'soy cliente de ustedes desde hace años',
  'le llamo de banco norte por su tarjeta',
  'hola, soy de banco norte',
  'soy la encargada de su expediente',
  'gracias por llamar a caja sierra, habla con el departamento de tarjetas',
  'le atiende el servicio de atención al cliente',
  'habla con atención al cliente',
  'está hablando con banco norte',
  'soy consciente de que es un problema',
  'buenos días, ¿en qué puedo ayudarle?',
  'lo siento mucho, soy nueva en el puesto',
];

describe('agent name detection (English)', () => {
  for (const t of EN_POSITIVE) test(`name given: "${t}"`, () => assert.equal(nameGiven(t, 'en'), true));
  for (const t of EN_NEGATIVE) test(`no name: "${t}"`, () => assert.equal(nameGiven(t, 'en'), false));
  test('company from metadata is not taken for a name ("this is harper valley")', () => {
    assert.equal(nameGiven('this is harper valley how can i help', 'en', { company_name: 'Harper Valley' }), false);
    assert.equal(nameGiven('this is harper valley how can i help', 'en', { company_name: 'Harper Valley', agent_name: 'Joe' }), false);
    assert.equal(nameGiven('harper valley this is joe', 'en', { company_name: 'Harper Valley' }), true);
  });
  test('name and company both needed, in any phrasing', () => {
    assert.equal(status(agent("you're through to Sam at Lakeside Energy, how can I help?"), 'en'), 'passed');
    assert.equal(status(agent('Acme billing, Priya speaking.'), 'en'), 'passed');
    assert.equal(status(agent('hi this is ray with northwind bank'), 'en'), 'passed');
    assert.equal(status(agent('billing department, Priya speaking.'), 'en'), 'failed');
    assert.equal(status(agent('Hi, this is Sam, how can I help?'), 'en'), 'failed');
    assert.equal(status(agent('Thank you for calling Northwind Bank, how can I help?'), 'en'), 'failed');
    assert.equal(status(agent('hello how can i help'), 'en'), 'failed');
    assert.equal(status(agent('thank you for calling harbor belly this is joe'), 'en', { company_name: 'Harper Valley' }), 'passed');
  });
  test('the customer introducing themselves does not count', () => {
    const out = analyseCall({
      segments: [
        { speaker: 'Agent', text: 'thank you for calling northwind bank how can i help', start: 0, end: 3 },
        { speaker: 'Customer', text: 'hi this is mary johnson', start: 4, end: 6 },
      ],
      language: 'en',
    });
    assert.equal(out.results.compliance.checks.find((c) => c.id === 'agent_identification')!.status, 'failed');
  });
});

describe('agent name detection (Spanish)', () => {
  for (const t of ES_POSITIVE) test(`nombre dado: "${t}"`, () => assert.equal(nameGiven(t, 'es'), true));
  for (const t of ES_NEGATIVE) test(`sin nombre: "${t}"`, () => assert.equal(nameGiven(t, 'es'), false));
  test('full rule: name and company both needed', () => {
    const run = (text: string) => status(agent(text), 'es');
    assert.equal(run('gracias por llamar a banco norte, le atiende lucía'), 'passed');
    assert.equal(run('Movilínea, buenas tardes, le habla Andrés'), 'passed');
    assert.equal(run('gracias por llamar a banco norte, le atiende el departamento de tarjetas'), 'failed');
    assert.equal(run('buenos días, habla Paola, ¿en qué le puedo ayudar?'), 'failed');
    assert.equal(run('Movilínea, buenas tardes.'), 'failed');
  });
  test('a third party answering a collections call: not applicable when the agency is rightly not named', () => {
    const segs = [
      { speaker: 'Customer' as const, text: '¿Aló?', start: 0, end: 1 },
      { speaker: 'Agent' as const, text: 'Buenas tardes, ¿se encuentra el señor Ramírez? Habla Julián.', start: 1.5, end: 5 },
      { speaker: 'Customer' as const, text: 'No, no está, soy su esposa. ¿De parte de quién?', start: 5.5, end: 8 },
      { speaker: 'Agent' as const, text: 'Es un asunto personal, vuelvo a llamar más tarde, gracias.', start: 8.5, end: 12 },
    ];
    assert.equal(status(segs, 'es'), 'not_applicable');
  });
});

// classes of introduction added for generalisation (sentences written for these tests)
const turns = (lines: [('A' | 'C'), string][]) => {
  let t = 0;
  return lines.map(([sp, text]) => {
    const s = { speaker: sp === 'A' ? ('Agent' as const) : ('Customer' as const), text, start: t, end: t + 4 };
    t += 4.5;
    return s;
  });
};

describe('agent identification: introduction frames in every common wording', () => {
  const passEn = [
    'good afternoon welcome to orchard telecom myself ravi kumar how may i help you',
    "Hey, Dana at Pinecrest Energy here.",
    "G'day, Dana from Pinecrest here.",
    "Hi there, Dana with Pinecrest Energy, how are you today?",
    'Hi, Priya here from Brightwave, how can I help?',
    "you're through to priya at brightwave",
    "Ridgeway Wireless, this is Terrence, how can I help?",
    "thanks for calling pinecrest energy you're on the line with dana",
  ];
  for (const t of passEn) test(`passed: "${t}"`, () => assert.equal(status(agent(t), 'en'), 'passed'));
  const passEs = [
    'Buen día, Marta de Seguros Alcázar, ¿cómo le puedo ayudar?',
    'hola buenas marta de seguros alcazar dígame',
    'Buenos días, Seguros Alcázar, atiende Marta.',
    'Buenos días, le atiende Lucía de Telefónica Norte.',
    'buenas tardes está usted en línea con brenda ochoa de conecta plus en qué le puedo ayudar',
  ];
  for (const t of passEs) test(`pasa: "${t}"`, () => assert.equal(status(agent(t), 'es'), 'passed'));
  test('a department word before "de" is not a name ("equipaje de aerolíneas istmo")', () => {
    assert.equal(status(agent('equipaje de aerolineas istmo buenas noches en que le ayudo'), 'es', { company_name: 'Aerolíneas Istmo' }), 'failed');
  });
  test('a customer called "señora Luz Marina" is not a "luz" (electricity) company', () => {
    assert.equal(status(turns([['A', 'Buenos días, ¿hablo con la señora Luz Marina Cárdenas?'], ['C', 'Sí, con ella.'], ['A', 'Le hablo de parte de Tarjeta Guayacán, mi nombre es Julián Ortega.']]), 'es', { company_name: 'Recaudos Andinos' }), 'failed');
  });
  test("the customer's name asked for by the agent is not the agent's", () => {
    assert.equal(status(agent('Good morning, am I speaking to Tom? This is Northgate Finance.'), 'en'), 'failed');
    assert.equal(status(turns([['A', 'Hi, is this Tom?'], ['C', 'Yes.'], ['A', 'Great Tom, this is Northgate Finance calling about your account.']]), 'en'), 'failed');
  });
  test('a customer who shares the agent\'s name after the introduction does not undo it', () => {
    assert.equal(status(turns([['A', 'hello this is lakeside bank my name is patricia how can i help'], ['C', 'hi my name is patricia moore']]), 'en'), 'passed');
  });
  test('the name given when the customer asks for it', () => {
    assert.equal(status(turns([['A', 'Northgate Finance, good morning.'], ['C', "Hi, what's your name please?"], ['A', 'Dana, madam.']]), 'en'), 'passed');
    assert.equal(status(turns([['A', 'Financiera Norte, buenos días.'], ['C', 'Buenos días, ¿con quién tengo el gusto?'], ['A', 'Con Marta, señora, ¿en qué le ayudo?']]), 'es'), 'passed');
  });
  test('a third party in other words (housekeeper, "he is deployed"): not applicable', () => {
    const call = (answer: string) => turns([['A', 'Hello, may I speak with Tom Reyes please?'], ['C', answer], ['A', 'That is fine, could you ask him to call Jay back? It is a personal business matter.'], ['C', 'Okay.']]);
    assert.equal(status(call('Reyes residence, this is the housekeeper speaking.'), 'en'), 'not_applicable');
    assert.equal(status(call("He's deployed overseas, I'm his spouse."), 'en'), 'not_applicable');
  });
});

test('an outbound call introduces the agent once the right person is verified (before the debt is discussed)', () => {
  const call = turns([
    ['A', 'Hello, good afternoon, this call is recorded. May I speak with Tom Reyes please?'], ['C', 'Yes, speaking.'],
    ['A', 'Thanks Tom. For security can you confirm your date of birth?'], ['C', 'Third of March, nineteen eighty.'],
    ['A', 'And the first line of your address?'], ['C', 'Twelve Oak Street.'],
    ['A', 'Thank you, that matches. My name is Jay and I am calling from Crestline Recovery.'], ['C', 'Okay.'],
  ]);
  assert.equal(status(call, 'en'), 'passed');
  const late = turns([
    ['A', 'Hello, may I speak with Tom Reyes please?'], ['C', 'Yes, speaking.'],
    ['A', 'Tom, you have an overdue balance of four hundred dollars.'], ['C', 'Okay.'],
    ['A', 'When can you pay it?'], ['C', 'Friday.'],
    ['A', 'My name is Jay and I am calling from Crestline Recovery.'], ['C', 'Okay.'],
  ]);
  assert.equal(status(late, 'en'), 'failed');
});

test('a bare name right after the company and a greeting, before the offer of help', () => {
  assert.equal(status(agent('Buenas tardes, Cooperativa Andina, Ximena Rojas, ¿en qué le puedo ayudar?'), 'es', { company_name: 'Cooperativa Andina' }), 'passed');
  assert.equal(status(agent('Pinecrest Energy, Dana, how can I help?'), 'en', { company_name: 'Pinecrest Energy' }), 'passed');
  assert.equal(status(agent('Pinecrest Energy, good morning, how can I help?'), 'en', { company_name: 'Pinecrest Energy' }), 'failed');
  assert.equal(status(agent('Cooperativa Andina, atención al cliente, ¿en qué le puedo ayudar?'), 'es', { company_name: 'Cooperativa Andina' }), 'failed');
  assert.equal(status(agent('Gracias por llamar a Cooperativa Andina, está usted hablando con Ximena.'), 'es', { company_name: 'Cooperativa Andina' }), 'passed');
});

describe('agent identification: the recogniser splits or joins the company name; clinics and practices', () => {
  test('a compound company name heard as two words, or two words heard as one', () => {
    assert.equal(status(agent('thanks for calling oak brook veterinary this is priya'), 'en', { company_name: 'Oakbrook Veterinary' }), 'passed');
    assert.equal(status(agent('hi tom its jake calling from stone haven lettings'), 'en', { company_name: 'Stonehaven Lettings' }), 'passed');
    assert.equal(status(agent('welcome to bluewater telecom this is asha'), 'en', { company_name: 'Blue Water Telecom' }), 'passed');
    assert.equal(status(agent('buenos días le atiende carla de agua clara seguros'), 'es', { company_name: 'Aguaclara Seguros' }), 'passed');
  });
  test('everyday words that do not join into the name stay no company', () => {
    assert.equal(status(agent('hi this is priya how can i help with the oak today'), 'en', { company_name: 'Oakbrook Veterinary' }), 'failed');
  });
  test('a clinic, practice or pharmacy named in the answer, without metadata', () => {
    assert.equal(status(agent('maple grove family clinic this is dev how can i help'), 'en'), 'passed');
    assert.equal(status(agent('good morning st anne hospital switchboard this is dev'), 'en'), 'passed');
    assert.equal(status(agent('buenos días clínica san rafael le atiende marta'), 'es'), 'passed');
    assert.equal(status(agent('hi this is dev calling about your dental appointment'), 'en'), 'failed');
    assert.equal(status(agent('hi this is dev from the clinic'), 'en'), 'failed');
  });
  test('"myself <name>" when the recogniser breaks the name into a function word and a word', () => {
    assert.equal(status(agent('good evening welcome to kiran telecom myself and eetha how can i help'), 'en', { company_name: 'Kiran Telecom' }), 'passed');
    assert.equal(status(agent('good evening welcome to kiran telecom myself and my colleagues are here to help'), 'en', { company_name: 'Kiran Telecom' }), 'failed');
  });
  test('the creditor named before the debt or after "con la" is not the agency', () => {
    assert.equal(status(turns([['A', 'Hi, is this Tom?'], ['C', 'Yes.'], ['A', 'Hi Tom this is Gina, it is about the pinewood dental balance of two hundred dollars.']]), 'en'), 'failed');
    assert.equal(status(turns([['A', '¿Don Tomás?'], ['C', 'Sí, ¿quién habla?'], ['A', 'Habla Gina. Usted tiene una mora con la financiera de electrodomésticos desde marzo.']]), 'es'), 'failed');
  });
});

test('an introduction cut off by the customer and resumed in the next turn', () => {
  assert.equal(status(turns([['A', 'Hi, you have reached Northgate Energy, my name is'], ['C', 'Hello? Sorry, bad line.'], ['A', "Sorry about that, it's Priya, how can I help?"]]), 'en'), 'passed');
  assert.equal(status(turns([['A', 'Buenas tardes, Energía Norte, le atiende'], ['C', 'Hola, perdone.'], ['A', 'Perdone, decía, soy Marta, ¿en qué le ayudo?']]), 'es'), 'passed');
  assert.equal(status(turns([['A', 'Hi, you have reached Northgate Energy, this is'], ['C', 'Hi, I need some help.'], ['A', 'Hello, how can I help?']]), 'en'), 'failed');
  assert.equal(status(turns([['A', 'Buenas tardes, Energía Norte, le atiende'], ['C', 'Hola, perdone.'], ['A', 'Dígame, ¿en qué le ayudo?']]), 'es'), 'failed');
});
