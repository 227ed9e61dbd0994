// `callcov live` end to end: the CLI (a child process) streams a synthesised recording in audio mode, or a transcript in
// segments mode, to a real CallCov (SQLite) and prints segments, alerts and the final status.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import { makeLiveAudioFixture, type LiveAudioFixture } from '../../server/test/liveAudioFixture.ts';
import { runCli } from './support/runCli.ts';

describe('callcov live (sqlite)', () => {
  let s: TestServer;
  let f: LiveAudioFixture;
  let dir: string;
  before(async () => {
    [s, f, dir] = await Promise.all([startTestServer('sqlite'), makeLiveAudioFixture(), mkdtemp(join(tmpdir(), 'callcov-live-cli-'))]);
  });
  after(async () => {
    await s.stop();
    await f.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  test('--file streams a stereo recording in audio mode (--speed 20): segments, the card-number alert, completed', async () => {
    const r = await runCli(['live', '--file', f.wavPath, '--speed', '20', '--language', 'en', '--agent-id', 'agent_cli', '--json', '--api-key', s.key, '--base-url', s.url], { timeoutMs: 120000 });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[0].type, 'started');
    const segments = lines.filter((l) => l.type === 'segment');
    assert.ok(segments.length >= 3, r.stdout);
    assert.ok(segments.some((l) => l.segment.speaker === 'Customer') && segments.some((l) => l.segment.speaker === 'Agent'));
    assert.ok(lines.some((l) => l.type === 'alert' && l.check_id === 'pci_card_data' && l.status === 'failed'), r.stdout);
    const done = lines.at(-1);
    assert.equal(done.type, 'completed');
    assert.equal(done.analysis.id, lines[0].analysis_id);
    assert.equal(done.analysis.status, 'completed');
    assert.equal(done.analysis.call.agent_id, 'agent_cli');
  });

  test('--transcript sends the segments in segments mode and prints the alerts and the summary', async () => {
    const transcript = join(dir, 'call.json');
    await writeFile(
      transcript,
      JSON.stringify({
        segments: [
          { speaker: 'Agent', text: 'Hello, my name is Ana from Harper Valley Bank, how can I help?', start: 0, end: 4 },
          { speaker: 'Customer', text: 'It is 4111 1111 1111 1111.', start: 10.5, end: 16 },
          { speaker: 'Agent', text: 'Look, this is bullshit, I already told you twice.', start: 31, end: 35 },
        ],
      }),
    );
    const r = await runCli(['live', '--transcript', transcript, '--speed', '200', '--language', 'en', '--api-key', s.key, '--base-url', s.url], { timeoutMs: 60000 });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /\[00:16\.0\] ALERT pci_card_data failed \(critical\)/);
    assert.match(r.stdout, /ALERT prohibited_language failed/);
    assert.match(r.stdout, /Analysis [0-9a-f-]{36}\s+completed/);
    assert.doesNotMatch(r.stdout, /4111/);
  });

  test('usage errors: neither --file nor --transcript, a missing file (exit 2, nothing started)', async () => {
    for (const args of [[], ['--file', join(dir, 'nope.wav')]]) {
      const r = await runCli(['live', ...args, '--api-key', s.key, '--base-url', s.url]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /started/);
    }
  });
});
