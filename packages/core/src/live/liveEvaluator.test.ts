import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseCall, BUILT_IN_POLICIES, COMPLIANCE_DEFAULT } from '../analysis/index.ts';
import type { TranscriptSegment } from '../analysis/index.ts';
import { classifyRule, LiveCallEvaluator, segmentProblem } from './liveEvaluator.ts';

const seg = (speaker: 'Agent' | 'Customer', text: string, start: number, end: number): TranscriptSegment => ({ speaker, text, start, end });

const RISKY_CALL: TranscriptSegment[] = [
  seg('Agent', 'Hello, my name is Ana from Harper Valley Bank, how can I help?', 0, 4),
  seg('Customer', 'I want to pay my bill by card.', 4.5, 7),
  seg('Agent', 'Sure, go ahead with the card number.', 7.5, 10),
  seg('Customer', 'It is 4111 1111 1111 1111.', 10.5, 16),
  seg('Agent', 'Thanks. Look, this is bullshit, I already told you twice.', 31, 35),
  seg('Customer', 'Excuse me?', 35.5, 36),
  seg('Agent', 'Sorry. Anything else?', 36.5, 38),
];

describe('LiveCallEvaluator', () => {
  test('card number, prohibited language and a missing recording notice past 30 s: one alert each, at the segment that completes them', () => {
    const live = new LiveCallEvaluator({ language: 'en' });
    const alerts = RISKY_CALL.map((s) => live.add(s));
    const flat = alerts.flat();
    const pci = flat.find((a) => a.check_id === 'pci_card_data');
    assert.ok(pci, JSON.stringify(flat));
    assert.equal(pci.status, 'failed');
    assert.equal(pci.at, 16);
    assert.equal(alerts[3]!.some((a) => a.check_id === 'pci_card_data'), true);
    assert.doesNotMatch(JSON.stringify(pci.evidence), /4111/, 'the card number is redacted in the evidence');
    const bad = flat.find((a) => a.check_id === 'prohibited_language');
    assert.ok(bad);
    assert.equal(bad.at, 35);
    const notice = flat.find((a) => a.check_id === 'recording_disclosure');
    assert.ok(notice);
    assert.equal(notice.status, 'at_risk');
    assert.equal(notice.at, 35, 'the first segment ending after the 30 s deadline');
    const keys = flat.map((a) => `${a.check_id}:${a.status}`);
    assert.equal(new Set(keys).size, keys.length, 'at most once per check and status');
  });

  test('a recording notice given in time raises no at_risk alert', () => {
    const live = new LiveCallEvaluator({ language: 'en' });
    const alerts = [
      seg('Agent', 'Thank you for calling Harper Valley Bank, this call may be recorded. My name is Ana.', 0, 5),
      seg('Customer', 'Hi, I want to check my balance.', 5.5, 8),
      seg('Agent', 'Of course, one moment.', 40, 42),
    ].flatMap((s) => live.add(s));
    assert.equal(alerts.some((a) => a.check_id === 'recording_disclosure'), false, JSON.stringify(alerts));
  });

  test('mini-Miranda missing in a collections call is at_risk after its deadline', () => {
    const live = new LiveCallEvaluator({ language: 'en', policy: BUILT_IN_POLICIES.collections! });
    const alerts = [
      seg('Agent', 'Hi, this is Mark from Apex Recovery, this call is recorded. Am I speaking with John Smith?', 0, 5),
      seg('Customer', 'Yes.', 5.5, 6),
      seg('Agent', 'You have an outstanding balance of five hundred dollars with us.', 20, 30),
      seg('Customer', 'I know, I will pay next week.', 61, 64),
    ].flatMap((s) => live.add(s));
    const mm = alerts.find((a) => a.check_id === 'mini_miranda');
    assert.ok(mm, JSON.stringify(alerts));
    assert.equal(mm.status, 'at_risk');
    assert.equal(mm.at, 64);
  });

  test('final() equals analyseCall on the same segments (redacted)', () => {
    const live = new LiveCallEvaluator({ language: 'en' });
    for (const s of RISKY_CALL) live.add(s);
    assert.deepEqual(live.final(), analyseCall({ segments: RISKY_CALL, language: 'en', metadata: {}, redactPii: true }));
    assert.doesNotMatch(JSON.stringify(live.final().segments), /4111/);
  });

  test('rule classes: forbidding detectors fail at once, notices have deadlines, others wait for the end', () => {
    const byId = Object.fromEntries(COMPLIANCE_DEFAULT.rules.map((r) => [r.id, classifyRule(r).kind]));
    assert.equal(byId.pci_card_data, 'forbid');
    assert.equal(byId.prohibited_language, 'forbid');
    assert.equal(byId.recording_disclosure, 'require');
    assert.equal(byId.identity_verification, 'ignore');
  });

  test('segmentProblem: end before start and out-of-order starts', () => {
    assert.equal(segmentProblem(undefined, seg('Agent', 'x', 2, 1))?.code, 'invalid_segment');
    assert.equal(segmentProblem(seg('Agent', 'x', 5, 6), seg('Agent', 'y', 4, 7))?.code, 'segment_out_of_order');
    assert.equal(segmentProblem(seg('Agent', 'x', 5, 6), seg('Customer', 'y', 5.5, 7)), null);
  });
});
