import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisFilterFacts, matchesEndpointFilter, maskSecretValue, noTranscriptPayload, shapeWebhookPayload, thinPayload } from './webhookPayloads.ts';

const analysis = {
  id: 'a1',
  object: 'analysis',
  created: 100,
  livemode: false,
  status: 'completed',
  call: { agent_id: 'agent_7', contact_id: 'c_1' },
  transcript: { text: 'Agent: my card is 4111', language: 'en', segments: [{ speaker: 'Agent', text: 'x', start: 0, end: 1 }] },
  results: {
    compliance: {
      score: 40,
      status: 'fail',
      checks: [
        { id: 'disclosure', status: 'failed', evidence: [{ segment: 0, speaker: 'Agent', start: 0, end: 1, quote: 'my card is 4111' }] },
        { id: 'greeting', status: 'passed', evidence: [] },
      ],
    },
    quality: { score: 72, scorecard: [{ id: 'empathy', evidence: [{ segment: 0, quote: 'sorry' }] }] },
    coaching: { strengths: [{ skill: 's', evidence: [{ segment: 0, quote: 'q' }] }] },
  },
  completed_at: 160,
};

test('filter facts come from the analysis object', () => {
  assert.deepEqual(analysisFilterFacts(analysis), { complianceStatus: 'fail', failedChecks: ['disclosure'], agentId: 'agent_7', language: 'en' });
  assert.deepEqual(analysisFilterFacts({ status: 'failed', call: { agent_id: null }, transcript: null, results: null }), { complianceStatus: null, failedChecks: [], agentId: null, language: null });
});

test('a filter matches when every given field matches (values of one field are alternatives)', () => {
  const facts = analysisFilterFacts(analysis);
  assert.equal(matchesEndpointFilter(null, facts), true);
  assert.equal(matchesEndpointFilter({}, facts), true);
  assert.equal(matchesEndpointFilter({ compliance_status: ['fail', 'review'] }, facts), true);
  assert.equal(matchesEndpointFilter({ compliance_status: ['pass'] }, facts), false);
  assert.equal(matchesEndpointFilter({ failed_check: ['other', 'disclosure'] }, facts), true);
  assert.equal(matchesEndpointFilter({ failed_check: ['greeting'] }, facts), false, 'a passed check is not a failed one');
  assert.equal(matchesEndpointFilter({ agent_id: ['agent_7'], language: ['EN'] }, facts), true);
  assert.equal(matchesEndpointFilter({ agent_id: ['agent_7'], language: ['es'] }, facts), false, 'every field must match');
  assert.equal(matchesEndpointFilter({ compliance_status: ['fail'] }, analysisFilterFacts({ results: null })), false, 'no results: no compliance status');
});

test('no_transcript: transcript and every evidence quote null, the rest kept', () => {
  const out = noTranscriptPayload(analysis) as any;
  assert.equal(out.transcript, null);
  assert.equal(out.results.compliance.checks[0].evidence[0].quote, null);
  assert.equal(out.results.compliance.checks[0].evidence[0].start, 0);
  assert.equal(out.results.quality.scorecard[0].evidence[0].quote, null);
  assert.equal(out.results.coaching.strengths[0].evidence[0].quote, null);
  assert.equal(out.results.compliance.score, 40);
  assert.deepEqual(Object.keys(out), Object.keys(analysis), 'same keys, same order');
  assert.doesNotMatch(JSON.stringify(out), /4111|sorry/);
  assert.equal(analysis.results.compliance.checks[0]!.evidence[0]!.quote, 'my card is 4111', 'the input is not changed');
});

test('thin: the summary and the URL of the full object', () => {
  assert.deepEqual(thinPayload(analysis, 'https://x/api/v1/analysis/a1'), {
    id: 'a1',
    object: 'analysis',
    status: 'completed',
    created: 100,
    completed_at: 160,
    call: { agent_id: 'agent_7', contact_id: 'c_1' },
    summary: { compliance_status: 'fail', compliance_score: 40, quality_score: 72, failed_checks: ['disclosure'] },
    url: 'https://x/api/v1/analysis/a1',
  });
  const body = JSON.stringify(analysis);
  assert.equal(shapeWebhookPayload('full', body, { publicUrl: '' }), body, 'full is the exact bytes');
  assert.equal(JSON.parse(shapeWebhookPayload('thin', body, { publicUrl: 'https://callcov.example/' })).url, 'https://callcov.example/api/v1/analysis/a1');
  assert.equal(JSON.parse(shapeWebhookPayload('thin', body, { publicUrl: '' })).url, '/api/v1/analysis/a1');
});

test('masked values show at most the last 4 characters of long secrets', () => {
  assert.equal(maskSecretValue('short'), '****');
  assert.equal(maskSecretValue('Bearer abcdefghijklmnop'), '****mnop');
});

test('the webhook events are declared once: every event is an analysis event or an operational one, never both', async () => {
  const { WEBHOOK_EVENT_NAMES, ANALYSIS_EVENT_NAMES, OPERATIONAL_EVENT_NAMES } = await import('./schemas/webhooks.ts');
  assert.deepEqual([...ANALYSIS_EVENT_NAMES, ...OPERATIONAL_EVENT_NAMES].sort(), [...WEBHOOK_EVENT_NAMES].sort());
  assert.equal(new Set([...ANALYSIS_EVENT_NAMES, ...OPERATIONAL_EVENT_NAMES]).size, WEBHOOK_EVENT_NAMES.length);
});
