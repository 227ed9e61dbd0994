import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { precision, recall, scoreCases, type EvalCase } from '../../../bench/analysis-eval/scoreCases.ts';

const run = promisify(execFile);
const flip = (s: string) => (s === 'failed' ? 'passed' : 'failed');

const assertError = (res: { status: number; body: any }, status: number, type: string, param?: string) => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.type, type);
  if (param !== undefined) assert.equal(res.body.error.param, param);
};

/** A call without the recording disclosure, so that the engine fails a check. */
const undisclosed = {
  segments: [
    { speaker: 'Agent', text: 'Hello, this is Mark from Acme Energy, how can I help you today?', start: 0, end: 4 },
    { speaker: 'Customer', text: 'Hi, my bill is much higher than last month and I want to know why.', start: 4.5, end: 9 },
    { speaker: 'Agent', text: 'I understand, let me look at that for you. I see an estimated reading was used.', start: 9.5, end: 15 },
    { speaker: 'Customer', text: 'Okay, thanks, that explains it.', start: 15.5, end: 17 },
    { speaker: 'Agent', text: 'You are welcome, is there anything else? Thank you for calling, goodbye.', start: 17.5, end: 21 },
  ],
};

for (const backend of BACKENDS) {
  describe(`reviews and calibration on ${backend}`, () => {
    let s: TestServer;
    let hook: TestReceiver;
    before(async () => {
      s = await startTestServer(backend);
      hook = await startReceiver();
    });
    after(async () => {
      await hook.close();
      await s.stop();
    });

    const completed = async (transcript: object, extra: object = {}, key = s.key) => {
      const r = await s.api('/api/v1/analysis', { key, method: 'POST', json: { transcript, ...extra } });
      assert.equal(r.status, 202, r.text);
      return waitFor(async () => {
        const g = await s.api(`/api/v1/analysis/${r.body.id}`, { key });
        return g.body.status === 'completed' ? g.body : null;
      }, 15000, 'completion');
    };
    const review = (id: string, json: object, key = s.key) => s.api(`/api/v1/analysis/${id}/reviews`, { key, method: 'POST', json });

    test('a review is recorded, shown on its check, and the latest wins while the history stays', async () => {
      const a = await completed(sampleTranscript);
      assert.equal(a.results.compliance.reviewed, false, 'not reviewed yet');
      assert.ok(a.results.compliance.checks.every((c: any) => c.review === null), 'review: null on every check');
      assert.ok(a.results.quality.scorecard.every((i: any) => i.review === null), 'and on every scorecard item');
      const check = a.results.compliance.checks[0];
      const before = await s.api(`/api/v1/analysis/${a.id}`);

      const r1 = await review(a.id, { check_id: check.id, status: flip(check.status), comment: 'the engine missed it', reviewer: 'sup@acme' });
      assert.equal(r1.status, 201, r1.text);
      assert.match(r1.body.id, /^rev_[0-9a-f]{32}$/);
      assert.deepEqual(Object.keys(r1.body), ['object', 'id', 'analysis_id', 'check_id', 'machine_status', 'status', 'comment', 'reviewer', 'created']);
      assert.equal(r1.body.object, 'review');
      assert.equal(r1.body.analysis_id, a.id);
      assert.equal(r1.body.machine_status, check.status);
      assert.equal(r1.body.status, flip(check.status));
      assert.ok(Math.abs(r1.body.created - Date.now() / 1000) < 5);

      const shown = await s.api(`/api/v1/analysis/${a.id}`);
      assert.notEqual(shown.headers.get('etag'), before.headers.get('etag'), 'the ETag moves');
      const c1 = shown.body.results.compliance.checks[0];
      assert.deepEqual(c1.review, { status: flip(check.status), comment: 'the engine missed it', reviewer: 'sup@acme', created: r1.body.created });
      assert.equal(c1.status, check.status, "the machine's verdict stays beside it");
      assert.equal(shown.body.results.compliance.reviewed, true);
      assert.equal((await s.api(`/api/v1/analysis/${a.id}`, { headers: { 'if-none-match': before.headers.get('etag')! } })).status, 200);

      const r2 = await review(a.id, { check_id: check.id, status: check.status });
      assert.equal(r2.status, 201);
      assert.equal(r2.body.comment, null);
      assert.equal(r2.body.reviewer, null);
      const latest = (await s.api(`/api/v1/analysis/${a.id}`)).body.results.compliance.checks[0];
      assert.equal(latest.review.status, check.status, 'the latest review wins');
      const history = await s.api(`/api/v1/analysis/${a.id}/reviews`);
      assert.deepEqual(history.body.data.map((r: any) => r.id), [r1.body.id, r2.body.id], 'the history keeps both, oldest first');

      const item = a.results.quality.scorecard[0];
      const r3 = await review(a.id, { check_id: item.id, status: 'not_applicable', comment: 'no greeting needed on a transfer' });
      assert.equal(r3.status, 201, r3.text);
      const afterItem = (await s.api(`/api/v1/analysis/${a.id}`)).body;
      assert.equal(afterItem.results.quality.scorecard[0].review.status, 'not_applicable', 'scorecard items are reviewable too');
      assert.equal(afterItem.results.compliance.checks[0].review.status, check.status, 'earlier reviews of other checks stay');
      const listed = await s.api('/api/v1/analysis?limit=100');
      assert.deepEqual(listed.body.data.find((x: any) => x.id === a.id).results, afterItem.results, 'lists show the same');
    });

    test('concurrent reviews of one analysis all land (none overwrites another)', async () => {
      const a = await completed(sampleTranscript);
      const items = [...a.results.compliance.checks.map((c: any) => c.id), ...a.results.quality.scorecard.map((i: any) => i.id)];
      const ids = [...new Set(items)] as string[];
      const answers = await Promise.all(ids.map((checkId) => review(a.id, { check_id: checkId, status: 'not_applicable', comment: `c-${checkId}` })));
      assert.deepEqual(answers.map((r) => r.status), ids.map(() => 201));
      const after = (await s.api(`/api/v1/analysis/${a.id}`)).body.results;
      for (const c of after.compliance.checks) assert.equal(c.review?.comment, `c-${c.id}`, c.id);
      const checkIds = new Set(after.compliance.checks.map((c: any) => c.id));
      for (const i of after.quality.scorecard) assert.equal(i.review?.comment ?? null, checkIds.has(i.id) ? null : `c-${i.id}`, i.id);
      assert.equal((await s.api(`/api/v1/analysis/${a.id}/reviews`)).body.data.length, ids.length);
    });

    test('a window counts the verdicts as they stood at its end', async () => {
      const account = await s.newKey(`window-${backend}`);
      const a = await completed(sampleTranscript, {}, account.key);
      const check = a.results.compliance.checks[0];
      const first = await review(a.id, { check_id: check.id, status: check.status }, account.key);
      await new Promise((r) => setTimeout(r, 1100));
      const second = await review(a.id, { check_id: check.id, status: flip(check.status) }, account.key);
      assert.ok(second.body.created > first.body.created);
      const at = async (q: string) => (await s.api(`/api/v1/calibration${q}`, { key: account.key })).body.checks.map((c: any) => [c.check_id, c.reviewed, c.agreed]);
      assert.deepEqual(await at(''), [[check.id, 1, 0]], 'the latest review wins');
      assert.deepEqual(await at(`?until=${first.body.created}`), [[check.id, 1, 1]], 'before the correction, the confirmation stood');
      assert.deepEqual(await at(`?since=${second.body.created}`), [[check.id, 1, 0]]);
      assert.deepEqual(await at(`?since=${first.body.created}&until=${first.body.created}`), [[check.id, 1, 1]]);
    });

    test('validation, tenant isolation, deleted and unfinished analyses', async () => {
      const a = await completed(sampleTranscript);
      const checkId = a.results.compliance.checks[0].id;
      assertError(await review(a.id, { check_id: 'no_such_check', status: 'passed' }), 400, 'invalid_request_error', 'check_id');
      assertError(await review(a.id, { check_id: checkId, status: 'maybe' }), 400, 'invalid_request_error', 'status');
      assertError(await review(a.id, { status: 'passed' }), 400, 'invalid_request_error', 'check_id');
      assertError(await review(a.id, { check_id: checkId, status: 'passed', extra: 1 }), 400, 'invalid_request_error');
      const other = await s.newKey('globex-reviews');
      const live = await s.newKey('acme', 'live');
      for (const key of [other.key, live.key]) {
        assertError(await review(a.id, { check_id: checkId, status: 'passed' }, key), 404, 'not_found_error');
        assertError(await s.api(`/api/v1/analysis/${a.id}/reviews`, { key }), 404, 'not_found_error');
      }
      assertError(await review('not-a-uuid', { check_id: checkId, status: 'passed' }), 404, 'not_found_error');
      assert.equal((await review(a.id, { check_id: checkId, status: 'passed' })).status, 201);
      const cal = await s.api('/api/v1/calibration', { key: other.key });
      assert.deepEqual(cal.body, { object: 'calibration', checks: [] }, "another account's calibration sees none of it");
      const exported = await s.api('/api/v1/reviews/export', { key: other.key });
      assert.equal(exported.text, '');

      assert.equal((await s.api(`/api/v1/analysis/${a.id}`, { method: 'DELETE' })).status, 200);
      assertError(await review(a.id, { check_id: checkId, status: 'failed' }), 409, 'invalid_request_error');
      const mine = await s.api('/api/v1/reviews/export');
      assert.ok(!mine.text.includes(a.id), 'a deleted analysis is not exported');
      assert.deepEqual((await s.api(`/api/v1/analysis/${a.id}/reviews`)).body.data, [], 'its reviews went with it');
    });

    test('analysis.reviewed is delivered signed, through the normal delivery log, with the reviewed object', async () => {
      const a = await completed(sampleTranscript, { webhook_url: `${hook.url}/reviews` });
      await waitFor(async () => hook.requests.find((r) => r.body.includes(a.id) && r.headers['x-callcov-event'] === 'analysis.completed'), 10000, 'completed webhook');
      const check = a.results.compliance.checks[0];
      const r = await review(a.id, { check_id: check.id, status: flip(check.status), comment: 'wrong' });
      const req = await waitFor(async () => hook.requests.find((x) => x.headers['x-callcov-event'] === 'analysis.reviewed' && x.body.includes(a.id)), 10000, 'reviewed webhook');
      assert.equal(req.headers['webhook-id'], `msg_${r.body.id.slice(4)}`, 'each review is its own message');
      new Webhook(s.secret.slice('whsec_'.length)).verify(req.body, req.headers);
      const body = JSON.parse(req.body);
      assert.equal(body.results.compliance.reviewed, true);
      assert.equal(body.results.compliance.checks[0].review.comment, 'wrong');
      assert.equal(req.body, (await s.api(`/api/v1/analysis/${a.id}`)).text, 'byte for byte what GET returns');
      // the receiver has the request before the dispatcher records the 2xx: wait for the log to say so
      await waitFor(async () => {
        const log = (await s.api(`/api/v1/analysis/${a.id}/deliveries`)).body.data;
        return log.some((d: any) => d.event === 'analysis.reviewed' && d.status === 'succeeded' && d.attempts.length === 1);
      }, 10000, 'analysis.reviewed recorded as succeeded after one attempt');
      const resent = await s.api(`/api/v1/analysis/${a.id}/deliveries`, { method: 'POST' });
      assert.equal(resent.status, 202);
      assert.equal(resent.body.event, 'analysis.completed', '"send again" still sends the final event');

      // endpoints receive it only when subscribed
      const ep = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${hook.url}/ep`, events: ['analysis.reviewed'] } });
      assert.equal(ep.status, 201, ep.text);
      const b = await completed(sampleTranscript);
      await review(b.id, { check_id: b.results.compliance.checks[0].id, status: 'passed' });
      await waitFor(async () => hook.requests.find((x) => x.url === '/ep' && x.body.includes(b.id)), 10000, 'endpoint reviewed webhook');
      assert.ok(!hook.requests.some((x) => x.url === '/ep' && x.headers['x-callcov-event'] === 'analysis.completed'));
      await s.api(`/api/v1/webhook_endpoints/${ep.body.id}`, { method: 'DELETE' });
    });

    test('calibration per check, by window and check; the export scores the same in bench/analysis-eval', async () => {
      const account = await s.newKey(`calib-${backend}`);
      const key = account.key;
      const calls = [await completed(undisclosed, {}, key), await completed(sampleTranscript, {}, key), await completed(undisclosed, { metadata: { team: 'b' } }, key)];
      // human verdicts: agree on the first call, disagree on every check of the second, scorecard closing on the third
      const expected: Array<{ machine: string; human: string; checkId: string }> = [];
      for (const c of calls[0].results.compliance.checks) {
        assert.equal((await review(calls[0].id, { check_id: c.id, status: c.status }, key)).status, 201);
        expected.push({ checkId: c.id, machine: c.status, human: c.status });
      }
      for (const c of calls[1].results.compliance.checks) {
        await review(calls[1].id, { check_id: c.id, status: 'not_applicable' }, key); // superseded
        await review(calls[1].id, { check_id: c.id, status: flip(c.status) }, key);
        expected.push({ checkId: c.id, machine: c.status, human: flip(c.status) });
      }
      const closing = calls[2].results.quality.scorecard.find((i: any) => i.id === 'closing');
      const closingMachine = closing.status ?? (closing.score >= 1 ? 'passed' : 'failed');
      await review(calls[2].id, { check_id: 'closing', status: 'failed' }, key);
      expected.push({ checkId: 'closing', machine: closingMachine, human: 'failed' });

      const cal = await s.api('/api/v1/calibration', { key });
      assert.equal(cal.status, 200, cal.text);
      assert.equal(cal.body.object, 'calibration');
      const ids = [...new Set(expected.map((e) => e.checkId))].sort();
      assert.deepEqual(cal.body.checks.map((c: any) => c.check_id), ids);
      for (const c of cal.body.checks) {
        const mine = expected.filter((e) => e.checkId === c.check_id);
        const tp = mine.filter((e) => e.machine === 'failed' && e.human === 'failed').length;
        const fp = mine.filter((e) => e.machine === 'failed' && e.human !== 'failed').length;
        const fn = mine.filter((e) => e.machine !== 'failed' && e.human === 'failed').length;
        assert.equal(c.reviewed, mine.length, c.check_id);
        assert.equal(c.agreed, mine.filter((e) => e.machine === e.human).length);
        assert.equal(c.agreement, c.agreed / c.reviewed);
        assert.equal(c.machine_failed_human_passed, fp);
        assert.equal(c.machine_passed_human_failed, fn);
        assert.equal(c.precision, tp + fp ? tp / (tp + fp) : null);
        assert.equal(c.recall, tp + fn ? tp / (tp + fn) : null);
      }
      const one = await s.api(`/api/v1/calibration?check_id=closing`, { key });
      assert.deepEqual(one.body.checks.map((c: any) => c.check_id), ['closing']);
      const future = Math.floor(Date.now() / 1000) + 3600;
      assert.deepEqual((await s.api(`/api/v1/calibration?since=${future}`, { key })).body.checks, []);
      assert.equal((await s.api(`/api/v1/calibration?until=${future}`, { key })).body.checks.length, ids.length);
      assertError(await s.api(`/api/v1/calibration?since=${future}&until=1`, { key }), 400, 'invalid_request_error', 'since');
      assertError(await s.api(`/api/v1/calibration?since=yesterday`, { key }), 400, 'invalid_request_error', 'since');
      const dis = await s.api('/api/v1/reviews/disagreements', { key });
      assert.equal(dis.body.data.length, expected.filter((e) => e.machine !== e.human).length);
      assert.ok(dis.body.data.every((r: any) => r.status !== r.machine_status));

      const exported = await s.api('/api/v1/reviews/export', { key });
      assert.equal(exported.status, 200);
      assert.match(exported.headers.get('content-type')!, /^application\/x-ndjson/);
      const lines = exported.text.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.id).sort(), calls.map((c) => c.id).sort());
      for (const l of lines) {
        assert.deepEqual(Object.keys(l), ['id', 'language', 'policy', 'metadata', 'segments', 'expected', 'labels']);
        assert.deepEqual(l.expected, l.labels);
        assert.equal(l.language, 'en');
        assert.equal(l.policy, 'default');
      }
      assert.deepEqual(lines.find((l) => l.id === calls[2].id).metadata, { team: 'b' });
      assert.deepEqual(lines.find((l) => l.id === calls[2].id).labels, { closing: 'failed' });

      // the round trip: the bench re-runs the engine on the exported calls and finds the API's numbers
      const score = scoreCases(lines as EvalCase[]);
      for (const c of cal.body.checks) {
        const k = score.byCheck.get(`${c.check_id}/en`)!;
        assert.ok(k, c.check_id);
        assert.equal(k.fp, c.machine_failed_human_passed, c.check_id);
        assert.equal(k.fn, c.machine_passed_human_failed, c.check_id);
        const mistakes = score.mistakes.filter((m) => m.includes(`: ${c.check_id} expected`)).length;
        assert.equal(k.tp + k.fp + k.fn + k.tn - mistakes, c.agreed, `agreement of ${c.check_id}`);
        const p = precision(k);
        const r = recall(k);
        assert.equal(Number.isNaN(p) ? null : p, c.precision);
        assert.equal(Number.isNaN(r) ? null : r, c.recall);
      }
      const dir = await mkdtemp(join(tmpdir(), 'callcov-export-'));
      try {
        await writeFile(join(dir, 'cases.ndjson'), exported.text);
        const out = await run(process.execPath, ['bench/analysis-eval/run.ts', '--cases', join(dir, 'cases.ndjson')], { cwd: new URL('../../../', import.meta.url).pathname });
        assert.match(out.stdout, /cases from .*cases\.ndjson: 3 calls/);
        assert.match(out.stdout, /closing\/en/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}
