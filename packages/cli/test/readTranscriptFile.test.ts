import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTranscriptFile } from '../src/commands/analyzeCommand.ts';

test('callcov analyze --transcript reads {segments}, a bare array, or a whole request body (examples/transcript-request.json)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'callcov-cli-tr-'));
  const seg = { speaker: 'Agent', text: 'hello', start: 0, end: 1 };
  try {
    const files: Array<[string, unknown]> = [
      ['a.json', { segments: [seg], language: 'en' }],
      ['b.json', [seg]],
      ['c.json', { agent_id: 'x', transcript: { segments: [seg] } }],
    ];
    for (const [name, content] of files) {
      await writeFile(join(dir, name), JSON.stringify(content));
      assert.deepEqual((await readTranscriptFile(join(dir, name))).segments, [seg], name);
    }
    const example = await readTranscriptFile(new URL('../../../examples/transcript-request.json', import.meta.url).pathname);
    assert.equal(example.segments.length, 7);
    await writeFile(join(dir, 'd.json'), JSON.stringify({ nope: 1 }));
    await assert.rejects(readTranscriptFile(join(dir, 'd.json')), /expected/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
