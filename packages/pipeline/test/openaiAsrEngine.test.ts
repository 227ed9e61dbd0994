import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { AudioPipelineError, createAsrEngine, transcribeCall } from '../src/index.ts';
import type { CallScript } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';
import { makeCalls } from './fixtures.ts';

/**
 * A small OpenAI-compatible transcription server: it reads the uploaded 16-bit WAV, finds which
 * scripted turns have speech energy in it, and answers verbose_json with those turns' words, spread
 * over each turn's time span.
 */
function transcriptionServer(script: CallScript, seen: Array<Record<string, unknown>>): Server {
  return createServer(async (req: IncomingMessage, res) => {
    const send = (status: number, body: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions') return send(404, { error: { message: 'not found' } });
    if (req.headers.authorization !== 'Bearer test-key') return send(401, { error: { message: 'bad key' } });
    const form = await new Request('http://x', { method: 'POST', headers: req.headers as Record<string, string>, body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } as RequestInit).formData();
    const file = form.get('file') as File;
    seen.push({ model: form.get('model'), response_format: form.get('response_format'), granularities: form.getAll('timestamp_granularities[]'), language: form.get('language'), type: file.type });
    const wav = Buffer.from(await file.arrayBuffer());
    const rate = wav.readUInt32LE(24);
    const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.length - ((wav.length - 44) % 2)));
    const rms = (a: number, b: number) => {
      let s = 0; let n = 0;
      for (let i = Math.floor(a * rate); i < Math.min(samples.length, b * rate); i++) { s += samples[i] * samples[i]; n++; }
      return n ? Math.sqrt(s / n) : 0;
    };
    const words: Array<{ word: string; start: number; end: number }> = [];
    const levels = script.turns.map((t) => rms(t.start, t.end));
    const loudest = Math.max(...levels);
    for (const [k, t] of script.turns.entries()) {
      if (levels[k] < 0.2 * loudest) continue; // the other channel's turn (lossy stereo codecs leak a little)
      const ws = t.text.split(/\s+/);
      const per = (t.end - t.start) / ws.length;
      ws.forEach((w, i) => words.push({ word: w, start: +(t.start + i * per).toFixed(3), end: +(t.start + (i + 0.9) * per).toFixed(3) }));
    }
    send(200, { task: 'transcribe', language: 'english', duration: samples.length / rate, text: words.map((w) => w.word).join(' '), words, segments: [{ id: 0, start: 0, end: samples.length / rate, avg_logprob: -0.1, text: '' }] });
  });
}

describe('openai engine against a local OpenAI-compatible HTTP server', () => {
  let script: CallScript;
  let cleanup = async () => {};
  let server: Server;
  let url = '';
  const seen: Array<Record<string, unknown>> = [];
  before(async () => {
    ({ script, cleanup } = await makeCalls('billing-question', ['opus']));
    server = transcriptionServer(script, seen);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await cleanup();
  });

  test('stereo OGG/Opus call: both channels sent (verbose_json, word granularity) and labelled by channel', async () => {
    const engine = createAsrEngine({ engine: 'openai', url, apiKey: 'test-key', model: 'whisper-1' });
    const r = await transcribeCall({ filePath: script.files['opus'], language: 'en', engine });
    assert.equal(seen.length, 2);
    for (const s of seen) assert.deepEqual(s, { model: 'whisper-1', response_format: 'verbose_json', granularities: ['word', 'segment'], language: 'en', type: 'audio/wav' });
    assert.equal(r.language, 'en');
    assert.equal(r.engine, 'openai');
    assert.deepEqual(r.segments.map((s) => [s.speaker, s.text]), script.turns.map((t) => [t.speaker, t.text]));
    for (const [i, s] of r.segments.entries()) assert.ok(Math.abs(s.start - script.turns[i].start) <= 0.5);
    assert.ok(r.segments.every((s) => Math.abs(s.confidence - Math.exp(-0.1)) < 0.01));
  });

  test('wrong API key: asr_unavailable with the server\'s status', async () => {
    const engine = createAsrEngine({ engine: 'openai', url, apiKey: 'wrong', model: 'whisper-1' });
    await assert.rejects(transcribeCall({ filePath: script.files['opus'], language: 'auto', engine }), (e: unknown) => e instanceof AudioPipelineError && e.code === 'asr_unavailable' && /HTTP 401/.test(e.message));
  });

  test('no server listening: asr_unavailable', async () => {
    const engine = createAsrEngine({ engine: 'openai', url: 'http://127.0.0.1:1/v1', model: 'whisper-1' });
    await assert.rejects(transcribeCall({ filePath: script.files['opus'], language: 'en', engine }), { code: 'asr_unavailable' });
  });
});
