import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { probeAudio } from '../src/index.ts';
import { dialogueFromHarperValley, type CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
const harper = join(root, '..', 'shared', 'corpus', 'harper-valley');

test('scripts/make-test-calls writes each format and the placed script JSON', async () => {
  const out = await mkdtemp(join(tmpdir(), 'callcov-mtc-'));
  try {
    const dialogue = join(out, 'd.json');
    await writeFile(dialogue, JSON.stringify({ id: 'tiny', language: 'es', voices: { Agent: 'espeak:es', Customer: 'flite:kal16' }, turns: [
      { speaker: 'Agent', start: 0.3, text: 'Hola, gracias por llamar.' }, { speaker: 'Customer', start: 0.5, text: 'Hello.' } ] }));
    const { stdout } = await exec(join(root, 'scripts', 'make-test-calls'), ['--out', out, '--dialogue', dialogue, '--formats', 'wav-alaw-8k,m4a,mp3-mono']);
    assert.match(stdout, /tiny: .* 2 turns, 3 files/);
    assert.deepEqual((await readdir(out)).sort(), ['d.json', 'tiny.m4a.m4a', 'tiny.mp3-mono.mp3', 'tiny.script.json', 'tiny.wav-alaw-8k.wav']);
    const script = JSON.parse(await readFile(join(out, 'tiny.script.json'), 'utf8')) as CallScript;
    assert.equal(script.turns[0].start, 0.3);
    assert.ok(script.turns[1].start === 0.5, 'different speakers may overlap');
    assert.equal(script.reference_text, 'hola gracias por llamar hello');
    const alaw = await probeAudio(join(out, 'tiny.wav-alaw-8k.wav'));
    assert.deepEqual([alaw.codec, alaw.channels, alaw.sample_rate], ['pcm_alaw', 2, 8000]);
    assert.ok(Math.abs((alaw.duration_seconds ?? 0) - script.duration_seconds) < 0.1);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('Harper Valley transcripts become dialogues with their real start times and words', async (t) => {
  const files = await readdir(join(harper, 'transcript')).catch(() => null);
  if (!files) return t.skip(`SKIPPED: Harper Valley corpus not found at ${harper}`);
  const d = await dialogueFromHarperValley(join(harper, 'transcript', files.sort()[0]));
  const raw = JSON.parse(await readFile(join(harper, 'transcript', files.sort()[0]), 'utf8')) as Array<{ start_ms: number; human_transcript: string; speaker_role: string }>;
  const first = raw.sort((a, b) => a.start_ms - b.start_ms).find((s) => s.human_transcript.trim())!;
  assert.equal(d.turns[0].start, first.start_ms / 1000);
  assert.equal(d.turns[0].text, first.human_transcript.trim());
  assert.equal(d.turns[0].speaker, first.speaker_role === 'agent' ? 'Agent' : 'Customer');
  assert.match(d.voices.Agent, /^flite:/);
});
