import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReviewableItem, scorecardItemVerdict, withReviews } from './reviewAnnotations.ts';

const results = {
  compliance: { score: 50, status: 'fail', checks: [{ id: 'disclosure', status: 'failed' }, { id: 'greeting', status: 'passed' }], review_reasons: [] },
  quality: { score: 80, scorecard: [{ id: 'closing', score: 1, status: 'passed' }, { id: 'empathy', score: 0.5 }], metrics: {} },
  coaching: null,
};

test('every check and scorecard item gets review: null and compliance.reviewed false when nothing is reviewed', () => {
  const out = withReviews(results) as any;
  assert.deepEqual(out.compliance.checks.map((c: any) => c.review), [null, null]);
  assert.deepEqual(out.quality.scorecard.map((c: any) => c.review), [null, null]);
  assert.equal(out.compliance.reviewed, false);
  assert.equal((results.compliance as any).reviewed, undefined, 'the input is not changed');
  assert.equal(withReviews(null), null);
});

test('a review shows on its item; keepExisting keeps the others', () => {
  const r1 = { status: 'passed' as const, comment: 'disclosure was given at 0:40', reviewer: 'sup', created: 1 };
  const once = withReviews(results, new Map([['disclosure', r1]])) as any;
  assert.deepEqual(once.compliance.checks[0].review, r1);
  assert.equal(once.compliance.reviewed, true);
  const r2 = { status: 'failed' as const, comment: null, reviewer: null, created: 2 };
  const twice = withReviews(once, new Map([['empathy', r2]]), true) as any;
  assert.deepEqual(twice.compliance.checks[0].review, r1);
  assert.deepEqual(twice.quality.scorecard[1].review, r2);
  assert.equal(twice.compliance.reviewed, true);
  assert.equal(JSON.stringify(Object.keys(twice.compliance)), JSON.stringify(['score', 'status', 'checks', 'review_reasons', 'reviewed']));
});

test('findReviewableItem: compliance checks first, then scorecard items with their verdict', () => {
  assert.deepEqual(findReviewableItem(results, 'disclosure'), { kind: 'compliance', machineStatus: 'failed' });
  assert.deepEqual(findReviewableItem(results, 'closing'), { kind: 'scorecard', machineStatus: 'passed' });
  assert.deepEqual(findReviewableItem(results, 'empathy'), { kind: 'scorecard', machineStatus: 'failed' });
  assert.equal(findReviewableItem(results, 'nope'), null);
  assert.equal(findReviewableItem(null, 'disclosure'), null);
  assert.equal(scorecardItemVerdict({ score: 1 }), 'passed');
});

test('a scorecard item with the id of a compliance check is not reviewed with it', () => {
  const shared = { compliance: { checks: [{ id: 'agent_identification', status: 'passed' }] }, quality: { scorecard: [{ id: 'agent_identification', score: 1 }] } };
  const r = { status: 'failed' as const, comment: null, reviewer: null, created: 1 };
  const out = withReviews(shared, new Map([['agent_identification', r]])) as any;
  assert.deepEqual(out.compliance.checks[0].review, r);
  assert.equal(out.quality.scorecard[0].review, null);
  assert.deepEqual(findReviewableItem(shared, 'agent_identification'), { kind: 'compliance', machineStatus: 'passed' });
});
