import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyDocumentProblems, scorecardDocumentProblems } from './documentProblems.ts';
import { COMPLIANCE_COLLECTIONS } from './packs/complianceCollections.ts';
import { SCORECARD_DEFAULT } from './packs/scorecardDefault.ts';

test('built-in documents have no problems', () => {
  assert.deepEqual(policyDocumentProblems(COMPLIANCE_COLLECTIONS), []);
  assert.deepEqual(scorecardDocumentProblems(SCORECARD_DEFAULT), []);
});

test('custom policy problems are named by path', () => {
  const bad = {
    id: 'mine', version: 1, name: 'x',
    rules: [
      { id: 'a', title: { en: 'A', es: 'A' }, category: 'c', severity: 'major', kind: 'require_phrases', window: { before_event: 'nope' }, phrases: { en: [{ label: 'l', any_of: ['hello'] }] } },
      { id: 'a', title: { en: 'A', es: 'A' }, category: 'c', severity: 'minor', kind: 'forbid_phrases' },
    ],
  };
  const paths = policyDocumentProblems(bad).map((p) => p.path);
  assert.deepEqual(paths, ['/rules/0/window/before_event', '/rules/1/id', '/rules/1/phrases']);
  assert.ok(policyDocumentProblems({ id: 'x' }).length > 0, 'schema errors come first');
});
