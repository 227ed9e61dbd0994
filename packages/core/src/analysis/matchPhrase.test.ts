import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from './tokenise.ts';
import { compilePhrase, matchPhrase } from './matchPhrase.ts';
import type { AnalysisLanguage } from './schemas.ts';

function hits(phrase: string, text: string, lang: AnalysisLanguage, placeholders: Record<string, string> = {}) {
  const c = compilePhrase(phrase, lang, placeholders);
  assert.ok(c, `phrase compiles: ${phrase}`);
  return matchPhrase(tokenise(text, lang), c, lang);
}
const positive = (phrase: string, text: string, lang: AnalysisLanguage) => hits(phrase, text, lang).some((m) => !m.negated);

describe('matchPhrase (English)', () => {
  test('exact phrase, any case and punctuation', () => {
    assert.ok(positive('this call may be recorded', 'Hi! THIS CALL MAY BE RECORDED, for quality.', 'en'));
  });
  test('ASR errors: merged words, misspelling, dropped word, split word', () => {
    assert.ok(positive('this call may be recorded', 'this call maybe recordid for quality', 'en'));
    assert.ok(positive('this call may be recorded', 'this call may recorded', 'en'));
    assert.ok(positive('this call is being recorded', 'this call is being re corded', 'en'));
    assert.ok(positive('this call is being recorded', 'uh this call is um being recorded', 'en'));
  });
  test('stemming: inflections match', () => {
    assert.ok(positive('calls are recorded', 'all calls are recording', 'en'));
  });
  test('negation: "I can\'t tell you if this call is recorded" is not a disclosure', () => {
    const m = hits('this call is recorded', "I can't tell you if this call is recorded", 'en');
    assert.equal(m.length, 1);
    assert.equal(m[0].negated, true);
    assert.ok(!positive('this call is being recorded', 'this call is not being recorded', 'en'));
    assert.ok(!positive('this call is recorded', "i don't know if this call is recorded", 'en'));
  });
  test('negation idioms and conditions do not negate', () => {
    assert.ok(positive('this call may be recorded', 'No problem. This call may be recorded.', 'en'));
    assert.ok(positive('we will call your employer', "if you don't pay we will call your employer", 'en'));
  });
  test('negation in an earlier sentence does not leak', () => {
    assert.ok(positive('this call may be recorded', "I'm not sure. This call may be recorded.", 'en'));
  });
  test('unrelated text does not match', () => {
    assert.equal(hits('this call may be recorded', 'I would like to record a new address on my call', 'en').filter((m) => !m.negated).length, 0);
    assert.equal(hits('attempt to collect a debt', 'I want to pay my credit card bill', 'en').length, 0);
  });
  test('wildcard and placeholders', () => {
    assert.ok(positive('thank you for calling *', 'thank you for calling harper valley national bank', 'en'));
  });
});

describe('matchPhrase (Spanish)', () => {
  test('accents, inflection and ASR spelling (ll/y, b/v)', () => {
    assert.ok(positive('esta llamada puede ser grabada', 'Esta yamada puede ser grabado', 'es'));
    assert.ok(positive('verificar su identidad', 'necesito berificar su identidad', 'es'));
    assert.ok(positive('está siendo grabada', 'esta siendo grabada', 'es'));
  });
  test('negation: "no le puedo decir si esta llamada es grabada"', () => {
    const m = hits('esta llamada es grabada', 'No le puedo decir si esta llamada es grabada', 'es');
    assert.equal(m.length, 1);
    assert.equal(m[0].negated, true);
    assert.ok(!positive('esta llamada será grabada', 'esta llamada no será grabada', 'es'));
  });
  test('idiom "no se preocupe" does not negate', () => {
    assert.ok(positive('esta llamada puede ser grabada', 'no se preocupe, esta llamada puede ser grabada', 'es'));
  });
  test('ñ is kept distinct (coño is not con)', () => {
    assert.equal(hits('coño', 'le ayudo con eso', 'es').length, 0);
  });
});

test('placeholders fill from metadata', () => {
  const c = compilePhrase('this is {agent_name}', 'en', { agent_name: 'Elizabeth' });
  assert.ok(c);
  assert.equal(matchPhrase(tokenise('hello this is elizabeth', 'en'), c, 'en').length, 1);
  assert.equal(compilePhrase('this is {agent_name}', 'en', {}), null);
});

describe('{name} slot', () => {
  test('compiles without metadata and matches a name-like word (one or two words)', () => {
    const c = compilePhrase('this is {name}', 'en');
    assert.ok(c && c.hasNameSlot);
    assert.deepEqual(matchPhrase(tokenise('hi this is sam from the bank', 'en'), c, 'en').map((m) => [m.from, m.to]), [[1, 4]]);
    assert.ok(positive('{name} speaking', 'hi mary ann speaking how can i help', 'en'), 'a two-word name before "speaking"');
  });
  test('strict: only hesitations may be inserted, no skipped words before the name', () => {
    assert.ok(positive('this is {name}', 'this is uh sam', 'en'));
    assert.ok(!positive('i am {name}', 'i am calling from northwind', 'en'), '"calling from" must not be skipped to reach "northwind"');
    assert.ok(!positive('this is {name}', 'this call is being recorded', 'en'));
    assert.ok(!positive('i am {name}', 'we open at nine am tuesday', 'en'));
  });
  test('the company name from metadata cannot fill the slot', () => {
    const c = compilePhrase('this is {name}', 'en', { company_name: 'Harper Valley' });
    assert.ok(c);
    assert.equal(matchPhrase(tokenise('this is harper valley', 'en'), c, 'en').length, 0);
  });
  test('Spanish', () => {
    assert.ok(positive('soy {name}', 'hola soy lucía de banco norte', 'es'));
    assert.ok(!positive('soy {name}', 'soy cliente desde hace años', 'es'));
    assert.ok(!positive('habla con {name}', 'habla con el departamento de tarjetas', 'es'));
  });
});
