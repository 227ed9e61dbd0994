import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import { callSegments } from './checks/testTranscript.ts';
import type { AnalyseCallOutput, PolicyDocument, TranscriptSegment } from './schemas.ts';
import { COMPLIANCE_COLLECTIONS } from './packs/complianceCollections.ts';
import { COMPLIANCE_DEFAULT } from './packs/complianceDefault.ts';

const call = callSegments;
const examples = (out: AnalyseCallOutput) => out.results.coaching.opportunities.map((o) => o.example_phrase).join(' | ');

const telecomOutage = [
  'A: yeah hello what is it',
  'C: hi my internet has been down since yesterday and the router keeps blinking red',
  'C: this is the third time this month, I work from home',
  'A: what is the account number',
  'C: four four two one nine',
  'A: ok there is an outage in your area it should be back tonight',
  'C: fine',
];

describe('buildCoaching: examples fit the call', () => {
  test('telecom call without metadata: neutral company wording, no bank or card examples, examples about the outage', () => {
    const out = analyseCall({ segments: call(telecomOutage), language: 'en' });
    const ex = examples(out);
    assert.ok(out.results.coaching.opportunities.length >= 3, ex);
    assert.doesNotMatch(ex, /Harper Valley|Northwind|\bbank\b/i);
    assert.doesNotMatch(ex, /\b(?:debit|card)\b/i);
    assert.match(ex, /our company/);
    const listen = out.results.coaching.opportunities.find((o) => o.skill === 'active_listening');
    if (listen) assert.match(listen.example_phrase, /service|down/);
  });
  test('metadata.company_name and agent_name are used in the examples', () => {
    const out = analyseCall({ segments: call(telecomOutage), language: 'en', metadata: { company_name: 'Brightwave Fibre', agent_name: 'Priya' } });
    const ex = examples(out);
    assert.match(ex, /Brightwave Fibre/);
    assert.doesNotMatch(ex, /our company|Harper Valley/);
    const id = out.results.coaching.opportunities.find((o) => o.skill === 'agent_identification');
    assert.ok(id, 'the agent never introduced themselves');
    assert.match(id.example_phrase, /Priya/);
  });
  test('Spanish outbound collections call: outbound openings and closings, Spanish examples about the debt', () => {
    const out = analyseCall({
      segments: call([
        'C: ¿Bueno?',
        'A: ¿Hablo con la señora Rosa Elvira Méndez?',
        'C: Sí, soy yo.',
        'A: Le llamo por su deuda, tiene dos cuotas vencidas de su crédito y hay que pagarlas ya.',
        'C: Ahorita no tengo, ¿me puede dar unos días?',
        'A: Pues vea cómo le hace.',
      ]),
      language: 'es',
      policy: COMPLIANCE_COLLECTIONS,
      metadata: { company_name: 'Cobranza Integral del Norte' },
    });
    assert.match(out.results.coaching.summary, /^El agente llamó a Rosa Elvira por un saldo vencido/);
    const ex = examples(out);
    assert.doesNotMatch(ex, /gracias por llamar|thank you|Harper Valley/i);
    assert.match(ex, /le llama .*Cobranza Integral del Norte/);
    const listen = out.results.coaching.opportunities.find((o) => o.skill === 'active_listening');
    if (listen) assert.match(listen.example_phrase, /pago/);
    const closing = out.results.coaching.opportunities.find((o) => o.skill === 'closing');
    if (closing) assert.match(closing.example_phrase, /Gracias por su tiempo/);
  });
  test('the identity factor follows the call ("cédula" in Colombia), not the pack\'s DNI', () => {
    const out = analyseCall({
      segments: call([
        'A: Banco del Valle, buenas tardes, le atiende Camilo.',
        'C: Hola, quiero saber el saldo de mi cuenta de ahorros, pero no tengo la cédula a mano.',
        'A: Su saldo es de dos millones de pesos.',
        'C: Listo, gracias.',
      ]),
      language: 'es',
    });
    const idv = out.results.coaching.opportunities.find((o) => o.skill === 'identity_verification');
    assert.ok(idv, JSON.stringify(out.results.compliance.checks.map((c) => [c.id, c.status])));
    assert.match(idv.example_phrase, /cédula/);
    assert.doesNotMatch(idv.example_phrase, /DNI/);
  });
  test('placeholders in a custom policy hint are filled from metadata, or with neutral wording', () => {
    const policy: PolicyDocument = {
      ...COMPLIANCE_DEFAULT,
      id: 'custom',
      rules: COMPLIANCE_DEFAULT.rules.map((r) =>
        r.id === 'recording_disclosure' && r.coaching
          ? { ...r, coaching: { ...r.coaching, example_phrase: { en: 'Thanks for calling {company_name}; this call may be recorded.', es: 'Gracias por llamar a {company_name}; la llamada puede ser grabada.' } } }
          : r,
      ),
    };
    const segs = call(['A: hi this is Sam, how can I help', 'C: I need to pay my bill', 'A: sure, done, anything else?', 'C: no thanks']);
    const withName = analyseCall({ segments: segs, language: 'en', policy, metadata: { company_name: 'Acme Energy' } });
    const rec = withName.results.coaching.opportunities.find((o) => o.skill === 'recording_disclosure')!;
    assert.equal(rec.example_phrase, 'Thanks for calling Acme Energy; this call may be recorded.');
    const neutral = analyseCall({ segments: segs, language: 'en', policy });
    assert.equal(neutral.results.coaching.opportunities.find((o) => o.skill === 'recording_disclosure')!.example_phrase, 'Thanks for calling our company; this call may be recorded.');
  });
});

describe('buildCoaching: prioritised and linked to evidence', () => {
  test('priorities never increase down the list; failed critical checks come first', () => {
    const out = analyseCall({ segments: call(telecomOutage), language: 'en' });
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const opps = out.results.coaching.opportunities;
    for (let i = 1; i < opps.length; i++) assert.ok(rank[opps[i - 1].priority] <= rank[opps[i].priority], `${opps[i - 1].skill} before ${opps[i].skill}`);
    const criticalFailed = out.results.compliance.checks.filter((c) => c.status === 'failed' && c.severity === 'critical').map((c) => c.id);
    if (criticalFailed.length) assert.ok(criticalFailed.includes(opps[0].skill), `${opps[0].skill} first, critical failures: ${criticalFailed}`);
    assert.equal(out.results.coaching.focus_area, opps[0].skill);
  });
  test("each opportunity carries its own check's or item's evidence, quoted from the transcript, and says what happened", () => {
    const segs = call(telecomOutage);
    const out = analyseCall({ segments: segs, language: 'en' });
    const { compliance, quality, coaching } = out.results;
    for (const o of coaching.opportunities) {
      assert.ok(o.evidence.length > 0, o.skill);
      for (const e of o.evidence) assert.equal(e.quote, segs[e.segment].text.slice(0, e.quote.length), o.skill);
      assert.match(o.recommendation, /In this call: /, o.skill);
      const check = compliance.checks.find((c) => c.id === o.skill && c.status === 'failed');
      const item = quality.scorecard.find((i) => i.id === o.skill);
      const own = check?.evidence.length ? check.evidence : item?.evidence.length ? item.evidence : null;
      if (own) assert.deepEqual(o.evidence, own, o.skill);
    }
    // a missing closing points at the end of the call, a missing greeting at its start
    const closing = coaching.opportunities.find((o) => o.skill === 'closing');
    if (closing) assert.ok(closing.evidence[0].segment >= segs.length - 2);
    const greeting = coaching.opportunities.find((o) => o.skill === 'greeting');
    if (greeting) assert.equal(greeting.evidence[0].segment, 0);
  });
});
