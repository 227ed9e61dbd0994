import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { buildApp } from '@callcov/server';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';

const ID_RE = /^req_[0-9a-f]{32}$/;

/** Raw HTTP, for requests fetch refuses to send (bad percent-encoding, oversized headers). */
function rawRequest(url: string, request: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('error', reject);
    socket.on('close', () => resolve(out));
  });
}

describe('Request-Id on every response (DESIGN.md §1.2)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(async () => {
    await s.stop();
  });

  test('success and error answers carry a fresh id; error bodies repeat it', async () => {
    const list = await s.api('/api/v1/analysis');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('request-id') ?? '', ID_RE);
    const again = await s.api('/api/v1/analysis');
    assert.notEqual(again.headers.get('request-id'), list.headers.get('request-id'));

    for (const [path, key, status] of [['/api/v1/analysis', null, 401], ['/api/v1/analysis/nope', undefined, 404], ['/api/v1/nowhere', undefined, 404]] as const) {
      const res = await s.api(path, { key });
      assert.equal(res.status, status, path);
      const id = res.headers.get('request-id');
      assert.match(id ?? '', ID_RE, path);
      assert.equal(res.body.error.request_id, id, path);
    }
    const invalid = await s.api('/api/v1/analysis', { method: 'POST', json: { audio_url: 'not a url' } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.request_id, invalid.headers.get('request-id'));
    for (const path of ['/healthz', '/api/v1/openapi.json', '/view/abc', '/']) {
      assert.match((await fetch(s.url + path)).headers.get('request-id') ?? '', ID_RE, path);
    }
  });

  test("a valid X-Request-Id is the request's id; an invalid one is replaced", async () => {
    const mine = await s.api('/api/v1/analysis/nope', { headers: { 'X-Request-Id': 'trace-42.abc:7' } });
    assert.equal(mine.headers.get('request-id'), 'trace-42.abc:7');
    assert.equal(mine.body.error.request_id, 'trace-42.abc:7');
    for (const bad of ['has space', 'x'.repeat(129), '"quoted"', '-leading']) {
      const res = await s.api('/api/v1/analysis', { headers: { 'X-Request-Id': bad } });
      assert.match(res.headers.get('request-id') ?? '', ID_RE, bad);
    }
  });

  test('framework and HTTP-parser errors carry one too', async () => {
    const badUrl = await rawRequest(s.url, 'GET /api/v1/analysis/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.match(badUrl, /^HTTP\/1\.1 400/);
    const id = /\r\nrequest-id: (\S+)\r\n/i.exec(badUrl)?.[1];
    assert.match(id ?? '', ID_RE);
    assert.ok(badUrl.includes(`"request_id":"${id}"`));
    const huge = await rawRequest(s.url, `GET /api/v1/analysis HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
    assert.match(huge, /^HTTP\/1\.1 431/);
    const hugeId = /\r\nRequest-Id: (\S+)\r\n/.exec(huge)?.[1];
    assert.match(hugeId ?? '', ID_RE);
    assert.ok(huge.includes(`"request_id":"${hugeId}"`));
  });

  test('the event stream (a hijacked reply) carries it', async () => {
    const ac = new AbortController();
    const res = await fetch(`${s.url}/api/v1/events/stream`, { headers: { 'x-api-key': s.key }, signal: ac.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('request-id') ?? '', ID_RE);
    ac.abort();
  });

  test('log lines of a request carry the same id as request_id', async () => {
    const lines: any[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l));
        done();
      },
    });
    const app = await buildApp(s.running.ctx, { logger: { level: 'info', stream } });
    try {
      const res = await app.inject({ url: '/api/v1/analysis', headers: { 'x-request-id': 'from-client-1' } });
      assert.equal(res.headers['request-id'], 'from-client-1');
      const own = lines.filter((l) => l.request_id === 'from-client-1');
      assert.ok(own.length >= 2, JSON.stringify(lines));
      assert.ok(own.some((l) => l.msg === 'request completed'));
    } finally {
      await app.close();
    }
  });
});
