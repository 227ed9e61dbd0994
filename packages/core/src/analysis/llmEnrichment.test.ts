import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall } from './analyseCall.ts';
import { applyLlmEnrichment, buildLlmEnrichmentRequest } from './llmEnrichment.ts';

const out = analyseCall({
  segments: [
    { speaker: 'Agent', text: 'Hola, ¿en qué puedo ayudarle?', start: 0, end: 2 },
    { speaker: 'Customer', text: 'Mi tarjeta es cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno', start: 3, end: 9 },
  ],
  language: 'auto',
});

test('request: Spanish instructions, JSON schema response, transcript sent redacted', () => {
  const body = buildLlmEnrichmentRequest(out, { model: 'm' });
  const json = JSON.stringify(body);
  assert.match(json, /Write in Spanish/);
  assert.match(json, /"type":"json_schema"/);
  assert.equal(out.text.includes('cuatro uno uno'), true, 'stored transcript not redacted when redactPii is off');
  assert.ok(!json.includes('cuatro uno uno'), 'but the model never sees the card number');
  assert.match(json, /\[CARD_NUMBER\]/);
});

test('apply: only wording changes; invalid answers are ignored', () => {
  const c = out.results.coaching;
  const skill = c.opportunities[0].skill;
  const good = applyLlmEnrichment(c, JSON.stringify({ summary: 'Resumen.', opportunities: [{ skill, recommendation: 'Haga X.', example_phrase: 'Diga Y.' }] }));
  assert.equal(good.applied, true);
  assert.equal(good.coaching.summary, 'Resumen.');
  assert.equal(good.coaching.opportunities[0].recommendation, 'Haga X.');
  assert.deepEqual(good.coaching.opportunities[0].evidence, c.opportunities[0].evidence);
  assert.equal(good.coaching.opportunities[0].priority, c.opportunities[0].priority);
  assert.equal(applyLlmEnrichment(c, '{not json').applied, false);
  assert.equal(applyLlmEnrichment(c, { summary: 'x', opportunities: [], extra: 1 }).applied, false);
});
