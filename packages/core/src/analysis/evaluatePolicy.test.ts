import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import type { PolicyDocument, PolicyRule, TranscriptSegment } from './schemas.ts';
import { COMPLIANCE_COLLECTIONS } from './packs/complianceCollections.ts';
import { COMPLIANCE_DEFAULT } from './packs/complianceDefault.ts';

type Line = ['A' | 'C', string, number?];
function call(lines: Line[]): TranscriptSegment[] {
  let t = 0;
  return lines.map(([who, text, at]) => {
    if (at !== undefined) t = at;
    const s = { speaker: who === 'A' ? ('Agent' as const) : ('Customer' as const), text, start: t, end: t + 3 };
    t += 4;
    return s;
  });
}
const policyOf = (...rules: PolicyRule[]): PolicyDocument => ({ id: 'test', version: 3, name: 'test', events: COMPLIANCE_DEFAULT.events, rules });
const rule = (id: string) => [...COMPLIANCE_COLLECTIONS.rules].find((r) => r.id === id)!;
function checkOf(lines: Line[], lang: 'en' | 'es', r: PolicyRule, metadata: Record<string, unknown> = {}) {
  const out = analyseCall({ segments: call(lines), language: lang, policy: policyOf(r), metadata });
  return out.results.compliance.checks[0];
}

describe('require_phrases with time window', () => {
  const r = rule('recording_disclosure');
  test('English: within the first 60 s passes, with evidence', () => {
    const c = checkOf([['A', 'Hello, thank you for calling.'], ['A', 'This call may be recorded for quality purposes.']], 'en', r);
    assert.equal(c.status, 'passed');
    assert.equal(c.evidence[0].segment, 1);
    assert.match(c.evidence[0].quote, /may be recorded/);
  });
  test('English: after the first 60 s fails', () => {
    const c = checkOf([['A', 'Hello.'], ['A', 'This call may be recorded.', 90]], 'en', r);
    assert.equal(c.status, 'failed');
    assert.ok(c.evidence.length > 0, 'a failure points at the moment it should have happened');
  });
  test('English: said by the customer does not count', () => {
    assert.equal(checkOf([['C', 'is this call recorded? this call may be recorded right']], 'en', r).status, 'failed');
  });
  test('English: negated and garbled', () => {
    assert.equal(checkOf([['A', "I can't tell you if this call is recorded."]], 'en', r).status, 'failed');
    assert.equal(checkOf([['A', 'hi this call maybe recordid for quality purposes']], 'en', r).status, 'passed');
  });
  test('Spanish: the recording notice alone passes (GDPR information is the spain pack\'s own check)', () => {
    assert.equal(checkOf([['A', 'Esta llamada puede ser grabada.']], 'es', r).status, 'passed');
    assert.equal(checkOf([['A', 'Ya lo dejé grabado en su ficha.']], 'es', r).status, 'failed');
  });
  test('Spanish: negated and garbled', () => {
    assert.equal(checkOf([['A', 'No le puedo decir si esta llamada es grabada. El responsable del tratamiento es Banco Norte con la finalidad de calidad.']], 'es', r).status, 'failed');
    assert.equal(checkOf([['A', 'esta yamada puede ser grabado el responsable del tratamientos es banco norte con la finalida de calidad']], 'es', r).status, 'passed');
  });
  test('last N seconds window', () => {
    const closing: PolicyRule = { id: 'closing_thanks', title: { en: 'Thanks', es: 'Gracias' }, category: 'quality', severity: 'minor', kind: 'require_phrases', speaker: 'Agent', window: { last_seconds: 20 }, phrases: { en: [{ label: 'thanks', any_of: ['thank you for calling'] }], es: [{ label: 'gracias', any_of: ['gracias por llamar'] }] } };
    assert.equal(checkOf([['A', 'thank you for calling'], ['C', 'hi'], ['A', 'bye', 100]], 'en', closing).status, 'failed');
    assert.equal(checkOf([['C', 'hola'], ['A', 'gracias por llamar, adiós', 100]], 'es', closing).status, 'passed');
  });
});

describe('require_phrases before an event (identity verification)', () => {
  const r = rule('identity_verification');
  test('English: verified before account details passes; after fails; no details is not applicable', () => {
    assert.equal(checkOf([['A', 'Can I verify your identity? What is your date of birth?'], ['C', 'May 1st'], ['A', 'Your balance is 500 dollars.']], 'en', r).status, 'passed');
    const after = checkOf([['A', 'Your balance is 500 dollars.'], ['A', 'Can I verify your identity?']], 'en', r);
    assert.equal(after.status, 'failed');
    assert.equal(after.evidence.at(-1)!.segment, 0, 'evidence includes where account details were given');
    assert.equal(checkOf([['A', 'The branch opens at nine.']], 'en', r).status, 'not_applicable');
  });
  test('Spanish', () => {
    assert.equal(checkOf([['A', 'Necesito verificar su identidad, ¿su fecha de nacimiento?'], ['C', 'el uno de mayo'], ['A', 'Su saldo es de 500 euros.']], 'es', r).status, 'passed');
    assert.equal(checkOf([['A', 'Su saldo es de 500 euros.'], ['A', '¿Me confirma su fecha de nacimiento?']], 'es', r).status, 'failed');
  });
  test('when_event_absent: whole_call (a custom require_phrases rule)', () => {
    const whole: PolicyRule = {
      ...r,
      kind: 'require_phrases',
      detector: undefined,
      window: { before_event: 'account_details', when_event_absent: 'whole_call' },
      phrases: { en: [{ label: 'identity check', any_of: ['your date of birth'] }] },
    };
    assert.equal(checkOf([['A', 'The branch opens at nine.']], 'en', whole).status, 'failed');
  });
});

describe('forbid_phrases (no_threats), negation-aware', () => {
  const r = rule('no_threats');
  test('English', () => {
    assert.equal(checkOf([['A', 'If you do not pay today we will call your employer.']], 'en', r).status, 'failed');
    assert.equal(checkOf([['A', 'Do not worry, we will not call your employer.']], 'en', r).status, 'passed');
    assert.equal(checkOf([['C', 'are you going to say we will call your employer?']], 'en', r).status, 'passed', 'customer speech is out of scope');
  });
  test('Spanish', () => {
    assert.equal(checkOf([['A', 'Si no paga hoy, llamaremos a su empresa.']], 'es', r).status, 'failed');
    assert.equal(checkOf([['A', 'Nunca llamaremos a su empresa por esto.']], 'es', r).status, 'passed');
  });
  test('auto_fail sets the compliance score to 0 and status fail', () => {
    const out = analyseCall({ segments: call([['A', 'you will be arrested']]), language: 'en', policy: policyOf(r, rule('agent_identification')) });
    assert.equal(out.results.compliance.score, 0);
    assert.equal(out.results.compliance.status, 'fail');
  });
});

describe('detector rules', () => {
  test('pci_card_data: English and Spanish spoken card numbers', () => {
    const r = rule('pci_card_data');
    const en = checkOf([['A', 'card number?'], ['C', 'four one one one one one one one one one one one one one one one']], 'en', r);
    assert.equal(en.status, 'failed');
    assert.ok(!/four one one one/.test(en.evidence[0].quote), 'quote is masked');
    assert.equal(checkOf([['C', 'cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno']], 'es', r).status, 'failed');
    assert.equal(checkOf([['C', 'mi número de cliente es cuatro uno uno uno']], 'es', r).status, 'passed');
  });
  test('pii_exposure: the agent reading data fails, the customer giving it does not', () => {
    const r = rule('pii_exposure');
    assert.equal(checkOf([['A', 'Su DNI es 12345678Z, ¿correcto?']], 'es', r).status, 'failed');
    assert.equal(checkOf([['C', 'Mi DNI es 12345678Z']], 'es', r).status, 'passed');
    assert.equal(checkOf([['A', 'Your social is 123-45-6789?']], 'en', r).status, 'failed');
  });
  test('prohibited_language: per language lists, agent only', () => {
    const r = rule('prohibited_language');
    assert.equal(checkOf([['A', 'that is a stupid question']], 'en', r).status, 'failed');
    assert.equal(checkOf([['C', 'this is shit']], 'en', r).status, 'passed');
    assert.equal(checkOf([['A', 'no sea pesado, déjeme terminar']], 'es', r).status, 'failed');
    assert.equal(checkOf([['A', 'le ayudo con eso ahora mismo']], 'es', r).status, 'passed');
    assert.match(checkOf([['A', 'shut up']], 'en', r).explanation, /insult/);
  });
  test('call_time_window from metadata', () => {
    const r = rule('call_time_window');
    const lines: Line[] = [['A', 'hello']];
    assert.equal(checkOf(lines, 'en', r, { customer_local_time: '2026-01-05T21:30:00-05:00' }).status, 'failed');
    assert.equal(checkOf(lines, 'en', r, { customer_local_time: '07:59' }).status, 'failed');
    assert.equal(checkOf(lines, 'en', r, { customer_local_time: '08:00' }).status, 'passed');
    assert.equal(checkOf(lines, 'es', r, { call_local_time: 14.5 }).status, 'passed');
    assert.equal(checkOf(lines, 'es', r, {}).status, 'not_applicable');
  });
});

describe('compliance score and status', () => {
  test('a failed major check only: pass with a lower score; a failed critical: fail, score capped; review only with reasons', () => {
    const id = rule('agent_identification');
    const disclosure = rule('recording_disclosure');
    const major = analyseCall({ segments: call([['A', 'hello, this call may be recorded']]), language: 'en', policy: policyOf(id, disclosure) });
    assert.equal(major.results.compliance.status, 'pass');
    assert.equal(major.results.compliance.score, 60);
    assert.deepEqual(major.results.compliance.review_reasons, []);
    const fail = analyseCall({ segments: call([['A', 'hello, my name is Ana, thank you for calling Norte Bank']]), language: 'en', policy: policyOf(id, disclosure) });
    assert.equal(fail.results.compliance.status, 'fail');
    assert.ok(fail.results.compliance.score <= 50, `score ${fail.results.compliance.score} capped by the failed critical check`);
    assert.deepEqual(fail.results.compliance.policy, { id: 'test', version: 3 });
    const late = analyseCall({ segments: call([['A', 'hello, my name is Ana, thank you for calling Norte Bank'], ['A', 'this call may be recorded', 40]]), language: 'en', policy: policyOf(id, disclosure) });
    assert.equal(late.results.compliance.status, 'review');
    assert.deepEqual(late.results.compliance.review_reasons!.map((x) => x.check_id), ['recording_disclosure']);
  });
});

describe('verdicts resting on poorly recognised speech go to review (ASR confidence)', () => {
  const conf = (segments: Array<{ speaker: 'Agent' | 'Customer'; text: string; confidence?: number }>) => {
    let t = 0;
    return segments.map((s) => {
      const seg = { ...s, start: t, end: t + 4 };
      t += 4.5;
      return seg;
    });
  };
  test('asrDoubt: low-confidence evidence, or a "failed" for something unsaid when much of the agent was misheard; nothing without confidences', async () => {
    const { asrDoubt } = await import('./evaluatePolicy.ts');
    const segments = conf([
      { speaker: 'Agent', text: 'thank you for calling this call may be recorded', confidence: 0.31 },
      { speaker: 'Customer', text: 'hi', confidence: 0.9 },
      { speaker: 'Agent', text: 'how can i help', confidence: 0.92 },
    ]);
    const pt = { segments, language: 'en' as const };
    const ev = (segment: number) => ({ segment, speaker: 'Agent' as const, start: 0, end: 1, quote: '' });
    assert.match(asrDoubt({ status: 'passed', evidence: [ev(0)] }, pt)!, /low confidence \(at most 0\.31\)/);
    assert.equal(asrDoubt({ status: 'passed', evidence: [ev(0), ev(2)] }, pt), null, 'one well-recognised piece of evidence is enough');
    assert.match(asrDoubt({ status: 'failed', evidence: [] }, pt)!, /50% of the agent's speech/);
    assert.equal(asrDoubt({ status: 'not_applicable', evidence: [] }, pt), null);
    const clean = { segments: segments.map(({ confidence: _c, ...s }) => s), language: 'en' as const };
    assert.equal(asrDoubt({ status: 'passed', evidence: [ev(0)] }, clean), null, 'a submitted transcript without confidences is taken as it is');
    assert.match(asrDoubt({ status: 'failed', evidence: [] }, { ...pt, language: 'es' })!, /baja confianza/);
  });

  test('in an analysis: the check stays as it is, the status becomes review with the reason (unless a critical check failed)', () => {
    const segments = conf([
      { speaker: 'Agent', text: 'Thank you for calling Harper Valley Bank, my name is Ana, this call may be recorded.', confidence: 0.35 },
      { speaker: 'Customer', text: 'Hi Ana, what are your opening hours on Saturday?', confidence: 0.95 },
      { speaker: 'Agent', text: 'We are open from nine to one on Saturdays. Is there anything else I can help you with?', confidence: 0.93 },
      { speaker: 'Customer', text: 'No, that is all, thanks.', confidence: 0.96 },
      { speaker: 'Agent', text: 'Thank you for calling, have a great day, goodbye.', confidence: 0.94 },
    ]);
    const out = analyseCall({ segments, language: 'en' });
    const rec = out.results.compliance.checks.find((c) => c.id === 'recording_disclosure')!;
    assert.equal(rec.status, 'passed');
    assert.equal(out.results.compliance.status, 'review');
    const reason = out.results.compliance.review_reasons!.find((r) => r.check_id === 'recording_disclosure');
    assert.match(reason!.reason, /low confidence/);
    const sure = analyseCall({ segments: segments.map((s) => ({ ...s, confidence: 0.95 })), language: 'en' });
    assert.ok(!sure.results.compliance.review_reasons!.some((r) => r.check_id === 'recording_disclosure'));
  });
});
