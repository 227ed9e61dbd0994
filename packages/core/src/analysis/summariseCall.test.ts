import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import { callSegments } from './checks/testTranscript.ts';
import type { TranscriptSegment } from './schemas.ts';
import { COMPLIANCE_COLLECTIONS } from './packs/complianceCollections.ts';

const call = callSegments;
const summary = (lines: string[], opts: { metadata?: Record<string, unknown>; language?: 'en' | 'es' | 'auto'; collections?: boolean } = {}) =>
  analyseCall({ segments: call(lines), language: opts.language ?? 'auto', metadata: opts.metadata, policy: opts.collections ? COMPLIANCE_COLLECTIONS : undefined }).results.coaching.summary;

describe('summariseCall: who called whom', () => {
  test('outbound collections call (English): the agent called, never "the customer called"', () => {
    const s = summary([
      'C: Hello?',
      'A: Hi, may I speak with Gregory Olsen please?',
      'C: Speaking.',
      'A: Gregory, this is Dana from Ridgeline Recovery. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      'A: I am calling about the overdue balance of four hundred dollars on your Lakeside Furniture account.',
      'C: Yeah I know, I lost my job in March. I can pay fifty dollars on Friday.',
      'A: Okay, I have set up a payment of fifty dollars for Friday. Thank you for your time.',
    ], { collections: true });
    assert.match(s, /^The agent called Gregory Olsen about an overdue balance/);
    assert.doesNotMatch(s, /customer called/i);
    assert.match(s, /committed to pay/);
  });
  test('outbound collections call (Spanish, Latin America): "¿se encuentra el señor…?"', () => {
    const s = summary([
      'C: ¿Aló?',
      'A: Buenas tardes, ¿se encuentra el señor Ramiro Quispe?',
      'C: Sí, con él habla.',
      'A: Don Ramiro, le llamo de Cobranzas Andinas por la cuota vencida de su préstamo, que tiene tres meses de atraso.',
      'C: Ya, mire, le pago el lunes sin falta.',
      'A: Perfecto, queda registrado su compromiso de pago para el lunes. Gracias por su tiempo.',
    ], { language: 'es' });
    assert.match(s, /^El agente llamó a Ramiro Quispe por un saldo vencido/);
    assert.doesNotMatch(s, /El cliente llamó/);
    assert.match(s, /se comprometió a pagar/);
  });
  test('outbound from metadata.direction, and "le llamo de…" in Spain', () => {
    const s1 = summary(['A: Good afternoon, is Mrs Patel there?', 'C: That is me.', 'A: Lovely. It is about your home insurance claim for the kitchen leak, the adjuster can visit on Tuesday.'], { metadata: { direction: 'outbound' } });
    assert.match(s1, /^The agent called .*about an insurance claim/);
    const s2 = summary(['C: ¿Sí?', 'A: Hola, buenos días, le llamo de Telefónica Norte para ofrecerle cambiar su tarifa a una con más gigas.', 'C: Vale, cuénteme.'], { language: 'es' });
    assert.match(s2, /^El agente llamó al cliente por un cambio de plan, tarifa o póliza/);
  });
  test('a third party answering an outbound call is said so', () => {
    const s = summary(['C: Hello?', 'A: Hi, could I speak to Nadia Brooks please?', "C: She's not here right now, this is her roommate.", "A: No problem, I'll try again later. Thanks."]);
    assert.match(s, /^The agent called Nadia Brooks/);
    assert.match(s, /third party answered/);
  });
  test('inbound: "The customer called about <topic>", in both languages, with the outcome', () => {
    const s1 = summary([
      'A: Thanks for calling Brightwave Internet, how can I help?',
      'C: Hi, my internet has been down since last night and the router light is red.',
      'A: I am sorry about that. I have booked a technician for tomorrow morning between eight and twelve.',
      'C: Okay, thanks.',
    ]);
    assert.match(s1, /^The customer called about a service outage or fault/);
    assert.match(s1, /Outcome: the agent said "… I have booked a technician/);
    const s2 = summary([
      'A: Tienda Sol, le atiende Marta, ¿en qué le ayudo?',
      'C: Hola, hice un pedido hace dos semanas y todavía no me llega, quiero que me devuelvan el dinero.',
      'A: Ya he tramitado el reembolso, le llegará en cinco días hábiles.',
      'C: Vale, gracias.',
    ], { language: 'es' });
    assert.match(s2, /^El cliente llamó por un pedido, un envío o un reembolso/);
    assert.match(s2, /Resultado: el agente indicó/);
  });
  test('inbound topics from the content: billing, card replacement, payment plan, claim, plan change, cancellation', () => {
    const cases: Array<[string[], RegExp]> = [
      [['A: Thank you for calling, how can I help?', 'C: I think there is a wrong charge on my last bill, it is twice the usual amount.'], /called about a bill or a charge/],
      [['A: Thank you for calling, how can I help?', 'C: hi uh my card was stolen yesterday and i need a replacement'], /called about replacing a card/],
      [['A: Thank you for calling, how can I help?', "C: I can't pay the whole amount this month, can we set up a payment plan?"], /called about a payment plan/],
      [['A: Gracias por llamar, ¿en qué puedo ayudarle?', 'C: Tuve un choque con el coche esta mañana y quiero dar parte al seguro.'], /llamó por un siniestro o parte del seguro/],
      [['A: Gracias por llamar, ¿en qué puedo ayudarle?', 'C: buenas quería cambiar de plan a uno más barato'], /llamó por un cambio de plan, tarifa o póliza/],
      [['A: Thank you for calling, how can I help?', 'C: I would like to cancel my gym membership please.'], /called about cancelling a service or an order/],
    ];
    for (const [lines, re] of cases) assert.match(summary(lines), re, lines[1]);
  });
  test('ASR text (lower case, no punctuation, fillers) in both directions', () => {
    const out1 = summary([
      'c: hello',
      'a: hi uh this is mike calling from summit auto finance am i speaking with jordan reyes',
      'c: yeah that is me',
      'a: okay so um your car payment is past due by two months',
      'c: i get paid friday i will pay it then',
    ].map((l) => l.replace(/^a:/, 'A:').replace(/^c:/, 'C:')));
    assert.match(out1, /^The agent called Jordan Reyes about an overdue balance/);
    const out2 = summary(['A: conexión turpial buenas tardes habla con el señor ramírez', 'C: eh buenas tardes mire quiero pagar la factura del internet de este mes', 'A: listo ya quedó pagada'], { language: 'es' });
    assert.match(out2, /^El cliente llamó por pagar una factura/);
    assert.match(out2, /Resultado: el agente indicó «listo ya quedó pagada»/);
  });
  test('inbound is the default; a customer name is used when they introduce themselves', () => {
    const s = summary(['A: Hello, Harbor Credit Union, this is Tom.', 'C: Hi Tom, my name is Lucy Ward, I need to update my address, I moved last week.']);
    assert.match(s, /^Lucy Ward called about updating contact details/);
    const unknown = summary(['A: Hello.', 'C: Hello, yes.']);
    assert.match(unknown, /^The customer called; the reason could not be determined/);
  });
});
