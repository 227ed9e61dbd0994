import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { parseCliTime } from '../src/commands/deliveriesCommands.ts';
import { CallCov } from '@callcov/sdk';
import { runCli } from './support/runCli.ts';

describe('callcov deliveries recover and client.deliveries.recover (sqlite)', () => {
  let s: TestServer;
  let rx: TestReceiver;
  let down = true;
  before(async () => {
    s = await startTestServer('sqlite', { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.1' } });
    rx = await startReceiver((_r, res) => {
      res.statusCode = down ? 500 : 200;
      res.end();
    });
  });
  after(async () => {
    await rx.close();
    await s.stop();
  });

  test('--since accepts dates, unix seconds and ages', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    assert.equal(parseCliTime('6h', 'since', now), now / 1000 - 6 * 3600);
    assert.equal(parseCliTime('2d', 'since', now), now / 1000 - 2 * 86400);
    assert.equal(parseCliTime('1700000000', 'since', now), 1700000000);
    assert.equal(parseCliTime('2026-03-01T00:00:00Z', 'since', now), Date.parse('2026-03-01T00:00:00Z') / 1000);
    assert.throws(() => parseCliTime('yesterday-ish', 'since', now), /--since must be/);
  });

  test('failed deliveries are sent again with their webhook-id', async () => {
    const ep = (await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${rx.url}/hook` } })).body;
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: `agent_${i}` } })).body.id as string);
    await waitFor(async () => {
      const ds = await Promise.all(ids.map(async (id) => (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data[0]));
      return ds.every((d) => d?.status === 'failed');
    }, 15000, 'the deliveries to give up');
    down = false;
    const seen = rx.requests.length;
    const cli = await runCli(['deliveries', 'recover', '--since', '1h', '--endpoint', ep.id, '--agent-id', 'agent_0', '--api-key', s.key, '--base-url', s.url]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /^whr_\w+: 1 delivery queued again/);
    const sdk = new CallCov({ apiKey: s.key, baseUrl: s.url });
    const r = await sdk.deliveries.recover({ since: new Date(Date.now() - 3600_000), endpoint_id: ep.id });
    assert.equal(r.object, 'webhook_recovery');
    assert.equal(r.deliveries_queued, 1);
    await waitFor(async () => rx.requests.length >= seen + 2, 10000, 'recovered deliveries');
    const earlier = new Set(rx.requests.slice(0, seen).map((q) => q.headers['webhook-id']));
    assert.ok(rx.requests.slice(seen).every((q) => earlier.has(q.headers['webhook-id'])), 'the same webhook-ids as in the outage');
    const usage = await runCli(['deliveries', 'recover', '--since', 'soon', '--api-key', s.key, '--base-url', s.url]);
    assert.equal(usage.code, 2);
  });
});
