import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSentiment } from './scoreSentiment.ts';
import { detectLanguage } from './detectLanguage.ts';

describe('scoreSentiment', () => {
  test('English polarity, range, neutral text', () => {
    assert.ok(scoreSentiment('thank you so much, that is great', 'en') > 0.5);
    assert.ok(scoreSentiment('this is ridiculous, I am really frustrated', 'en') < -0.5);
    assert.equal(scoreSentiment('I would like to check my balance', 'en'), 0);
    for (const s of ['awful awful awful terrible horrible', 'great great wonderful amazing']) {
      const v = scoreSentiment(s, 'en');
      assert.ok(v >= -1 && v <= 1);
    }
  });
  test('English negation flips and dampens, intensifiers amplify', () => {
    assert.ok(scoreSentiment('this is not good', 'en') < 0);
    assert.ok(scoreSentiment('no problem', 'en') > 0);
    assert.ok(scoreSentiment('very good', 'en') > scoreSentiment('good', 'en'));
    assert.ok(scoreSentiment('good morning', 'en') === 0, 'greeting is not an opinion');
  });
  test('Spanish polarity, negation, intensifiers', () => {
    assert.ok(scoreSentiment('muchas gracias, es usted muy amable', 'es') > 0.5);
    assert.ok(scoreSentiment('estoy muy enfadado, esto es inaceptable', 'es') < -0.5);
    assert.ok(scoreSentiment('no estoy contento', 'es') < 0);
    assert.ok(scoreSentiment('muy bien', 'es') > scoreSentiment('bien', 'es'));
    assert.equal(scoreSentiment('buenos días, quiero consultar mi saldo', 'es'), 0);
  });
});

describe('detectLanguage', () => {
  test('English and Spanish call text', () => {
    assert.equal(detectLanguage('hello thank you for calling how can i help you today'), 'en');
    assert.equal(detectLanguage('hola buenos días gracias por llamar en qué puedo ayudarle'), 'es');
    assert.equal(detectLanguage('sí, mi tarjeta'), 'es');
    assert.equal(detectLanguage(''), 'en');
  });
});
