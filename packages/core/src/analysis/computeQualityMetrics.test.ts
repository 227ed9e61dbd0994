import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeQualityMetrics } from './computeQualityMetrics.ts';
import type { TranscriptSegment } from './schemas.ts';

const S = (speaker: 'Agent' | 'Customer', start: number, end: number, text = 'okay then'): TranscriptSegment => ({ speaker, start, end, text });

describe('computeQualityMetrics', () => {
  test('talk time, ratio, words per minute', () => {
    const m = computeQualityMetrics([S('Agent', 0, 6, 'one two three four five six'), S('Customer', 6.5, 8.5, 'a b c d')], null, 10, { language: 'en' });
    assert.equal(m.talk_time.agent_seconds, 6);
    assert.equal(m.talk_time.customer_seconds, 2);
    assert.equal(m.talk_time.agent_ratio, 0.75);
    assert.equal(m.words_per_minute.agent, 60);
    assert.equal(m.words_per_minute.customer, 120);
    assert.equal(m.duration_seconds, 10);
  });
  test('silence derived from gaps (>= 2 s), including the tail', () => {
    const m = computeQualityMetrics([S('Agent', 0, 2), S('Customer', 2.5, 4), S('Agent', 9, 10)], null, 13, { language: 'en' });
    assert.deepEqual(m.silence.instances, [{ start: 4, end: 9 }, { start: 10, end: 13 }]);
    assert.equal(m.silence.total_seconds, 8);
    assert.equal(m.silence.longest_seconds, 5);
    assert.equal(m.silence.ratio, 0.615);
  });
  test('silence from VAD intervals when given', () => {
    const m = computeQualityMetrics([S('Agent', 0, 2)], [{ start: 2, end: 5 }, { start: 6, end: 6.5 }], 10, { language: 'en' });
    assert.deepEqual(m.silence.instances, [{ start: 2, end: 5 }]);
  });
  test('interruption: starts while the other talks and the other stops within 2 s; overtalk', () => {
    const m = computeQualityMetrics([S('Customer', 0, 5), S('Agent', 4, 8), S('Customer', 7.9, 9), S('Agent', 20, 30), S('Customer', 21, 22)], null, 30, { language: 'en' });
    assert.deepEqual(m.interruptions.agent, [{ start: 4, end: 5 }]);
    // 7.9-8 is jitter (< 0.2 s); 21-22 customer backchannel while the agent keeps talking 8 more seconds: not an interruption
    assert.deepEqual(m.interruptions.customer, []);
    assert.equal(m.overtalk_seconds, 2.1);
  });
  test('response latency, longest monologue, hold events', () => {
    const m = computeQualityMetrics(
      [S('Customer', 0, 2), S('Agent', 3, 5, 'let me check, one moment please'), S('Agent', 15, 20, 'thank you for holding'), S('Agent', 21, 24), S('Customer', 25, 26)],
      null,
      26,
      { language: 'en' },
    );
    assert.deepEqual(m.response_latency.agent, { mean_seconds: 1, max_seconds: 1, count: 1 });
    assert.deepEqual(m.response_latency.customer, { mean_seconds: 1, max_seconds: 1, count: 1 });
    assert.deepEqual(m.longest_monologue.agent, { start: 15, end: 24, seconds: 9 });
    assert.deepEqual(m.hold_events, [{ start: 5, end: 15, seconds: 10 }], 'announced 10 s silence is a hold');
  });
  test('sentiment by speaker, by quarter, and customer trend', () => {
    const m = computeQualityMetrics(
      [S('Customer', 0, 10, 'this is terrible, I am so angry'), S('Agent', 10, 20, 'I am sorry'), S('Customer', 30, 40, 'great, thank you so much, perfect')],
      null,
      40,
      { language: 'en' },
    );
    assert.ok(m.sentiment.customer.by_quarter[0] < 0);
    assert.ok(m.sentiment.customer.by_quarter[3] > 0);
    assert.equal(m.sentiment.customer_trend, 'improving');
    assert.equal(m.sentiment.customer.by_quarter.length, 4);
    for (const v of m.segment_sentiment) assert.ok(v >= -1 && v <= 1);
  });
  test('empty call', () => {
    const m = computeQualityMetrics([], null, null);
    assert.equal(m.talk_time.agent_ratio, 0);
    assert.deepEqual(m.silence.instances, []);
    assert.equal(m.sentiment.customer_trend, 'steady');
  });
});
