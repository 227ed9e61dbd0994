import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPii, redactTexts } from './detectPii.ts';
import type { TranscriptSegment } from './schemas.ts';

let t = 0;
const seg = (speaker: 'Agent' | 'Customer', text: string): TranscriptSegment => {
  const s = { speaker, text, start: t, end: t + 3 };
  t += 3.5;
  return s;
};
const types = (segments: TranscriptSegment[], lang: 'en' | 'es') => detectPii(segments, lang).map((f) => f.type);

describe('detectPii (English)', () => {
  test('card number written, spoken, in pairs, and split across segments', () => {
    assert.deepEqual(types([seg('Customer', 'my card is 4111 1111 1111 1111')], 'en'), ['card_number']);
    assert.deepEqual(types([seg('Customer', 'four one one one one one one one one one one one one one one one')], 'en'), ['card_number']);
    assert.deepEqual(types([seg('Customer', 'forty one eleven eleven eleven eleven eleven eleven eleven')], 'en'), ['card_number']);
    const split = [seg('Agent', 'card number please'), seg('Customer', 'five five five five five five five five'), seg('Agent', 'uh huh'), seg('Customer', 'five five five five four four four four')];
    const f = detectPii(split, 'en');
    assert.equal(f.length, 1);
    assert.equal(f[0].type, 'card_number');
    assert.deepEqual(f[0].spans.map((s) => s.segment), [1, 3]);
  });
  test('a 16-digit number that fails Luhn is not a card', () => {
    assert.deepEqual(types([seg('Customer', 'reference 4111 1111 1111 1112')], 'en').filter((x) => x === 'card_number'), []);
  });
  test('CVV and expiry need their context', () => {
    const f = types([seg('Agent', 'and the security code on the back?'), seg('Customer', 'seven three nine'), seg('Agent', 'and the expiration date?'), seg('Customer', 'oh four twenty seven')], 'en');
    assert.deepEqual(f, ['card_cvv', 'card_expiry']);
    assert.deepEqual(types([seg('Agent', 'how many cards do you have?'), seg('Customer', 'three')], 'en'), []);
  });
  test('SSN, email (written and spoken), phone', () => {
    assert.deepEqual(types([seg('Customer', 'my social is 123-45-6789')], 'en'), ['ssn']);
    assert.deepEqual(types([seg('Customer', 'it is john.smith@example.com')], 'en'), ['email']);
    assert.deepEqual(types([seg('Customer', 'it is john dot smith at gmail dot com')], 'en'), ['email']);
    assert.deepEqual(types([seg('Customer', 'call me on 555-201-4477')], 'en'), ['phone']);
    assert.deepEqual(types([seg('Customer', 'call me on five five five two zero one four four seven seven')], 'en'), ['phone']);
  });
  test('amounts and dates are not PII', () => {
    assert.deepEqual(types([seg('Agent', 'your balance is $2,350.75 as of March 3rd 2024')], 'en'), []);
    assert.deepEqual(types([seg('Customer', 'I was born in nineteen eighty five')], 'en'), []);
  });
});

describe('detectPii (Spanish)', () => {
  test('DNI and NIE with check letter, written and spoken', () => {
    assert.deepEqual(types([seg('Customer', 'mi DNI es 12345678Z')], 'es'), ['dni']);
    assert.deepEqual(types([seg('Customer', 'mi DNI es 12345678A')], 'es'), [], 'wrong check letter');
    assert.deepEqual(types([seg('Customer', 'uno dos tres cuatro cinco seis siete ocho zeta')], 'es'), ['dni']);
    assert.deepEqual(types([seg('Customer', 'mi NIE es X1234567L')], 'es'), ['nie']);
  });
  test('IBAN (mod-97), spaced', () => {
    assert.deepEqual(types([seg('Agent', 'la cuenta ES91 2100 0418 4502 0005 1332')], 'es'), ['iban']);
    assert.deepEqual(types([seg('Agent', 'la cuenta ES92 2100 0418 4502 0005 1332')], 'es').filter((x) => x === 'iban'), []);
  });
  test('tarjeta dicha en palabras, y el código de seguridad', () => {
    const f = types([seg('Customer', 'cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno'), seg('Agent', '¿y el código de seguridad?'), seg('Customer', 'siete tres nueve')], 'es');
    assert.deepEqual(f, ['card_number', 'card_cvv']);
  });
  test('móvil y correo', () => {
    assert.deepEqual(types([seg('Customer', 'mi móvil es 612 345 678 y mi correo ana@correo.es')], 'es'), ['phone', 'email']);
  });
});

test('redactTexts replaces each span with its tag and never leaves the value', () => {
  const segments = [seg('Customer', 'card 4111 1111 1111 1111 and email a.b@example.com, dni 12345678Z')];
  const f = detectPii(segments, 'en');
  const [text] = redactTexts(segments, f);
  assert.equal(text, 'card [CARD_NUMBER] and email [EMAIL], dni [DNI]');
});
