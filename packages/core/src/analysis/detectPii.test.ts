import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPii, redactTexts } from './detectPii.ts';
import type { PolicyRule, TranscriptSegment } from './schemas.ts';
import { detectPciCardData } from './checks/pciCardData.ts';
import { transcript } from './checks/testTranscript.ts';

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

describe('pci: card numbers and CVV, and what is not one', () => {
  const cardTypes = (segments: TranscriptSegment[], lang: 'en' | 'es') => types(segments, lang).filter((x) => x === 'card_number' || x === 'card_cvv');
  test('spoken card with "oh" and "double", in one segment', () => {
    assert.deepEqual(cardTypes([seg('Customer', 'its four five three two oh one double five one two three four five six seven six')], 'en'), ['card_number']);
    assert.deepEqual(cardTypes([seg('Customer', 'four one one one one one one one one one one one one one one one')], 'en'), ['card_number']);
  });
  test('Spanish pairs split over turns, with the agent acknowledging in between', () => {
    const f = cardTypes([seg('Agent', 'dígame el número de la tarjeta'), seg('Customer', 'cincuenta y tres, treinta y dos, cuarenta y tres, cero cero'), seg('Agent', 'ajá'), seg('Customer', 'sesenta, cincuenta y cinco, setenta y siete, noventa y siete')], 'es');
    assert.deepEqual(f, ['card_number']);
  });
  test('the agent reading each group back between the customer\'s groups does not hide the card', () => {
    const f = detectPii([seg('Agent', 'Dígame el número de la tarjeta.'), seg('Customer', 'Cuatro dos ocho cuatro, seis nueve seis cinco...'), seg('Agent', 'Cuatro dos ocho cuatro, seis nueve seis cinco. Siga.'), seg('Customer', 'Cinco uno cinco cuatro, nueve dos uno nueve.')], 'es');
    assert.ok(f.some((x) => x.type === 'card_number' && x.spans.some((sp) => sp.segment === 1) && x.spans.some((sp) => sp.segment === 3)));
  });
  test('Amex 15 digits in groups of four-six-five, with the expiry said straight after', () => {
    assert.deepEqual(cardTypes([seg('Agent', 'card number?'), seg('Customer', 'three seven one four, four nine six three five, three nine eight four three one')], 'en'), ['card_number']);
    assert.deepEqual(cardTypes([seg('Customer', 'tres siete cero seis, cero nueve siete uno, dos dos cero, nueve cuatro uno cero')], 'es'), ['card_number']);
    assert.deepEqual(cardTypes([seg('Customer', 'card is 4532 0155 1234 5676 0427')], 'en'), ['card_number']);
  });
  test('CVV read out: "the three digits on the back", "el código de atrás", said twice', () => {
    assert.deepEqual(cardTypes([seg('Agent', 'and the three digits on the back?'), seg('Customer', 'four two seven')], 'en'), ['card_cvv']);
    assert.deepEqual(cardTypes([seg('Customer', 'el código que pongo es el de atrás, el cuatro ocho uno. Cuatro, ocho, uno.')], 'es'), ['card_cvv']);
    assert.deepEqual(cardTypes([seg('Agent', '¿vencimiento y código de atrás?'), seg('Customer', 'once del veintinueve, y el código es siete uno tres')], 'es'), ['card_cvv']);
  });
  test('last four digits, SSN last four and PINs are not a CVV or a card', () => {
    assert.deepEqual(cardTypes([seg('Agent', 'the last four of the social security number on the account?'), seg('Customer', 'eight three three one')], 'en'), []);
    assert.deepEqual(cardTypes([seg('Agent', 'can you confirm the last four digits of the card'), seg('Customer', 'four four oh nine')], 'en'), []);
    assert.deepEqual(cardTypes([seg('Agent', '¿los últimos cuatro dígitos de la tarjeta?'), seg('Customer', 'dos cero nueve uno')], 'es'), []);
  });
  test('long reference, order, tracking and loan numbers are not cards', () => {
    // 22 spoken digits: some 16-digit window passes Luhn, but the number is one reference
    assert.deepEqual(cardTypes([seg('Agent', 'whats the tracking number'), seg('Customer', 'nine four zero five five one one two zero six two four one seven three three eight two one five one six')], 'en'), []);
    assert.deepEqual(cardTypes([seg('Customer', 'the reference is 4111 1111 1111 1111 2345 67')], 'en'), []);
    assert.deepEqual(cardTypes([seg('Agent', 'your loan account number please'), seg('Customer', 'six zero zero two, nine three one four, four five eight one one seven')], 'en'), []);
    assert.deepEqual(cardTypes([seg('Customer', 'el pedido es el MX siete siete cero cuatro dos uno nueve ocho tres')], 'es'), []);
  });
  test('a phone number followed by a zip code is not a card', () => {
    assert.deepEqual(cardTypes([seg('Customer', 'my number is five five five two zero one four four seven seven'), seg('Customer', 'and the zip is nine zero two one zero')], 'en'), []);
  });
  test('redaction masks a card split over segments in every segment', () => {
    const segments = [seg('Agent', 'card number please'), seg('Customer', 'four one one one one one one one'), seg('Customer', 'one one one one one one one one')];
    const texts = redactTexts(segments, detectPii(segments, 'en'));
    assert.equal(texts[1], '[CARD_NUMBER]');
    assert.equal(texts[2], '[CARD_NUMBER]');
  });
});

describe('pci_card_data check (detectPciCardData)', () => {
  const rule = { id: 'pci_card_data' } as PolicyRule;
  test('a card split over segments fails, with every segment as evidence; an expiry or the last four alone pass', () => {
    const v = detectPciCardData(transcript('en', [['A', 'card number please'], ['C', 'four five three two zero one five five'], ['A', 'mm hm'], ['C', 'one two three four five six seven six']]), rule);
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [1, 3]);
    assert.equal(detectPciCardData(transcript('en', [['A', 'whats the expiry on the card ending four four oh nine'], ['C', 'oh four twenty seven']]), rule).status, 'passed');
    assert.equal(detectPciCardData(transcript('es', [['A', '¿fecha de vencimiento?'], ['C', 'nueve del veintiocho']]), rule).status, 'passed');
  });
  test('a CVV read out fails, in the call language', () => {
    const v = detectPciCardData(transcript('es', [['A', '¿y el código de seguridad?'], ['C', 'siete tres nueve']]), rule);
    assert.equal(v.status, 'failed');
    assert.match(v.explanation, /código de seguridad/);
  });
});

test('redactTexts replaces each span with its tag and never leaves the value', () => {
  const segments = [seg('Customer', 'card 4111 1111 1111 1111 and email a.b@example.com, dni 12345678Z')];
  const f = detectPii(segments, 'en');
  const [text] = redactTexts(segments, f);
  assert.equal(text, 'card [CARD_NUMBER] and email [EMAIL], dni [DNI]');
});

describe('pci: long numbers that are not cards, one-time codes, numbers in words (w22-w25 classes)', () => {
  const strong = (segments: TranscriptSegment[], lang: 'en' | 'es') =>
    detectPii(segments, lang).filter((f) => !f.weak && (f.type === 'card_number' || f.type === 'card_cvv')).map((f) => f.type);
  test('a 20-digit prepaid token in groups of four: a Luhn window inside it is not a card, but stays masked', () => {
    const segs = [seg('Agent', 'okay, key it in slowly'), seg('Customer', 'six two zero one, three five five eight, one two zero four, seven seven three nine, two six one four')];
    assert.deepEqual(strong(segs, 'en'), []);
    assert.deepEqual(strong([seg('Agent', 'write down the recharge token'), seg('Agent', '5711 2048 9336 1027 4485')], 'en'), []);
  });
  test('a card with its expiry or CVV in the same breath is still a card', () => {
    assert.deepEqual(strong([seg('Customer', 'four five three nine one four eight eight zero three four three six four six seven zero four two seven')], 'en'), ['card_number']);
    assert.deepEqual(strong([seg('Customer', 'five four two five two three three four three zero one zero nine nine zero three, one one two nine, eight eight one')], 'en'), ['card_number']);
    assert.deepEqual(strong([seg('Agent', 'card number'), seg('Customer', 'four five three nine one four eight eight zero three four three six four six seven nine zero two one zero')], 'en'), ['card_number']);
  });
  test('an IBAN re-read from the middle is not a card', () => {
    const segs = [seg('Agent', 'dígame la cuenta nueva'), seg('Customer', 'e s siete uno dos uno cero cero cuatro cinco uno cinco dos dos cero cero cero uno siete ocho uno nueve cinco cero'), seg('Agent', 'perdone, desde el cuatro'), seg('Customer', 'cuatro cinco uno cinco dos dos cero cero cero uno siete ocho uno nueve cinco cero')];
    assert.deepEqual(strong(segs, 'es'), []);
  });
  test('a code sent by SMS, e-mail or app is not the card security code; the card\'s code still is', () => {
    assert.deepEqual(strong([seg('Agent', 'le acabo de mandar un mensaje con un código de cuatro cifras'), seg('Customer', 'dos nueve cero siete')], 'es'), []);
    assert.deepEqual(strong([seg('Agent', 'abra la aplicación y léame el código que le sale'), seg('Customer', 'seis uno cuatro')], 'es'), []);
    assert.deepEqual(strong([seg('Agent', 'I have emailed you a three digit code, what does it say'), seg('Customer', 'five five two')], 'en'), []);
    assert.deepEqual(strong([seg('Agent', 'ya le envié el enlace por sms. Ahora, ¿el código de seguridad de la tarjeta, el de atrás?'), seg('Customer', 'tres ocho dos')], 'es'), ['card_cvv']);
    assert.deepEqual(strong([seg('Agent', 'I sent the receipt. What is the security code on the back of the card?'), seg('Customer', 'three eight two')], 'en'), ['card_cvv']);
  });
  test('cards and CVVs said with hundreds and thousands', () => {
    assert.deepEqual(strong([seg('Agent', 'número de la tarjeta'), seg('Customer', 'cuatro mil quinientos treinta y nueve, mil cuatrocientos ochenta y ocho, cero trescientos cuarenta y tres, seis mil cuatrocientos sesenta y siete')], 'es'), ['card_number']);
    assert.deepEqual(strong([seg('Agent', 'and the security code?'), seg('Customer', 'four hundred and fifty six')], 'en'), ['card_cvv']);
  });
  test('amounts are not a CVV, even near "reverso" or a code', () => {
    assert.deepEqual(strong([seg('Agent', 'ya le reverso el cobro y le dejo el plan de trescientas megas')], 'es'), []);
    assert.deepEqual(strong([seg('Agent', '¿el código de descuento? le descuenta quinientos pesos')], 'es'), []);
  });
  test('digits joined across turns: the agent asking for another kind of number splits them; "go on" does not', () => {
    assert.deepEqual(strong([seg('Agent', 'your membership number?'), seg('Customer', 'four five three nine one four eight eight'), seg('Agent', 'and the sort code?'), seg('Customer', 'zero three four three six four six seven')], 'en'), []);
    assert.deepEqual(strong([seg('Agent', 'número de contrato'), seg('Customer', 'cuatro cinco tres nueve uno cuatro ocho ocho'), seg('Agent', '¿y el de referencia?'), seg('Customer', 'cero tres cuatro tres seis cuatro seis siete')], 'es'), []);
    assert.deepEqual(strong([seg('Agent', 'card number?'), seg('Customer', 'four five three nine one four eight eight'), seg('Agent', 'go on'), seg('Customer', 'zero three four three six four six seven')], 'en'), ['card_number']);
    assert.deepEqual(strong([seg('Agent', '¿número de tarjeta?'), seg('Customer', 'cuatro cinco tres nueve uno cuatro ocho ocho'), seg('Agent', '¿y el resto?'), seg('Customer', 'cero tres cuatro tres seis cuatro seis siete')], 'es'), ['card_number']);
  });
  test('a shorter number read back twice in a row is not a card; a card with a repeating pattern still is', () => {
    // 41000001 said twice makes a Luhn-valid 16-digit string
    assert.deepEqual(strong([seg('Agent', 'your reference is four one zero zero zero zero zero one.'), seg('Agent', 'four one zero zero zero zero zero one')], 'en'), []);
    assert.deepEqual(strong([seg('Customer', 'four two four two four two four two four two four two four two four two')], 'en'), ['card_number']);
    assert.deepEqual(strong([seg('Agent', 'card number?'), seg('Customer', 'four one zero zero zero zero zero one four one zero zero zero zero zero one')], 'en'), ['card_number']);
  });
});
