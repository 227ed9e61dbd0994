import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CALL_FORMATS, dialogueFromHarperValley, loadDialogue, makeLongCall, synthesizeCall } from './synthesizeCall.ts';

const here = import.meta.dirname;
const usage = `usage: scripts/make-test-calls --out DIR [options]
  --dialogue FILE        a dialogue JSON ({id, language, voices, turns:[{speaker,text,start}]}); repeatable
  --builtin              all dialogues in scripts/make-test-calls.d/dialogues/
  --harper N             rebuild the first N Harper Valley calls (../shared/corpus/harper-valley)
  --harper-dir DIR       where the Harper Valley corpus is (default: ../shared/corpus/harper-valley)
  --harper-max-seconds S keep only turns starting in the first S seconds
  --formats a,b,...      output variants (default all): ${Object.keys(CALL_FORMATS).join(', ')}
  --long SECONDS         also write long-call.wav-ulaw-8k.wav, a call of SECONDS made by looping the first call
Writes <id>.<variant>.<ext> and <id>.script.json (placed turns, reference text) per call.`;

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' }, dialogue: { type: 'string', multiple: true }, builtin: { type: 'boolean' },
      harper: { type: 'string' }, 'harper-dir': { type: 'string' }, 'harper-max-seconds': { type: 'string' },
      formats: { type: 'string' }, long: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || !values.out) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const out = resolve(values.out);
  const formats = values.formats ? values.formats.split(',') : Object.keys(CALL_FORMATS);
  for (const f of formats) if (!CALL_FORMATS[f]) throw new Error(`unknown format ${f}\n${usage}`);
  const dialogues = [];
  for (const f of values.dialogue ?? []) dialogues.push(await loadDialogue(f));
  if (values.builtin) {
    const dir = join(here, 'dialogues');
    for (const f of (await readdir(dir)).filter((x) => x.endsWith('.json')).sort()) dialogues.push(await loadDialogue(join(dir, f)));
  }
  if (values.harper) {
    const dir = values['harper-dir'] ?? join(here, '..', '..', '..', 'shared', 'corpus', 'harper-valley');
    const files = (await readdir(join(dir, 'transcript'))).filter((x) => x.endsWith('.json')).sort().slice(0, Number(values.harper));
    const maxSeconds = values['harper-max-seconds'] ? Number(values['harper-max-seconds']) : undefined;
    for (const f of files) dialogues.push(await dialogueFromHarperValley(join(dir, 'transcript', f), { maxSeconds }));
  }
  if (!dialogues.length) throw new Error(`nothing to synthesise\n${usage}`);
  let first: string | undefined;
  for (const d of dialogues) {
    const s = await synthesizeCall(d, out, formats);
    first ??= s.files['wav-ulaw-8k'] ?? Object.values(s.files)[0];
    console.log(`${s.id}: ${s.duration_seconds.toFixed(1)} s, ${s.turns.length} turns, ${Object.keys(s.files).length} files`);
  }
  if (values.long && first) {
    const p = join(out, 'long-call.wav-ulaw-8k.wav');
    await makeLongCall(first, Number(values.long), p);
    console.log(`long call: ${p} (${values.long} s)`);
  }
}
