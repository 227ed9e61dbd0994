import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CallCov, verifyWebhook, signWebhook } from '@callcov/sdk';
import { sampleTranscript, startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import { runCli } from './support/runCli.ts';

describe('SDK reviews / calibration and `callcov reviews export` against a real server (sqlite)', () => {
  let s: TestServer;
  let client: CallCov;
  let api: string[];
  before(async () => {
    s = await startTestServer('sqlite');
    client = new CallCov({ apiKey: s.key, baseUrl: s.url });
    api = ['--api-key', s.key, '--base-url', s.url];
  });
  after(async () => {
    await s.stop();
  });

  test('reviews.create, calibration.get, reviews.export; the CLI prints the same NDJSON', async () => {
    const created = await client.analyses.create({ transcript: sampleTranscript as never, metadata: { team: 'cli' } });
    const a = await client.analyses.waitFor(created.id, { timeout: 15000, intervalMs: 50 });
    const check = a.results!.compliance!.checks[0]!;
    assert.equal(check.review, null);
    const human = check.status === 'failed' ? 'passed' : 'failed';
    const review = await client.reviews.create(a.id, { check_id: check.id, status: human, comment: 'checked the recording', reviewer: 'sdk' });
    assert.equal(review.object, 'review');
    assert.equal(review.machine_status, check.status);
    const again = await client.analyses.retrieve(a.id);
    assert.equal(again.results!.compliance!.reviewed, true);
    assert.equal(again.results!.compliance!.checks[0]!.review!.status, human);
    assert.deepEqual((await client.reviews.list(a.id)).data.map((r) => r.id), [review.id]);

    const cal = await client.calibration.get({ check_id: check.id });
    assert.deepEqual(cal.checks.map((c) => [c.check_id, c.reviewed, c.agreed]), [[check.id, 1, 0]]);
    assert.equal((await client.reviews.disagreements()).data[0]!.id, review.id);
    const cases = await client.reviews.export();
    assert.equal(cases.length, 1);
    assert.deepEqual(cases[0]!.labels, { [check.id]: human });
    assert.deepEqual(cases[0]!.metadata, { team: 'cli' });

    const cli = await runCli(['reviews', 'export', ...api]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.stdout, await client.reviews.exportNdjson(), '`callcov reviews export > cases.ndjson` writes the export as it is');
    const table = await runCli(['calibration', ...api]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, new RegExp(`^${check.id} +1 +0\\.0%`, 'm'));
    const recorded = await runCli(['reviews', 'create', a.id, check.id, check.status, '--comment', 'on second thought', '--json', ...api]);
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.equal(JSON.parse(recorded.stdout).status, check.status);
    const bad = await runCli(['reviews', 'create', a.id, 'no_such_check', 'passed', ...api]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /check/);
  });

  test('verifyWebhook reads the analysis.reviewed event type', async () => {
    const secret = s.secret;
    const body = JSON.stringify({ id: '00000000-0000-7000-8000-000000000000', object: 'analysis', status: 'completed' });
    const headers = await signWebhook(body, [secret], { id: 'msg_1', event: 'analysis.reviewed' });
    assert.equal((await verifyWebhook(body, headers, secret)).type, 'analysis.reviewed');
  });
});
