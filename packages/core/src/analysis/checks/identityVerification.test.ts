import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectIdentityVerification } from './identityVerification.ts';
import { findAccountSpecifics, firstAccountSpecific, hasMoneyAmount, __GATE, __PATTERNS } from './accountSpecifics.ts';
import { normaliseText } from './callText.ts';
import { transcript } from './testTranscript.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import type { PolicyRule, TranscriptSegment } from '../schemas.ts';

type Line = ['A' | 'C', string];
const prepared = (lines: Line[], language: 'en' | 'es'): PreparedTranscript => transcript(language, lines, 4);
const RULE: PolicyRule = { id: 'identity_verification', title: { en: 'x', es: 'x' }, category: 'security', severity: 'critical', kind: 'detector', detector: 'identity_verification' };
const judge = (lines: Line[], lang: 'en' | 'es', rule: PolicyRule = RULE) => detectIdentityVerification(prepared(lines, lang), rule);

describe('identity_verification: English', () => {
  test('date of birth asked, answered, confirmed, then the balance: passed, evidence on the verification', () => {
    const v = judge([
      ['A', 'Thanks for calling Harbor Bank, this is Dana. How can I help?'],
      ['C', 'Hi, I want to know how much is left on my checking account.'],
      ['A', 'Sure, before I look, can you confirm your date of birth?'],
      ['C', 'It is March third, nineteen eighty five.'],
      ['A', 'Thank you, that matches our records.'],
      ['A', 'Your available balance is two thousand three hundred and forty dollars.'],
    ], 'en');
    assert.equal(v.status, 'passed');
    assert.deepEqual(v.evidence, [2, 3, 4]);
    assert.ok(v.confidence >= 0.85);
    assert.equal(v.uncertain, undefined);
  });
  test('balance read out after the caller gives only a name and an account number: failed, evidence on the balance', () => {
    const v = judge([
      ['A', 'hello this is summit credit union my name is joe how can i help'],
      ['C', 'hi this is mark evans i want my savings balance'],
      ['A', 'sure whats your account number'],
      ['C', 'its four four one two nine eight seven'],
      ['A', 'okay mark so your savings balance is eighty six dollars and twelve cents'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 4);
    assert.match(v.explanation, /without the customer's identity first being verified/);
  });
  test('details first, verification afterwards: failed, both segments in the evidence', () => {
    const v = judge([
      ['A', 'I can see a charge of forty nine ninety nine from Netflix on the twelfth.'],
      ['C', 'Yes that is the one.'],
      ['A', 'Oh, and for security, what is your zip code?'],
      ['C', 'Nine oh two one oh.'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [0, 2]);
    assert.match(v.explanation, /afterwards/);
  });
  test('wrong zip waved through ("that\'s not what I have ... don\'t worry about it"): failed', () => {
    const v = judge([
      ['A', 'Pantry Box, this is Ray.'],
      ['C', 'I need to skip my next deliveries.'],
      ['A', 'And the zip code on the account?'],
      ['C', 'Six oh six one four.'],
      ['A', "Hmm, that's not what I have."],
      ['C', "Oh, I don't know, I moved last year."],
      ['A', "Eh, that's fine. So you've got boxes scheduled for the fourth and the eleventh, each one is seventy nine ninety four."],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [6, 4]);
    assert.match(v.explanation, /failed/);
  });
  test('failed memorable word, agent carries on and gives the balance: failed', () => {
    const v = judge([
      ['A', 'Can I have the second and fourth characters of your memorable word?'],
      ['C', 'Erm... A and T?'],
      ["A", "That's not quite right. Never mind, I'll carry on."],
      ['A', "Your balance is fine, you've got one thousand three hundred and eight pounds available."],
    ], 'en');
    assert.equal(v.status, 'failed');
  });
  test('customer cannot answer, agent tries another factor that matches: passed', () => {
    const v = judge([
      ['A', 'what is the security word on the account'],
      ['C', 'oh i dont remember it sorry'],
      ['A', 'no problem can you give me the last four of your social instead'],
      ['C', 'uh five five two one'],
      ['A', 'perfect thank you youre verified'],
      ['A', 'so your last payment was received on the fifth'],
    ], 'en');
    assert.equal(v.status, 'passed');
    assert.deepEqual(v.evidence, [2, 3, 4]);
  });
  test('the agent simply proceeds after a correct-looking answer: passed, with lower confidence', () => {
    const v = judge([
      ['A', 'could you give me your birthday and zip code'],
      ['C', 'june fourth nineteen seventy and nine four one one oh'],
      ['A', 'ok your balance is four hundred dollars'],
    ], 'en');
    assert.equal(v.status, 'passed');
    assert.ok(v.confidence < 0.85, `confidence ${v.confidence}`);
  });
  test('name and phone number only, then an address change: failed', () => {
    const v = judge([
      ['A', 'whats the name on the account'],
      ['C', 'patricia lind'],
      ['A', 'and the phone number'],
      ['C', 'five five five one two one two'],
      ['A', 'okay so whats the new address'],
      ['C', 'eighty eight harmon street'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 4);
  });
  test('replacement card ordered on a name alone: failed', () => {
    const v = judge([
      ['A', 'hello this is harper valley national bank my name is mary how can i help you today'],
      ['C', 'hi my name is robert wilson i lost my credit card can you send me a new one'],
      ['A', "okay i've ordered you a replacement credit card is there anything else"],
    ], 'en');
    assert.equal(v.status, 'failed');
  });
  test('general questions only (fees, hours, how to): not applicable', () => {
    const v = judge([
      ['A', 'Thank you for calling Northern Bank, how can I help you?'],
      ['C', 'What is the fee to send money abroad?'],
      ['A', "It's fifteen dollars per transfer through the branch, or nine ninety-nine online."],
      ['C', 'And how do I change my address?'],
      ['A', 'You can update your address online in the app under profile.'],
      ['C', 'And what time do you open on Saturday?'],
      ['A', 'We are open from nine to one on Saturdays.'],
    ], 'en');
    assert.equal(v.status, 'not_applicable');
    assert.deepEqual(v.evidence, []);
  });
  test('the customer reads a charge, the agent confirms it before any check: failed', () => {
    const v = judge([
      ['C', 'there is a charge of fifty dollars on my statement from amazon'],
      ['A', 'yes i see that charge it was posted yesterday'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 1);
  });
  test('the customer reads a charge and the agent verifies first: passed', () => {
    const v = judge([
      ['C', 'there is a charge of fifty dollars on my statement from amazon'],
      ['A', 'let me verify your identity first whats your date of birth'],
      ['C', 'may second eighty one'],
      ['A', 'thank you that checks out'],
      ['A', 'i can see the charge it was posted yesterday'],
    ], 'en');
    assert.equal(v.status, 'passed');
  });
  test('a verification with only a phone number and a "thanks, verified" is still not verification', () => {
    const v = judge([
      ['A', 'for verification can i get your name and phone number'],
      ['C', 'john smith five five five one two three four'],
      ['A', 'thanks'],
      ['A', 'your bill this month is a hundred and eighteen dollars'],
    ], 'en');
    assert.equal(v.status, 'failed');
  });
  test('"for verification, your name and phone number" then "you\'re verified": failed (a name and phone are not verification)', () => {
    const v = judge([
      ['A', 'for verification can i get your name and phone number'],
      ['C', 'john smith five five five one two three four'],
      ['A', 'thanks youre verified'],
      ['A', 'your bill this month is a hundred and eighteen dollars'],
    ], 'en');
    assert.equal(v.status, 'failed');
    const w = judge([['A', 'i just need to verify your identity'], ['C', 'sure its uh oh three twelve seventy'], ['A', 'great youre verified'], ['A', 'your bill this month is a hundred and eighteen dollars']], 'en');
    assert.equal(w.status, 'passed');
    assert.ok(w.uncertain, 'the factor was not identified');
  });
  test('verified with a real factor and then working on the account without a named specific: passed', () => {
    const v = judge([
      ['A', 'Account number or phone number?'],
      ['C', 'Phone is three one two, five five five, zero one six six.'],
      ['A', 'And the last four of the social on the account?'],
      ['C', 'Two nine eight one.'],
      ['A', "Okay Mr. Kowalski, you're verified. I'm gonna send a refresh signal to the box."],
      ['A', 'Is the coax cable screwed in tight at the back?'],
    ], 'en');
    assert.equal(v.status, 'passed');
  });
  test('a mismatch about something else ("declined because the security code didn\'t match") is not a failed check', () => {
    const v = judge([
      ['A', 'Can I have your name and date of birth?'],
      ['C', 'Chantal Bergeron, December eleventh, nineteen ninety-nine.'],
      ['A', 'Thanks Chantal.'],
      ['A', "Okay, I see three declined attempts. They were declined because the security code didn't match."],
    ], 'en');
    assert.equal(v.status, 'passed');
  });
  test('a debt disclosed to a third party who answers the phone: failed', () => {
    const v = judge([
      ['C', 'Good afternoon, Fenwick Dental, Jo speaking.'],
      ['A', 'Is Sandra Millar there?'],
      ['C', "She's with a patient. Can I take a message?"],
      ['A', 'Tell her she owes two thousand one hundred and forty quid on her catalogue account.'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 3);
  });
  test('general rules and conditionals are not account specifics ("if your balance falls below…", "usually arrives…", rates)', () => {
    assert.equal(judge([['C', 'whats the fee if my balance goes below the minimum'], ['A', 'if your balance falls below five hundred dollars there is a ten dollar monthly fee']], 'en').status, 'not_applicable');
    assert.equal(judge([['C', 'how long does shipping take'], ['A', 'your order will usually arrive in three to five business days after it ships']], 'en').status, 'not_applicable');
    assert.equal(judge([['C', 'do you charge a fee for wire transfers'], ['A', 'yes domestic wires are twenty five dollars and international ones are forty five']], 'en').status, 'not_applicable');
  });
  test('ASR fillers and misheard words: "very fy the last for digits of your social"', () => {
    const v = judge([
      ['A', 'uh can you very fy the last for digits of your social'],
      ['C', 'its for five six two'],
      ['A', 'ok thanks uh so the charge you were asking about is from spotify for nine ninety nine'],
    ], 'en');
    assert.equal(v.status, 'passed');
  });
  test('a corrected answer after "that doesn\'t match", then "that matches": passed', () => {
    const v = judge([
      ['A', 'whats your date of birth'],
      ['C', 'july ninth eighty'],
      ['A', 'sorry that doesnt match'],
      ['C', 'oh sorry july nineteenth eighty'],
      ['A', 'there we go that matches'],
      ['A', 'so your current balance is four hundred twelve dollars'],
    ], 'en');
    assert.equal(v.status, 'passed');
    assert.ok(v.confidence < 0.9);
  });
  test('collections: "calling about your past due account" before the date of birth: failed', () => {
    const v = judge([
      ['A', 'hi this is dave from acme collections im calling about your past due account with city bank'],
      ['C', 'who is this'],
      ['A', 'can you confirm your date of birth'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [0, 2]);
  });
  test('"I see your account" / "I see you called yesterday" before the check are not disclosures', () => {
    assert.equal(judge([['A', 'okay i see your account here before we go on can you confirm your date of birth'], ['C', 'june first seventy'], ['A', 'thank you that matches'], ['A', 'your balance is two hundred dollars']], 'en').status, 'passed');
    assert.equal(judge([['A', 'i see you called yesterday about this can i verify the last four of your social'], ['C', 'one one two two'], ['A', 'thanks youre verified'], ['A', 'so your refund was issued this morning']], 'en').status, 'passed');
  });
  test('"the last three orders are…" lists account activity and is not a "last digits" question', () => {
    const v = judge([
      ['A', "What's your name and the phone number on your account?"],
      ['C', 'Ellen Marsh, four zero four, five five five, zero one seven seven.'],
      ['A', 'Okay, Ellen, I see your account. So the last three orders are a gaming headset for one twenty-nine ninety-nine and two gift cards.'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 2);
  });
  test('verified by the automated system before the agent: passed', () => {
    const v = judge([['A', "hi, i see you've already been verified through the automated system"], ['A', 'your balance is two hundred and five dollars']], 'en');
    assert.equal(v.status, 'passed');
    assert.deepEqual(v.evidence, [0]);
    const e = judge([['A', 'hola, veo que ya viene verificado por el sistema'], ['A', 'su saldo es de doscientos euros']], 'es');
    assert.equal(e.status, 'passed');
    // calling from the registered number is not verification
    const c = judge([['A', 'Veo que nos llama desde el número registrado en su cuenta, así que ya está validado.'], ['A', 'Veo dos cargos de trescientos cuarenta soles del sábado.']], 'es');
    assert.equal(c.status, 'failed');
  });
  test('"close enough" after a wrong answer is a waved-through failure; reading the date of birth out is a disclosure', () => {
    assert.equal(judge([['A', 'whats your zip code'], ['C', 'nine oh two one one'], ['A', 'hmm close enough'], ['A', 'your balance is forty dollars']], 'en').status, 'failed');
    const v = judge([['A', 'so your date of birth is march third nineteen eighty five'], ['C', 'yes'], ['A', 'great your balance is forty dollars']], 'en');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 0);
  });
  test('other domains: coverage, meter readings, suspended lines (EN and ES)', () => {
    assert.equal(judge([['C', 'am i covered for water damage'], ['A', 'yes youre covered for up to ten thousand under your home policy']], 'en').status, 'failed');
    assert.equal(judge([['C', 'does home insurance cover floods'], ['A', 'standard policies usually do not cover floods']], 'en').status, 'not_applicable');
    assert.equal(judge([['A', 'ok your line is suspended for non payment']], 'en').status, 'failed');
    assert.equal(judge([['A', 'vale su suministro está cortado por impago']], 'es').status, 'failed');
    assert.equal(judge([['A', 'está pagando treinta euros al mes por la póliza de hogar']], 'es').status, 'failed');
    assert.equal(judge([['C', 'el seguro de hogar cubre inundaciones'], ['A', 'normalmente las pólizas de hogar no cubren inundaciones']], 'es').status, 'not_applicable');
  });
  test('"neither of those is what I have, but okay" is a waved-through failure (ASR)', () => {
    const v = judge([['A', 'and the account pin'], ['C', 'uh is it one two three four no wait zero three one nine'], ['A', 'hmm neither of those is what i have but okay no worries so i see youve used eight gigs of your ten']], 'en');
    assert.equal(v.status, 'failed');
  });
  test('"Beautiful, that\'s you" after date of birth and postcode: passed; a postcode taken for a quote is not verification', () => {
    assert.equal(judge([['A', 'Can I grab your full name and date of birth?'], ['C', 'Sarah Pocock. Twelfth of the fourth, ninety-two.'], ['A', 'And your residential postcode?'], ['C', 'Three one five nine.'], ['A', "Beautiful, that's you. Which card is it?"], ['A', "Okay, I can see it. Activating it now."]], 'en').status, 'passed');
    assert.equal(judge([['A', 'And where will the car be parked overnight? Just the postal code.'], ['C', 'L four N, two X six.'], ['A', 'Okay. With standard coverage I have one fifty-two a month.'], ['A', 'Is there anything else? Thanks for calling.']], 'en').status, 'not_applicable');
  });
  test('claim status on a policy number only: failed', () => {
    assert.equal(judge([['A', 'Policy number?'], ['C', 'B S, four four seven, one nine zero.'], ["A", "Okay, claim's open. The adjuster approved the repair estimate, minus your five hundred deductible."]], 'en').status, 'failed');
  });
  test('the customer asks about their bill, the agent pulls it up and works on it, no detail recognised: failed with low confidence', () => {
    const v = judge([
      ['C', 'hi i have a question about my bill it looks wrong'],
      ['A', 'sure whats the phone number'],
      ['C', 'five five five one two one two'],
      ['A', 'ok let me pull that up'],
      ['A', 'right so that is the roaming pack from your trip'],
      ['A', 'i can take that off for you today'],
    ], 'en');
    assert.equal(v.status, 'failed');
    assert.ok(v.confidence <= 0.5);
    for (const [lines, lang] of [
      [[['C', 'my card is not working at the atm what should i do'], ['A', 'i see that can happen if the chip is dirty'], ['A', 'try wiping it and another atm'], ['A', 'if it still fails visit a branch']], 'en'],
      [[['C', 'how do i add my wife to my account'], ['A', 'let me check the process for that'], ['A', 'you both need to come to a branch with id'], ['A', 'it takes about twenty minutes']], 'en'],
      [[['C', 'mi tarjeta no funciona en el cajero qué hago'], ['A', 'veo que eso pasa cuando el chip está sucio'], ['A', 'pruebe limpiarlo y en otro cajero'], ['A', 'si sigue fallando vaya a una oficina']], 'es'],
      [[['C', 'puedo usar mi tarjeta en el extranjero'], ['A', 'sí todas nuestras tarjetas funcionan fuera'], ['A', 'hay una comisión del tres por ciento'], ['A', 'algo más']], 'es'],
    ] as [Line[], 'en' | 'es'][]) assert.equal(judge(lines, lang).status, 'not_applicable', lines[0][1]);
    const howTo = judge([['C', 'how do i check my balance online'], ['A', 'you can log in to the app and tap accounts'], ['A', 'it is on the first screen'], ['A', 'anything else']], 'en');
    assert.equal(howTo.status, 'not_applicable');
  });
  test('the answer lost by diarisation ("date of birth?" then "thank you, your balance is…"): passed but flagged uncertain', () => {
    const v = judge([['A', 'can i get your date of birth'], ['A', 'thank you'], ['A', 'your balance is forty dollars']], 'en');
    assert.equal(v.status, 'passed');
    assert.ok(v.uncertain);
    assert.ok(v.confidence <= 0.55);
    const noThanks = judge([['A', 'can i get your date of birth'], ['A', 'oh and your balance is forty dollars']], 'en');
    assert.equal(noThanks.status, 'failed');
  });
  test('explanations and factor names are in English', () => {
    const v = judge([['A', 'what is your date of birth'], ['C', 'may fifth eighty three'], ['A', 'great that is correct your balance is twenty dollars']], 'en');
    assert.equal(v.status, 'passed');
    assert.match(v.explanation, /date of birth/);
  });
});

describe('identity_verification: Spanish', () => {
  test('España: DNI y fecha de nacimiento, "perfecto, ya está verificado", luego el saldo: passed', () => {
    const v = judge([
      ['A', 'Banco del Norte, le atiende Lucía, ¿en qué puedo ayudarle?'],
      ['C', 'Quería saber el saldo de mi cuenta.'],
      ['A', 'Claro. Por seguridad, ¿me dice su DNI y su fecha de nacimiento?'],
      ['C', 'Cincuenta y tres, cero cuarenta y ocho, novecientos doce, zeta. Nací el veintiuno de febrero del setenta y cuatro.'],
      ['A', 'Perfecto, ya está verificado.'],
      ['A', 'Su saldo actual es de dos mil trescientos cincuenta euros.'],
    ], 'es');
    assert.equal(v.status, 'passed');
    assert.deepEqual(v.evidence, [2, 3, 4]);
    assert.match(v.explanation, /verificó la identidad/);
    assert.match(v.explanation, /documento de identidad/);
  });
  test('México, ASR: saldo antes de pedir el dato: failed', () => {
    const v = judge([
      ['A', 'veo que tiene un saldo de mil doscientos pesos pendiente'],
      ['A', 'este por seguridad me confirma su curp'],
      ['C', 'sí es g o m a ocho cinco'],
    ], 'es');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 0);
    assert.match(v.explanation, /sin verificar/);
  });
  test('Colombia: cédula que "no coincide" y el agente da la factura igual: failed', () => {
    const v = judge([
      ['A', 'me regala el número de cédula del titular'],
      ['C', 'uno cero cuatro siete ocho nueve dos tres tres uno'],
      ['A', 'mmm no me coincide con la que tengo registrada'],
      ['C', 'ay no sé, a lo mejor la puso mi esposo'],
      ['A', 'bueno no importa, su factura de este mes es de ochenta y nueve mil pesos'],
    ], 'es');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [4, 2]);
    assert.match(v.explanation, /falló/);
  });
  test('Argentina (vos): DNI y pregunta de seguridad, "validado", luego el estado del usuario: passed', () => {
    const v = judge([
      ['A', 'Bueno, vemos. ¿Tu número de documento?'],
      ['C', 'Diez, cuatrocientos cincuenta y dos, ciento ochenta y ocho.'],
      ['A', '¿Y la respuesta de la pregunta de seguridad?'],
      ['C', 'Escuela número catorce.'],
      ['A', 'Perfecto, validado. Veo que el usuario está bloqueado por tres intentos fallidos.'],
    ], 'es');
    assert.equal(v.status, 'passed');
  });
  test('Chile: RUT que coincide, luego el pedido: passed', () => {
    const v = judge([
      ['A', 'ya me da el número de orden y su rut'],
      ['C', 'la orden es tres cero cero cuatro y el rut diecinueve millones cuatrocientos mil novecientos diez guion tres'],
      ['A', 'ya coincide el rut con la orden'],
      ['A', 'su pedido está en camino y llega el lunes'],
    ], 'es');
    assert.equal(v.status, 'passed');
  });
  test('Perú: cambio de dirección con solo el número de pedido: failed', () => {
    const v = judge([
      ['C', 'quiero cambiar la dirección de entrega de mi pedido'],
      ['A', 'ya número de pedido'],
      ['C', 'siete siete cero cero cuatro cinco uno dos'],
      ['A', 'ya lo tengo a qué dirección lo cambio'],
      ['C', 'a jirón huáscar trescientos doce'],
    ], 'es');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 3);
  });
  test('el cliente no se acuerda de la clave y el agente no da datos: not applicable', () => {
    const v = judge([
      ['A', 'para continuar necesito su clave telefónica'],
      ['C', 'uy no me acuerdo'],
      ['A', 'lo siento sin verificar no puedo darle información de la cuenta, puede acudir a su oficina'],
      ['C', 'vale gracias'],
    ], 'es');
    assert.equal(v.status, 'not_applicable');
  });
  test('preguntas generales (requisitos, precios, horarios), aunque se nombre la cédula: not applicable', () => {
    const v = judge([
      ['C', 'quería saber qué necesito para asociarme y pedir un crédito'],
      ['A', 'Para asociarse necesita fotocopia de la cédula y hacer un aporte inicial de cincuenta mil pesos.'],
      ['C', '¿Y de una vez puedo pedir el crédito?'],
      ['A', 'Después de tres meses. Le piden un codeudor si el monto es mayor a diez millones.'],
      ['C', '¿Y el despacho a La Serena cuánto cuesta?'],
      ['A', 'A La Serena tiene costo de despacho de doce mil pesos.'],
      ['A', 'La oficina abre de lunes a viernes de ocho a cinco.'],
    ], 'es');
    assert.equal(v.status, 'not_applicable');
  });
  test('venta de un seguro nuevo, precio con descuento: not applicable', () => {
    const v = judge([
      ['A', 'Lo llamo porque usted tiene un beneficio para un seguro de hogar con descuento.'],
      ['A', 'El seguro cubre incendio, terremoto y robo.'],
      ['C', '¿Y cuánto vale eso?'],
      ['A', 'Con el descuento le queda en treinta y ocho mil novecientos pesos mensuales.'],
    ], 'es');
    assert.equal(v.status, 'not_applicable');
  });
  test('"ya está validado" porque llama del número registrado, sin datos concretos después: failed', () => {
    const v = judge([['A', 'Veo que nos llama desde el número registrado, así que ya está validado, señor Ramos.'], ['C', 'Ah, qué rápido.'], ['A', 'Dígame, ¿en qué le ayudo?']], 'es');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [0]);
  });
  test('reglas generales y condicionales no son datos de la cuenta', () => {
    assert.equal(judge([['C', 'si mi saldo queda en negativo me cobran algo'], ['A', 'si el saldo queda en negativo se cobra una comisión de diez euros']], 'es').status, 'not_applicable');
    assert.equal(judge([['C', 'y el interés'], ['A', 'el tipo de interés es del siete por ciento anual']], 'es').status, 'not_applicable');
    assert.equal(judge([['C', 'cuánto tarda un reembolso'], ['A', 'normalmente el reembolso tarda entre cinco y diez días hábiles']], 'es').status, 'not_applicable');
  });
  test('"sí, aquí la tengo" no es un condicional: pedir el domicilio nuevo con solo nombre y celular: failed', () => {
    const v = judge([
      ['A', '¿Me da su nombre y su número de celular registrado?'],
      ['C', 'Norma Aguilar, cincuenta y cinco cuarenta y uno veintidós diecinueve.'],
      ['A', 'Sí, aquí la tengo. ¿Cuál es el domicilio nuevo?'],
      ['C', 'Calle Oriente ciento cincuenta y siete.'],
      ['A', 'Código postal cero ocho cinco cero cero, ¿verdad?'],
    ], 'es');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 2);
  });
  test('Argentina (vos): deuda dicha antes de pedir el DNI en una llamada saliente: failed', () => {
    const v = judge([['A', 'hola te llamo de movifone por tu línea'], ['C', 'sí'], ['A', 'te comento que tenés dos facturas vencidas por doce mil pesos'], ['A', 'me confirmás tu dni']], 'es');
    assert.equal(v.status, 'failed');
    assert.equal(v.evidence[0], 2);
  });
  test('"ese no es el año que tengo, pero bueno" (ñ) y "prefiero no darlo": failed; pregunta de vuelta y luego el dato: passed', () => {
    assert.equal(judge([['A', 'su fecha de nacimiento'], ['C', 'tres de mayo del ochenta'], ['A', 'ese no es el año que tengo pero bueno'], ['A', 'su saldo es de noventa euros']], 'es').status, 'failed');
    assert.equal(judge([['A', 'me da su dni'], ['C', 'prefiero no darlo por teléfono'], ['A', 'vale no pasa nada'], ['A', 'su saldo es de noventa euros']], 'es').status, 'failed');
    assert.equal(judge([['A', 'su código postal por favor'], ['C', '¿para qué lo necesita?'], ['A', 'es por seguridad'], ['C', 'vale es cuarenta y uno cero cero dos'], ['A', 'correcto gracias'], ['A', 'su saldo es de noventa euros']], 'es').status, 'passed');
    assert.equal(judge([['A', 'me dice su contraseña telefónica'], ['C', 'uno dos tres cuatro'], ['A', 'perfecto, validado'], ['A', 'su saldo es de noventa euros']], 'es').status, 'passed');
  });
  test('cobranza: a un tercero "es por una deuda pendiente": failed; el mini Miranda solo no es un dato', () => {
    assert.equal(judge([['C', '¿Aló?'], ['A', '¿Está la señora Pérez? Es por una deuda pendiente con Banco Sur.'], ['C', 'No está, soy la hija.']], 'es').status, 'failed');
    assert.equal(judge([['A', 'this is an attempt to collect a debt and any information obtained will be used for that purpose'], ['A', 'may i speak with john']], 'en').status, 'not_applicable');
  });
  test('Uruguay/Argentina: importe y consumo con solo el número de cuenta: failed; Colombia: correo de la cuenta, luego reembolso: passed', () => {
    assert.equal(judge([['C', 'me llegó la factura del agua con tres mil pesos'], ['A', 'a ver el número de cuenta'], ['C', 'uno nueve cero tres cero cero'], ['A', 'ahí está sí tres mil ciento veinte eh tuviste un consumo de cuarenta y dos metros cúbicos']], 'es').status, 'failed');
    assert.equal(judge([['A', 'me das el correo de tu cuenta porfa'], ['C', 'camilo torres noventa y dos arroba correo punto com'], ['A', 'listo camilo ya te encontré'], ['A', 'bueno te creo te voy a reembolsar los dos productos']], 'es').status, 'passed');
  });
  test('cobranza: deuda dicha antes de verificar, aunque luego se verifique: failed', () => {
    const v = judge([
      ['A', 'Buenas tardes, ¿hablo con la señora Ruiz? Le llamo de Cobros Andinos.'],
      ['C', 'Sí, soy yo.'],
      ['A', 'Tiene una deuda de cuatrocientos euros con tres cuotas vencidas.'],
      ['A', 'Antes de seguir, ¿me confirma su fecha de nacimiento?'],
      ['C', 'El doce de mayo del ochenta.'],
      ['A', 'Gracias, es correcto.'],
    ], 'es');
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [2, 3]);
  });
});

describe('identity_verification: ways of asking for a real factor', () => {
  const asks: [string, 'en' | 'es'][] = [
    ['could you give me the first line of your address and postcode', 'en'], ['can you tell me the answer to your security question', 'en'], ["what's your mother's maiden name", 'en'],
    ['please read me the six digit code we just texted you', 'en'], ['what is your member pin', 'en'], ['can you confirm the month and year you were born', 'en'], ["what's the billing zip", 'en'],
    ['and your ssn last four', 'en'], ['i just need your d o b', 'en'], ['can i get the last 4 of the card on file', 'en'], ['whats the passcode on the account', 'en'],
    ['me da su dni con la letra', 'es'], ['los últimos cuatro del documento', 'es'], ['me confirma el código que le acabamos de enviar por sms', 'es'], ['me dice su clave de cuatro dígitos', 'es'],
    ['me regala el número de cédula', 'es'], ['me pasás tu dni', 'es'], ['su curp por favor', 'es'], ['me dice el rut', 'es'], ['me confirma el correo electrónico registrado', 'es'],
    ['en qué año nació', 'es'], ['me dice la respuesta a su pregunta de seguridad', 'es'],
  ];
  for (const [ask, lang] of asks) {
    test(`${lang}: "${ask}"`, () => {
      const v = judge(lang === 'en'
        ? [['A', ask], ['C', 'sure its four four one two'], ['A', 'thank you that matches'], ['A', 'your balance is forty dollars']]
        : [['A', ask], ['C', 'sí es cuatro cuatro uno dos'], ['A', 'gracias coincide'], ['A', 'su saldo es de cuarenta euros']], lang);
      assert.equal(v.status, 'passed');
      assert.equal(v.uncertain, undefined);
    });
  }
  for (const [ask, lang] of [['can i get your full name and phone number', 'en'], ['whats the account number', 'en'], ['me dice su nombre completo y su teléfono', 'es'], ['me da el número de cliente', 'es']] as const) {
    test(`${lang}: "${ask}" is not verification`, () => {
      const v = judge(lang === 'en'
        ? [['A', ask], ['C', 'sure its four four one two'], ['A', 'thank you'], ['A', 'your balance is forty dollars']]
        : [['A', ask], ['C', 'sí es cuatro cuatro uno dos'], ['A', 'gracias'], ['A', 'su saldo es de cuarenta euros']], lang);
      assert.equal(v.status, 'failed');
    });
  }
});

describe('account specifics', () => {
  const first = (lines: Line[], lang: 'en' | 'es') => firstAccountSpecific(prepared(lines, lang)).first;
  test('spelled-out money with account context; product prices are not account specifics', () => {
    assert.equal(hasMoneyAmount(normaliseText('your balance is four hundred and twelve dollars and fifty cents'), '', 'en'), true);
    assert.equal(hasMoneyAmount(normaliseText('su saldo es de doscientos euros con cincuenta'), '', 'es'), true);
    assert.equal(hasMoneyAmount(normaliseText('Your balance is $2,350.75'), 'Your balance is $2,350.75', 'en'), true);
    assert.equal(first([['A', 'the premium plan costs twenty dollars a month']], 'en'), null);
    assert.equal(first([['A', 'la tarifa cuesta veinte euros al mes']], 'es'), null);
  });
  test('the customer reading their own balance does not count; the agent confirming it does', () => {
    assert.equal(first([['C', 'my balance is five hundred dollars right']], 'en'), null);
    const f = first([['C', 'my balance says five hundred dollars'], ['A', 'yes that is correct the balance is five hundred']], 'en');
    assert.equal(f?.segment, 1);
  });
  test('asking for the new address is acting on it; explaining how to change it is not', () => {
    assert.equal(first([['A', 'okay whats the new address']], 'en')?.kind, 'contact_change');
    assert.equal(first([['A', 'you can change your address in the app']], 'en'), null);
    assert.equal(first([['A', 'le he actualizado el correo electrónico']], 'es')?.kind, 'contact_change');
    assert.equal(first([['A', 'puede cambiar su dirección en la web']], 'es'), null);
  });
  test('claim status, debt status, transactions, in both languages', () => {
    assert.equal(first([['A', 'so that claims been declined because the phone was left unattended']], 'en')?.kind, 'claim');
    assert.equal(first([['A', 'your account is ninety days past due']], 'en')?.kind, 'debt');
    assert.equal(first([['A', 'su reclamación ya está aprobada']], 'es')?.kind, 'claim');
    assert.equal(first([['A', 'veo dos cargos de la misma tienda']], 'es')?.kind, 'transaction');
    assert.equal(first([['A', 'su cuenta está en mora desde marzo']], 'es')?.kind, 'debt');
  });
  test('other domains: results, bookings, allowances, contracts (EN and ES); prices are not', () => {
    assert.ok(first([['A', 'ok amy your results came back and your cholesterol is a bit high']], 'en'));
    assert.ok(first([['A', 'ok your flight to denver on friday has been moved to nine am']], 'en'));
    assert.ok(first([['A', 'youve used eighteen of your twenty gigs this month']], 'en'));
    assert.ok(first([['A', 'i have you booked for two nights at the downtown hotel']], 'en'));
    assert.ok(first([['A', 'su vuelo a madrid del viernes se ha retrasado a las nueve']], 'es'));
    assert.ok(first([['A', 'le quedan tres gigas de los diez de este mes']], 'es'));
    assert.ok(first([['A', 'sus resultados ya están y salió todo normal']], 'es'));
    assert.equal(first([['A', 'flights to denver start at one hundred and ninety nine dollars']], 'en'), null);
    assert.equal(first([['A', 'la consulta cuesta cuarenta euros']], 'es'), null);
  });
  test('many ways of saying it (EN and ES, ASR style)', () => {
    const en = ['so you were charged a late fee of thirty five dollars on the twelfth', 'looks like your autopay failed because the card expired', 'you missed the payment in april so there is a late charge',
      'the refund went back to your visa on tuesday', 'you have three open tickets on the account', 'your loan payoff is twelve thousand four hundred', 'ok i went ahead and waived the overdraft fee for you'];
    const es = ['el monto a cancelar es de doscientos cincuenta soles', 'su recibo de luz salió por ochenta mil pesos este mes', 'se le debitó la cuota el día cinco', 'usted tiene pendiente el pago de la cuota de marzo',
      'vos debés tres cuotas de la moto', 'te cobramos el mantenimiento de la cuenta', 'le hicimos el débito de la tarjeta ayer', 'la compra que hizo en amazon está en proceso de devolución', 'tiene un atraso de dos meses en el préstamo'];
    en.push('you have a pending order', 'your card expires next month', 'the last login was from chicago', 'you have an open dispute on that charge', 'your application was declined');
    es.push('tiene un pedido pendiente', 'le puse un bloqueo a la tarjeta', 'hay una nota en su cuenta de la semana pasada', 'su tarjeta vence el mes que viene', 'su préstamo fue aprobado', 'tiene dos tarjetas asociadas');
    en.push('we received your return on monday', 'the item you ordered is back ordered until june', 'we show it was signed for by j smith', 'your package is out for delivery');
    es.push('recibimos su devolución el lunes', 'el reembolso se está procesando y le llegará en tres días', 'el producto que pidió está agotado hasta junio', 'su paquete está en reparto');
    en.push('the balance on your account is four twelve fifty', 'you owe four twelve', 'there is twelve hundred in your savings', 'you are behind two payments');
    es.push('le quedan doscientos euros en la cuenta', 'usted nos debe ochocientos', 'está atrasado dos cuotas');
    for (const t of en) assert.ok(first([['A', t]], 'en'), t);
    for (const t of es) assert.ok(first([['A', t]], 'es'), t);
    assert.equal(first([['A', 'the minimum balance to avoid the fee is five hundred']], 'en'), null);
    for (const t of ['i understand your payment is important', 'do you know roughly how much the payment was', 'sure let me pull up your account', 'i see you are calling about your bill', 'i can check on your claim for you']) assert.equal(first([['A', t]], 'en'), null, t);
    for (const t of ['le ayudo a actualizar su dirección', 'tenemos la dirección de envío pendiente de confirmar', 'ya tengo su cuenta en pantalla', 'cuánto era el importe del cargo que ve']) assert.equal(first([['A', t]], 'es'), null, t);
    for (const t of ['deliveries usually arrive in three to five days', 'returns are free within thirty days', 'you can track your package on our website']) assert.equal(first([['A', t]], 'en'), null, t);
    for (const t of ['los envíos tardan de tres a cinco días', 'las devoluciones son gratis durante treinta días', 'puede seguir su paquete en nuestra web']) assert.equal(first([['A', t]], 'es'), null, t);
    assert.equal(first([['A', 'el saldo mínimo para no pagar comisión es de quinientos']], 'es'), null);
    assert.equal(first([['A', 'for verification may i have the name on the account'], ['A', 'theres also something on your account i wanted to mention']], 'en'), null);
  });
  test('a verification question is not a disclosure', () => {
    assert.equal(first([['A', 'can you confirm the email on file'], ['A', 'what is the address on the account']], 'en'), null);
    assert.equal(first([['A', 'me confirma la dirección registrada']], 'es'), null);
  });
  test('custom account phrases from rule params', () => {
    const pt = prepared([['A', 'your loyalty tier is gold']], 'en');
    assert.equal(findAccountSpecifics(pt).length, 0);
    assert.equal(findAccountSpecifics(pt, { extraPhrases: ['your loyalty tier is'] })[0]?.kind, 'custom_phrase');
    const v = detectIdentityVerification(pt, { ...RULE, params: { account_phrases: { en: ['your loyalty tier is'] } } });
    assert.equal(v.status, 'failed');
  });
  test('custom verification phrases from rule params', () => {
    const lines: Line[] = [['A', 'what is your member passphrase'], ['C', 'blue harbor nineteen'], ['A', 'thank you that matches your balance is ten dollars']];
    const rule: PolicyRule = { ...RULE, params: { verification_phrases: ['member passphrase'] } };
    assert.equal(judge(lines, 'en', rule).status, 'passed');
  });
  test('the keyword gate lets through every sentence a pattern matches', () => {
    const src = readFileSync(new URL(import.meta.url), 'utf8');
    const sentences = [...src.matchAll(/\['[AC]', '((?:[^'\\]|\\.)*)'\]/g)].map((m) => normaliseText(m[1]));
    for (const lang of ['en', 'es'] as const) {
      for (const t of sentences) {
        if (__GATE[lang].test(t)) continue;
        for (const p of __PATTERNS[lang]) assert.ok(!p.re.test(t), `gate misses ${p.re.source.slice(0, 40)} in "${t}"`);
      }
    }
  });
  test('a one-hour call: the account specific at its very end is still found (speed is measured by bench/analysis-speed, not here)', () => {
    const lines: Line[] = [];
    for (let i = 0; i < 600; i++) {
      lines.push(['A', 'okay so let me just check that for you and we can see what is going on with the router today']);
      lines.push(['C', 'yes it keeps dropping every few minutes and i have restarted it several times already']);
    }
    lines.push(['A', 'your balance is twenty dollars']);
    const v = detectIdentityVerification(prepared(lines, 'en'), RULE);
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [1200]);
  });
});
