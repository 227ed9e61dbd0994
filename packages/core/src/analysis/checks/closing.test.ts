// closing (checks/closing.ts): the offer of further help AND the thanks, from the end of the call only; the customer
// leaving mid-call (in any wording) makes it not applicable. Sentences written for these tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateClosing } from './closing.ts';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';
import type { AnalysisLanguage, ScorecardItem } from '../schemas.ts';

const ITEM = { id: 'closing', title: { en: 'Closing', es: 'Cierre' }, weight: 10, kind: 'closing' } as unknown as ScorecardItem;
const status = (language: AnalysisLanguage, lines: Line[]) => (evaluateClosing(transcript(language, lines), ITEM) as { status?: string }).status;

const MID_EN: Line[] = [
  ['A', 'Thanks for calling Telered, this is Sophie, how can I help?'], ['C', 'Hi, I was overcharged on this month bill.'],
  ['A', 'Thanks, let me have a look. Can I get your date of birth?'], ['C', 'Fifth of May eighty two.'],
  ['A', 'Thank you. I can see a duplicate charge of fifteen dollars, I will refund it on the next bill.'], ['C', 'Oh great.'],
  ['A', 'That refund is now on the account.'], ['C', 'Lovely.'],
];
const MID_ES: Line[] = [
  ['A', 'Buenos días, gracias por llamar a Telered, le atiende Sofía.'], ['C', 'Hola, me cobraron de más este mes.'],
  ['A', 'Vale, gracias, déjeme revisar. ¿Me da su DNI?'], ['C', 'Uno dos tres cuatro cinco seis siete ocho.'],
  ['A', 'Gracias. Veo un cargo duplicado de quince euros, se lo devuelvo en la próxima factura.'], ['C', 'Ah, perfecto.'],
  ['A', 'Ya está registrado el abono.'], ['C', 'Estupendo.'],
];

describe('closing: offer of further help in other words', () => {
  const en: Line[][] = [
    [['A', 'What else can I do for you today?'], ['C', 'Nothing, that is it.'], ['A', 'Thanks so much, bye now.']],
    [['A', 'Can I help you any further today?'], ['C', 'No thanks.'], ['A', 'Alright, thank you for your time, take care.']],
    [['A', 'Does that answer all your questions?'], ['C', 'It does.'], ['A', 'Great, thanks for ringing, bye.']],
    [['A', 'What more can I do for you?'], ['C', 'Nothing.'], ['A', 'Thank you, have a lovely day.']],
    [['A', 'Is there anything else I can help with today?'], ['C', 'No, that is it.'], ['A', 'Diolch for calling, have a lovely day. Hwyl.']],
  ];
  for (const l of en) test(`passed: ${l[0][1]}`, () => assert.equal(status('en', [...MID_EN, ...l]), 'passed'));
  const es: Line[][] = [
    [['A', '¿Algo más, Hugo?'], ['C', 'No, eso es todo.'], ['A', 'Gracias a ti, que lo disfrutes.']],
    [['A', '¿Te puedo ayudar con otra cosa?'], ['C', 'No, nada.'], ['A', 'Dale, gracias a vos, chau.']],
    [['A', '¿Hay algo más en que le pueda servir?'], ['C', 'No, así está bien.'], ['A', 'Le agradecemos su preferencia, que tenga excelente tarde.']],
    [['A', '¿Desea consultar algo más?'], ['C', 'No.'], ['A', 'Le agradezco su tiempo, buenas tardes.']],
    [['A', '¿Se le ofrece algo más?'], ['C', 'No, gracias.'], ['A', 'Gracias a usted, que tenga buen día.']],
    [['A', '¿Le quedó alguna duda?'], ['C', 'No, todo claro.'], ['A', 'Muchas gracias por llamar.']],
    [['A', '¿Con eso estaría?'], ['C', 'Sí, eso es todo.'], ['A', 'Gracias por comunicarte, que andes bien.']],
  ];
  for (const l of es) test(`pasa: ${l[0][1]}`, () => assert.equal(status('es', [...MID_ES, ...l]), 'passed'));
});

describe('closing: what is not a closing', () => {
  test('"algo más" that is not a question ("tarda algo más") is not the offer', () => {
    assert.equal(status('es', [...MID_ES, ['A', 'El abono tarda algo más de tres días en verse.'], ['C', 'Vale.'], ['A', 'Pues muchas gracias, adiós.']]), 'failed');
  });
  test('a thanks during business after the question is not the leave-taking thanks', () => {
    assert.equal(status('es', [['A', 'Hola, le atiende Sofía.'], ['C', 'Hola.'], ['A', '¿Algo más?'], ['C', 'Sí, otra cosa, quiero cambiar la tarifa.'], ['A', 'Vale, gracias, un momento que lo miro.'], ['C', 'Claro.'], ['A', 'Ya está cambiada.'], ['C', 'Bien.'], ['A', 'Ya la tiene activa desde mañana.'], ['C', 'Vale.'], ['A', 'Adiós.']]), 'failed');
  });
  test('farewell only, or the question without thanks, fails', () => {
    assert.equal(status('en', [...MID_EN, ['A', 'Right, that is sorted. Have a good day.'], ['C', 'Bye.']]), 'failed');
    assert.equal(status('es', [...MID_ES, ['A', '¿Algo más?'], ['C', 'No.'], ['A', 'Vale, hasta luego.']]), 'failed');
  });
  test('a transfer without the closing stays failed', () => {
    assert.equal(status('es', [...MID_ES, ['A', 'Le paso con el departamento de bajas, un momento por favor.'], ['C', 'Vale.']]), 'failed');
    assert.equal(status('en', [...MID_EN, ['A', "I'll transfer you to our billing team now, thanks for your patience."], ['C', 'Okay.']]), 'failed');
  });
  test('"you\'re welcome" counts only as the answer to the customer\'s thanks', () => {
    assert.equal(status('en', [...MID_EN, ['A', 'Is there anything else I can help with?'], ['C', 'No, that is all, thank you.'], ['A', "You're welcome, take care."]]), 'passed');
    assert.equal(status('en', [...MID_EN, ['A', 'Is there anything else I can help with?'], ['C', 'No.'], ['A', "You're welcome to call back any time, bye."]]), 'failed');
  });
});

describe('closing: the customer leaves mid-call, by kind', () => {
  const en = [
    "Forget it, I'm cancelling, this is a joke.",
    "Oh, someone's at the door, I have to go.",
    "I'm not doing this. I'll sort it out in the app myself.",
    'Whatever. [hangs up]',
    "No, I'll speak to him myself.",
    "I'm not interested in your policy. Goodbye.",
  ];
  for (const c of en) test(`n/a: ${c}`, () => assert.equal(status('en', [...MID_EN, ['A', "So what I'd need from you is..."], ['C', c]]), 'not_applicable'));
  const es = [
    'Vale, mira, paso ya de esto, llamaré a otra compañía, adiós.',
    'No pues a mí usted no me habla así, adiós.',
    'Uy, me están tocando la puerta, luego le llamo.',
    'Déjelo, lo miro yo en la web.',
    '¡Pues vaya servicio! [cuelga]',
    'Ya, sabís qué, no me interesa, chao no más.',
    'Me harté, voy a cancelar todo. Adiós.',
  ];
  for (const c of es) test(`no aplica: ${c}`, () => assert.equal(status('es', [...MID_ES, ['A', 'Lo que tiene que hacer es...'], ['C', c]]), 'not_applicable'));
  test('the agent who answers the leaving customer with a dismissal ended the call: failed', () => {
    assert.equal(status('en', [...MID_EN, ['A', 'Just restart it.'], ['C', 'This is ridiculous.'], ['A', 'You do that.']]), 'failed');
  });
});

describe('closing: the wrap-up question as a check that all is done, and regional wordings', () => {
  const asks = [
    'Does that take care of everything for you today?',
    'Have I resolved everything for you?',
    'Did we get everything sorted for you?',
    'Is there anything outstanding I can look at?',
    'How else can I help?',
    'Any further questions for me?',
    'Are we all good otherwise?',
    'Is there owt else, love?',
  ];
  for (const q of asks) test(`passed: "${q}"`, () => assert.equal(status('en', [...MID_EN, ['A', q], ['C', 'No, that is great.'], ['A', 'Lovely, thanks for calling, take care.']]), 'passed'));
  test('a statement about the job is not the question', () => {
    assert.equal(status('en', [...MID_EN, ['A', 'The engineer will handle everything on Monday.'], ['C', 'Okay.'], ['A', 'Thanks for calling, bye.']]), 'failed');
  });
  test('a bare "okay" between the question and the thanks does not push the question out of the wrap-up', () => {
    const short: Line[] = [
      ['A', 'Thanks for calling Telered, this is Sophie.'], ['C', 'Hi, what time do you open on Saturday?'],
      ['A', 'We open at nine on Saturdays.'], ['C', 'And on Sunday?'], ['A', 'Sundays we are closed.'], ['C', 'Ah okay.'],
      ['A', 'Is there anything else I can help you with?'],
      ['C', 'No, that is all, thanks a lot.'], ['A', 'Okay.'], ['A', 'Thank you for calling, have a great day.'],
      ['C', 'You too, bye.'], ['A', 'Okay, bye bye.'],
    ];
    assert.equal(status('en', short), 'passed');
  });
});

describe('closing: the customer ends the call mid-way, then has the last word', () => {
  test('leaving, the agent argues, the customer says a curt goodbye: not applicable', () => {
    assert.equal(status('en', [...MID_EN, ['C', 'I am getting my solicitor onto this.'], ['A', 'That is your choice, the charge stays.'], ['C', 'Goodbye.']]), 'not_applicable');
    assert.equal(status('es', [...MID_ES, ['C', 'Pues voy a poner una reclamación.'], ['A', 'Está en su derecho, el cargo se queda.'], ['C', 'Bueno, adiós.']]), 'not_applicable');
  });
  test('the business was finished and the agent said goodbye first: the closing was simply not done', () => {
    assert.equal(status('en', [...MID_EN, ['A', 'Right, that is all noted, take care.'], ['C', 'Bye.']]), 'failed');
    assert.equal(status('es', [...MID_ES, ['A', 'Queda anotado, que esté bien.'], ['C', 'Bueno pues, adiós.']]), 'failed');
  });
  test('telling the caller to stop calling, or to leave them alone: not applicable', () => {
    for (const c of ['Stop calling this number, okay?', 'Take me off your list.', 'Just leave me alone.', "I'm not his secretary."]) {
      assert.equal(status('en', [...MID_EN, ['A', 'And is this the best number to reach him?'], ['C', c], ['A', 'I understand.']]), 'not_applicable', c);
    }
    for (const c of ['Dejen de llamar a esta casa.', 'Déjeme en paz, por favor.', 'No llamen más aquí.']) {
      assert.equal(status('es', [...MID_ES, ['A', '¿Es este el mejor número para localizarle?'], ['C', c], ['A', 'Entiendo, señora.']]), 'not_applicable', c);
    }
  });
  test('a plea to stay is not the agent concluding', () => {
    assert.equal(status('en', [...MID_EN, ['C', 'Leave me alone.'], ['A', 'I just need two minutes of your time.']]), 'not_applicable');
  });
});

describe('closing (ES): asking whether all is resolved, as a written question', () => {
  for (const q of ['¿Quedó resuelta su consulta?', '¿Te quedó todo claro?', '¿Le resolví todo, señora?']) {
    test(`pasa: "${q}"`, () => assert.equal(status('es', [...MID_ES, ['A', q], ['C', 'Sí, todo bien.'], ['A', 'Muchas gracias por llamar, que tenga buen día.']]), 'passed'));
  }
  test('the same words as a statement are not the question', () => {
    assert.equal(status('es', [...MID_ES, ['A', 'Ya queda resuelto.'], ['C', 'Vale.'], ['A', 'Muchas gracias por llamar, que tenga buen día.']]), 'failed');
  });
});
