// Human review round trip (DESIGN.md §1.7, issue 12): the evaluation corpus's calls go through the real API as a
// customer's would — submitted, analysed, then "reviewed" with the corpus's blind labels as the supervisors' verdicts —
// and GET /api/v1/calibration is compared with bench/analysis-eval's scoreCases run on GET /api/v1/reviews/export.
// Prints per check: the API's agreement, precision and recall and whether the bench finds the same counts; and the
// timings of the review, calibration and export calls.
// Run: node bench/review-roundtrip/run.ts [--set test|tune] [--limit N] [--backend sqlite|postgres]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { policyFor, precision, recall, scoreCases, type EvalCase } from '../analysis-eval/scoreCases.ts';
import { startTestServer, waitFor } from '../../test/support/testServer.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({ options: { set: { type: 'string', default: 'test' }, limit: { type: 'string' }, backend: { type: 'string', default: 'sqlite' } } });
const dir = join(root, 'test/fixtures/eval', args.set!);
let cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalCase);
if (args.limit) cases = cases.slice(0, Number(args.limit));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const f3 = (x: number | null) => (x === null || Number.isNaN(x) ? '  n/a' : x.toFixed(3));

const s = await startTestServer(args.backend as 'sqlite' | 'postgres', { env: { CALLCOV_WORKER_CONCURRENCY: '4' } });
try {
  const t0 = performance.now();
  const ids = new Map<string, EvalCase>();
  for (const c of cases) {
    const r = await s.api('/api/v1/analysis', {
      method: 'POST',
      json: {
        transcript: { segments: c.segments.map((x) => ({ speaker: x.speaker, text: x.text, start: x.start, end: x.end })) },
        language: 'auto',
        policy_id: policyFor(c),
        metadata: c.metadata ?? {},
      },
    });
    if (r.status !== 202) throw new Error(`${c.id}: ${r.status} ${r.text}`);
    ids.set(r.body.id, c);
  }
  await waitFor(async () => {
    const statuses = await Promise.all([...ids.keys()].map(async (id) => (await s.api(`/api/v1/analysis/${id}`)).body.status));
    return statuses.every((x) => x === 'completed' || x === 'failed');
  }, 600_000, 'all analyses');
  console.log(`${cases.length} calls of the ${args.set} split analysed through the API on ${args.backend} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const latencies: number[] = [];
  let skipped = 0;
  let uncertain = 0;
  for (const [id, c] of ids) {
    for (const [checkId, label] of Object.entries(c.labels)) {
      if (label === 'uncertain') {
        uncertain++;
        continue;
      }
      const t = performance.now();
      const r = await s.api(`/api/v1/analysis/${id}/reviews`, { method: 'POST', json: { check_id: checkId, status: label, reviewer: 'corpus-labels' } });
      latencies.push(performance.now() - t);
      if (r.status === 400 && r.body?.error?.param === 'check_id') skipped++;
      else if (r.status !== 201) throw new Error(`${c.id} ${checkId}: ${r.status} ${r.text}`);
    }
  }
  console.log(`${latencies.length - skipped} reviews posted (${skipped} labels name no check of the analysis, ${uncertain} 'uncertain' labels are not verdicts): POST p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms`);

  // best of 5 (the first also prepares the statement)
  let calMs = Infinity;
  let cal = { checks: [] } as { checks: Array<Record<string, any>> };
  for (let i = 0; i < 5; i++) {
    const t1 = performance.now();
    cal = (await s.api('/api/v1/calibration')).body;
    calMs = Math.min(calMs, performance.now() - t1);
  }
  let t = performance.now();
  t = performance.now();
  const exported = await s.api('/api/v1/reviews/export');
  const exportMs = performance.now() - t;
  const lines = exported.text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalCase);
  console.log(`GET /api/v1/calibration ${calMs.toFixed(1)} ms (best of 5); GET /api/v1/reviews/export ${exportMs.toFixed(1)} ms (${lines.length} calls, ${(exported.text.length / 1024).toFixed(0)} KB)`);

  const score = scoreCases(lines);
  console.log('\ncheck                         reviewed  agreement  precision  recall   | bench: fp   fn  agreed  precision  recall  same');
  let allSame = true;
  for (const c of cal.checks) {
    const k = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const [key, v] of score.byCheck) if (key.split('/')[0] === c.check_id) ((k.tp += v.tp), (k.fp += v.fp), (k.fn += v.fn), (k.tn += v.tn));
    const mistakes = score.mistakes.filter((m) => m.includes(`: ${c.check_id} expected`)).length;
    const agreed = k.tp + k.fp + k.fn + k.tn - mistakes;
    const p = precision(k as never);
    const r = recall(k as never);
    const same = k.fp === c.machine_failed_human_passed && k.fn === c.machine_passed_human_failed && agreed === c.agreed && k.tp + k.fp + k.fn + k.tn === c.reviewed;
    allSame &&= same;
    console.log(
      `${c.check_id.padEnd(30)}${String(c.reviewed).padStart(8)}  ${f3(c.agreement).padStart(9)}  ${f3(c.precision).padStart(9)}  ${f3(c.recall).padStart(6)}   |     ${String(k.fp).padStart(4)} ${String(k.fn).padStart(4)} ${String(agreed).padStart(7)}  ${f3(p).padStart(9)}  ${f3(r).padStart(6)}  ${same ? 'yes' : 'NO'}`,
    );
  }
  console.log(`\nthe bench on the export ${allSame ? 'reproduces' : 'does NOT reproduce'} the API's calibration for every check`);
} finally {
  await s.stop();
}
