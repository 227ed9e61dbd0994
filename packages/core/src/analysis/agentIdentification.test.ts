// Agent self-introduction ("this is Sam", "I am Joe", "soy Lucía") through the built-in
// agent_identification phrases, without metadata.agent_name, in English and Spanish.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import { AGENT_IDENTIFICATION_PHRASES } from './packs/sharedPhrases.ts';
import { AGENT_IDENTIFICATION_RULE } from './packs/complianceDefault.ts';
import type { AnalysisLanguage, PolicyDocument } from './schemas.ts';

/** A policy with only the "agent name" group of the built-in rule. */
function nameOnlyPolicy(): PolicyDocument {
  return {
    id: 'name-only',
    version: 1,
    name: 'name only',
    rules: [{ ...AGENT_IDENTIFICATION_RULE, phrases: { en: [AGENT_IDENTIFICATION_PHRASES.en![0]], es: [AGENT_IDENTIFICATION_PHRASES.es![0]] } }],
  };
}

function nameGiven(text: string, language: AnalysisLanguage, metadata: Record<string, unknown> = {}): boolean {
  const out = analyseCall({ segments: [{ speaker: 'Agent', text, start: 0, end: 6 }], language, policy: nameOnlyPolicy(), metadata });
  return out.results.compliance.checks[0].status === 'passed';
}

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
  test('metadata.agent_name still works ("I am Elizabeth")', () => {
    assert.equal(nameGiven('i am elizabeth', 'en', { agent_name: 'Elizabeth' }), true);
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
    const run = (text: string) =>
      analyseCall({ segments: [{ speaker: 'Agent', text, start: 0, end: 5 }], language: 'es' }).results.compliance.checks.find((c) => c.id === 'agent_identification')!.status;
    assert.equal(run('gracias por llamar a banco norte, le atiende lucía'), 'passed');
    assert.equal(run('gracias por llamar a banco norte, le atiende el departamento de tarjetas'), 'failed');
  });
});
