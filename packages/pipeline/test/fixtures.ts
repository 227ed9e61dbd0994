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

export { wordErrorRate } from '../src/wordErrorRate.ts';
