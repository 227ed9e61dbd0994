// Evaluates the analysis engine:
//  1. per compliance check precision / recall on the labelled fixtures (test/fixtures/analysis/calls),
//     positive class = "failed" (a violation), plus PII type recall and language detection;
//  2. on the Harper Valley corpus (../shared/corpus/harper-valley): agreement of the greeting and
//     closing scorecard items with the dialog-act labels, and of customer sentiment with the emotion labels.
// Run: node bench/analysis-eval/run.ts [--verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCall, BUILT_IN_POLICIES } from '../../packages/core/src/analysis/index.ts';
import type { TranscriptSegment } from '../../packages/core/src/analysis/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const verbose = process.argv.includes('--verbose');
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a');

// ---------------------------------------------------------------- 1. fixtures
interface Fixture {
  id: string;
  language: 'en' | 'es';
  policy: string;
  metadata: Record<string, unknown>;
  segments: TranscriptSegment[];
  labels: Record<string, 'passed' | 'failed' | 'not_applicable'>;
  pii: string[];
}
const dir = join(root, 'test/fixtures/analysis/calls');
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

type Counts = { tp: number; fp: number; fn: number; tn: number; naOk: number; naTotal: number };
const perCheck = new Map<string, Counts>();
const perCheckLang = new Map<string, Counts>();
let langOk = 0;
let piiExpected = 0;
let piiFound = 0;
const mistakes: string[] = [];
const bump = (m: Map<string, Counts>, k: string) => {
  if (!m.has(k)) m.set(k, { tp: 0, fp: 0, fn: 0, tn: 0, naOk: 0, naTotal: 0 });
  return m.get(k)!;
};
for (const fx of fixtures) {
  const out = analyseCall({ segments: fx.segments, language: 'auto', policy: BUILT_IN_POLICIES[fx.policy], metadata: fx.metadata });
  if (out.language === fx.language) langOk++;
  else mistakes.push(`${fx.id}: language ${out.language}`);
  for (const [id, expected] of Object.entries(fx.labels)) {
    const got = out.results.compliance.checks.find((c) => c.id === id);
    if (!got) continue;
    for (const c of [bump(perCheck, id), bump(perCheckLang, `${id}/${fx.language}`)]) {
      if (expected === 'not_applicable') {
        c.naTotal++;
        if (got.status === 'not_applicable') c.naOk++;
      }
      const e = expected === 'failed';
      const g = got.status === 'failed';
      if (e && g) c.tp++;
      else if (!e && g) c.fp++;
      else if (e && !g) c.fn++;
      else c.tn++;
    }
    if ((expected === 'failed') !== (got.status === 'failed') || (expected === 'not_applicable') !== (got.status === 'not_applicable')) {
      mistakes.push(`${fx.id}: ${id} expected ${expected}, got ${got.status} — ${got.explanation}`);
    }
  }
  const types = new Set<string>(out.results.compliance.pii.detected.map((d) => d.type));
  for (const t of fx.pii) {
    piiExpected++;
    if (types.has(t)) piiFound++;
    else mistakes.push(`${fx.id}: PII ${t} not detected`);
  }
}

console.log(`Labelled fixtures: ${fixtures.length} calls (${fixtures.filter((f) => f.language === 'en').length} en, ${fixtures.filter((f) => f.language === 'es').length} es)`);
console.log(`Language detection (language: "auto"): ${langOk}/${fixtures.length}`);
console.log(`PII types detected: ${piiFound}/${piiExpected}\n`);
console.log('check                   violations  precision  recall   n/a-agreement');
const line = (name: string, c: Counts) => {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  console.log(`${name.padEnd(24)}${String(c.tp + c.fn).padStart(10)}  ${pct(p).padStart(9)}  ${pct(r).padStart(6)}   ${c.naTotal ? `${c.naOk}/${c.naTotal}` : '-'}`);
};
for (const [k, c] of [...perCheck.entries()].sort()) line(k, c);
console.log('\nper language:');
for (const [k, c] of [...perCheckLang.entries()].sort()) line(k, c);
if (mistakes.length) {
  console.log(`\n${mistakes.length} disagreement(s)${verbose ? ':' : ' (run with --verbose to list)'}`);
  if (verbose) for (const m of mistakes) console.log(`  ${m}`);
}

// ---------------------------------------------------------------- 2. Harper Valley
const corpus = resolve(root, '../shared/corpus/harper-valley');
const corpusAlt = '/work/shared/corpus/harper-valley';
const hv = existsSync(corpus) ? corpus : existsSync(corpusAlt) ? corpusAlt : null;
if (!hv) {
  console.log('\nHarper Valley corpus not found (../shared/corpus/harper-valley): skipped.');
  process.exit(0);
}
interface HvSegment {
  speaker_role: 'agent' | 'caller';
  dialog_acts: string[];
  emotion: { neutral: number; negative: number; positive: number };
  human_transcript: string;
  transcript: string;
  start_ms: number;
  duration_ms: number;
}
const sids = readdirSync(join(hv, 'transcript')).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort();
for (const source of ['human_transcript', 'transcript'] as const) {
  let greetAgree = 0;
  let closeAgree = 0;
  let greetEvidence = 0;
  let greetEvidenceOk = 0;
  let closeEvidence = 0;
  let closeEvidenceOk = 0;
  let segTotal = 0;
  let segAgree = 0;
  let polarTotal = 0;
  let polarAgree = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  const conf: Record<string, Record<string, number>> = {};
  let calls = 0;
  for (const sid of sids) {
    const raw: HvSegment[] = JSON.parse(readFileSync(join(hv, 'transcript', `${sid}.json`), 'utf8'));
    const kept = raw.filter((s) => s[source].trim() !== '');
    const segments: TranscriptSegment[] = kept.map((s) => ({
      speaker: s.speaker_role === 'agent' ? 'Agent' : 'Customer',
      text: s[source],
      start: s.start_ms / 1000,
      end: (s.start_ms + s.duration_ms) / 1000,
    }));
    const out = analyseCall({ segments, language: 'en' });
    calls++;
    const item = (id: string) => out.results.quality.scorecard.find((i) => i.id === id)!;
    const hasAct = (acts: string[]) => kept.some((s) => s.speaker_role === 'agent' && s.dialog_acts.some((a) => acts.includes(a)));
    const greeting = item('greeting');
    const closing = item('closing');
    if ((greeting.score > 0) === hasAct(['gridspace_greeting'])) greetAgree++;
    if ((closing.score > 0) === hasAct(['gridspace_closing', 'gridspace_thanks'])) closeAgree++;
    for (const e of greeting.evidence) ((greetEvidence += 1), kept[e.segment].dialog_acts.includes('gridspace_greeting') && (greetEvidenceOk += 1));
    for (const e of closing.evidence) ((closeEvidence += 1), kept[e.segment].dialog_acts.some((a) => a === 'gridspace_closing' || a === 'gridspace_thanks' || a === 'gridspace_open_question') && (closeEvidenceOk += 1));
    const ss = out.results.quality.metrics.segment_sentiment;
    kept.forEach((s, i) => {
      if (s.speaker_role !== 'caller') return;
      const e = s.emotion;
      const label = e.negative >= e.neutral && e.negative >= e.positive ? 'negative' : e.positive >= e.neutral ? 'positive' : 'neutral';
      const v = ss[i];
      const ours = v > 0.05 ? 'positive' : v < -0.05 ? 'negative' : 'neutral';
      segTotal++;
      if (label === ours) segAgree++;
      if (label !== 'neutral' && ours !== 'neutral') ((polarTotal += 1), label === ours && (polarAgree += 1));
      conf[label] ??= {};
      conf[label][ours] = (conf[label][ours] ?? 0) + 1;
      xs.push(v);
      ys.push(e.positive - e.negative);
    });
  }
  const mean = (a: number[]) => a.reduce((p, c) => p + c, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let dx = 0;
  let dy = 0;
  xs.forEach((x, i) => ((num += (x - mx) * (ys[i] - my)), (dx += (x - mx) ** 2), (dy += (ys[i] - my) ** 2)));
  console.log(`\nHarper Valley (${calls} calls, text = ${source}):`);
  console.log(`  greeting item vs agent gridspace_greeting (call level): ${greetAgree}/${calls} = ${pct(greetAgree / calls)}; evidence segments tagged greeting: ${greetEvidenceOk}/${greetEvidence}`);
  console.log(`  closing item vs agent gridspace_closing|thanks (call level): ${closeAgree}/${calls} = ${pct(closeAgree / calls)}; evidence segments tagged closing/thanks/open_question: ${closeEvidenceOk}/${closeEvidence}`);
  console.log(`  customer segment sentiment vs emotion argmax: ${segAgree}/${segTotal} = ${pct(segAgree / segTotal)}; polarity agreement where both non-neutral: ${polarAgree}/${polarTotal} = ${pct(polarAgree / polarTotal)}; Pearson r(score, pos-neg) = ${pct(num / Math.sqrt(dx * dy))}`);
  console.log(`  confusion (label -> ours): ${JSON.stringify(conf)}`);
}
