import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSentiment } from './scoreSentiment.ts';
import { detectLanguage } from './detectLanguage.ts';
import { computeQualityMetrics } from './computeQualityMetrics.ts';

const pos = (text: string, lang: 'en' | 'es') => assert.ok(scoreSentiment(text, lang) > 0.05, `expected positive: "${text}" = ${scoreSentiment(text, lang)}`);
const neg = (text: string, lang: 'en' | 'es') => assert.ok(scoreSentiment(text, lang) < -0.05, `expected negative: "${text}" = ${scoreSentiment(text, lang)}`);
const neutral = (text: string, lang: 'en' | 'es') => assert.equal(scoreSentiment(text, lang), 0, `expected neutral: "${text}"`);

describe('scoreSentiment', () => {
  test('English polarity, range, neutral text', () => {
    assert.ok(scoreSentiment('thank you so much, that is great', 'en') > 0.5);
    assert.ok(scoreSentiment('this is ridiculous, I am really frustrated', 'en') < -0.5);
    assert.equal(scoreSentiment('I would like to check my balance', 'en'), 0);
    for (const s of ['awful awful awful terrible horrible', 'great great wonderful amazing', 'oh great, another hour on hold, just perfect!!!']) {
      const v = scoreSentiment(s, 'en');
      assert.ok(v >= -1 && v <= 1);
    }
  });
  test('English negation flips and dampens, intensifiers amplify', () => {
    assert.ok(scoreSentiment('this is not good', 'en') < 0);
    assert.ok(scoreSentiment('no problem', 'en') > 0);
    assert.ok(scoreSentiment('very good', 'en') > scoreSentiment('good', 'en'));
    assert.ok(scoreSentiment("i'm not very happy about it", 'en') < 0, 'negation across an intensifier');
    assert.ok(scoreSentiment('the agent was nice but the issue is still there and it is awful', 'en') < 0, 'what follows "but" weighs more');
  });
  test('call vocabulary is not an opinion', () => {
    neutral("I'll pay the outstanding balance on my credit card", 'en'); // "I'll" is not "ill"; balance / credit / outstanding are not opinions
    neutral("he'll call you back about the debt", 'en');
    neutral('can you help me block my card', 'en');
    neutral('yeah so my phone number is five five five', 'en');
    neutral('quiero validar el acceso a mi cuenta con la clave', 'es');
    neutral('que me informen del cobro de la factura, por favor', 'es');
  });
  test('politeness: greetings and farewells are mildly positive, never more than an opinion', () => {
    pos('hi my name is Dana Ruiz', 'en');
    pos('you too, bye bye', 'en');
    pos('igualmente, que tenga buen día', 'es');
    pos('hola, buenas tardes', 'es');
    assert.ok(scoreSentiment('hello', 'en') < scoreSentiment('thank you', 'en'));
    neg('hello, this is the fourth time I have rung about my router', 'en');
  });
  test('closing satisfaction: the answer "no" is not a negation', () => {
    for (const s of ['no, that will be everything, cheers', 'nope, I think that should be it for today', 'no no, I am all set, thank you', 'nah that was all I needed']) pos(s, 'en');
    for (const s of ['no, eso sería todo, muchas gracias', 'no señorita, nada más', 'no, ya está, gracias', 'no gracias, con eso me basta']) pos(s, 'es');
    assert.ok(scoreSentiment("no, that's all, thank you", 'en') >= scoreSentiment('thank you', 'en'));
    // a real negation is still a negation
    neg('no estoy nada satisfecho con la atención', 'es');
    neg('todavía no me han solucionado nada', 'es');
  });
  test('sarcasm is negative', () => {
    for (const s of ['oh wonderful, the app crashed again', 'great, just what I wanted, a second bill for the same month', 'yeah right, like anyone is going to call me back', 'oh perfect, cut off again in the middle of the transfer', 'thanks for nothing']) neg(s, 'en');
    for (const s of ['vaya maravilla, otra vez sin luz en todo el barrio', 'genial, lo que me faltaba', 'qué bien, de nuevo me cobraron dos veces', 'perfecto, otra semana esperando al técnico']) neg(s, 'es');
    // genuine enthusiasm stays positive
    pos('great, that worked, thank you so much', 'en');
    pos('perfect, thanks again for sorting it out', 'en');
    pos('genial, muchas gracias otra vez', 'es');
    pos('perfecto, ya me llegó la tarjeta', 'es');
  });
  test('frustration without opinion words is negative', () => {
    for (const s of [
      'this is my third time phoning about the same bill',
      "I've called you people five times this month",
      'we have been waiting for over three weeks for the engineer',
      'the router still does not work',
      'nobody ever calls me back',
      'you charged me twice for the same order',
      'I want to speak to a supervisor right now',
      'sorry what was that, you are breaking up',
    ]) neg(s, 'en');
    for (const s of [
      'llevamos un mes sin internet',
      'es la cuarta vez que llamo por lo mismo',
      'ya he llamado varias veces y nadie me soluciona nada',
      'nadie me da una respuesta',
      'el módem dejó de funcionar',
      'sigo esperando el reembolso',
      'quiero hablar con el encargado',
      'me tienen podrido con este tema', // rioplatense
      'el servicio es de terror', // Chile / Argentina
    ]) neg(s, 'es');
    for (const s of ["that's not what I ordered", "you're not listening to me", 'the engineer never showed up']) neg(s, 'en');
    for (const s of ['el técnico nunca vino', 'no me están escuchando', 'no estoy conforme con la respuesta', 'pues qué bien, por fin me atienden después de una hora']) neg(s, 'es');
    // a conditional is not a complaint
    assert.ok(scoreSentiment("if it doesn't work just call us back", 'en') >= 0);
  });
  test('Spanish polarity, negation, intensifiers, regional words', () => {
    assert.ok(scoreSentiment('muchas gracias, es usted muy amable', 'es') > 0.5);
    assert.ok(scoreSentiment('estoy muy enfadado, esto es inaceptable', 'es') < -0.5);
    assert.ok(scoreSentiment('no estoy contento', 'es') < 0);
    assert.ok(scoreSentiment('muy bien', 'es') > scoreSentiment('bien', 'es'));
    assert.ok(scoreSentiment('estoy re contento con el cambio', 'es') > scoreSentiment('estoy contento con el cambio', 'es'));
    pos('chévere, mil gracias', 'es');
    pos('bacán, quedó solucionado', 'es');
    neg('estoy cabreadísimo, es una vergüenza', 'es');
    neg('estoy bien enojado', 'es');
    neutral('quiero consultar mi saldo', 'es');
    neutral('bueno, mire, le llamo por la factura', 'es');
  });
  test('exclamation and capitals intensify', () => {
    assert.ok(scoreSentiment('this is ridiculous!', 'en') < scoreSentiment('this is ridiculous', 'en'));
    assert.ok(scoreSentiment('this is RIDICULOUS', 'en') < scoreSentiment('this is ridiculous', 'en'));
  });
});

describe('sentiment in the quality metrics', () => {
  test('politeness alone does not make a calm call "improving"; a real change does', () => {
    const S = (speaker: 'Agent' | 'Customer', start: number, text: string) => ({ speaker, start, end: start + 4, text });
    const calm = computeQualityMetrics([S('Customer', 0, 'hi there'), S('Agent', 10, 'how can I help'), S('Customer', 20, 'I need my balance'), S('Agent', 30, 'it is two hundred'), S('Customer', 36, 'okay bye')], null, 40, { language: 'en' });
    assert.equal(calm.sentiment.customer_trend, 'steady');
    assert.ok(calm.segment_sentiment[0] > 0, 'the greeting itself is mildly positive');
    const better = computeQualityMetrics([S('Customer', 0, 'this is the third time I am calling about the same fault'), S('Agent', 10, 'I am sorry'), S('Customer', 30, 'no, that is all, thank you so much')], null, 40, { language: 'en' });
    assert.equal(better.sentiment.customer_trend, 'improving');
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
