// /api/v1/live in audio mode and /api/v1/live/twilio (DESIGN.md §1.8), over a real WebSocket against the real server
// with the real recogniser (pocketsphinx) on a call synthesised by flite and encoded µ-law 8 kHz by ffmpeg.
// The recognition runs on the first backend; the other backends get the error cases (cheap). PCM16 16 kHz frames are
// recognised in the CLI's test (callcov live --file sends them).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFeatures, liveRoutes, makeLiveRoutes, LIVE_CLOSE } from '@callcov/server';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { frames, makeLiveAudioFixture, type LiveAudioFixture } from './liveAudioFixture.ts';
import { connectLive, type LiveClient } from './liveTestClient.ts';

/** Both tracks, frame by frame, interleaved as a telephone would send them. */
function sendCall(c: LiveClient, f: LiveAudioFixture, media: (track: 'agent' | 'customer', payload: string) => unknown): void {
  const a = frames(f.agent);
  const b = frames(f.customer);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]) c.send(media('agent', a[i]!.toString('base64')));
    if (b[i]) c.send(media('customer', b[i]!.toString('base64')));
  }
}

/** The checks every recognised call passes: segments in call order from both tracks, the card-number alert, completion. */
async function expectRecognisedCall(c: LiveClient, analysisId: string): Promise<any> {
  const alert = await c.next('alert', 60000);
  assert.equal(alert.check_id, 'pci_card_data', JSON.stringify(alert));
  assert.equal(alert.status, 'failed');
  assert.ok(alert.at > 13 && alert.at < 21, `the alert is at the card number's turn in call time (${alert.at})`);
  c.send({ event: 'stop' });
  const completed = await c.next('completed', 60000);
  assert.equal((await c.closed).code, 1000);
  const segments = c.messages.filter((m) => m.type === 'segment').map((m) => m.segment);
  assert.ok(segments.length >= 4, JSON.stringify(segments));
  assert.deepEqual(new Set(segments.map((s: any) => s.speaker)), new Set(['Agent', 'Customer']));
  for (let i = 1; i < segments.length; i++) assert.ok(segments[i].start >= segments[i - 1].start, 'segments come in call order');
  assert.ok(segments.some((s: any) => s.speaker === 'Agent' && /card number/i.test(s.text)), JSON.stringify(segments));
  // segments are sent before the alerts they trigger
  const firstAlert = c.messages.findIndex((m) => m.type === 'alert');
  assert.ok(c.messages.slice(0, firstAlert).some((m) => m.type === 'segment' && m.segment.end === alert.at));
  const analysis = completed.analysis;
  assert.equal(analysis.id, analysisId);
  assert.equal(analysis.status, 'completed');
  assert.equal(analysis.transcript.segments.length, segments.length, 'the stored transcript is the recognised segments');
  return { analysis, segments };
}

for (const backend of BACKENDS) {
  const full = backend === BACKENDS[0];
  // the recognising tests run once (on the first backend): recognition does not depend on the database, and the
  // storage side of live calls is covered on both backends by the error tests below and by liveApi.test.ts
  const onlyOnce = full ? false : `recognition is tested once, on ${BACKENDS[0]} (the same recogniser; this backend runs the error tests)`;
  describe(`live calls (audio mode, Twilio) on ${backend}`, () => {
    let s: TestServer;
    let f: LiveAudioFixture | undefined;
    before(async () => {
      if (full) f = await makeLiveAudioFixture();
      s = await startTestServer(backend, {
        features: (config) => {
          const feat = defaultFeatures(config);
          const publicRoutes = (feat.app?.publicRoutes ?? []).filter((r) => r !== liveRoutes);
          feat.app = { ...feat.app, publicRoutes: [...publicRoutes, makeLiveRoutes({ dropGraceMs: 300 })] };
          return feat;
        },
      });
    });
    after(async () => {
      await s?.stop();
      await f?.cleanup();
    });
    const liveUrl = () => `${s.url}/api/v1/live`;

    test('audio mode, µ-law 8 kHz: segments as turns are recognised (card number redacted), the card-number alert, and the final analysis of those segments', { skip: onlyOnce }, async () => {
      const c = connectLive(liveUrl(), { 'x-api-key': s.key });
      c.send({ event: 'start', language: 'en', agent_id: 'agent_1', audio: { encoding: 'mulaw', sample_rate: 8000 } });
      const started = await c.next('started');
      sendCall(c, f!, (track, payload) => ({ event: 'media', track, payload }));
      const { analysis, segments } = await expectRecognisedCall(c, started.analysis_id);
      // the stored transcript is what the messages said (both redacted), and the final verdict agrees with the alert
      assert.deepEqual(analysis.transcript.segments.map((x: any) => [x.speaker, x.text, x.start, x.end]), segments.map((x: any) => [x.speaker, x.text, x.start, x.end]));
      assert.ok(segments.some((x: any) => x.speaker === 'Customer' && x.text.includes('[CARD_NUMBER]')), 'the segment message carries the card number redacted');
      assert.doesNotMatch(JSON.stringify(c.messages), /four two four two four two/i, 'no message carries the card number');
      const pci = analysis.results.compliance.checks.find((x: any) => x.id === 'pci_card_data');
      assert.equal(pci.status, 'failed');
      assert.doesNotMatch(JSON.stringify(analysis.transcript), /four two four two four two/i, 'the card number is redacted in the stored transcript');
    });

    test('Twilio Media Streams: connected, start with mediaFormat and customParameters (the API key too), media inbound/outbound, stop', { skip: onlyOnce }, async () => {
      const c = connectLive(`${liveUrl()}/twilio`);
      c.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
      c.send({
        event: 'start',
        sequenceNumber: '1',
        streamSid: 'MZ123',
        start: {
          streamSid: 'MZ123',
          accountSid: 'AC123',
          callSid: 'CA123',
          tracks: ['inbound', 'outbound'],
          mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
          customParameters: { api_key: s.key, agent_id: 'agent_tw', contact_id: 'cust_tw', language: 'en' },
        },
      });
      const started = await c.next('started');
      let seq = 2;
      let chunk = 1;
      sendCall(c, f!, (track, payload) => ({ event: 'media', sequenceNumber: String(seq++), streamSid: 'MZ123', media: { track: track === 'agent' ? 'outbound' : 'inbound', chunk: String(chunk++), timestamp: '0', payload } }));
      const { analysis } = await expectRecognisedCall(c, started.analysis_id);
      assert.deepEqual(analysis.call, { agent_id: 'agent_tw', contact_id: 'cust_tw' });
      assert.deepEqual(analysis.metadata?.twilio ?? (await s.api(`/api/v1/analysis/${started.analysis_id}`)).body.metadata?.twilio, { call_sid: 'CA123', stream_sid: 'MZ123', account_sid: 'AC123' });
    });

    test('audio mode: a call dropped before `stop` is finalised with what was received (its last turn recognised too)', { skip: onlyOnce }, async () => {
      const c = connectLive(liveUrl(), { 'x-api-key': s.key });
      c.send({ event: 'start', language: 'en', audio: { encoding: 'mulaw', sample_rate: 8000 } });
      const started = await c.next('started');
      // the first 12.5 s: the greeting, the customer's request and the agent's "go ahead with the card number"
      const n = (12.5 * 1000) / 20;
      const a = frames(f!.agent).slice(0, n);
      const b = frames(f!.customer).slice(0, n);
      for (let i = 0; i < n; i++) {
        c.send({ event: 'media', track: 'agent', payload: a[i]!.toString('base64') });
        c.send({ event: 'media', track: 'customer', payload: b[i]!.toString('base64') });
      }
      c.send({ event: 'ping-to-know-all-was-read' }); // an unknown event: the server answers it (and closes) after the frames
      await c.next('error');
      await c.closed;
      const done = await waitFor(async () => {
        const g = await s.api(`/api/v1/analysis/${started.analysis_id}`);
        return g.body.status === 'completed' ? g.body : null;
      }, 60000, 'the dropped call to be finalised');
      const texts = done.transcript.segments.map((x: any) => `${x.speaker}: ${x.text}`);
      assert.ok(done.transcript.segments.length >= 3, JSON.stringify(texts));
      assert.ok(texts.some((t: string) => /^Agent: .*card number/i.test(t)), JSON.stringify(texts));
    });

    test('Twilio: a missing or bad key closes with 4401 before `started`; another mediaFormat is refused', async () => {
      const twilioStart = (params: Record<string, string>, mediaFormat: unknown = { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 }) => ({
        event: 'start',
        start: { streamSid: 'MZ1', callSid: 'CA1', mediaFormat, customParameters: params },
      });
      for (const params of [{}, { api_key: 'sk_test_' + 'x'.repeat(32) }] as Array<Record<string, string>>) {
        const c = connectLive(`${liveUrl()}/twilio`);
        c.send({ event: 'connected' });
        c.send(twilioStart(params));
        const err = await c.next('error');
        assert.equal(err.error.type, 'authentication_error');
        assert.equal((await c.closed).code, LIVE_CLOSE.unauthenticated);
        assert.ok(!c.messages.some((m) => m.type === 'started'));
      }
      const res = await fetch(`${liveUrl()}/twilio?api_key=nope`);
      assert.equal(res.status, 401);
      const c = connectLive(`${liveUrl()}/twilio`);
      c.send(twilioStart({ api_key: s.key }, { encoding: 'audio/l16', sampleRate: 16000, channels: 1 }));
      assert.equal((await c.next('error')).error.code, 'unsupported_media_format');
      assert.equal((await c.closed).code, LIVE_CLOSE.invalidMessage);
      const m = connectLive(`${liveUrl()}/twilio?api_key=${encodeURIComponent(s.key)}`);
      m.send({ event: 'media', media: { track: 'inbound', payload: 'AAAA' } });
      assert.equal((await m.next('error')).error.code, 'not_started');
      assert.equal((await m.closed).code, LIVE_CLOSE.outOfOrder);
    });

    test('audio-mode errors: a clear error message, then a close code', async () => {
      const audioStart = { event: 'start', audio: { encoding: 'mulaw', sample_rate: 8000 } };
      const cases: Array<{ send: unknown[]; code: number; error: string }> = [
        { send: [{ event: 'media', track: 'agent', payload: 'AAAA' }], code: LIVE_CLOSE.outOfOrder, error: 'not_started' },
        { send: [audioStart, { event: 'media', track: 'bot', payload: 'AAAA' }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_track' },
        { send: [audioStart, { event: 'media', track: 'agent', payload: 'not base64!' }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_base64' },
        { send: [audioStart, { event: 'media', track: 'agent', payload: Buffer.alloc(9000).toString('base64') }], code: LIVE_CLOSE.tooLarge, error: 'frame_too_large' },
        { send: [{ event: 'start', audio: { encoding: 'pcm16', sample_rate: 16000 } }, { event: 'media', track: 'agent', payload: Buffer.alloc(3).toString('base64') }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_frame' },
        { send: [audioStart, { event: 'segment', speaker: 'Agent', text: 'hi', start: 0, end: 1 }], code: LIVE_CLOSE.invalidMessage, error: 'audio_mode' },
        { send: [{ event: 'start' }, { event: 'media', track: 'agent', payload: 'AAAA' }], code: LIVE_CLOSE.invalidMessage, error: 'segments_mode' },
        { send: [{ event: 'start', audio: { encoding: 'opus', sample_rate: 8000 } }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_field' },
        { send: [{ event: 'start', audio: { encoding: 'mulaw', sample_rate: 44100 } }], code: LIVE_CLOSE.invalidMessage, error: 'invalid_field' },
      ];
      for (const k of cases) {
        const c = connectLive(liveUrl(), { 'x-api-key': s.key });
        for (const m of k.send) c.send(m);
        const err = await c.next('error');
        const closed = await c.closed;
        assert.equal(closed.code, k.code, JSON.stringify({ k: k.error, err }));
        assert.equal(err.error.code, k.error, JSON.stringify(err));
        assert.ok(err.error.message.length > 10);
      }
    });
  });
}
