import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeCalibration, latestReviews, type VerdictPair } from './calibration.ts';
import type { ReviewVerdict } from './schemas/reviews.ts';

const verdict = fc.constantFrom<ReviewVerdict>('passed', 'failed', 'not_applicable');
const pair = fc.record({ checkId: fc.constantFrom('a', 'b', 'c', 'd'), machine: verdict, human: verdict });

test('a worked example: agreement, false positives and negatives, precision and recall', () => {
  const pairs: VerdictPair[] = [
    { checkId: 'disclosure', machine: 'failed', human: 'failed' },
    { checkId: 'disclosure', machine: 'failed', human: 'passed' },
    { checkId: 'disclosure', machine: 'failed', human: 'not_applicable' },
    { checkId: 'disclosure', machine: 'passed', human: 'failed' },
    { checkId: 'disclosure', machine: 'passed', human: 'passed' },
    { checkId: 'closing', machine: 'not_applicable', human: 'passed' },
  ];
  assert.deepEqual(computeCalibration(pairs), [
    { check_id: 'closing', reviewed: 1, agreed: 0, agreement: 0, machine_failed_human_passed: 0, machine_passed_human_failed: 0, precision: null, recall: null },
    { check_id: 'disclosure', reviewed: 5, agreed: 2, agreement: 0.4, machine_failed_human_passed: 2, machine_passed_human_failed: 1, precision: 1 / 3, recall: 0.5 },
  ]);
  assert.deepEqual(computeCalibration([]), []);
});

test('properties: counts add up, ratios in 0..1 or null, order of input irrelevant', () => {
  fc.assert(
    fc.property(fc.array(pair, { maxLength: 60 }), (pairs) => {
      const out = computeCalibration(pairs);
      assert.deepEqual(out.map((c) => c.check_id), [...new Set(pairs.map((p) => p.checkId))].sort());
      assert.equal(out.reduce((s, c) => s + c.reviewed, 0), pairs.length);
      for (const c of out) {
        const mine = pairs.filter((p) => p.checkId === c.check_id);
        const tp = mine.filter((p) => p.machine === 'failed' && p.human === 'failed').length;
        assert.equal(c.reviewed, mine.length);
        assert.ok(c.agreed <= c.reviewed && c.agreed + c.machine_failed_human_passed + c.machine_passed_human_failed <= c.reviewed);
        assert.equal(c.agreement, c.agreed / c.reviewed);
        for (const r of [c.agreement, c.precision, c.recall]) assert.ok(r === null || (r >= 0 && r <= 1));
        assert.equal(c.precision === null, tp + c.machine_failed_human_passed === 0);
        assert.equal(c.recall === null, tp + c.machine_passed_human_failed === 0);
        if (c.precision !== null) assert.equal(c.precision, tp / (tp + c.machine_failed_human_passed));
        if (c.recall !== null) assert.equal(c.recall, tp / (tp + c.machine_passed_human_failed));
      }
      assert.deepEqual(computeCalibration([...pairs].reverse()), out);
    }),
  );
});

test('properties: a machine that always agrees scores 1 everywhere it can', () => {
  fc.assert(
    fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), (pairs) => {
      for (const c of computeCalibration(pairs.map((p) => ({ ...p, machine: p.human })))) {
        assert.equal(c.agreement, 1);
        assert.equal(c.machine_failed_human_passed + c.machine_passed_human_failed, 0);
        assert.ok(c.precision === null || c.precision === 1);
        assert.ok(c.recall === null || c.recall === 1);
      }
    }),
  );
});

test('latestReviews keeps the newest review of each analysis and check, whatever the order', () => {
  const review = fc.record({ analysisId: fc.constantFrom('x', 'y'), checkId: fc.constantFrom('a', 'b'), createdAt: fc.integer({ min: 0, max: 5 }), id: fc.uuid() });
  fc.assert(
    fc.property(fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 30 }), (reviews) => {
      const latest = latestReviews(reviews);
      const keys = new Set(reviews.map((r) => `${r.analysisId}/${r.checkId}`));
      assert.equal(latest.length, keys.size);
      for (const l of latest) {
        for (const r of reviews) {
          if (r.analysisId === l.analysisId && r.checkId === l.checkId) assert.ok(r.createdAt < l.createdAt || (r.createdAt === l.createdAt && r.id <= l.id));
        }
      }
      const sortById = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      assert.deepEqual(latestReviews([...reviews].reverse()).sort(sortById), latest.sort(sortById));
    }),
  );
});
