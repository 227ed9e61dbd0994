import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { serializeAnalysis } from '@callcov/core';
import type { AnalysesTable } from '@callcov/db';
import { rowToAnalysis, serializeAnalysisRow } from './analysisRows.ts';

const json = (arb: fc.Arbitrary<unknown>) => fc.option(arb.map((v) => JSON.stringify(v)), { nil: null });
const row: fc.Arbitrary<AnalysesTable> = fc.record({
  id: fc.uuid(),
  account_id: fc.string(),
  mode: fc.constantFrom('test' as const, 'live' as const),
  status: fc.constantFrom('queued' as const, 'processing' as const, 'completed' as const, 'failed' as const),
  progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  agent_id: fc.option(fc.string(), { nil: null }),
  contact_id: fc.option(fc.string(), { nil: null }),
  webhook_url: fc.option(fc.webUrl(), { nil: null }),
  language: fc.constantFrom('en', 'es', 'auto'),
  channels_json: fc.constant(null),
  policy_id: fc.constant(null),
  scorecard_id: fc.constant(null),
  redact_pii: fc.constantFrom(0, 1),
  metadata_json: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))).map((m) => JSON.stringify(m)),
  input_kind: fc.constantFrom('transcript', 'upload', 'audio_url'),
  input_json: fc.constant(null),
  audio_blob: fc.constant(null),
  audio_json: json(fc.record({ url: fc.option(fc.webUrl(), { nil: null }), duration_seconds: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), format: fc.constant('wav'), channels: fc.constant(2), sample_rate: fc.constant(8000) })),
  transcript_json: json(fc.record({ text: fc.string(), language: fc.constant('en'), segments: fc.array(fc.record({ speaker: fc.constant('Agent'), text: fc.string(), start: fc.double({ noNaN: true, noDefaultInfinity: true }), end: fc.double({ noNaN: true, noDefaultInfinity: true }), confidence: fc.constant(null) })) })),
  results_json: json(fc.jsonValue()),
  error_code: fc.option(fc.string(), { nil: null }),
  error_message: fc.option(fc.string(), { nil: null }),
  created_at: fc.integer({ min: 0, max: 4e12 }),
  completed_at: fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: null }),
  deleted_at: fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: null }),
  updated_at: fc.integer({ min: 0, max: 4e12 }),
});

test('property: the fast row serializer gives exactly the bytes of serializeAnalysis(rowToAnalysis(row))', () => {
  fc.assert(
    fc.property(row, (r) => {
      assert.equal(serializeAnalysisRow(r), serializeAnalysis(rowToAnalysis(r)));
    }),
    { numRuns: 500 },
  );
});
