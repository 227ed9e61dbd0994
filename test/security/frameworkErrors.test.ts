// Every error answer is the documented error object (DESIGN.md §1.2), also those Fastify and Node's HTTP parser
// produce before any route runs: a badly percent-encoded URL, a path segment over the length limit, a request line or
// headers too large, a malformed request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startTestServer, type TestServer } from '../support/testServer.ts';

/** Sends raw bytes and returns the status and the parsed JSON body of the answer. */
function rawRequest(url: string, bytes: string): Promise<{ status: number; body: any }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(u.port), u.hostname, () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', (err) => (text ? undefined : reject(err)));
    socket.on('close', () => {
      const [head, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]);
      let body: unknown = null;
      try {
        body = JSON.parse(rest.join('\r\n\r\n'));
      } catch {
        body = rest.join('');
      }
      resolve({ status, body });
    });
    setTimeout(() => socket.end(), 500).unref();
  });
}

const assertErrorObject = (r: { status: number; body: any }, status: number, code: string) => {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.deepEqual(Object.keys(r.body), ['error'], JSON.stringify(r.body));
  assert.equal(r.body.error.type, 'invalid_request_error');
  assert.equal(r.body.error.code, code);
  assert.equal(typeof r.body.error.message, 'string');
};

describe('framework-level errors use the documented error object', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.stop());

  test('a badly percent-encoded URL is 400 invalid_url', async () => {
    for (const path of ['/api/v1/analysis/%E0%A4%A', '/view/%zz']) {
      const res = await fetch(`${s.url}${path}`, { headers: { 'x-api-key': s.key } });
      assertErrorObject({ status: res.status, body: await res.json() }, 400, 'invalid_url');
    }
  });

  test('a path segment over the length limit is 414 uri_too_long', async () => {
    const res = await fetch(`${s.url}/view/${'a'.repeat(300)}`);
    assertErrorObject({ status: res.status, body: await res.json() }, 414, 'uri_too_long');
  });

  test('a request line or headers over the size limit is 431 headers_too_large', async () => {
    const r = await rawRequest(s.url, `GET /api/v1/analysis?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    assertErrorObject(r, 431, 'headers_too_large');
  });

  test('a malformed HTTP request is 400 malformed_request', async () => {
    const r = await rawRequest(s.url, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    assertErrorObject(r, 400, 'malformed_request');
  });
});
