import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AudioPipelineError, fetchAudioToFile } from '../src/index.ts';
import { makeCalls } from './fixtures.ts';

const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));

describe('fetchAudioToFile against a local HTTP server', () => {
  let mp3: Buffer;
  let server: Server;
  let base = '';
  let dir = '';
  let cleanup = async () => {};
  before(async () => {
    const calls = await makeCalls('card-replacement', ['mp3']);
    cleanup = calls.cleanup;
    mp3 = await readFile(calls.script.files['mp3']);
    dir = await mkdtemp(join(tmpdir(), 'callcov-fetch-'));
    server = createServer((req, res) => {
      if (req.url === '/call.mp3') { res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': mp3.length }); res.end(mp3); }
      else if (req.url === '/chunked.mp3') { res.writeHead(200, { 'content-type': 'audio/mpeg' }); res.write(mp3.subarray(0, 1000)); res.end(mp3.subarray(1000)); }
      else if (req.url === '/page.wav') { res.writeHead(200, { 'content-type': 'audio/wav' }); res.end('<!doctype html><html><body>Login required</body></html>'); }
      else if (req.url === '/stall.mp3') { res.writeHead(200, { 'content-type': 'audio/mpeg' }); res.write(mp3.subarray(0, 2000)); /* never ends */ }
      else if (req.url === '/redirect') { res.writeHead(302, { location: '/call.mp3' }); res.end(); }
      else { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); }
    });
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
    await cleanup();
  });

  const gone = async (p: string) => assert.rejects(access(p), 'partial file removed');
  const expectCode = (code: string, message?: RegExp) => (err: unknown) => {
    assert.ok(err instanceof AudioPipelineError, String(err));
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  };

  test('streams an MP3 to disk and sniffs it as mp3 (Content-Type ignored)', async () => {
    const dest = join(dir, 'a.mp3');
    const r = await fetchAudioToFile(`${base}/call.mp3`, dest, { fetch });
    assert.equal(r.format, 'mp3');
    assert.equal(r.bytes, mp3.length);
    assert.deepEqual(await readFile(dest), mp3);
  });

  test('follows the client\'s redirect policy and handles chunked bodies', async () => {
    const r = await fetchAudioToFile(`${base}/redirect`, join(dir, 'b.mp3'), { fetch });
    assert.equal(r.bytes, mp3.length);
    const c = await fetchAudioToFile(`${base}/chunked.mp3`, join(dir, 'c.mp3'), { fetch });
    assert.equal(c.bytes, mp3.length);
  });

  test('HTTP 404 is audio_fetch_failed "audio_url returned HTTP 404"', async () => {
    const dest = join(dir, 'd.mp3');
    await assert.rejects(fetchAudioToFile(`${base}/missing.mp3`, dest, { fetch }), expectCode('audio_fetch_failed', /^audio_url returned HTTP 404$/));
    await gone(dest);
  });

  test('HTML served as audio/wav is not_audio (detected text/html)', async () => {
    const dest = join(dir, 'e.wav');
    await assert.rejects(fetchAudioToFile(`${base}/page.wav`, dest, { fetch }), expectCode('not_audio', /detected text\/html/));
    await gone(dest);
  });

  test('connection refused is audio_fetch_failed', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((r) => closed.close(r));
    await assert.rejects(fetchAudioToFile(`http://127.0.0.1:${port}/x.mp3`, join(dir, 'f.mp3'), { fetch }), expectCode('audio_fetch_failed', /ECONNREFUSED/));
  });

  test('over maxBytes is audio_too_large, by Content-Length and while streaming', async () => {
    await assert.rejects(fetchAudioToFile(`${base}/call.mp3`, join(dir, 'g.mp3'), { fetch, maxBytes: 5000 }), expectCode('audio_too_large'));
    const dest = join(dir, 'h.mp3');
    await assert.rejects(fetchAudioToFile(`${base}/chunked.mp3`, dest, { fetch, maxBytes: 5000 }), expectCode('audio_too_large'));
    await gone(dest);
  });

  test('a server that stalls hits the time cap: audio_fetch_failed', async () => {
    const dest = join(dir, 'i.mp3');
    await assert.rejects(fetchAudioToFile(`${base}/stall.mp3`, dest, { fetch, timeoutMs: 300 }), expectCode('audio_fetch_failed', /within/));
    await gone(dest);
  });
});
