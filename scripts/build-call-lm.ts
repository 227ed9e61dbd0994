/**
 * Builds the call-centre language model and dictionary of the default (pocketsphinx) engine:
 *   packages/pipeline/models/en-us-callcentre/{callcentre.lm, callcentre.dict, manifest.json}
 *
 * Training text (all English):
 *   - Harper Valley bank calls (Gridspace-Stanford, Apache-2.0), the human transcripts in ../shared/corpus/harper-valley
 *     (or --hv DIR), except the first --hv-holdout (default 12, sorted by id: the calls bench/asr rebuilds);
 *   - the evaluation corpus's tuning split (test/fixtures/eval/tune, en), except a fixed quarter held out for
 *     measurement (sha256(id) first byte % 4 == 0); the frozen test split is never read;
 *   - the built-in policies' and scorecard's phrases and example phrases (repeated, so they are well modelled).
 * A call's company name (metadata.company_name) is replaced by the slot word `{company}`; at run time the engine fills
 * the slot with the call's own company names (pocketsphinxEngine), or drops it.
 * The dictionary spells every word of the model from CMUdict (pocketsphinx-en-us), else by pronounce()'s rules.
 *
 *   node scripts/build-call-lm.ts [--hv DIR] [--hv-holdout 12] [--out DIR] [--min-top-count 1]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_IN_POLICIES, BUILT_IN_SCORECARDS } from '../packages/core/src/analysis/index.ts';
import { buildArpa } from '../packages/pipeline/src/lm/buildArpa.ts';
import { documentPhrases } from '../packages/pipeline/src/lm/documentPhrases.ts';
import { lmSentences } from '../packages/pipeline/src/lm/lmText.ts';
import { sphinxTrieUnigrams } from '../packages/pipeline/src/lm/sphinxTrieUnigrams.ts';
import { formatDictionary, parseDictionary, pronounce } from '../packages/pipeline/src/lm/pronounce.ts';
import { COMPANY_SLOT } from '../packages/pipeline/src/lm/callLm.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: {
  hv: { type: 'string' }, 'hv-holdout': { type: 'string', default: '12' }, out: { type: 'string', default: join(root, 'packages/pipeline/models/en-us-callcentre') },
  'min-top-count': { type: 'string', default: '1' }, cmudict: { type: 'string', default: '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict' },
  'phrase-repeat': { type: 'string', default: '3' },
  'general-words': { type: 'string', default: '20000' }, 'general-lm': { type: 'string', default: '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin' }, 'general-weight': { type: 'string', default: '0.1' },
} });

const hvDir = values.hv ?? [resolve(root, '../shared/corpus/harper-valley'), '/work/shared/corpus/harper-valley'].find((d) => existsSync(d));
const sentences: string[][] = [];
const manifest = {
  built_by: 'scripts/build-call-lm.ts', order: 3, sources: [] as Array<Record<string, unknown>>,
  held_out: { harper_valley: [] as string[], eval_tune: [] as string[] }, trained_on: { harper_valley: [] as string[], eval_tune: [] as string[] },
  counts: [] as number[], vocabulary: 0, dictionary_rules: [] as string[],
};

/** Sentences of one text, the company names replaced by the slot. */
function addText(text: string, companies: string[] = []): void {
  let t = text;
  for (const name of companies.sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'gi');
    t = t.replace(re, ` ${COMPANY_SLOT} `);
  }
  for (const s of lmSentences(t.replace(/\{\s*company\s*\}/g, ' companyslotxyz ')))
    sentences.push(s.map((w) => (w === 'companyslotxyz' ? COMPANY_SLOT : w)));
}

// 1. Harper Valley
if (hvDir) {
  const files = (await readdir(join(hvDir, 'transcript'))).filter((f) => f.endsWith('.json')).sort();
  const holdout = Number(values['hv-holdout']);
  for (const [i, f] of files.entries()) {
    const id = f.replace(/\.json$/, '');
    if (i < holdout) { manifest.held_out.harper_valley.push(id); continue; }
    const segs = JSON.parse(await readFile(join(hvDir, 'transcript', f), 'utf8')) as Array<{ human_transcript?: string; index: number }>;
    for (const s of segs.sort((a, b) => a.index - b.index)) if (s.human_transcript) addText(s.human_transcript);
    manifest.trained_on.harper_valley.push(id);
  }
  manifest.sources.push({ name: 'Harper Valley Bank calls (Gridspace-Stanford)', license: 'Apache-2.0, Copyright 2020 Gridspace Inc.', repository: 'cricketclub/gridspace-stanford-harper-valley', commit: 'd301964d6dfa2d1c13496fb7efd8e09223993b0f', calls: manifest.trained_on.harper_valley.length, field: 'human_transcript' });
} else console.error('Harper Valley corpus not found: built without it');

// 2. evaluation corpus, tuning split only
const tuneDir = join(root, 'test/fixtures/eval/tune');
const heldOutEval = (id: string) => createHash('sha256').update(id).digest()[0] % 4 === 0;
for (const f of (await readdir(tuneDir)).filter((x) => x.startsWith('en-') && x.endsWith('.json')).sort()) {
  const c = JSON.parse(await readFile(join(tuneDir, f), 'utf8')) as { id: string; metadata?: Record<string, unknown>; segments: Array<{ text: string }> };
  if (heldOutEval(c.id)) { manifest.held_out.eval_tune.push(c.id); continue; }
  const companies = typeof c.metadata?.company_name === 'string' ? [c.metadata.company_name] : [];
  for (const s of c.segments) addText(s.text, companies);
  manifest.trained_on.eval_tune.push(c.id);
}
manifest.sources.push({ name: 'CallCov evaluation corpus, tuning split (test/fixtures/eval/tune), English', license: 'this repository', calls: manifest.trained_on.eval_tune.length, held_out_rule: 'sha256(id)[0] % 4 == 0' });

// 3. the built-in packs' phrases
const phrases = [...Object.values(BUILT_IN_POLICIES), ...Object.values(BUILT_IN_SCORECARDS)].flatMap((d) => documentPhrases(d, 'en'));
for (let r = 0; r < Number(values['phrase-repeat']); r++) for (const p of phrases) addText(p.replace(/Harper Valley Bank/g, '{company}'));
manifest.sources.push({ name: 'built-in compliance policies and scorecard (phrases, example phrases)', phrases: phrases.length, repeated: Number(values['phrase-repeat']) });

const cmu = parseDictionary(await readFile(values.cmudict!, 'utf8'));
// 4. a general English vocabulary: the unigrams of pocketsphinx-en-us's general model (words CMUdict spells), mixed in
const general = new Map<string, number>();
if (Number(values['general-words']) > 0 && existsSync(values['general-lm']!)) {
  const uni = [...sphinxTrieUnigrams(await readFile(values['general-lm']!)).entries()]
    .filter(([w, lp]) => /^[a-z][a-z']*$/.test(w) && cmu.has(w) && lp > -90 && (w.length > 1 || w === 'a' || w === 'i'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values['general-words']));
  for (const [w, lp] of uni) general.set(w, 10 ** lp);
  manifest.sources.push({ name: 'unigrams of the general English model of pocketsphinx-en-us (en-us.lm.bin)', license: 'BSD-2-Clause (CMU Sphinx)', words: general.size, unigram_weight: Number(values['general-weight']) });
}
const model = buildArpa(sentences, { order: 3, minTopCount: Number(values['min-top-count']), background: general.size ? { probabilities: general, weight: Number(values['general-weight']) } : undefined });
const entries: Array<[string, string[]]> = [];
let ruled = 0;
for (const w of model.vocabulary) {
  if (w === COMPANY_SLOT) continue;
  const known = cmu.get(w);
  if (!known) { ruled++; manifest.dictionary_rules.push(w); }
  entries.push([w, known ?? pronounce(w, cmu)]);
}
manifest.counts = model.counts;
manifest.vocabulary = model.vocabulary.length;
await mkdir(values.out!, { recursive: true });
await writeFile(join(values.out!, 'callcentre.lm'), model.text);
await writeFile(join(values.out!, 'callcentre.dict'), formatDictionary(entries));
await writeFile(join(values.out!, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} words; n-grams ${model.counts.join('/')}; vocabulary ${model.vocabulary.length} (${ruled} spelled by rules) -> ${values.out}`);
