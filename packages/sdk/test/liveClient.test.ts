// client.live.connect (DESIGN.md §1.8) over a real WebSocket against a real CallCov (SQLite).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import { CallCov, CallCovConnectionError, CallCovInvalidRequestError, LiveCall, type LiveAlert, type LiveServerMessage } from '../src/node.ts';

const CALL = [
  { speaker: 'Agent', text: 'Hello, my name is Ana from Harper Valley Bank, how can I help?', start: 0, end: 4 },
  { speaker: 'Customer', text: 'I want to pay my bill by card.', start: 4.5, end: 7 },
  { speaker: 'Customer', text: 'It is 4111 1111 1111 1111.', start: 10.5, end: 16 },
  { speaker: 'Agent', text: 'Thanks. Look, this is bullshit, I already told you twice.', start: 31, end: 35 },
] as const;

describe('SDK live calls against a real CallCov server (sqlite)', () => {
  let s: TestServer;
  let client: CallCov;
  before(async () => {
    s = await startTestServer('sqlite');
    client = new CallCov({ apiKey: s.key, baseUrl: `${s.url}/api/v1` });
  });
  after(async () => {
    await s.stop();
  });

  test('segments mode: connect, send, alerts through on() and the async iterator, stop() resolves with the analysis', async () => {
    const call = await client.live.connect({ agent_id: 'agent_sdk', language: 'en', metadata: { from: 'sdk' } });
    assert.ok(call instanceof LiveCall);
    assert.match(call.analysisId, /^[0-9a-f-]{36}$/);
    const alerts: LiveAlert[] = [];
    call.on('alert', (a) => alerts.push(a));
    call.on('alert', () => {
      throw new Error('a throwing listener breaks nothing');
    });
    const iterated: LiveServerMessage[] = [];
    const iterating = (async () => {
      for await (const m of call) iterated.push(m);
    })();
    for (const seg of CALL) call.send(seg);
    const analysis = await call.stop();
    await iterating;
    assert.equal(analysis.id, call.analysisId);
    assert.equal(analysis.status, 'completed');
    assert.equal(analysis.call.agent_id, 'agent_sdk');
    assert.equal(analysis.transcript?.segments.length, CALL.length);
    assert.deepEqual(alerts.map((a) => `${a.check_id}:${a.status}`).sort(), ['pci_card_data:failed', 'prohibited_language:failed', 'recording_disclosure:at_risk']);
    assert.deepEqual(iterated.filter((m) => m.type === 'alert'), alerts, 'the iterator yields the same alerts, in order');
    assert.equal(iterated.at(-1)?.type, 'completed');
    assert.equal((await call.closed).code, 1000);
  });

  test('audio mode: sendMedia frames (silence) and stop(): a completed analysis with no segments', async () => {
    const call = await client.live.connect({ language: 'en', audio: { encoding: 'mulaw', sample_rate: 8000 } });
    const silence = new Uint8Array(160).fill(0xff);
    for (let i = 0; i < 100; i++) {
      call.sendMedia('agent', silence);
      call.sendMedia('customer', silence.buffer);
    }
    const analysis = await call.stop();
    assert.equal(analysis.status, 'completed');
    assert.equal(analysis.transcript?.segments.length, 0);
  });

  test('errors: a bad key never connects; a server error rejects connect() or stop() with a typed error', async () => {
    const bad = new CallCov({ apiKey: 'sk_test_' + 'x'.repeat(32), baseUrl: s.url });
    await assert.rejects(bad.live.connect({}), CallCovConnectionError);
    await assert.rejects(client.live.connect({ policy_id: 'no_such_policy' }), (err: unknown) => err instanceof CallCovInvalidRequestError && typeof err.code === 'string');
    const call = await client.live.connect({});
    const errors: unknown[] = [];
    call.on('error', (e) => errors.push(e));
    call.send({ speaker: 'Agent', text: 'later', start: 5, end: 6 });
    call.send({ speaker: 'Agent', text: 'earlier', start: 1, end: 2 });
    await assert.rejects(call.stop(), (err: unknown) => err instanceof CallCovInvalidRequestError && err.code === 'segment_out_of_order');
    assert.equal(errors.length, 1);
  });
});
