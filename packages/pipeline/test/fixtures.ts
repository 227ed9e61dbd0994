/** Builds synthetic test calls (flite + ffmpeg) into a temp folder for the integration tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDialogue, synthesizeCall, type CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';

export const DIALOGUES_DIR = join(import.meta.dirname, '..', '..', '..', 'scripts', 'make-test-calls.d', 'dialogues');

export async function makeCalls(dialogue: string, formats: string[]): Promise<{ dir: string; script: CallScript; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'callcov-pipeline-test-'));
  const script = await synthesizeCall(await loadDialogue(join(DIALOGUES_DIR, `${dialogue}.json`)), dir, formats);
  return { dir, script, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Word error rate between normalised reference and hypothesis strings (Levenshtein over words). */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const r = reference.split(' ').filter(Boolean);
  const h = hypothesis.split(' ').filter(Boolean);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] === h[j - 1] ? 0 : 1));
    prev = cur;
  }
  return r.length ? prev[h.length] / r.length : 0;
}
