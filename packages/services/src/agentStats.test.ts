import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateAgentStats, type AgentStatsRow } from './agentStats.ts';

const DAY1 = Date.UTC(2026, 10, 20, 9);
const DAY2 = Date.UTC(2026, 10, 21, 15);
const results = (score: number | null, compliance: null | { status: string; checks: Array<{ id: string; title: string; status: string }> }, customer = 0.2) =>
  JSON.stringify({ compliance, quality: { score, scorecard: null, metrics: { sentiment: { customer: { overall: customer, by_quarter: [0, 0, 0, 0] } } } }, coaching: null });
const greeting = { id: 'greeting', title: 'Greets the customer', status: 'failed' };
const disclosure = { id: 'recording_disclosure', title: 'Recording disclosure', status: 'failed' };

test('aggregateAgentStats: averages, pass rate, failed checks and daily trend per agent', () => {
  const rows: AgentStatsRow[] = [
    { agent_id: 'ana', status: 'completed', created_at: DAY1, audio_json: JSON.stringify({ duration_seconds: 100 }), results_json: results(80, { status: 'pass', checks: [] }) },
    { agent_id: 'ana', status: 'completed', created_at: DAY1 + 1000, audio_json: JSON.stringify({ duration_seconds: 50 }), results_json: results(60, { status: 'fail', checks: [greeting, disclosure] }, -0.4) },
    { agent_id: 'ana', status: 'completed', created_at: DAY2, audio_json: null, results_json: results(null, { status: 'fail', checks: [disclosure, { ...greeting, status: 'passed' }] }) },
    { agent_id: 'ana', status: 'failed', created_at: DAY2, audio_json: null, results_json: null },
    { agent_id: 'bob', status: 'processing', created_at: DAY2, audio_json: null, results_json: null },
    { agent_id: null, status: 'completed', created_at: DAY2, audio_json: null, results_json: 'not json' },
  ];
  const stats = aggregateAgentStats(rows);
  assert.deepEqual(stats.map((s) => s.agent_id), ['ana', '(none)', 'bob']);
  const ana = stats[0]!;
  assert.equal(ana.calls, 4);
  assert.equal(ana.completed, 3);
  assert.equal(ana.failed, 1);
  assert.equal(ana.in_progress, 0);
  assert.equal(ana.avg_quality_score, 70);
  assert.equal(ana.compliance_pass_rate, 0.333);
  assert.equal(ana.compliance_evaluated, 3);
  assert.deepEqual([ana.compliance_passed, ana.compliance_failed, ana.compliance_review], [1, 2, 0], 'the split behind the rate');
  assert.equal(ana.avg_duration_seconds, 75);
  assert.equal(ana.avg_customer_sentiment, 0);
  assert.deepEqual(ana.top_failed_checks, [
    { id: 'recording_disclosure', title: 'Recording disclosure', count: 2 },
    { id: 'greeting', title: 'Greets the customer', count: 1 },
  ]);
  assert.deepEqual(ana.trend, [
    { day: '2026-11-20', calls: 2, avg_quality_score: 70, compliance_pass_rate: 0.5 },
    { day: '2026-11-21', calls: 2, avg_quality_score: null, compliance_pass_rate: 0 },
  ]);
  assert.equal(ana.first_call, Math.floor(DAY1 / 1000));
  const bob = stats.find((s) => s.agent_id === 'bob')!;
  assert.equal(bob.in_progress, 1);
  assert.equal(bob.avg_quality_score, null);
  assert.equal(bob.compliance_pass_rate, null);
});

test('aggregateAgentStats: no rows, no agents', () => {
  assert.deepEqual(aggregateAgentStats([]), []);
});
