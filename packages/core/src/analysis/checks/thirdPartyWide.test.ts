// thirdPartyWide (checks/thirdPartyWide.ts): someone other than the person asked for answers, in any wording or
// dialect; the person asked for coming to the phone undoes it; a debtor's own words are not a third party.
// Sentences written for these tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { thirdPartyAnsweredWide } from './thirdPartyWide.ts';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';

const third = (language: 'en' | 'es', lines: Line[]) => thirdPartyAnsweredWide(transcript(language, lines)) !== null;
const askEn = (answer: string, ...more: Line[]): Line[] => [['A', 'Hello, may I speak with Tom Reyes please?'], ['C', answer], ...more, ['A', 'Could you ask him to call Jay back? Thanks.']];
const askEs = (answer: string, ...more: Line[]): Line[] => [['A', 'Buenas tardes, ¿me comunica con el señor Julián Rojas?'], ['C', answer], ...more, ['A', '¿Le puede decir que llame a Andrea? Gracias.']];

describe('third party in other words', () => {
  for (const a of ['Reyes residence, this is the housekeeper speaking.', "He's out, I'm just the babysitter.", "He's deployed overseas, I'm his spouse.", "He's at work till six. Who is this?", 'tom nuh deh yah a mi him madda', "I think you've got the wrong person, I'm not him."]) {
    test(a, () => assert.equal(third('en', askEn(a)), true));
  }
  for (const a of ['No, aquí no vive nadie con ese nombre.', 'Julián falleció hace dos meses.', 'Está en el trabajo, soy la vecina.', 'Habla la empleada, el señor salió.']) {
    test(a, () => assert.equal(third('es', askEs(a)), true));
  }
});

describe('the person asked for', () => {
  test('comes to the phone after a relative answered', () => {
    assert.equal(third('en', askEn("Hang on, I'm his wife, let me get him.", ['C', 'Hello, this is Tom.'])), false);
    assert.equal(third('es', askEs('Soy la esposa, ahorita se lo paso.', ['C', 'Aló, sí, habla Julián.'])), false);
  });
  test('answers and mentions relatives or work himself', () => {
    assert.equal(third('en', askEn("Yeah that's me, but I'm not available long, I work at the hospital.")), false);
    assert.equal(third('en', [['A', 'Hi, is this Tom Reyes?'], ['C', 'Yes. My wife passed away last year, things have been hard.']]), false);
    assert.equal(third('es', askEs('Sí, soy yo. Mi esposa falleció y estoy en el trabajo ahora.')), false);
  });
});

test('the agent checks who is now on the line and the person asked for says yes', () => {
  assert.equal(third('en', askEn("This is his wife, hold on, he's right here.", ['A', 'Hi, is this Tom?'], ['C', 'Yes, what is it?'])), false);
  assert.equal(third('es', askEs('Soy la esposa, ya se lo paso.', ['A', '¿Hablo con Julián?'], ['C', 'Sí, dígame.'])), false);
});

test('an inbound caller speaking for a relative is not a third party answering', () => {
  assert.equal(third('es', [['A', 'Sí, dígame.'], ['C', 'Quiero el saldo de la cuenta de mi madre.'], ['A', '¿Es usted autorizado en la cuenta?'], ['C', 'Sí, claro, soy su hijo.']]), false);
});
test('"is this a good number to reach him?" does not make "good" a name to confirm', () => {
  assert.equal(third('en', [['A', 'may i please speak with jerome banks'], ['C', 'uh hes not here right now whos calling'], ['A', 'this is carla is this a good number to reach him'], ['C', 'yeah this is his number hes at work im his roommate']]), true);
});
