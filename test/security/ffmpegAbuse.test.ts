// Security: a recording can never make ffmpeg/ffprobe open anything but itself. Each trick (an HLS playlist, an
// ffconcat script, a concat:/subfile: protocol reference, file: and http: URLs) is hidden behind an ID3 tag and after
// the magic bytes of every container we accept, and fed to the pipeline directly, through an upload and through an
// audio_url. The http: references point at a canary server on 127.0.0.1 that must never be asked for anything; the
// local references point at a real recording that must never be probed or decoded in place of the upload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeChannels, isAudioPipelineError, probeAudio, sniffContent } from '@callcov/pipeline';
import { startReceiver, type TestReceiver } from '../support/testReceiver.ts';
import { startTestServer, waitFor, type TestServer } from '../support/testServer.ts';

const run = promisify(execFile);

/** An ID3v2.4 tag of `size` bytes of zero padding. */
const id3 = (size = 0) => Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]), Buffer.alloc(size)]);

/** What may precede the trick: the magic bytes of every container the sniff accepts. */
const PREFIXES: Record<string, Buffer> = {
  'id3': id3(),
  'id3 with padding': id3(64),
  'two id3 tags': Buffer.concat([id3(), id3(16)]),
  'wav': Buffer.concat([Buffer.from('RIFF'), Buffer.from([0xff, 0xff, 0, 0]), Buffer.from('WAVE')]),
  'flac': Buffer.from('fLaC'),
  'ogg': Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2])]),
  'm4a': Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypM4A '), Buffer.alloc(8)]),
  'webm': Buffer.from([0x1a, 0x45, 0xdf, 0xa3]),
};

function tricks(secret: string, canary: string): Record<string, string> {
  const hls = (target: string) => `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n${target}\n#EXT-X-ENDLIST\n`;
  return {
    'hls -> absolute path': hls(secret),
    'hls -> file: url': hls(`file:${secret}`),
    'hls -> http: url': hls(`${canary}/hls-segment.mp3`),
    'hls -> concat: protocol': hls(`concat:${secret}|${secret}`),
    'ffconcat -> absolute path': `ffconcat version 1.0\nfile '${secret}'\n`,
    'ffconcat -> http: url': `ffconcat version 1.0\nfile '${canary}/ffconcat-segment.mp3'\n`,
    'hls -> subfile: protocol': `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nsubfile,,start,0,end,0,,:${secret}\n#EXT-X-ENDLIST\n`,
  };
}

const isRefusal = (err: unknown) => isAudioPipelineError(err) && (err.code === 'not_audio' || err.code === 'corrupt_audio' || err.code === 'unsupported_codec');

describe('ffmpeg abuse: playlists, concat scripts and protocol references never open another file', () => {
  let dir = '';
  let secret = '';
  let canary: TestReceiver;
  const files: Array<[string, string]> = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'callcov-ffmpeg-abuse-'));
    secret = join(dir, 'someone-elses-call.mp3');
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=7', '-ar', '16000', '-ac', '1', secret]);
    canary = await startReceiver();
    for (const [prefix, head] of Object.entries(PREFIXES)) {
      for (const [trick, body] of Object.entries(tricks(secret, canary.url))) {
        const path = join(dir, `${prefix}-${trick}.bin`.replace(/[^a-z0-9.-]+/gi, '_'));
        await writeFile(path, Buffer.concat([head, Buffer.from(body)]));
        files.push([`${prefix} + ${trick}`, path]);
      }
    }
  });
  after(async () => {
    await canary.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the sniff refuses an ID3 tag followed by text', () => {
    for (const body of Object.values(tricks('/etc/passwd', 'http://127.0.0.1:9'))) {
      for (const head of [PREFIXES['id3']!, PREFIXES['id3 with padding']!, PREFIXES['two id3 tags']!]) {
        const s = sniffContent(Buffer.concat([head, Buffer.from(body)]));
        assert.equal(s.kind, 'not_audio', `${JSON.stringify(body.slice(0, 20))}: ${JSON.stringify(s)}`);
        assert.match((s as { detected: string }).detected, /after an ID3 tag$/);
      }
    }
    // a real mp3 behind an ID3 tag, and a FLAC behind one, are still audio
    assert.deepEqual(sniffContent(Buffer.concat([id3(), Buffer.from([0xff, 0xfb, 0x90, 0x64])])), { kind: 'audio', format: 'mp3' });
    assert.deepEqual(sniffContent(Buffer.concat([id3(8), Buffer.from('fLaC'), Buffer.alloc(4)])), { kind: 'audio', format: 'flac' });
  });

  test('probeAudio and decodeChannels refuse every crafted file and never reach the referenced file or URL', async () => {
    const secretInfo = await probeAudio(secret);
    assert.ok(secretInfo.duration_seconds && secretInfo.duration_seconds > 6, 'the secret recording itself is valid audio');
    for (const [name, path] of files) {
      await assert.rejects(probeAudio(path), isRefusal, `probe: ${name}`);
      const work = await mkdtemp(join(dir, 'work-'));
      try {
        await assert.rejects(decodeChannels(path, { sourceChannels: [0], downmix: true, tempDir: work, maxDurationSeconds: 60 }), isRefusal, `decode: ${name}`);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
    assert.deepEqual(canary.requests.map((r) => r.url), [], 'ffmpeg made no HTTP request');
  });

  describe('through the API (upload and audio_url)', () => {
    let s: TestServer;
    let host: Server;
    let hostUrl = '';
    before(async () => {
      s = await startTestServer('sqlite', { env: { CALLCOV_WORKER_CONCURRENCY: '4' } });
      host = createServer(async (req, res) => {
        const hit = files.find(([, p]) => p.endsWith(decodeURIComponent((req.url ?? '').slice(1))));
        if (!hit) return res.writeHead(404).end();
        res.setHeader('content-type', 'audio/mpeg');
        res.end(await readFile(hit[1]));
      });
      await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    });
    after(async () => {
      host.close();
      await s.stop();
    });

    test('every crafted file fails its analysis as not audio / corrupt, with no transcript and no outbound request', async () => {
      const submitted: Array<[string, string]> = [];
      for (const [name, path] of files) {
        const form = new FormData();
        form.set('audio', new Blob([await readFile(path)]), 'call.mp3');
        const up = await s.api('/api/v1/analysis', { method: 'POST', body: form });
        assert.equal(up.status, 202, up.text);
        submitted.push([`upload ${name}`, up.body.id]);
        const byUrl = await s.api('/api/v1/analysis', { method: 'POST', json: { audio_url: `${hostUrl}/${path.split('/').pop()}` } });
        assert.equal(byUrl.status, 202, byUrl.text);
        submitted.push([`audio_url ${name}`, byUrl.body.id]);
      }
      for (const [name, id] of submitted) {
        const a = await waitFor(async () => {
          const g = (await s.api(`/api/v1/analysis/${id}`)).body;
          return g.status === 'completed' || g.status === 'failed' ? g : null;
        }, 60000, name);
        assert.equal(a.status, 'failed', `${name}: ${JSON.stringify(a.audio)}`);
        assert.ok(['not_audio', 'corrupt_audio', 'unsupported_codec'].includes(a.error_code), `${name}: ${a.error_code} ${a.error_message}`);
        // behind an ID3 tag the text is refused before ffmpeg ever sees the file
        if (name.includes(' id3')) assert.match(a.error_message, /^file is not audio \(.* after an ID3 tag\)$/, name);
        assert.equal(a.transcript, null, name);
        assert.ok(a.audio?.duration_seconds == null, `${name}: the referenced recording was probed (${JSON.stringify(a.audio)})`);
      }
      assert.deepEqual(canary.requests.map((r) => r.url), [], 'ffmpeg made no HTTP request');
    });
  });
});
