import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisExportRow, csvLine } from '@callcov/services';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { runCli } from '../../cli/test/support/runCli.ts';

test('csvLine quotes, doubles quotes and defuses spreadsheet formulas', () => {
  assert.equal(csvLine(['a', 1, null, true, 'x,y', 'say "hi"', '=SUM(A1)', 'line\nbreak']), `a,1,,true,"x,y","say ""hi""",'=SUM(A1),"line\nbreak"\r\n`);
  const row = analysisExportRow({ id: 'x', status: 'failed', created: 0, completed_at: null, call: { agent_id: 'a', contact_id: null }, transcript: null, audio: null, results: null, error_code: 'e', livemode: false });
  assert.equal(row.created, '1970-01-01T00:00:00.000Z');
  assert.equal(row.failed_checks, '');
});

describe('GET /api/v1/analysis/export (sqlite)', () => {
  let s: TestServer;
  const ids: string[] = [];
  before(async () => {
    s = await startTestServer('sqlite');
    for (const agent of ['agent_a', 'agent_b', 'agent_a']) {
      ids.push((await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: agent, contact_id: 'c,1' } })).body.id);
    }
    await waitFor(async () => ((await s.api('/api/v1/analysis?status=completed')).body.data.length === 3 ? true : null), 30000, 'completed');
  });
  after(async () => {
    await s.stop();
  });

  test('CSV: a header and one row per analysis, newest first, with the list filters', async () => {
    const res = await s.api('/api/v1/analysis/export');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="callcov-analyses-\d{4}-\d\d-\d\d\.csv"/);
    const lines = res.text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,status,created,completed_at,agent_id,contact_id,language,duration_seconds,compliance_status,compliance_score,quality_score,failed_checks,error_code,livemode');
    assert.equal(lines.length, 4);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), [...ids].reverse());
    assert.ok(lines[1]!.includes(',"c,1",'), lines[1]);
    const filtered = await s.api('/api/v1/analysis/export?agent_id=agent_b');
    assert.equal(filtered.text.trimEnd().split('\r\n').length, 2);
    assert.equal((await s.api('/api/v1/analysis/export?created_gte=10&created_lte=5')).status, 400);
  });

  test('NDJSON rows match the analyses; other accounts see none; the CLI prints the same', async () => {
    const res = await s.api('/api/v1/analysis/export?format=ndjson');
    assert.equal(res.headers.get('content-type'), 'application/x-ndjson');
    const rows = res.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    const a = (await s.api(`/api/v1/analysis/${ids[0]}`)).body;
    const row = rows.find((r) => r.id === ids[0]);
    assert.equal(row.compliance_score, a.results.compliance.score);
    assert.equal(row.quality_score, a.results.quality.score);
    assert.equal(row.failed_checks, a.results.compliance.checks.filter((c: { status: string }) => c.status === 'failed').map((c: { id: string }) => c.id).join(';'));
    assert.equal(row.completed_at, new Date(a.completed_at * 1000).toISOString());
    const other = await s.newKey('other');
    assert.equal((await s.api('/api/v1/analysis/export?format=ndjson', { key: other.key })).text, '');
    const cli = await runCli(['analyses', 'export', '--format', 'ndjson', '--api-key', s.key, '--base-url', s.url]);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.stdout, res.text);
  });
});
