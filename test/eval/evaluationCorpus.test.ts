// The blind evaluation corpus (test/fixtures/eval) is well formed and split as recorded, and every analysis of its
// calls keeps the consistency rules a supervisor expects (ANALYSIS-CHECKS.md): "review" only with reasons, a
// failed critical check always "fail" with a capped score, closing evidence from the end of the call, every quote
// from the segment it names (every call of both splits). (Accuracy against the labels is measured by bench/analysis-eval, not asserted here.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCall, BUILT_IN_POLICIES } from '../../packages/core/src/analysis/index.ts';
import { splitOf } from '../fixtures/eval/build.ts';
import type { EvalCall } from '../fixtures/eval/build.ts';
import { consistencyProblems, policyFor } from '../../bench/analysis-eval/scoreCases.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');
const calls: EvalCall[] = ['tune', 'test'].flatMap((split) =>
  readdirSync(join(root, split))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, split, f), 'utf8')) as EvalCall),
);
const CHECKS = ['recording_disclosure', 'agent_identification', 'identity_verification', 'prohibited_language', 'pci_card_data', 'closing'];

describe('evaluation corpus', () => {
  test('at least 400 calls in both languages, each in the split its id hashes to', () => {
    assert.ok(calls.length >= 400, `${calls.length} calls`);
    for (const lang of ['en', 'es']) assert.ok(calls.filter((c) => c.language === lang).length >= 150, lang);
    // later tuning-only rounds (writers w8-w29, real2) are all in tune/; held-out rounds (h1, h2, …) all in test/; every other call sits where its id hashes to
    for (const c of calls) assert.equal(c.split, /^(en|es)-(?:w(?:8|9|[12][0-9])|real2)-/.test(c.id) ? 'tune' : /^(en|es)-h\d+-/.test(c.id) ? 'test' : splitOf(c.id), c.id);
  });
  test('every call is labelled for every built-in check, with known verdicts, and its turns move forward in time', () => {
    for (const c of calls) {
      for (const k of CHECKS) assert.ok(c.labels[k], `${c.id}: ${k}`);
      if (c.policy === 'collections') assert.ok(c.labels.mini_miranda, `${c.id}: mini_miranda`);
      for (const v of Object.values(c.labels)) assert.ok(['passed', 'failed', 'not_applicable', 'uncertain'].includes(v), `${c.id}: ${v}`);
      c.segments.forEach((s, i) => {
        assert.ok(s.end >= s.start, `${c.id} segment ${i}`);
        if (i) assert.ok(s.start >= c.segments[i - 1].start, `${c.id} segment ${i}`);
      });
    }
  });
  test('each check has violations to find in each language (precision and recall are measurable)', () => {
    for (const k of CHECKS) for (const lang of ['en', 'es']) assert.ok(calls.filter((c) => c.language === lang && c.labels[k] === 'failed').length >= 20, `${k}/${lang}`);
  });
  test('every analysis of the corpus is consistent (status, reasons, score cap, evidence and quotes)', () => {
    const problems: string[] = [];
    for (const c of calls) {
      const out = analyseCall({ segments: c.segments, language: 'auto', policy: BUILT_IN_POLICIES[policyFor(c)], metadata: c.metadata });
      for (const p of consistencyProblems(out, c.segments)) problems.push(`${c.id}: ${p}`);
    }
    assert.deepEqual(problems, []);
  });
});
