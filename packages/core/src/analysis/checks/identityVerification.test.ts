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

describe('identity_verification: broad wordings (EN and ES, written for these classes)', () => {
  test('English: one-time codes, app approvals, waivers, specifics by domain', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'en otp pass', lang: 'en', want: 'passed', lines: [['A', 'thanks for calling northside bank this is kim how can i help'], ['C', 'hi i want to check my balance'], ['A', 'sure i just sent a one time passcode to the mobile on file can you read it back to me'], ['C', 'yeah its four eight two nine one six'], ['A', 'perfect you are verified'], ['A', 'your current balance is one thousand two hundred dollars']] },
      { name: 'en otp asr pass', lang: 'en', want: 'passed', lines: [['A', 'ok so i\'m gonna text you a code real quick can you read me that code'], ['C', 'uh seven seven three one two nine'], ['A', 'awesome that went through thank you'], ['A', 'so i see the payment of eighty four dollars posted on the third']] },
      { name: 'en push pass', lang: 'en', want: 'passed', lines: [['A', 'i\'ve sent a notification to your banking app can you approve that for me'], ['C', 'ok done i approved it'], ['A', 'great that\'s come through so you\'re verified'], ['A', 'so your last payment was two hundred and ten dollars on the fifth']] },
      { name: 'en security answers pass', lang: 'en', want: 'passed', lines: [['A', 'before we go any further i\'ll need to ask you a couple of security questions what\'s the first line of your address'], ['C', 'twelve baker street'], ['A', 'and your date of birth'], ['C', 'fifth of may seventy nine'], ['A', 'lovely thank you that\'s all matched up'], ['A', 'right so the direct debit of forty two pounds came out on monday']] },
      { name: 'en dont worry waive fail', lang: 'en', want: 'failed', lines: [['A', 'can i get your date of birth please'], ['C', 'oh gosh i don\'t remember what i put'], ['A', 'don\'t worry about it i\'ll make an exception this time'], ['A', 'your balance is three hundred and twelve dollars']] },
      { name: 'en wrong accepted', lang: 'en', want: 'failed', lines: [['A', 'what\'s the zip code on the account'], ['C', 'nine four one one oh'], ['A', 'hmm i have a different one here but okay no problem'], ['A', 'so the outstanding balance is five hundred forty dollars']] },
      { name: 'en no verif balance', lang: 'en', want: 'failed', lines: [['A', 'hi this is paul at metro energy how can i help'], ['C', 'yeah what do i owe this month'], ['A', 'let me see you owe ninety eight dollars and forty cents due on the fifteenth']] },
      { name: 'en general rates na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi this is paul at metro bank how can i help'], ['C', 'what\'s your savings rate right now'], ['A', 'our high yield savings is four point one percent apy and there\'s no minimum to open'], ['C', 'and what are your hours'], ['A', 'we\'re open nine to five monday to friday']] },
      { name: 'en howto reset na', lang: 'en', want: 'not_applicable', lines: [['A', 'thanks for calling how can i help'], ['C', 'how do i reset my password online'], ['A', 'you can click forgot password on the login page and follow the steps it\'ll send you a link'], ['C', 'great thanks']] },
      { name: 'en address change no verif', lang: 'en', want: 'failed', lines: [['A', 'thanks for calling how can i help'], ['C', 'i moved and need to update my address'], ['A', 'sure what\'s the new address'], ['C', 'forty two elm road springfield'], ['A', 'ok i\'ve updated your address to forty two elm road']] },
      { name: 'en card block no verif', lang: 'en', want: 'failed', lines: [['A', 'hello this is jo'], ['C', 'i lost my card'], ['A', 'no problem i\'ve blocked the card and a replacement will be sent out in five to seven days']] },
      { name: 'en order status no verif', lang: 'en', want: 'failed', lines: [['A', 'hello this is jo at shopmart'], ['C', 'where\'s my order i ordered a blender'], ['A', 'i can see your order shipped yesterday and it\'s due to arrive thursday']] },
      { name: 'en order status verif', lang: 'en', want: 'passed', lines: [['A', 'hello this is jo at shopmart'], ['C', 'where\'s my order'], ['A', 'can i take the email address on the account and the postcode'], ['C', 'its sam at gmail dot com and sw one a two'], ['A', 'thank you that matches'], ['A', 'i can see your order shipped yesterday and it\'s due to arrive thursday']] },
      { name: 'en voice id pass', lang: 'en', want: 'passed', lines: [['A', 'i can see you\'ve been verified by voice id so we\'re good to go'], ['C', 'great i want to know my balance'], ['A', 'your balance is four hundred pounds']] },
      { name: 'en outbound debt third party fail', lang: 'en', want: 'failed', lines: [['A', 'hi may i speak with john smith'], ['C', 'he\'s not here this is his wife'], ['A', 'ok well he owes us a balance of six hundred dollars on his card please have him call']] },
      { name: 'en outbound rpc verified', lang: 'en', want: 'passed', lines: [['A', 'hi may i speak with john smith'], ['C', 'speaking'], ['A', 'john for security can you confirm your date of birth'], ['C', 'june second nineteen seventy'], ['A', 'thank you that\'s correct'], ['A', 'i\'m calling about the past due balance of six hundred dollars']] },
      { name: 'en pin reset no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'i\'m locked out of online banking'], ['A', 'ok i\'ve unlocked your online banking and reset your password a temporary one has been texted to you']] },
      { name: 'en claim status no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'checking on my claim for the car accident'], ['A', 'yes so your claim was approved yesterday and the check goes out friday']] },
      { name: 'en claim verif', lang: 'en', want: 'passed', lines: [['A', 'hi how can i help'], ['C', 'checking on my claim'], ['A', 'can i have the policy number and your date of birth'], ['C', 'policy p four four two and dob is july ninth eighty one'], ['A', 'thanks that all checks out'], ['A', 'so your claim was approved yesterday and the check goes out friday']] },
      { name: 'en plan change no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'i want to downgrade to the basic plan'], ['A', 'sure i\'ve switched you to the basic plan from next month your bill will be thirty dollars']] },
      { name: 'en verified after', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'whats my balance'], ['A', 'your balance is two hundred dollars'], ['A', 'oh by the way can you confirm your date of birth'], ['C', 'may fifth eighty'], ['A', 'thanks']] },
      { name: 'en failed then refuses na?', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'whats my balance'], ['A', 'for security what is your date of birth'], ['C', 'i\'d rather not say'], ['A', 'i\'m sorry i can\'t discuss the account without verification you can visit a branch']] },
      { name: 'en last four ssn pass', lang: 'en', want: 'passed', lines: [['A', 'can you verify the last four of your social'], ['C', 'eight eight one two'], ['A', 'got it thanks'], ['A', 'ok so there\'s a pending charge of sixty dollars from amazon']] },
      { name: 'en knowledge q pass', lang: 'en', want: 'passed', lines: [['A', 'to verify you can you tell me the amount of your last deposit'], ['C', 'it was about fifteen hundred'], ['A', 'that\'s right thank you'], ['A', 'so your checking balance is three thousand and twelve dollars']] },
      { name: 'en skip security fail', lang: 'en', want: 'failed', lines: [['A', 'normally i\'d take you through security but since you\'re in a hurry let\'s skip it'], ['C', 'thanks'], ['A', 'your balance is three hundred dollars']] },
      { name: 'en close enough fail', lang: 'en', want: 'failed', lines: [['A', 'date of birth please'], ['C', 'march tenth ninety'], ['A', 'i\'ve got the eleventh but close enough'], ['A', 'your bill this month is seventy dollars']] },
      { name: 'en partial last four wrong fail', lang: 'en', want: 'failed', lines: [['A', 'what are the last four digits of your card'], ['C', 'one two three four'], ['A', 'that\'s not matching but that\'s okay i\'ll help you anyway'], ['A', 'your card has a pending transaction of forty dollars']] },
      { name: 'en I\'ll let it slide', lang: 'en', want: 'failed', lines: [['A', 'whats your security word'], ['C', 'um i dont know it'], ['A', 'ah i\'ll let it slide this once'], ['A', 'so your balance is nine hundred dollars']] },
      { name: 'en name only fail', lang: 'en', want: 'failed', lines: [['A', 'can i get your full name and phone number'], ['C', 'jane doe five five five one two one two'], ['A', 'thank you jane you\'re verified'], ['A', 'your balance is twenty dollars']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
  test('English: dialects, readbacks, prior authentication, third parties', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'en before-verif readback email', lang: 'en', want: 'failed', lines: [['A', 'thanks for calling how can i help'], ['C', 'i need to check my order'], ['A', 'sure i see the email on the account is jdoe at yahoo dot com and the order is a coffee maker'], ['A', 'can you confirm your zip code'], ['C', 'three oh three one one'], ['A', 'thanks']] },
      { name: 'en dob noisy pass', lang: 'en', want: 'passed', lines: [['A', 'uh can i get ur date a birth'], ['C', 'uh ten fifteen eighty two'], ['A', 'ok perfect thats what i have'], ['A', 'so ur bill this month is one twenty four fifty']] },
      { name: 'en mothers maiden pass', lang: 'en', want: 'passed', lines: [['A', 'for security whats your mothers maiden name'], ['C', 'gallagher'], ['A', 'great thank you'], ['A', 'i can see the refund of forty dollars was issued on monday']] },
      { name: 'en wrong then correct pass', lang: 'en', want: 'passed', lines: [['A', 'whats your date of birth'], ['C', 'april fourth eighty'], ['A', 'hmm that doesnt match what i have'], ['C', 'oh sorry april fifth'], ['A', 'yes thats it thank you'], ['A', 'your balance is six hundred dollars']] },
      { name: 'en fail then refuse then general na', lang: 'en', want: 'not_applicable', lines: [['A', 'whats your zip code'], ['C', 'i dont know'], ['A', 'i\'m sorry without that i can\'t access the account but i can tell you our branches open at nine']] },
      { name: 'en IN dialect pass', lang: 'en', want: 'passed', lines: [['A', 'sir kindly tell me your registered mobile number and date of birth for verification'], ['C', 'nine eight four one two three four five six seven and birth date is twelve march eighty eight'], ['A', 'thank you sir verification is done'], ['A', 'sir your outstanding amount is four thousand five hundred rupees due on fifteenth']] },
      { name: 'en AU waved', lang: 'en', want: 'failed', lines: [['A', 'can i grab your date of birth mate'], ['C', 'uh twelfth of may seventy something i reckon seventy eight'], ['A', 'i\'ve got seventy nine here but no dramas'], ['A', 'so your bill\'s two hundred and twelve bucks due friday']] },
      { name: 'en UK \'not to worry\'', lang: 'en', want: 'failed', lines: [['A', 'could you give me the first line of your address and postcode'], ['C', 'ten high street le one'], ['A', 'hmm that\'s not coming up for me but not to worry'], ['A', 'your direct debit of thirty pounds will come out on the first']] },
      { name: 'en partial pin ok', lang: 'en', want: 'passed', lines: [['A', 'could i have the second and fourth digits of your security number'], ['C', 'three and seven'], ['A', 'thank you that\'s all correct'], ['A', 'right your balance is two hundred and six pounds']] },
      { name: 'en account# only pass claimed', lang: 'en', want: 'failed', lines: [['A', 'can i have the account number please'], ['C', 'four four seven eight one two'], ['A', 'great thanks that\'s you verified'], ['A', 'your payment of fifty dollars was received']] },
      { name: 'en general fees na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'how much is the fee for an international wire'], ['A', 'international wires are thirty five dollars each and incoming are fifteen dollars'], ['C', 'ok thanks']] },
      { name: 'en store hours na with ID', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'do you have the new iphone in stock'], ['A', 'yes we do it\'s nine hundred ninety nine dollars'], ['C', 'great']] },
      { name: 'en outbound wrong party disclose', lang: 'en', want: 'failed', lines: [['A', 'hi can i speak to maria lopez'], ['C', 'this is her daughter she\'s at work'], ['A', 'ok can you let her know her payment of two hundred dollars is overdue']] },
      { name: 'en outbound third party no disclose na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi can i speak to maria lopez'], ['C', 'this is her daughter she\'s at work'], ['A', 'ok no problem could you ask her to call mike at five five five one two one two thanks']] },
      { name: 'en noisy knowledge q fail', lang: 'en', want: 'failed', lines: [['A', 'whats the last four of ur social'], ['C', 'uh i think its two two eight one'], ['A', 'mm nope thats not it but ill go ahead and help you anyway'], ['A', 'ur last payment was two hundred on the third']] },
      { name: 'en transaction list no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'theres a charge i dont recognize'], ['A', 'ok looking at your account i see a charge for fifty nine ninety nine from spotify on the second']] },
      { name: 'en email change pass', lang: 'en', want: 'passed', lines: [['A', 'sure i can update the email first can you confirm the last four digits of the card'], ['C', 'four four one two'], ['A', 'thanks that\'s a match'], ['A', 'ok i\'ve changed your email to sam at gmail dot com']] },
      { name: 'en voice biometrics prior', lang: 'en', want: 'passed', lines: [['A', 'thanks for calling i see you\'ve been authenticated by our voice biometrics system'], ['C', 'yes i want my balance'], ['A', 'your balance is eight hundred dollars']] },
      { name: 'en ivr keypad', lang: 'en', want: 'passed', lines: [['A', 'thanks for calling i can see you already verified with your pin through the phone menu'], ['C', 'yes i want my balance'], ['A', 'your balance is eight hundred dollars']] },
      { name: 'en phone only waived', lang: 'en', want: 'failed', lines: [['A', 'i see you\'re calling from the number on file so we\'ll skip the security questions'], ['C', 'great'], ['A', 'your balance is eight hundred dollars']] },
      { name: 'en delivery tied', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'my package hasn\'t arrived'], ['A', 'ok i see it was delivered yesterday at two pm and left at the front door']] },
      { name: 'en claims adjuster', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'calling about my claim'], ['A', 'ok so the adjuster approved the repair estimate of three thousand two hundred dollars']] },
      { name: 'en PIN reset with verif', lang: 'en', want: 'passed', lines: [['A', 'to reset the pin i need to verify you what\'s your date of birth'], ['C', 'one two eighty'], ['A', 'thanks that matches'], ['A', 'ok i\'ve reset your pin and a new one will be mailed to you']] },
      { name: 'en due date no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'when\'s my payment due'], ['A', 'your payment is due on the twenty first']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
  test('Spanish: factors, success and waiver wordings, specifics by domain', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'es dni pass', lang: 'es', want: 'passed', lines: [['A', 'buenas tardes le atiende laura en que le puedo ayudar'], ['C', 'queria saber el saldo de mi cuenta'], ['A', 'claro para validar su identidad me indica su dni'], ['C', 'si es cuatro cinco seis siete ocho nueve uno dos ele'], ['A', 'perfecto ya lo tengo validado'], ['A', 'su saldo disponible es de mil doscientos euros']] },
      { name: 'es quedo verificado', lang: 'es', want: 'passed', lines: [['A', 'me regala el numero de cedula por favor'], ['C', 'uno cero dos tres cuatro cinco seis siete'], ['A', 'y la fecha de nacimiento'], ['C', 'doce de marzo del noventa'], ['A', 'gracias ya quedo verificado'], ['A', 'le cuento que tiene un pago pendiente de ciento veinte mil pesos']] },
      { name: 'es otp pass', lang: 'es', want: 'passed', lines: [['A', 'le acabo de enviar un codigo por mensaje de texto me lo puede dictar'], ['C', 'si es ocho tres dos uno cinco cuatro'], ['A', 'listo correcto'], ['A', 'veo que su ultima factura fue de cuarenta y cinco mil pesos']] },
      { name: 'es lo dejamos asi fail', lang: 'es', want: 'failed', lines: [['A', 'me confirma su fecha de nacimiento'], ['C', 'uy no me acuerdo que puse'], ['A', 'bueno lo dejamos asi no pasa nada le ayudo igual'], ['A', 'su deuda es de trescientos euros']] },
      { name: 'es no coincide pero sigue', lang: 'es', want: 'failed', lines: [['A', 'me dice los ultimos cuatro digitos de la tarjeta'], ['C', 'cinco cinco uno dos'], ['A', 'mm no me coincide pero bueno vamos a ver'], ['A', 'tiene un cargo de cincuenta soles de ayer']] },
      { name: 'es sin verif saldo', lang: 'es', want: 'failed', lines: [['A', 'hola buenas soy pedro de movistar'], ['C', 'cuanto debo'], ['A', 'a ver usted tiene una deuda de ochenta y dos euros con vencimiento el dia quince']] },
      { name: 'es general na', lang: 'es', want: 'not_applicable', lines: [['A', 'hola soy pedro del banco'], ['C', 'que interes tiene la cuenta de ahorro'], ['A', 'la cuenta de ahorro tiene un tres por ciento anual y la apertura es gratuita'], ['C', 'y el horario'], ['A', 'de lunes a viernes de nueve a dos']] },
      { name: 'es cambio direccion sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'quiero cambiar mi direccion'], ['A', 'claro cual es la nueva'], ['C', 'calle mayor doce tercero b'], ['A', 'listo ya le cambie la direccion a calle mayor doce']] },
      { name: 'es bloqueo tarjeta sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'me robaron la tarjeta'], ['A', 'tranquilo ya le bloquee la tarjeta y le enviamos una nueva en cinco dias']] },
      { name: 'es pedido sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'donde esta mi pedido'], ['A', 'su pedido salio ayer del almacen y le llega el jueves']] },
      { name: 'es pedido verif', lang: 'es', want: 'passed', lines: [['A', 'hola en que le ayudo'], ['C', 'donde esta mi pedido'], ['A', 'me confirma el correo electronico con el que hizo la compra y el codigo postal'], ['C', 'ana arroba gmail punto com y el veintiocho cero cero uno'], ['A', 'perfecto coincide'], ['A', 'su pedido salio ayer del almacen y le llega el jueves']] },
      { name: 'es rut pass chile', lang: 'es', want: 'passed', lines: [['A', 'me puede dar su rut por favor'], ['C', 'doce millones trescientos mil cuatrocientos guion k'], ['A', 'ya perfecto gracias ahi lo tengo'], ['A', 'su cuota de este mes es de ochenta lucas y vence el cinco']] },
      { name: 'es curp pass mx', lang: 'es', want: 'passed', lines: [['A', 'para verificar me proporciona su curp'], ['C', 'gaml ocho cinco cero tres'], ['A', 'gracias ya quedo verificada'], ['A', 'su saldo al corte es de tres mil quinientos pesos']] },
      { name: 'es terceros fail', lang: 'es', want: 'failed', lines: [['A', 'buenas tardes se encuentra el senor juan perez'], ['C', 'no esta soy su esposa'], ['A', 'bueno digale que tiene una deuda de novecientos pesos vencida']] },
      { name: 'es omitimos fail', lang: 'es', want: 'failed', lines: [['A', 'como es cliente de hace tiempo nos saltamos la verificacion'], ['C', 'gracias'], ['A', 'su saldo es de doscientos euros']] },
      { name: 'es hago una excepcion', lang: 'es', want: 'failed', lines: [['A', 'me dice su clave telefonica'], ['C', 'no la tengo'], ['A', 'bueno por esta vez le hago una excepcion'], ['A', 'su saldo es de doscientos euros']] },
      { name: 'es contrasena howto na', lang: 'es', want: 'not_applicable', lines: [['A', 'hola en que le ayudo'], ['C', 'como cambio la contrasena de la app'], ['A', 'puede entrar en la app ir a ajustes y pulsar cambiar contrasena'], ['C', 'vale gracias']] },
      { name: 'es verif despues fail', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'cuanto tengo en la cuenta'], ['A', 'tiene quinientos veinte euros'], ['A', 'ah por cierto me confirma su dni'], ['C', 'uno dos tres cuatro'], ['A', 'gracias']] },
      { name: 'es solo nombre fail', lang: 'es', want: 'failed', lines: [['A', 'me da su nombre completo y telefono'], ['C', 'maria lopez seis uno dos tres'], ['A', 'gracias maria ya esta validada'], ['A', 'su factura es de cuarenta euros']] },
      { name: 'es fecha incorrecta acepta', lang: 'es', want: 'failed', lines: [['A', 'su fecha de nacimiento'], ['C', 'tres de mayo del ochenta'], ['A', 'aqui me aparece otra fecha pero bueno seguro es un error del sistema'], ['A', 'le comento que tiene dos recibos pendientes de sesenta euros']] },
      { name: 'es plan change sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'quiero bajar a la tarifa basica'], ['A', 'listo ya le cambie a la tarifa basica y desde el mes que viene paga veinte euros']] },
      { name: 'es siniestro sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'como va mi siniestro del coche'], ['A', 'su siniestro ya esta aprobado y el perito paso el lunes']] },
      { name: 'es palabra clave pass', lang: 'es', want: 'passed', lines: [['A', 'por seguridad me dice su palabra clave'], ['C', 'girasol'], ['A', 'correcto muchas gracias'], ['A', 'su ultimo movimiento es un cargo de treinta euros en mercadona']] },
      { name: 'es no pudo, rechaza na', lang: 'es', want: 'not_applicable', lines: [['A', 'hola en que le ayudo'], ['C', 'quiero saber mi saldo'], ['A', 'me confirma su fecha de nacimiento'], ['C', 'no prefiero no darla'], ['A', 'lo siento sin verificar no puedo darle informacion de la cuenta']] },
      { name: 'es app push pass', lang: 'es', want: 'passed', lines: [['A', 'le envie una notificacion a la app me la puede aceptar'], ['C', 'ya la acepte'], ['A', 'perfecto ya quedo verificado'], ['A', 'su saldo es de mil euros']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
  test('Spanish: regional wordings (MX, CO, PE, CL, AR, ES), codes, third parties', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'mx curp noisy waived', lang: 'es', want: 'failed', lines: [['A', 'me regala su fecha de nacimiento porfa'], ['C', 'este creo que es el doce de octubre del ochenta y tres'], ['A', 'mmm aqui me sale otra pero ni modo ahorita le ayudo'], ['A', 'su adeudo es de dos mil trescientos pesos con vencimiento el dia cinco']] },
      { name: 'co cedula pass', lang: 'es', want: 'passed', lines: [['A', 'me regala por favor el numero de cedula'], ['C', 'uno cero uno cinco cuatro cuatro tres dos uno'], ['A', 'y me confirma la fecha de expedicion del documento'], ['C', 'el catorce de marzo del dos mil diez'], ['A', 'listo señora gracias ya quedo validada'], ['A', 'le cuento que la factura de este mes llego por ochenta y nueve mil pesos']] },
      { name: 'pe dni pass', lang: 'es', want: 'passed', lines: [['A', 'me brinda su numero de dni por favor'], ['C', 'cuatro cinco seis siete uno dos tres cuatro'], ['A', 'y su fecha de nacimiento'], ['C', 'tres de julio del setenta y nueve'], ['A', 'correcto muchas gracias'], ['A', 'su recibo vence el veinte y el monto es de ciento veinte soles']] },
      { name: 'cl rut no verif', lang: 'es', want: 'failed', lines: [['A', 'aló buenas tardes con quien hablo'], ['C', 'con pedro'], ['A', 'ya don pedro le cuento que tiene tres cuotas atrasadas de su credito de consumo']] },
      { name: 'ar vos waived', lang: 'es', want: 'failed', lines: [['A', 'decime tu dni'], ['C', 'treinta y cuatro millones doscientos mil'], ['A', 'me falta un numero pero bueno dale igual te ayudo'], ['A', 'tu saldo es de cincuenta mil pesos']] },
      { name: 'es clave incorrecta y sigue', lang: 'es', want: 'failed', lines: [['A', 'digame las posiciones dos y cuatro de su clave de firma'], ['C', 'siete y tres'], ['A', 'no es correcto pero vamos que no pasa nada'], ['A', 'tiene un recibo devuelto de la luz de setenta euros']] },
      { name: 'es general hipoteca na', lang: 'es', want: 'not_applicable', lines: [['A', 'buenos dias en que le puedo ayudar'], ['C', 'queria informacion de hipotecas'], ['A', 'ahora mismo tenemos hipoteca fija al dos coma nueve por ciento a treinta años sin comision de apertura'], ['C', 'y que necesito'], ['A', 'nomina domiciliada y un seguro de hogar']] },
      { name: 'es horario na', lang: 'es', want: 'not_applicable', lines: [['A', 'buenas tardes le atiende marta'], ['C', 'a que hora cierra la oficina de la calle mayor'], ['A', 'cierra a las dos de la tarde de lunes a viernes'], ['C', 'gracias']] },
      { name: 'es verificacion por sms pass', lang: 'es', want: 'passed', lines: [['A', 'para continuar le voy a enviar un codigo a su movil me lo dice cuando le llegue'], ['C', 'ya me llego es cuatro cinco uno dos'], ['A', 'perfecto codigo correcto'], ['A', 'le confirmo que su transferencia de trescientos euros se realizo ayer']] },
      { name: 'es tercero deuda fail', lang: 'es', want: 'failed', lines: [['A', 'buenas tardes se encuentra la señora ana gomez'], ['C', 'no ella no esta soy la hija'], ['A', 'ah bueno digale por favor que tiene la tarjeta en mora desde hace dos meses']] },
      { name: 'es tercero sin deuda na', lang: 'es', want: 'not_applicable', lines: [['A', 'buenas tardes se encuentra la señora ana gomez'], ['C', 'no ella no esta soy la hija'], ['A', 'vale no pasa nada le puede decir que la llamamos del banco que nos devuelva la llamada gracias']] },
      { name: 'es despues verifica fail', lang: 'es', want: 'failed', lines: [['A', 'hola le atiende juan'], ['C', 'quiero saber por que me cobraron dos veces'], ['A', 'si veo dos cargos de cuarenta euros del dia tres'], ['A', 'antes de seguir me dice su dni'], ['C', 'uno dos tres'], ['A', 'gracias coincide']] },
      { name: 'es nombre y telefono solo fail', lang: 'es', want: 'failed', lines: [['A', 'me dice su nombre y el telefono de contacto'], ['C', 'luis perez seis seis seis uno uno uno'], ['A', 'perfecto don luis'], ['A', 'veo que su pedido fue entregado ayer a las cinco']] },
      { name: 'es cambio correo verificado', lang: 'es', want: 'passed', lines: [['A', 'para cambiar el correo necesito validar su identidad me da los ultimos cuatro de su tarjeta'], ['C', 'cuatro cuatro uno dos'], ['A', 'gracias correcto'], ['A', 'listo ya le cambie el correo a luis arroba gmail punto com']] },
      { name: 'es pin reset sin verif', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'se me bloqueo la clave de la app'], ['A', 'ya se la desbloquee y le llega una clave temporal por sms']] },
      { name: 'es paso con el titular verif via app', lang: 'es', want: 'passed', lines: [['A', 'le acabo de mandar una notificacion a la app para que la apruebe'], ['C', 'listo ya la aprobe'], ['A', 'gracias ya esta verificado'], ['A', 'su prestamo tiene un saldo pendiente de cuatro mil euros']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: success wordings, general information, readbacks, retries', () => {
  test('English: success wordings, general information is not account-specific, readbacks, retries', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'en success through security', lang: 'en', want: 'passed', lines: [['A', 'can i take your postcode and the first line of your address'], ['C', 'bs one four ab forty two kings road'], ['A', 'brilliant that\'s you through security'], ['A', 'so your last bill was fifty six pounds twenty']] },
      { name: 'en success all lined up', lang: 'en', want: 'passed', lines: [['A', 'whats your date of birth'], ['C', 'nov third sixty nine'], ['A', 'perfect that all lines up'], ['A', 'i see the refund was issued on the fifth']] },
      { name: 'en success ive got you', lang: 'en', want: 'passed', lines: [['A', 'and the last four of the social'], ['C', 'nine nine eight one'], ['A', 'okay i\'ve got you thanks'], ['A', 'your payment of one fifty posted yesterday']] },
      { name: 'en generic card arrival na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'how long does a new card take to arrive if i order one'], ['A', 'new cards usually arrive in seven to ten business days'], ['C', 'thanks']] },
      { name: 'en generic autopay howto na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'how do i set up autopay'], ['A', 'you can set it up in the app under payments then choose autopay and pick a date'], ['C', 'ok']] },
      { name: 'en transfer to other dept na', lang: 'en', want: 'not_applicable', lines: [['A', 'hi how can i help'], ['C', 'i need to talk about my mortgage'], ['A', 'sure let me transfer you to the mortgage team one moment']] },
      { name: 'en dob readback disclosure', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'i need my balance'], ['A', 'i have your date of birth as may fifth nineteen eighty is that right'], ['C', 'yes'], ['A', 'great your balance is forty dollars']] },
      { name: 'en failed verification told can\'t help na', lang: 'en', want: 'not_applicable', lines: [['A', 'can you confirm the security word'], ['C', 'is it rover'], ['A', 'i\'m afraid that\'s not right and i can\'t go into the account without it'], ['C', 'ok i\'ll call back']] },
      { name: 'en wrong zip accepted then specific', lang: 'en', want: 'failed', lines: [['A', 'zip code please'], ['C', 'six oh six two two'], ['A', 'okay that\'s not the one on file but whatever let\'s just get this done'], ['A', 'you have a pending payment of three hundred dollars']] },
      { name: 'en customer reads balance agent confirms no verif', lang: 'en', want: 'failed', lines: [['A', 'hi how can i help'], ['C', 'my app says my balance is four hundred twenty is that right'], ['A', 'yes that\'s right four twenty is what i see too']] },
      { name: 'en outbound collections mini verification pass', lang: 'en', want: 'passed', lines: [['A', 'hello may i speak with derek hall'], ['C', 'yeah this is derek'], ['A', 'hi derek before i continue can you verify the last four of your social'], ['C', 'four four two one'], ['A', 'thank you derek that matches'], ['A', 'i\'m calling about your account with city loans which has a balance of nine hundred dollars']] },
      { name: 'en ssn wrong asks again ok', lang: 'en', want: 'passed', lines: [['A', 'last four of your social'], ['C', 'one two three four'], ['A', 'sorry that doesn\'t match could you try again'], ['C', 'oh sorry one two four three'], ['A', 'yes that\'s correct'], ['A', 'your balance is fifty dollars']] },
      { name: 'en health results no verif', lang: 'en', want: 'failed', lines: [['A', 'clinic how can i help'], ['C', 'are my blood test results back'], ['A', 'yes your results came back normal']] },
      { name: 'en appointment booking new na', lang: 'en', want: 'not_applicable', lines: [['A', 'clinic how can i help'], ['C', 'i\'d like to book a new patient appointment'], ['A', 'sure we have tuesday at ten or wednesday at two'], ['C', 'tuesday'], ['A', 'great you\'re booked for tuesday at ten']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
  test('Spanish: success wordings, general information, readbacks, retries with a word answer, unaccented "si ya…"', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'es success listo ya', lang: 'es', want: 'passed', lines: [['A', 'me confirma los ultimos cuatro digitos de su documento'], ['C', 'ocho ocho dos uno'], ['A', 'listo ya con eso queda'], ['A', 'le informo que su pago de la cuota se registro el lunes']] },
      { name: 'es success todo en orden', lang: 'es', want: 'passed', lines: [['A', 'me da su fecha de nacimiento y codigo postal'], ['C', 'dos de mayo del ochenta y ocho y veintiocho mil catorce'], ['A', 'gracias todo en orden'], ['A', 'su factura de abril es de sesenta y dos euros']] },
      { name: 'es generic info tarjeta na', lang: 'es', want: 'not_applicable', lines: [['A', 'hola en que le ayudo'], ['C', 'cuanto tarda en llegar una tarjeta nueva'], ['A', 'normalmente tarda entre cinco y siete dias habiles'], ['C', 'gracias']] },
      { name: 'es generic comision na', lang: 'es', want: 'not_applicable', lines: [['A', 'hola en que le ayudo'], ['C', 'cuanto cobran por transferencia internacional'], ['A', 'la comision es de quince euros por transferencia'], ['C', 'vale']] },
      { name: 'es fecha leida disclosure', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'quiero mi saldo'], ['A', 'tengo su fecha de nacimiento como cinco de mayo del ochenta es correcto'], ['C', 'si'], ['A', 'bien su saldo es de cuarenta euros']] },
      { name: 'es fallo y se niega na', lang: 'es', want: 'not_applicable', lines: [['A', 'me dice su palabra clave'], ['C', 'es luna'], ['A', 'lo siento no es correcta y sin eso no puedo acceder a su cuenta'], ['C', 'vale llamo luego']] },
      { name: 'es cliente lee saldo agente confirma', lang: 'es', want: 'failed', lines: [['A', 'hola en que le ayudo'], ['C', 'en la app me sale un saldo de doscientos euros es correcto'], ['A', 'si correcto doscientos euros es lo que veo']] },
      { name: 'es cobranza verif rut pass', lang: 'es', want: 'passed', lines: [['A', 'alo hablo con la señora paula rojas'], ['C', 'si con ella'], ['A', 'señora paula para validar me confirma su rut'], ['C', 'quince millones cuatrocientos mil doscientos guion tres'], ['A', 'gracias coincide'], ['A', 'la llamo por su deuda con tienda sur de ciento veinte mil pesos']] },
      { name: 'es resultados sin verif', lang: 'es', want: 'failed', lines: [['A', 'clinica buenos dias'], ['C', 'queria saber si ya estan mis analisis'], ['A', 'si ya salieron sus resultados y todo esta normal']] },
      { name: 'es cita nueva na', lang: 'es', want: 'not_applicable', lines: [['A', 'clinica buenos dias'], ['C', 'quiero pedir una cita nueva'], ['A', 'tengo el martes a las diez o el miercoles a las cuatro'], ['C', 'el martes'], ['A', 'perfecto queda para el martes a las diez']] },
      { name: 'es pregunta seguridad fallo reintento ok', lang: 'es', want: 'passed', lines: [['A', 'cual es el nombre de su primera mascota'], ['C', 'toby'], ['A', 'no coincide puede intentarlo de nuevo'], ['C', 'ah perdon era rocky'], ['A', 'eso es correcto gracias'], ['A', 'su saldo es de cien euros']] },
      { name: 'es agente verifica despues de leer reserva', lang: 'es', want: 'failed', lines: [['A', 'digame el localizador'], ['C', 'ka ele siete'], ['A', 'vale tengo su reserva del hotel para dos adultos entrada el doce'], ['A', 'me confirma su dni'], ['C', 'uno dos tres cuatro'], ['A', 'gracias']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: the agent answering the customer\'s question about their own account', () => {
  test('English: answers to "did my paycheck come in", "is my loan approved", "what address do you have" are specifics', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'e1', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'did my paycheck come in'], ['A', 'yep your direct deposit hit this morning']] },
      { name: 'e2', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'why was my card declined'], ['A', 'looks like it was declined because you\'re over your credit limit']] },
      { name: 'e3', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'is my loan approved'], ['A', 'yes congrats your loan application was approved this morning']] },
      { name: 'e4', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'when is my next payment'], ['A', 'your next payment of two hundred and twelve is on the first']] },
      { name: 'e5', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'what\'s my interest rate'], ['A', 'you\'re at nineteen point nine nine percent on the card']] },
      { name: 'e7', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'i want to cancel my gym membership'], ['A', 'done i\'ve cancelled your membership effective end of the month']] },
      { name: 'e8', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'how many minutes do i have left'], ['A', 'you\'ve got about two hundred minutes and three gigs left this cycle']] },
      { name: 'e9', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'is there a hold on my account'], ['A', 'yes there\'s a hold on your account because of a returned deposit']] },
      { name: 'e10', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'what did i get charged for last month'], ['A', 'last month you were billed for the premium package plus a late fee']] },
      { name: 'e11', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'is my prescription ready'], ['A', 'yes your refill is ready for pickup at the main street pharmacy']] },
      { name: 'e12', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'my flight got changed'], ['A', 'i see your flight was moved to six forty five am and you\'re in seat twelve c']] },
      { name: 'e13', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'did my refund go through'], ['A', 'yes it was refunded to your card on tuesday']] },
      { name: 'e14', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'can you add my wife to the account'], ['A', 'sure i\'ve added her as an authorized user']] },
      { name: 'e15', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'how much do i still owe on the car'], ['A', 'the payoff is eleven thousand four hundred']] },
      { name: 'e16', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'is my power getting cut off'], ['A', 'there\'s a disconnection notice on the account for the fifteenth']] },
      { name: 'e17', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'did the technician come'], ['A', 'the technician visited yesterday and closed the ticket']] },
      { name: 'e18', lang: 'en', want: 'failed', lines: [['A', 'how can i help'], ['C', 'what address do you have for me'], ['A', 'we\'ve got twelve oak street apartment four']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
  test('Spanish and English: answers to own-account questions are specifics; general rules, deferrals and refusals are not', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 's1', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'ya me depositaron la nomina'], ['A', 'si ya le entro esta manana']] },
      { name: 's2', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'por que me rechazaron la tarjeta'], ['A', 'la rechazo el sistema porque supero el limite de credito']] },
      { name: 's3', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'me aprobaron el prestamo'], ['A', 'si su solicitud fue aprobada ayer']] },
      { name: 's4', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'cuando vence mi proxima cuota'], ['A', 'su proxima cuota vence el dia cinco']] },
      { name: 's5', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'que tasa tengo en la tarjeta'], ['A', 'tiene una tasa del treinta y dos por ciento anual']] },
      { name: 's6', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'recibieron mi transferencia'], ['A', 'si la recibimos el lunes y ya esta aplicada']] },
      { name: 's7', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'quiero dar de baja el gimnasio'], ['A', 'listo ya le di de baja la membresia a partir de fin de mes']] },
      { name: 's8', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'cuantos megas me quedan'], ['A', 'le quedan tres gigas y doscientos minutos']] },
      { name: 's9', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'me van a cortar la luz'], ['A', 'si hay un aviso de corte para el dia quince por falta de pago']] },
      { name: 's10', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'ya vino el tecnico'], ['A', 'el tecnico fue ayer y cerro la incidencia']] },
      { name: 's11', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'que direccion tienen mia'], ['A', 'tenemos calle de la paz doce segundo b']] },
      { name: 's12', lang: 'es', want: 'failed', lines: [['A', 'en que le ayudo'], ['C', 'me devolvieron el dinero'], ['A', 'si se le reembolso a la tarjeta el martes']] },
      { name: 's13 na general', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'cuanto tarda una transferencia a otro banco'], ['A', 'normalmente llega en un dia habil']] },
      { name: 's14 na general', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'tengo que ir a la oficina para cambiar mi tarjeta'], ['A', 'no puede pedirla desde la app y le llega a casa']] },
      { name: 's15 na defer then refuse', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'cuanto debo en mi tarjeta'], ['A', 'con gusto me dice su dni'], ['C', 'no lo tengo a mano'], ['A', 'lo siento sin verificar no puedo darle esa informacion']] },
      { name: 'e na general', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'will my card work in mexico'], ['A', 'yes our cards work anywhere visa is accepted']] },
      { name: 'e na hours', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'is my local branch open on sunday'], ['A', 'branches are closed on sundays but the atm works']] },
      { name: 'e na defer', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'did my refund go through'], ['A', 'sure let me check can i get your date of birth'], ['C', 'i dont know'], ['A', 'sorry i can\'t access the account without verification']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: knowledge questions and regional factors', () => {
  test('first school, city of birth, favourite teacher, fecha de expedición, ciudad donde nació su madre, primer colegio', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'en first school', lang: 'en', want: 'passed', lines: [['A', 'what was the name of your first school'], ['C', 'saint marys primary'], ['A', 'spot on thank you'], ['A', 'your balance is three hundred and two pounds']] },
      { name: 'en city born', lang: 'en', want: 'passed', lines: [['A', 'can you tell me the city you were born in'], ['C', 'leeds'], ['A', 'lovely that\'s the one'], ['A', 'so the direct debit of forty pounds went out on monday']] },
      { name: 'en favourite teacher wrong waived', lang: 'en', want: 'failed', lines: [['A', 'who was your favourite teacher'], ['C', 'mr brown i think'], ['A', 'hmm no thats not what i have but no dramas'], ['A', 'your balance is three hundred and two pounds']] },
      { name: 'es fecha expedicion co', lang: 'es', want: 'passed', lines: [['A', 'me confirma la fecha de expedicion de su cedula'], ['C', 'el veinte de abril del dos mil once'], ['A', 'listo gracias correcto'], ['A', 'su factura de este mes es de ochenta mil pesos']] },
      { name: 'es ciudad nacio madre', lang: 'es', want: 'passed', lines: [['A', 'la respuesta a su pregunta ciudad donde nacio su madre'], ['C', 'maracaibo'], ['A', 'correcto'], ['A', 'su saldo es de mil bolivares']] },
      { name: 'es primer colegio fallo sigue', lang: 'es', want: 'failed', lines: [['A', 'como se llamaba su primer colegio'], ['C', 'el san jose creo'], ['A', 'no me coincide pero bueno le ayudo igual'], ['A', 'su saldo es de mil pesos']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: Spanish verifications that pass in many wordings', () => {
  test('NIE, documento, DNI con letra, RUT, cédula y correo registrado, código por SMS; "le llegó por SMS" no es dinero; una dirección de envío que no coincide no es un fallo de verificación', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'es1', lang: 'es', want: 'passed', lines: [['A', 'me facilita su nie por favor'], ['C', 'equis uno dos tres cuatro cinco seis siete zeta'], ['A', 'muchas gracias señora ya la tengo identificada'], ['A', 'veo que tiene un recibo pendiente de cuarenta euros']] },
      { name: 'es2', lang: 'es', want: 'passed', lines: [['A', 'me podria confirmar su numero de documento'], ['C', 'cuarenta millones ciento veinte mil'], ['A', 'y su fecha de nacimiento'], ['C', 'diez de diciembre del ochenta'], ['A', 'listo ya esta'], ['A', 'su cuota vence el dia diez y son cuarenta mil pesos']] },
      { name: 'es3', lang: 'es', want: 'passed', lines: [['A', 'digame su dni con la letra'], ['C', 'cinco tres dos uno cuatro ocho siete seis hache'], ['A', 'vale perfecto'], ['A', 'me aparece una factura de noventa euros del mes pasado']] },
      { name: 'es4', lang: 'es', want: 'passed', lines: [['A', 'para proteger sus datos me confirma la fecha de nacimiento del titular'], ['C', 'uno de enero del setenta'], ['A', 'gracias coincide con lo que tengo'], ['A', 'el cargo de veinte euros es de su suscripcion']] },
      { name: 'es5', lang: 'es', want: 'passed', lines: [['A', 'me dicta el codigo que le llego por sms'], ['C', 'cinco cinco tres dos uno cero'], ['A', 'validado'], ['A', 'su transferencia de doscientos euros salio ayer']] },
      { name: 'es6', lang: 'es', want: 'passed', lines: [['A', 'me confirma su rut'], ['C', 'dieciocho millones guion dos'], ['A', 'ya perfecto muchas gracias'], ['A', 'usted tiene un saldo a favor de quince mil pesos']] },
      { name: 'es7', lang: 'es', want: 'passed', lines: [['A', 'me regala su numero de cedula'], ['C', 'ochenta millones doscientos'], ['A', 'y el correo que tiene registrado con nosotros'], ['C', 'pedro arroba hotmail punto com'], ['A', 'listo muchas gracias todo concuerda'], ['A', 'su pedido llega mañana entre las ocho y las doce']] },
      { name: 'es8 general then verify then specific', lang: 'es', want: 'passed', lines: [['A', 'en que le ayudo'], ['C', 'queria saber si me llego la devolucion'], ['A', 'claro le ayudo a revisar me indica su dni'], ['C', 'uno dos tres cuatro cinco seis siete ocho zeta'], ['A', 'gracias ya esta validado'], ['A', 'si la devolucion de treinta euros se hizo el martes']] },
      { name: 'es9 coincide about address unrelated', lang: 'es', want: 'passed', lines: [['A', 'me dice su dni'], ['C', 'uno dos tres cuatro cinco seis siete ocho zeta'], ['A', 'perfecto gracias'], ['A', 'veo que la direccion de envio no coincide con la de facturacion por eso se retuvo el pedido']] },
      { name: 'es10 nombre y fecha', lang: 'es', want: 'passed', lines: [['A', 'me da su nombre completo y fecha de nacimiento'], ['C', 'ana ruiz quince de mayo del noventa'], ['A', 'gracias ana'], ['A', 'su saldo pendiente es de cien euros']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: general answers to a customer\'s "my …" question are not account specifics', () => {
  test('all our cards, outages in the area, what a status means, policy rules, transfers to another team (EN and ES)', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'g1', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'is my card contactless'], ['A', 'yes all our debit cards are contactless']] },
      { name: 'g2', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'my card got swallowed by an atm what do i do'], ['A', 'you can order a new one in the app or we can send one']] },
      { name: 'g3', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'my internet is slow'], ['A', 'there\'s an outage in your area right now engineers are working on it']] },
      { name: 'g4', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'my package tracking says exception what does that mean'], ['A', 'it usually means the carrier had a delay like weather']] },
      { name: 'g5', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'i lost my card'], ['A', 'oh no sorry to hear that let me get you to the cards team']] },
      { name: 'g6', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'my policy covers rental cars right'], ['A', 'yes comprehensive policies include a rental car for up to ten days']] },
      { name: 'g7', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'mi tarjeta sirve en el extranjero'], ['A', 'si todas nuestras tarjetas funcionan en el extranjero']] },
      { name: 'g8', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'mi internet va lento'], ['A', 'si hay una averia en la zona y los tecnicos estan trabajando']] },
      { name: 'g9', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'mi pedido dice en transito que significa'], ['A', 'significa que ya salio del almacen y va camino a la agencia']] },
      { name: 'g10', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'mi seguro cubre la grua'], ['A', 'si la poliza a todo riesgo incluye grua las veinticuatro horas']] },
      { name: 'g11', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'perdi mi tarjeta'], ['A', 'lo siento le paso con el area de tarjetas']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: a booking read back is specific, a quote for a new trip is not', () => {
  test('quotes (tenemos vuelo…, we have flights…) vs a booking read from the locator', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'quote es', lang: 'es', want: 'not_applicable', lines: [['A', 'en que le ayudo'], ['C', 'quiero ir a cancun en julio'], ['A', 'tenemos vuelo de ida el viernes cinco y vuelta el doce con hotel todo incluido para dos adultos por mil ochocientos euros']] },
      { name: 'quote en', lang: 'en', want: 'not_applicable', lines: [['A', 'how can i help'], ['C', 'i want to go to rome in may'], ['A', 'we have flights departing on the fifth returning on the twelfth with a hotel for two adults at fourteen hundred']] },
      { name: 'readback es', lang: 'es', want: 'failed', lines: [['A', 'digame el localizador'], ['C', 'ka ele siete'], ['A', 'vale dos adultos ida el viernes cinco y vuelta el lunes ocho con hotel en media pension']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: outbound calls and third parties', () => {
  test('a debt told to a roommate, husband, brother or daughter fails; a call-back request does not touch the account; the right party told the debt with no factor fails', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'tp1', lang: 'en', want: 'failed', lines: [['A', 'hi is this mark'], ['C', 'no this is his roommate'], ['A', 'ok can you tell him his payment is late and his account is past due']] },
      { name: 'tp2', lang: 'en', want: 'failed', lines: [['A', 'hi may i speak with sara'], ['C', 'she\'s at work i\'m her husband'], ['A', 'ok just let her know she still owes four hundred on the card']] },
      { name: 'tp3', lang: 'en', want: 'not_applicable', lines: [['A', 'hi may i speak with sara'], ['C', 'she\'s at work i\'m her husband'], ['A', 'no problem could you have her call back at her convenience thanks']] },
      { name: 'tp4', lang: 'es', want: 'failed', lines: [['A', 'hablo con el señor ramirez'], ['C', 'no soy el hermano'], ['A', 'bueno digale que su cuenta esta vencida hace tres meses']] },
      { name: 'tp5', lang: 'es', want: 'failed', lines: [['A', 'hablo con la señora ruiz'], ['C', 'no esta soy su hija'], ['A', 'avisele que debe doscientos mil pesos del credito']] },
      { name: 'tp6', lang: 'es', want: 'not_applicable', lines: [['A', 'hablo con la señora ruiz'], ['C', 'no esta soy su hija'], ['A', 'gracias puede decirle que nos devuelva la llamada al numero que le aparece']] },
      { name: 'rp1', lang: 'en', want: 'failed', lines: [['A', 'hi is this mark'], ['C', 'yes'], ['A', 'mark i\'m calling about your past due balance of three hundred dollars']] },
      { name: 'rp2', lang: 'es', want: 'failed', lines: [['A', 'hablo con el señor ramirez'], ['C', 'si el habla'], ['A', 'le llamo por su deuda de doscientos mil pesos con tienda sol']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

describe('identity_verification: "I\'m showing a different …" then carrying on', () => {
  test('a different value on file let go fails; "I have another question" is not a mismatch', () => {
    const cases: { name: string; lang: 'en' | 'es'; want: string; lines: Line[] }[] = [
      { name: 'f1', lang: 'en', want: 'failed', lines: [['A', 'date of birth please'], ['C', 'june ninth eighty four'], ['A', 'hm im showing a different date of birth on file but ok'], ['A', 'your balance is ninety dollars']] },
      { name: 'f2', lang: 'en', want: 'failed', lines: [['A', 'and the zip'], ['C', 'one two three four five'], ['A', 'i got a different zip code here but we\'ll go ahead'], ['A', 'so your bill is eighty dollars this month']] },
      { name: 'f3', lang: 'en', want: 'passed', lines: [['A', 'date of birth please'], ['C', 'june ninth eighty four'], ['A', 'thanks i have another question for you what\'s the zip'], ['C', 'one two three four five'], ['A', 'great that matches'], ['A', 'your balance is ninety dollars']] },
    ];
    for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name);
  });
});

type Case = { name: string; lang: 'en' | 'es'; want: string; lines: Line[] };
const run = (cases: Case[]) => { for (const c of cases) assert.equal(judge(c.lines, c.lang).status, c.want, c.name); };
const BAL_EN: Line = ['A', 'Your available balance is six hundred and five dollars.'];
const BAL_ES: Line = ['A', 'Su saldo disponible es de seiscientos cinco euros.'];

describe('identity_verification: one-time codes, app prompts and warm transfers', () => {
  test('a code texted or messaged and read back passes, in several wordings', () => {
    run([
      { name: 'otp-en1', lang: 'en', want: 'passed', lines: [['A', 'Crest Bank, Lee here.'], ['C', 'whats my balance'], ['A', 'I\'ve just texted a six digit number to your phone, can you read it out?'], ['C', 'three three nine one two eight'], ['A', 'Yep, that\'s the right one.'], BAL_EN] },
      { name: 'otp-en2', lang: 'en', want: 'passed', lines: [['A', 'Crest Bank, Lee here.'], ['C', 'whats my balance'], ['A', 'youll get a text message in a moment with a code, what does the text say'], ['C', 'it says five one two two nine zero'], ['A', 'great thats verified'], BAL_EN] },
      { name: 'otp-es1', lang: 'es', want: 'passed', lines: [['A', 'Banco Cumbre, le atiende Rosa.'], ['C', 'quiero saber mi saldo'], ['A', 'le llegará un sms con un código de seis cifras, ¿me lo lee?'], ['C', 'nueve uno cuatro cuatro dos siete'], ['A', 'perfecto, validado'], BAL_ES] },
      { name: 'otp-es2', lang: 'es', want: 'passed', lines: [['A', 'Banco Cumbre, le atiende Rosa.'], ['C', 'quiero saber mi saldo'], ['A', 'Le he mandado un whatsapp con un pin, ¿me lo dicta?'], ['C', 'ocho dos dos uno'], ['A', 'Correcto, gracias.'], BAL_ES] },
    ]);
  });
  test('an approval in the app passes; a pop-up about something else is not a factor', () => {
    run([
      { name: 'app-en', lang: 'en', want: 'passed', lines: [['A', 'Crest Bank, Lee here.'], ['C', 'whats my balance'], ['A', 'there should be a prompt in your Crest app now, just tap approve on that notification for me'], ['C', 'okay done'], ['A', 'thanks, it\'s come through on my side'], BAL_EN] },
      { name: 'app-es', lang: 'es', want: 'passed', lines: [['A', 'Banco Cumbre, le atiende Rosa.'], ['C', 'quiero saber mi saldo'], ['A', 'le acabo de enviar una alerta a su aplicación, ¿la puede autorizar?'], ['C', 'ya está, la acepté'], ['A', 'perfecto, ya está validado'], BAL_ES] },
      { name: 'app-none', lang: 'en', want: 'failed', lines: [['A', 'Crest Bank, Lee here.'], ['C', 'whats my balance'], ['A', 'sure, can I have your full name?'], ['C', 'amy chen'], ['A', 'thanks amy, by the way there is a new budgeting tool in the app'], BAL_EN] },
    ]);
  });
  test('a colleague who already verified the caller counts; one who will, or could not, does not', () => {
    run([
      { name: 'xfer-en1', lang: 'en', want: 'passed', lines: [['A', 'Hi, Noor in the mortgages team here, I can see you were already taken through security by my colleague.'], ['C', 'yes'], ['A', 'Your mortgage balance is one hundred and two thousand pounds.']] },
      { name: 'xfer-en2', lang: 'en', want: 'passed', lines: [['A', 'Hi, Noor here, the agent before me has verified your identity so let\'s carry on.'], ['C', 'great'], ['A', 'Your mortgage balance is one hundred and two thousand pounds.']] },
      { name: 'xfer-en3', lang: 'en', want: 'failed', lines: [['A', 'Hi, Noor here, my colleague will verify you later.'], ['C', 'ok'], ['A', 'Your mortgage balance is one hundred and two thousand pounds.']] },
      { name: 'xfer-en4', lang: 'en', want: 'failed', lines: [['A', 'Hi, Noor here, my colleague wasn\'t able to verify you.'], ['C', 'ok'], ['A', 'Your mortgage balance is one hundred and two thousand pounds.']] },
      { name: 'xfer-es1', lang: 'es', want: 'passed', lines: [['A', 'Hola, soy Iván de facturación; el compañero que le atendió ya le validó los datos.'], ['C', 'sí'], ['A', 'Veo en su factura un cargo de treinta euros por la permanencia.']] },
      { name: 'xfer-es3', lang: 'es', want: 'passed', lines: [['A', 'buenas, soy marta de facturación, veo que ya hizo la verificación con mi compañero'], ['C', 'sí'], ['A', 'su factura de este mes es de cuarenta y dos euros']] },
      { name: 'xfer-es2', lang: 'es', want: 'failed', lines: [['A', 'Hola, soy Iván de facturación; mi compañera no pudo verificar sus datos.'], ['C', 'ya'], ['A', 'Veo en su factura un cargo de treinta euros por la permanencia.']] },
    ]);
  });
});

describe('identity_verification: more factors (Eircode, email in other wordings, questions about the contract)', () => {
  test('Eircode, the email a booking was made with, the email on a named account', () => {
    run([
      { name: 'eir', lang: 'en', want: 'passed', lines: [['A', 'hiya its niamh in lakeland broadband'], ['C', 'my bill looks off'], ['A', 'no bother whats the eircode for the property'], ['C', 'h nine one x four y two'], ['A', 'grand thats all matching'], ['A', 'so your bill this month is fifty five euro']] },
      { name: 'mail1', lang: 'en', want: 'passed', lines: [['A', 'Swift Rail, Tom speaking.'], ['C', 'I want a refund for my cancelled train.'], ['A', 'Sure, what email address was the booking made with?'], ['C', 'j dot roe at mail dot com'], ['A', 'Thanks, that matches.'], ['A', 'I can see two tickets and the refund of forty pounds has been processed.']] },
      { name: 'mail2', lang: 'en', want: 'passed', lines: [['A', 'Streamly, Ana here.'], ['C', 'I was charged twice.'], ['A', 'Can I get the email linked to your Streamly account?'], ['C', 'bo at post dot com'], ['A', 'Perfect, that matches.'], ['A', 'I do see two charges of nine ninety nine on the fifth.']] },
      { name: 'mail-es', lang: 'es', want: 'passed', lines: [['A', 'Viajes Brisa, le atiende Sol.'], ['C', 'quiero cambiar mi reserva'], ['A', '¿Cuál es el correo con el que se hizo la reserva?'], ['C', 'sol punto ramos arroba correo punto com'], ['A', 'Correcto, coincide.'], ['A', 'Veo su reserva de dos noches, con un cargo de ciento veinte euros.']] },
    ]);
  });
  test('a question about the holder\'s own contract counts when asked as a check; a plan question for a sale does not verify', () => {
    run([
      { name: 'k-en1', lang: 'en', want: 'passed', lines: [['A', 'Nova Mobile, Kim speaking.'], ['C', 'How much is my bill?'], ['A', 'To make sure it\'s you, which plan are you on at the moment?'], ['C', 'the twenty gig sim only'], ['A', 'That\'s right, thanks.'], ['A', 'Your bill this month is thirty two pounds.']] },
      { name: 'k-en2', lang: 'en', want: 'passed', lines: [['A', 'Nova Bank, Kim speaking.'], ['C', 'How much do I owe?'], ['A', 'Could you tell me the amount of your last payment?'], ['C', 'two hundred dollars on the first'], ['A', 'That matches, thank you.'], ['A', 'Your outstanding balance is nine hundred dollars.']] },
      { name: 'k-es1', lang: 'es', want: 'passed', lines: [['A', 'Nova Móvil, le atiende Eva.'], ['C', '¿cuánto debo?'], ['A', 'Para validar, ¿qué tarifa tiene contratada?'], ['C', 'la de treinta gigas'], ['A', 'Correcto.'], ['A', 'Su factura de este mes es de veinticinco euros.']] },
      { name: 'k-es2', lang: 'es', want: 'passed', lines: [['A', 'Seguros Roble, le atiende Eva.'], ['C', '¿cómo va mi siniestro?'], ['A', '¿Me dice la fecha de efecto de su póliza?'], ['C', 'el uno de febrero'], ['A', 'Correcto.'], ['A', 'Su siniestro está aprobado y el perito ya lo valoró.']] },
      { name: 'k-sale', lang: 'en', want: 'failed', lines: [['A', 'Nova Mobile, Kim speaking.'], ['C', 'How much is my bill?'], ['A', 'Which plan are you on? We have some great deals.'], ['C', 'the twenty gig one'], ['A', 'Okay.'], ['A', 'Your bill this month is thirty two pounds.']] },
    ]);
  });
});

describe('identity_verification: a mismatch cleared up, a second mismatch, an unsure answer let go', () => {
  test('the agent\'s own typo retracts the mismatch: passed', () => {
    run([
      { name: 'typo-en', lang: 'en', want: 'passed', lines: [['A', 'Kite Mobile, Raj here.'], ['C', 'can i upgrade early'], ['A', 'whats the postcode on the account'], ['C', 'm one four two a b'], ['A', 'hmm that doesnt match, oh sorry, I keyed it in wrong, my mistake'], ['C', 'no worries'], ['A', 'yes thats you'], ['A', 'so youre on the unlimited plan with six months left on your contract']] },
      { name: 'typo-es', lang: 'es', want: 'passed', lines: [['A', 'Kite Móvil, le atiende Raúl.'], ['C', 'quiero saber mi factura'], ['A', '¿me dice su código postal?'], ['C', 'cero ocho cero cero cinco'], ['A', 'no me coincide... ay, perdone, culpa mía, lo tecleé mal'], ['C', 'tranquilo'], ['A', 'ahora sí, coincide'], ['A', 'su factura de este mes es de cuarenta euros']] },
      { name: 'no-typo', lang: 'en', want: 'failed', lines: [['A', 'Kite Mobile, Raj here.'], ['C', 'can i upgrade early'], ['A', 'whats the postcode on the account'], ['C', 'm one four two a b'], ['A', 'hmm that doesnt match, never mind'], ['A', 'so youre on the unlimited plan with six months left on your contract']] },
    ]);
  });
  test('"tampoco me coincide" / "neither does that" then carrying on fails', () => {
    run([
      { name: 'tampoco', lang: 'es', want: 'failed', lines: [['A', 'Despacho Roca, le habla Iker. ¿Su fecha de nacimiento?'], ['C', 'el dos de abril del setenta'], ['A', 'No me coincide. ¿Y su código postal?'], ['C', 'cero tres cero uno cero'], ['A', 'Tampoco me coincide, pero bueno, seguimos.'], ['A', 'Tiene un saldo pendiente de ochocientos euros.']] },
      { name: 'neither', lang: 'en', want: 'failed', lines: [['A', 'Roca Recovery, Ike speaking. Your date of birth?'], ['C', 'april second seventy'], ['A', 'That doesn\'t match. Your zip then?'], ['C', 'three oh one oh one'], ['A', 'Hmm, neither does that, but let\'s carry on.'], ['A', 'You have a past due balance of eight hundred dollars.']] },
    ]);
  });
  test('an unsure answer let go fails; reassurance while the customer looks it up does not', () => {
    run([
      { name: 'unsure-es', lang: 'es', want: 'failed', lines: [['A', 'Banco Cumbre, le atiende Rosa.'], ['C', 'quiero saber mi saldo'], ['A', '¿su fecha de nacimiento?'], ['C', 'uy no me acuerdo bien, creo que del setenta y dos'], ['A', 'vale, no pasa nada'], BAL_ES] },
      { name: 'unsure-en', lang: 'en', want: 'failed', lines: [['A', 'Crest Bank, Lee here.'], ['C', 'whats my balance'], ['A', 'whats your date of birth'], ['C', 'um not sure, maybe june nineteen seventy'], ['A', 'ah thats fine'], BAL_EN] },
      { name: 'patience', lang: 'es', want: 'passed', lines: [['A', 'Banco Cumbre, le atiende Rosa.'], ['C', 'quiero saber mi saldo'], ['A', '¿los cuatro últimos dígitos de su DNI?'], ['C', 'no estoy segura, espere, cuatro cuatro uno dos'], ['A', 'tranquila, no pasa nada, sin prisa'], ['A', 'perfecto, coincide'], BAL_ES] },
    ]);
  });
  test('"confirmar que es usted" is a request, not a success; the specifics before verification fail', () => {
    run([
      { name: 'que-es-usted', lang: 'es', want: 'failed', lines: [['A', 'Caja Sur, le atiende Nerea.'], ['C', 'me han devuelto un recibo'], ['A', 'Antes de entrar en su cuenta tengo que confirmar que es usted. ¿Su nombre completo?'], ['C', 'Marta Riera'], ['A', 'Gracias. Veo el recibo del gimnasio de treinta y nueve euros devuelto el día tres.']] },
      { name: 'que-es-usted-ok', lang: 'es', want: 'passed', lines: [['A', 'Caja Sur, le atiende Nerea.'], ['C', 'me han devuelto un recibo'], ['A', 'Antes de entrar en su cuenta tengo que confirmar que es usted. ¿Su DNI?'], ['C', 'cuatro cinco seis uno dos tres cuatro ocho jota'], ['A', 'Gracias, correcto.'], ['A', 'Veo el recibo del gimnasio de treinta y nueve euros devuelto el día tres.']] },
    ]);
  });
});

describe('account specifics: claim status in plain words, modal "debe", "tengo que"', () => {
  const kinds = (lines: Line[], lang: 'en' | 'es') => findAccountSpecifics(prepared(lines, lang)).map((a) => `${a.segment}:${a.kind}`);
  test('claim status, estimate, liability and rental are claim specifics; asking about the status is not', () => {
    assert.deepEqual(kinds([['A', 'right so the status is the assessor has been out and the estimate came back at two thousand dollars']], 'en'), ['0:claim']);
    assert.deepEqual(kinds([['A', 'the other insurer has accepted liability and your rental is approved until friday']], 'en'), ['0:claim']);
    assert.deepEqual(kinds([['A', 'you can check what the status is online under my claims']], 'en'), []);
    assert.deepEqual(kinds([['A', 'I do see three charges from the same merchant']], 'en'), ['0:transaction']);
  });
  test('a modal "debe" / "tengo que" is not a debt or account data; "nos debe" still is', () => {
    assert.deepEqual(kinds([['A', 'la maleta debe caber en el compartimento y tiene un costo de cuarenta dólares por trayecto']], 'es'), []);
    assert.deepEqual(kinds([['A', 'antes de entrar en su cuenta tengo que hacerle unas preguntas']], 'es'), []);
    assert.deepEqual(kinds([['A', 'usted nos debe ochocientos pesos desde marzo']], 'es'), ['0:debt']);
    assert.deepEqual(kinds([['A', 'en su cuenta tengo dos recibos devueltos']], 'es'), ['0:account_data']);
  });
});

describe('identity_verification: email used for the order, an area-wide fault, a late "it says"', () => {
  test('the email used for the order is a factor; a fault logged for a whole suburb is not an account specific', () => {
    run([
      { name: 'used-for', lang: 'en', want: 'passed', lines: [['A', 'Shopzy, Wen speaking.'], ['C', 'my parcel is stuck'], ['A', 'and the email address given for the order?'], ['C', 'wen dot li at inbox dot com'], ['A', 'thank you, that matches'], ['A', 'so I can see your order, the blender, was dispatched on monday']] },
      { name: 'area-fault', lang: 'en', want: 'not_applicable', lines: [['A', 'City Power, Lindi speaking.'], ['C', 'the power is out in our street'], ['A', 'which suburb are you in'], ['C', 'parkview'], ['A', 'okay i can see there is a fault logged for parkview, technicians are on site'], ['C', 'thanks']] },
    ]);
    assert.deepEqual(findAccountSpecifics(prepared([['A', 'i can see theres a fault logged on your line since tuesday']], 'en')).map((a) => a.kind), ['account_data']);
  });
  test('"it says the fix is tomorrow" long after a good answer, then "anyway", does not undo the verification', () => {
    run([
      { name: 'late-it-says', lang: 'en', want: 'passed', lines: [['A', 'Fibra, Jo speaking.'], ['C', 'my broadband is down'], ['A', 'can i take your postcode'], ['C', 'l s one two a b'], ['A', 'and the first line of the address'], ['C', 'ten hill road'], ['A', 'lovely'], ['C', 'its been days'], ['A', 'i know, sorry'], ['C', 'when will it be fixed'], ['A', 'it says the estimated fix is tomorrow'], ['C', 'it said that before'], ['A', 'i know, i will add a compensation request anyway'], ['C', 'how much'], ['A', 'it will come off your next bill as a credit of ten pounds']] },
    ]);
  });
});
