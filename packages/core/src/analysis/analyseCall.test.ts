import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { analyseCall } from './analyseCall.ts';
import { AnalyseCallOutputSchema, PolicyDocumentSchema, ScorecardDocumentSchema } from './schemas.ts';
import type { TranscriptSegment } from './schemas.ts';
import { BUILT_IN_POLICIES, BUILT_IN_SCORECARDS } from './packs/builtInPacks.ts';

const enCall: TranscriptSegment[] = [
  { speaker: 'Agent', text: 'Good morning, thank you for calling Northwind Bank, my name is Alex. This call may be recorded for quality purposes.', start: 0, end: 7 },
  { speaker: 'Agent', text: 'How can I help you today?', start: 7.5, end: 9 },
  { speaker: 'Customer', text: 'Hi, my name is Mary Johnson. I lost my debit card and I am really worried.', start: 10, end: 15, confidence: 0.91 },
  { speaker: 'Agent', text: "I'm sorry to hear that. Before we continue, can I verify your identity with your date of birth?", start: 15.5, end: 20 },
  { speaker: 'Customer', text: 'March third nineteen eighty five. My card number was 4111 1111 1111 1111.', start: 20.5, end: 26,
    words: ['March', 'third', 'nineteen', 'eighty', 'five.', 'My', 'card', 'number', 'was', '4111', '1111', '1111', '1111.'].map((w, i) => ({ word: w, start: 20.5 + i * 0.4, end: 20.8 + i * 0.4 })) },
  { speaker: 'Agent', text: "Thank you. I've ordered your new card, it should arrive within five business days.", start: 27, end: 32 },
  { speaker: 'Customer', text: 'Great, thank you so much.', start: 32.5, end: 34 },
  { speaker: 'Agent', text: 'Is there anything else I can help you with? Thank you for calling, have a great day.', start: 34.5, end: 39 },
];

describe('analyseCall', () => {
  test('output matches the public schema; built-in packs are valid documents', () => {
    const out = analyseCall({ segments: enCall, language: 'auto' });
    assert.ok(Value.Check(AnalyseCallOutputSchema, out), JSON.stringify([...Value.Errors(AnalyseCallOutputSchema, out)].slice(0, 3)));
    for (const p of Object.values(BUILT_IN_POLICIES)) assert.ok(Value.Check(PolicyDocumentSchema, p), p.id);
    for (const s of Object.values(BUILT_IN_SCORECARDS)) {
      assert.ok(Value.Check(ScorecardDocumentSchema, s), s.id);
      assert.equal(s.items.reduce((a, i) => a + i.weight, 0), 100);
    }
  });
  test('deterministic: same input, same bytes', () => {
    const a = JSON.stringify(analyseCall({ segments: enCall, language: 'auto', redactPii: true }));
    const b = JSON.stringify(analyseCall({ segments: structuredClone(enCall), language: 'auto', redactPii: true }));
    assert.equal(a, b);
  });
  test('redaction: no clear card number anywhere in the output; tags in text, segments and words', () => {
    const out = analyseCall({ segments: enCall, language: 'en', redactPii: true });
    const json = JSON.stringify(out);
    assert.ok(!json.includes('4111'), 'card digits must not appear');
    assert.match(out.segments[4].text, /\[CARD_NUMBER\]/);
    assert.match(out.text, /^Agent: Good morning/);
    assert.match(out.text, /Customer: .*\[CARD_NUMBER\]/);
    assert.ok(out.segments[4].words!.some((w) => w.word === '[CARD_NUMBER]'));
    assert.equal(out.results.compliance.pii.redacted, true);
    assert.deepEqual(out.results.compliance.pii.detected.map((d) => d.type), ['card_number']);
    assert.equal(out.results.compliance.pii.detected[0].segment, 4);
    assert.equal(enCall[4].text.includes('4111'), true, 'input not mutated');
  });
  test('without redaction the transcript keeps the text but evidence quotes stay masked', () => {
    const out = analyseCall({ segments: enCall, language: 'en' });
    assert.match(out.segments[4].text, /4111/);
    assert.equal(out.results.compliance.pii.redacted, false);
    const pci = out.results.compliance.checks.find((c) => c.id === 'pci_card_data')!;
    assert.equal(pci.status, 'failed');
    assert.ok(!JSON.stringify(out.results).includes('4111'));
  });
  test('quality, coaching and summary carry evidence', () => {
    const out = analyseCall({ segments: enCall, language: 'en' });
    const { quality, coaching, compliance } = out.results;
    assert.equal(compliance.checks.find((c) => c.id === 'identity_verification')!.status, 'passed', 'the date of birth was checked before the card was ordered');
    assert.ok(quality.score > 60, `quality ${quality.score}`);
    assert.equal(quality.scorecard.find((i) => i.id === 'empathy')!.score, 1);
    assert.equal(quality.scorecard.find((i) => i.id === 'closing')!.score, 1);
    assert.match(coaching.summary, /Mary Johnson called about replacing a card/);
    assert.equal(coaching.focus_area, 'pci_card_data');
    assert.equal(coaching.opportunities[0].priority, 'high');
    for (const o of coaching.opportunities) assert.ok(o.evidence.length > 0 && o.example_phrase.length > 0, o.skill);
    for (const s of coaching.strengths) assert.ok(s.evidence.length > 0, s.skill);
  });
  test('Spanish call: language detected, coaching in Spanish', () => {
    const es: TranscriptSegment[] = [
      { speaker: 'Agent', text: 'Hola, buenos días, ¿en qué puedo ayudarle?', start: 0, end: 3 },
      { speaker: 'Customer', text: 'Hola, quería saber el saldo de mi cuenta. Estoy muy enfadado, es inaceptable.', start: 4, end: 9 },
      { speaker: 'Agent', text: 'Su saldo es de 300 euros.', start: 10, end: 12 },
      { speaker: 'Customer', text: 'Vale.', start: 13, end: 14 },
    ];
    const out = analyseCall({ segments: es, language: 'auto' });
    assert.equal(out.language, 'es');
    const c = out.results.compliance;
    assert.equal(c.status, 'fail');
    assert.equal(c.checks.find((x) => x.id === 'identity_verification')!.status, 'failed');
    assert.equal(c.checks.find((x) => x.id === 'recording_disclosure')!.title, 'Aviso de grabación');
    const opp = out.results.coaching.opportunities.find((o) => o.skill === 'recording_disclosure')!;
    assert.match(opp.example_phrase, /esta llamada puede ser grabada/);
    assert.equal(out.results.quality.scorecard.find((i) => i.id === 'empathy')!.score, 0);
    assert.match(out.results.coaching.summary, /llamó por el saldo/);
  });
  test('empty transcript does not throw', () => {
    const out = analyseCall({ segments: [], language: 'auto' });
    assert.equal(out.text, '');
    assert.ok(Value.Check(AnalyseCallOutputSchema, out));
  });
});

// ------------------------------------------------------------------ labelled fixtures (regression)
/** Labelled behaviour the engine does not get right yet (reported as TODO, not hidden). */
const KNOWN_MISSES: Record<string, string> = {};
const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/analysis/calls');
describe('labelled fixtures (test/fixtures/analysis/calls)', () => {
  const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort();
  test('at least 40 English and 40 Spanish calls', () => {
    assert.ok(files.filter((f) => f.startsWith('en-')).length >= 40);
    assert.ok(files.filter((f) => f.startsWith('es-')).length >= 40);
  });
  for (const f of files) {
    test(f, KNOWN_MISSES[f] ? { todo: KNOWN_MISSES[f] } : {}, () => {
      const fx = JSON.parse(readFileSync(join(fixturesDir, f), 'utf8'));
      const out = analyseCall({ segments: fx.segments, language: 'auto', policy: BUILT_IN_POLICIES[fx.policy], metadata: fx.metadata });
      assert.equal(out.language, fx.language);
      for (const [id, expected] of Object.entries(fx.labels)) {
        const got = out.results.compliance.checks.find((c) => c.id === id)!;
        assert.equal(got.status, expected, `${id}: ${got.explanation}`);
      }
      const types = new Set(out.results.compliance.pii.detected.map((d) => d.type));
      for (const t of fx.pii) assert.ok(types.has(t), `PII ${t}`);
    });
  }
});
