import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { runCli } from './support/runCli.ts';

const execFileAsync = promisify(execFile);

describe('callcov analyze / webhooks / deliveries against a real server (sqlite)', () => {
  let s: TestServer;
  let dir: string;
  let receiver: TestReceiver;
  let api: string[];
  before(async () => {
    s = await startTestServer('sqlite');
    receiver = await startReceiver();
    dir = mkdtempSync(join(tmpdir(), 'callcov-cli-'));
    api = ['--api-key', s.key, '--base-url', s.url];
  });
  after(async () => {
    await receiver.close();
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('analyze --transcript file.json --wait --json prints the completed analysis', async () => {
    const file = join(dir, 'call.json');
    writeFileSync(file, JSON.stringify(sampleTranscript));
    const r = await runCli(['analyze', '--transcript', file, '--agent-id', 'agent_cli', '--wait', '--json', ...api]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.status, 'completed');
    assert.equal(a.call.agent_id, 'agent_cli');
    assert.equal(a.transcript.segments.length, sampleTranscript.segments.length);
  });

  test('analyze --wait without --json prints a readable summary', async () => {
    const file = join(dir, 'call2.json');
    writeFileSync(file, JSON.stringify(sampleTranscript.segments));
    const r = await runCli(['analyze', '--transcript', file, '--wait', ...api]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Analysis [0-9a-f-]{36} {2}completed/m);
    assert.match(r.stdout, /talk time: agent \d/);
  });

  test('analyze <file> uploads the recording (no progress bar off a TTY)', async () => {
    const wav = join(dir, 'tone.wav');
    await execFileAsync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-ar', '8000', wav]);
    const r = await runCli(['analyze', wav, '--json', ...api]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.ok(['queued', 'processing'].includes(a.status));
    assert.doesNotMatch(r.stderr, /uploading/);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await runCli(['analyze', ...api])).code, 2);
    assert.equal((await runCli(['analyze', '--transcript', 'x.json', 'y.wav', ...api])).code, 2);
    assert.equal((await runCli(['analyze', join(dir, 'missing.wav'), ...api])).code, 2);
  });

  test('webhooks verify checks a saved real delivery from stdin; deliveries list and resend', async () => {
    const created = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${receiver.url}/hook` } });
    const id = created.body.id as string;
    const req = await waitFor(async () => receiver.requests.find((r) => r.body.includes(id)), 15000, 'delivery');
    const http = `POST /hook HTTP/1.1\r\n${Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${req.body}`;
    const ok = await runCli(['webhooks', 'verify', '--secret', s.secret, '--json'], { input: http });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.equal(JSON.parse(ok.stdout).analysis_id, id);
    const bad = await runCli(['webhooks', 'verify', '--secret', s.secret], { input: http.replace('"completed"', '"failed"') });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /invalid: signature_mismatch/);

    const list = await runCli(['deliveries', 'list', id, '--json', ...api]);
    assert.equal(list.code, 0, list.stderr);
    assert.equal(JSON.parse(list.stdout).data[0].status, 'succeeded');
    const resend = await runCli(['deliveries', 'resend', id, ...api]);
    assert.equal(resend.code, 0, resend.stderr);
    assert.match(resend.stdout, /^queued dlv_/);
    await waitFor(async () => receiver.requests.filter((r) => r.body.includes(id)).length >= 2, 15000, 'resent delivery');
    const secret = await runCli(['webhooks', 'secret', ...api]);
    assert.equal(secret.stdout.trim(), s.secret);
  });
});
