import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '@callcov/sdk';
import { formatAnalysisSummary } from './analysisSummary.ts';

const base: Analysis = {
  id: '550e8400-e29b-41d4-a716-446655440000', object: 'analysis', created: 1, livemode: false, status: 'completed', progress: null,
  call: { agent_id: 'agent_001', contact_id: null }, audio: null, transcript: null, results: null,
  error_code: null, error_message: null, webhook_url: null, metadata: {}, completed_at: 2, deleted: false,
};

test('failed checks show severity, times and quotes; coaching shows priority and an example phrase', () => {
  const ev = { segment: 2, speaker: 'Agent' as const, start: 65, end: 70.5, quote: 'your card ends in 4242' };
  const a = {
    ...base,
    results: {
      compliance: { score: 40, status: 'fail', policy: { id: 'p', version: 1 }, pii: { detected: [], redacted: false },
        checks: [{ id: 'c1', title: 'Identity verified', category: 'kyc', severity: 'critical', status: 'failed', evidence: [ev], explanation: 'No verification question.' }] },
      quality: null,
      coaching: { summary: 'Short call.', strengths: [], focus_area: null,
        opportunities: [{ skill: 'empathy', priority: 'high', recommendation: 'Acknowledge the problem.', example_phrase: 'I understand.', evidence: [] }] },
    },
  } as unknown as Analysis;
  const out = formatAnalysisSummary(a);
  assert.match(out, /compliance 40\/100 \(fail\)/);
  assert.match(out, /\[critical\] Identity verified: No verification question\./);
  assert.match(out, /1:05-1:10 Agent: "your card ends in 4242"/);
  assert.match(out, /\(high\) empathy: Acknowledge the problem\./);
  assert.match(out, /try: "I understand\."/);
});

test('a failed analysis shows its error code and message', () => {
  const out = formatAnalysisSummary({ ...base, status: 'failed', error_code: 'audio_fetch_failed', error_message: 'audio_url returned HTTP 404' });
  assert.match(out, /failed/);
  assert.match(out, /audio_fetch_failed audio_url returned HTTP 404/);
});
