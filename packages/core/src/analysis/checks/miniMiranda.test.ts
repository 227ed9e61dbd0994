// mini_miranda: both halves of the notice (attempt to collect a debt + information used for that purpose) in faithful
// paraphrases, EN and ES (tú/usted/vos), clean and ASR-style; half notices fail; third parties make it not applicable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMiniMiranda } from './miniMiranda.ts';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';
import type { AnalysisLanguage, PolicyRule } from '../schemas.ts';

const RULE = { id: 'mini_miranda' } as PolicyRule;
const run = (language: AnalysisLanguage, lines: Line[]) => detectMiniMiranda(transcript(language, lines), RULE);
const status = (language: AnalysisLanguage, lines: Line[]) => run(language, lines).status;

const EN_OPEN: Line[] = [['A', 'hi this is dana from apex recovery may i speak with john smith'], ['C', 'yes speaking'], ['A', 'thanks john can you confirm your date of birth'], ['C', 'may fourth eighty one']];
const ES_OPEN: Line[] = [['A', 'buenas tardes, ¿hablo con el señor Jorge Pérez?'], ['C', 'sí, con él'], ['A', 'le habla Marta de Cobros Andinos, ¿me confirma su fecha de nacimiento?'], ['C', 'el dos de mayo del ochenta']];

describe('mini_miranda passed (EN)', () => {
  const notices = [
    'This is an attempt to collect a debt and any information obtained will be used for that purpose.',
    'this is an attempt to collect a debt and anything you tell me will be used for that',
    'i need to let you know this call is about collecting a debt, and any information you give me will be used for that purpose',
    'we are a debt collector attempting to collect a debt and any info we get will be used to collect it',
    'so uh this is a tempt to collect a debt any information obtain will be use for that purpose',
  ];
  for (const n of notices) test(n, () => assert.equal(status('en', [...EN_OPEN, ['A', n], ['C', 'okay']]), 'passed'));
  test('split over two agent segments', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'this is an attempt to collect a debt'], ['A', 'and any information obtained will be used for that purpose']]), 'passed');
  });
});

describe('mini_miranda passed (ES)', () => {
  const notices = [
    'Este es un intento de cobro y la información que nos dé se usará con ese fin.',
    'Esta llamada es un intento de cobrar una deuda y cualquier información que obtengamos será utilizada con ese propósito.',
    'Le llamo para gestionar el cobro de una deuda pendiente, y lo que me cuente lo vamos a utilizar para eso.',
    'te llamo para cobrar una deuda, y lo que me digas lo vamos a usar solo para esa gestión de cobro',
    'el motivo de mi llamada es cobrarle un saldo pendiente y todo lo que usted me diga lo vamos a usar para ese cobro',
    'vos sabés que te llamo por una deuda: es un intento de cobro y lo que me contés se va a usar para ese fin',
  ];
  for (const n of notices) test(n, () => assert.equal(status('es', [...ES_OPEN, ['A', n], ['C', 'vale']]), 'passed'));
});

describe('mini_miranda failed', () => {
  test('missing', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'your balance is four hundred dollars when can you pay'], ['C', 'friday']]), 'failed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'tiene un saldo de cuatrocientos euros, ¿cuándo puede pagar?'], ['C', 'el viernes']]), 'failed');
  });
  test('half: the debt without the use of the information', () => {
    const v = run('en', [...EN_OPEN, ['A', 'this is an attempt to collect a debt'], ['A', 'your balance is two thousand dollars']]);
    assert.equal(v.status, 'failed');
    assert.match(v.explanation, /half/);
    assert.equal(status('en', [...EN_OPEN, ['A', 'so im a debt collector and im calling about your campus card account']]), 'failed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'es un intento de cobro de una deuda que tiene con Telvia']]), 'failed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'la llamo por el cobro de la obligación que usted tiene con Electrohogar']]), 'failed');
  });
  test('"record" of information is not the use notice', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'we are calling about collecting the balance'], ['A', 'i will note your information on the file']]), 'failed');
  });
});

describe('mini_miranda not applicable: a third party answers', () => {
  test('spouse, parent, colleague, wrong number', () => {
    assert.equal(status('en', [['A', 'hi is kylie brennan there'], ['C', 'she doesnt live here anymore this is her dad'], ['A', 'okay could you ask her to call tahlia']]), 'not_applicable');
    assert.equal(status('en', [['C', 'good morning fenwick dental jo speaking'], ['A', 'hi is sandra there'], ['C', 'sandras with a patient can i take a message']]), 'not_applicable');
    assert.equal(status('en', [['A', 'is this mark'], ['C', 'sorry wrong number']]), 'not_applicable');
    assert.equal(status('es', [['A', '¿Se encuentra el señor Héctor Salinas?'], ['C', 'No está, soy su esposa'], ['A', 'dígale que se comunique']]), 'not_applicable');
    assert.equal(status('es', [['A', '¿Hablo con Martín?'], ['C', 'No, número equivocado']]), 'not_applicable');
  });
  test('the debtor then comes to the phone: the check applies', () => {
    assert.equal(status('en', [['A', 'is john there'], ['C', 'hes not in right now oh wait here he is'], ['C', 'hello this is john speaking'], ['A', 'this is an attempt to collect a debt']]), 'failed');
  });
  test('the debtor asking who is calling is not a third party', () => {
    assert.equal(status('en', [['C', 'hello who s calling'], ['A', 'this is dana from apex is this john smith'], ['C', 'yes'], ['A', 'this is an attempt to collect a debt']]), 'failed');
    assert.equal(status('es', [['C', 'aló, ¿de parte de quién?'], ['A', 'le habla Marta, ¿hablo con Jorge Pérez?'], ['C', 'sí, dígame'], ['A', 'es un intento de cobro']]), 'failed');
    assert.equal(status('es', [['A', '¿hablo con Jorge Pérez?'], ['C', 'sí, con él, ¿de parte de quién?'], ['A', 'es un intento de cobro']]), 'failed');
    assert.equal(status('es', [['A', '¿hablo con Jorge Pérez?'], ['C', 'no, habla con su hermana, él no está'], ['A', 'bueno, gracias']]), 'not_applicable');
  });
  test('information used for quality or data-protection purposes is not the notice', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'im calling from a collection agency about your debt'], ['A', 'this call may be recorded and the information used for quality and training purposes']]), 'failed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'somos de la agencia de cobranza'], ['A', 'sus datos se utilizarán para gestionar su solicitud']]), 'failed');
  });
  test('a debtor mentioning their spouse is not a third party', () => {
    assert.equal(status('es', [...ES_OPEN, ['C', 'mi esposa no está, ella lleva las cuentas'], ['A', 'es un intento de cobro y la información que me dé se usará para ese fin']]), 'passed');
  });
});

test('a notice given only at the very end passes but asks for review', () => {
  const lines: Line[] = [...EN_OPEN];
  for (let i = 0; i < 40; i++) lines.push(['A', 'so about the payment plan'], ['C', 'okay']);
  lines.push(['A', 'oh and this is an attempt to collect a debt and any information obtained will be used for that purpose']);
  const v = run('en', lines);
  assert.equal(v.status, 'passed');
  assert.ok(v.uncertain);
});

describe('mini_miranda: more wordings and ASR damage (passed)', () => {
  const notices = [
    'this is an attempt to collect a det and any information obtained will be used for that per pose',
    "I have to let you know we are a debt collection agency and this call is an attempt to collect a debt. Any information you give us will be used for the purpose of collecting it.",
    'this is an attempt to collect a debt and whatever you tell me can be used for that purpose',
    'this is an attempt to collect a debt and any information obtained will be utilized for that purpose',
    'this is an attempt to collect on a debt, any information will be used for collection purposes',
  ];
  for (const n of notices) test(n, () => assert.equal(status('en', [...EN_OPEN, ['A', n], ['C', 'okay']]), 'passed'));
  const avisos = [
    'esta es una comunicación de un cobrador de deudas; es un intento de cobrar una deuda y cualquier información obtenida se utilizará para ese fin',
    'Le informamos de que se trata de un intento de cobro de deuda y que la información que nos brinde será utilizada para tal fin.',
    'Esta llamada es para el cobro de una deuda y los datos que nos facilite se utilizarán únicamente para esa finalidad.',
  ];
  for (const n of avisos) test(n, () => assert.equal(status('es', [...ES_OPEN, ['A', n], ['C', 'vale']]), 'passed'));
});

describe('mini_miranda: third parties in other words (not applicable)', () => {
  const en = ['Reyes residence, this is the housekeeper speaking.', "He's deployed overseas, I'm his spouse.", 'kemar nuh deh yah a mi him madda'];
  for (const a of en) test(a, () => assert.equal(status('en', [['A', 'good afternoon can i speak to kemar reyes please'], ['C', a], ['A', 'please ask him to call jay back']]), 'not_applicable'));
  test('Spanish: died, nobody of that name', () => {
    assert.equal(status('es', [['A', '¿Me comunica con el señor Julián Rojas?'], ['C', 'Julián falleció hace dos meses.'], ['A', 'Lo siento mucho, disculpe.']]), 'not_applicable');
    assert.equal(status('es', [['A', '¿Me comunica con el señor Julián Rojas?'], ['C', 'No, aquí no vive nadie con ese nombre.'], ['A', 'Disculpe la molestia.']]), 'not_applicable');
  });
});

describe('mini_miranda: what follows the notice in the next sentence is not its purpose', () => {
  test('a recording notice or a security question right after the notice', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'This is an attempt to collect a debt and any information obtained will be used for that purpose. Now, for security, can you verify your address?'], ['C', 'okay']]), 'passed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'Esta llamada es un intento de cobro de una deuda y la información obtenida se usará para ese fin. La llamada se graba por calidad.'], ['C', 'vale']]), 'passed');
  });
  test('but within the same sentence another purpose is still not the notice', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'we are a debt collection agency and any information you give will be used for quality and training purposes'], ['C', 'okay']]), 'failed');
  });
});

describe('mini_miranda: the collection half as "collection/recovery of a debt", "collect the outstanding amount" (UK and US)', () => {
  const notices = [
    "right, i'm ringing about the collection of an unpaid balance, and anything you tell us will be used for that purpose",
    'this call concerns the recovery of a debt and any details you give may be used for that purpose',
    'we are contacting you to recover the overdue amount, and any information you provide will be used to that end',
    'we are calling to collect money owed to northgate bank and what you tell us may be used for that purpose',
    "this is an attempt to collect a debt and we'll use what you tell us for that purpose",
  ];
  for (const n of notices) test(n, () => assert.equal(status('en', [...EN_OPEN, ['A', n], ['C', 'okay']]), 'passed'));
  test('over two turns, with the customer in between', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'so this is about the collection of a debt'], ['C', 'which one'], ['A', 'and anything you tell me today may be used in that process']]), 'passed');
  });
  test('a collection that is not a debt, or the information half alone, stays half', () => {
    assert.equal(status('en', [...EN_OPEN, ['A', 'the collection of your parcel is tomorrow and any information you give us will be used for that purpose'], ['C', 'okay']]), 'failed');
    assert.equal(status('en', [...EN_OPEN, ['A', 'we are contacting you to collect the outstanding amount'], ['C', 'okay']]), 'failed');
  });
  test('Spanish: "gestionar el pago de una deuda", "regularizar su deuda"', () => {
    assert.equal(status('es', [...ES_OPEN, ['A', 'Le contactamos para gestionar el pago de una deuda, y cualquier dato que nos facilite se usará para dicha gestión.'], ['C', 'vale']]), 'passed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'Te llamo para regularizar tu deuda pendiente y lo que me digas lo vamos a usar para ese fin.'], ['C', 'ya']]), 'passed');
    assert.equal(status('es', [...ES_OPEN, ['A', 'Le contactamos para gestionar el pago de una deuda.'], ['C', 'vale']]), 'failed');
  });
});
