/**
 * bench/asr helpers: written calls of the evaluation corpus as synthetic dialogues (with their metadata and policy,
 * so the analysis can run on both the transcript and the audio), the LibriVox clips of Debian's pocketsphinx-testdata,
 * and verdict agreement between two analyses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCall, BUILT_IN_POLICIES } from '../../packages/core/src/analysis/index.ts';
import type { AnalyseCallOutput, TranscriptSegment } from '../../packages/core/src/analysis/index.ts';
import { documentPhrases, metadataNames } from '../../packages/pipeline/src/lm/documentPhrases.ts';
import type { AsrVocabulary } from '../../packages/pipeline/src/index.ts';
import type { Dialogue } from '../../scripts/make-test-calls.d/synthesizeCall.ts';

const root = join(import.meta.dirname, '..', '..');
const PAIRS: Array<[string, string]> = [['flite:slt', 'flite:rms'], ['flite:rms', 'flite:slt'], ['flite:awb', 'flite:slt'], ['flite:slt', 'flite:kal16'], ['flite:kal16', 'flite:slt'], ['flite:slt', 'flite:awb']];

export interface EvalCall {
  id: string;
  region?: string;
  policy?: string;
  metadata: Record<string, unknown>;
  segments: TranscriptSegment[];
}

export const policyOf = (c: EvalCall) => BUILT_IN_POLICIES[c.policy === 'collections' ? 'collections' : 'default'];

/** What the recogniser is told about a call: its company names (metadata) and its policy's phrases. */
export function vocabularyOf(c: EvalCall): AsrVocabulary {
  return { companies: metadataNames(c.metadata), phrases: documentPhrases(policyOf(c), 'en') };
}

/**
 * English calls of one split that the call-centre model was not built from: the tuning split's held-out quarter
 * (listed in the model's manifest) or the frozen test split (never read by the model build). First `n` by id.
 */
export function evalCalls(split: 'tune' | 'test', n: number): EvalCall[] {
  const dir = join(root, 'test/fixtures/eval', split);
  if (!existsSync(dir) || n <= 0) return [];
  const manifest = JSON.parse(readFileSync(join(root, 'packages/pipeline/models/en-us-callcentre/manifest.json'), 'utf8')) as { held_out: { eval_tune: string[] }; trained_on: { eval_tune: string[] } };
  const trained = new Set(manifest.trained_on.eval_tune);
  const heldOut = new Set(manifest.held_out.eval_tune);
  // tune: the quarter the build held out (calls added to the corpus later are left out, so the set stays the same)
  return readdirSync(dir).filter((f) => f.startsWith('en-') && f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalCall & { language: string })
    .filter((c) => c.language === 'en' && !trained.has(c.id) && (split === 'test' || heldOut.has(c.id)))
    .slice(0, n);
}

/** The call as a dialogue to synthesise (turns at their written times; voices rotate over the flite pairs). */
export function dialogueOf(c: EvalCall, i: number): Dialogue {
  const [a, b] = PAIRS[i % PAIRS.length];
  return {
    id: `eval-${c.id}`, language: 'en', voices: { Agent: a, Customer: b }, source: `eval:${c.id}`,
    turns: c.segments.filter((s) => s.text.trim()).map((s) => ({ speaker: s.speaker as 'Agent' | 'Customer', text: s.text, start: s.start })),
  };
}

export function analyse(c: EvalCall, segments: TranscriptSegment[]): AnalyseCallOutput {
  return analyseCall({ segments, language: 'en', policy: policyOf(c), metadata: c.metadata });
}

/** Per compliance check: same status in both analyses (a check flagged for review counts as its own status "review"). */
export function verdictPairs(a: AnalyseCallOutput, b: AnalyseCallOutput): Array<{ check: string; agree: boolean; text: string; audio: string }> {
  const st = (o: AnalyseCallOutput, id: string) => {
    const c = o.results.compliance.checks.find((x) => x.id === id);
    if (!c) return 'absent';
    return o.results.compliance.review_reasons?.some((r) => r.check_id === id) ? `${c.status}/review` : c.status;
  };
  return a.results.compliance.checks.map((c) => {
    const x = st(a, c.id);
    const y = st(b, c.id);
    return { check: c.id, agree: x.split('/')[0] === y.split('/')[0], text: x, audio: y };
  });
}

/** LibriVox clips of pocketsphinx-testdata with their transcriptions (empty when the package is absent). */
export function librivoxClips(): Array<{ id: string; wav: string; reference: string }> {
  const dir = '/usr/share/pocketsphinx/test/data/librivox';
  if (!existsSync(join(dir, 'transcription'))) return [];
  return readFileSync(join(dir, 'transcription'), 'utf8').split('\n').filter(Boolean).map((line) => {
    const m = /^(.*)\(([^)]+)\)\s*$/.exec(line)!;
    return { id: m[2], wav: join(dir, `${m[2]}.wav`), reference: m[1].replace(/<\/?s>/g, ' ').trim() };
  });
}
