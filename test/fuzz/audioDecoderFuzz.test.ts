import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeChannels, isAudioPipelineError, probeAudio } from '@callcov/pipeline';

/** Mutated recordings through the real probe + decoder (ffprobe/ffmpeg): a typed error or a result, never a crash or hang. */
describe('fuzz: the audio decoder with mutated files', () => {
  let dir = '';
  const originals: Record<string, Buffer> = {};
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'callcov-fuzz-audio-'));
    const make = (name: string, args: string[]) => {
      const out = join(dir, name);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', '-ac', '2', ...args, out]);
      return out;
    };
    for (const [name, args] of [
      ['a.wav', ['-ar', '8000', '-c:a', 'pcm_mulaw']],
      ['a.mp3', ['-ar', '16000', '-c:a', 'libmp3lame']],
      ['a.flac', ['-ar', '16000', '-c:a', 'flac']],
      ['a.ogg', ['-ar', '48000', '-c:a', 'libopus']],
    ] as const) {
      originals[name] = await readFile(make(name, [...args]));
    }
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('random byte flips, truncations and insertions', async () => {
    let ok = 0;
    let typed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(originals)),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.option(fc.nat(), { nil: null }),
        fc.uint8Array({ maxLength: 64 }),
        async (name, flips, cut, insert) => {
          const src = Buffer.from(originals[name]!);
          for (const [pos, val] of flips) src[pos % src.length] = val;
          let bytes = cut === null ? src : src.subarray(0, cut % src.length);
          if (insert.length) bytes = Buffer.concat([bytes.subarray(0, 20), Buffer.from(insert), bytes.subarray(20)]);
          const path = join(dir, `m-${name}`);
          await writeFile(path, bytes);
          const work = await mkdtemp(join(dir, 'work-'));
          try {
            const info = await probeAudio(path, { maxDurationSeconds: 60 });
            const decoded = await decodeChannels(path, { sourceChannels: info.channels > 1 ? [0, 1] : [0], tempDir: work, maxDurationSeconds: 60 });
            assert.ok(decoded);
            ok++;
          } catch (err) {
            assert.ok(isAudioPipelineError(err), `${name}: untyped error ${(err as Error)?.stack ?? err}`);
            typed++;
          } finally {
            await rm(work, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 60, interruptAfterTimeLimit: 60000 },
    );
    console.log(`# mutated recordings: ${ok} decoded, ${typed} refused with a typed error, 0 crashes`);
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('work-')), [], 'no temporary files left');
  });
});
