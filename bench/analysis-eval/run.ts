// Evaluates the analysis engine:
//  1. the evaluation corpus (test/fixtures/eval: calls written and labelled blind by helper sessions that never read
//     the engine, plus real calls labelled blind), on the tuning split and on the frozen test split separately:
//     precision / recall of "failed" per check and language, and the consistency rules every analysis must keep;
//     or any NDJSON file of labelled calls (`--cases FILE`, e.g. `callcov reviews export`);
//  2. the Harper Valley corpus (../shared/corpus/harper-valley, when present): agreement of the greeting and
//     closing scorecard items with the dialog-act labels, and of customer sentiment with the emotion labels.
//  3. with `--perturb [RATE]`: the same calls damaged as a speech recogniser might (perturbCases.ts: lower case, no
//     punctuation, numbers in words, contractions, hesitations, split turns; labels unchanged), a robustness check
//     that needs no new labels; `--rename` gives every company a new, invented name (in the metadata and the call).
// Run: node bench/analysis-eval/run.ts [--set tune|test|all] [--cases FILE] [--perturb RATE] [--rename] [--verbose] [--no-hv]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseCall } from '../../packages/core/src/analysis/index.ts';
import type { TranscriptSegment } from '../../packages/core/src/analysis/index.ts';
import { perturbCase } from './perturbCases.ts';
import { precision, recall, scoreCases } from './scoreCases.ts';
import type { EvalCase, Score } from './scoreCases.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: args } = parseArgs({ options: { set: { type: 'string', default: 'all' }, cases: { type: 'string' }, verbose: { type: 'boolean', default: false }, 'no-hv': { type: 'boolean', default: false }, perturb: { type: 'string' }, rename: { type: 'boolean', default: false } } });
const perturbRate = args.perturb === undefined ? (args.rename ? 0 : null) : Number(args.perturb || 0.6);
const damaged = (cases: EvalCase[]) => (perturbRate === null ? cases : cases.map((c) => perturbCase(c, { rate: perturbRate, seed: 11, renameCompany: args.rename })));
const damagedName = (name: string) => (perturbRate === null ? name : `${name}, ${perturbRate ? `perturbed as ASR output (rate ${perturbRate})` : 'unchanged words'}${args.rename ? ', companies renamed' : ''}`);
const verbose = args.verbose;
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a');
const BAR = { precision: 0.95, recall: 0.9 };

// ---------------------------------------------------------------- 1. labelled calls
function readSplit(split: string): EvalCase[] {
  const dir = join(root, 'test/fixtures/eval', split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalCase);
}

function report(name: string, cases: EvalCase[]): Score {
  const s = scoreCases(cases);
  const en = cases.filter((c) => c.language === 'en').length;
  console.log(`\n== ${name}: ${cases.length} calls (${en} en, ${cases.length - en} es; ${cases.filter((c) => c.asr === 'noisy').length} ASR-noisy)`);
  console.log('check/lang                         failed  precision  recall   n/a ok   uncertain->review  bar');
  for (const [k, c] of [...s.byCheck.entries()].sort()) {
    const p = precision(c);
    const r = recall(c);
    const ok = (Number.isNaN(p) || p >= BAR.precision) && (Number.isNaN(r) || r >= BAR.recall);
    console.log(
      `${k.padEnd(34)}${String(c.tp + c.fn).padStart(7)}  ${pct(p).padStart(9)}  ${pct(r).padStart(6)}   ${(c.naTotal ? `${c.naOk}/${c.naTotal}` : '-').padStart(6)}   ${(c.uncertain ? `${c.uncertainReviewed}/${c.uncertain}` : '-').padStart(17)}  ${ok ? 'ok' : 'BELOW'}`,
    );
  }
  console.log(`consistency problems: ${s.consistency.length}${s.consistency.length ? ` (e.g. ${s.consistency.slice(0, 3).join('; ')})` : ''}`);
  if (s.mistakes.length) {
    console.log(`${s.mistakes.length} disagreement(s)${verbose ? ':' : ' (run with --verbose to list)'}`);
    if (verbose) for (const m of s.mistakes) console.log(`  ${m}`);
  }
  if (verbose) for (const m of s.consistency) console.log(`  consistency ${m}`);
  return s;
}

if (args.cases) {
  const cases = readFileSync(args.cases, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
  report(damagedName(`cases from ${args.cases}`), damaged(cases));
} else {
  const sets = args.set === 'all' ? ['tune', 'test'] : [args.set!];
  for (const set of sets) {
    const cases = readSplit(set);
    if (cases.length === 0) console.log(`\n== ${set}: no calls in test/fixtures/eval/${set}`);
    else report(damagedName(set === 'test' ? 'FROZEN TEST split (never tuned on)' : 'tuning split'), damaged(cases));
  }
}

// ---------------------------------------------------------------- 2. Harper Valley
const corpus = resolve(root, '../shared/corpus/harper-valley');
const corpusAlt = '/work/shared/corpus/harper-valley';
const hv = existsSync(corpus) ? corpus : existsSync(corpusAlt) ? corpusAlt : null;
if (!hv || args['no-hv'] || args.cases) {
  if (!hv) console.log('\nHarper Valley corpus not found (../shared/corpus/harper-valley): skipped.');
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
