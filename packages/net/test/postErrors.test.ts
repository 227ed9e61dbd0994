/** post(): every outcome class produced for real against servers on 127.0.0.1. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createOutboundClient } from '../src/index.ts';
import type { OutboundClient, PostResult } from '../src/index.ts';
import { closedPort, startRawServer, startServer } from './testServers.ts';
import type { TestServer } from './testServers.ts';

let client: OutboundClient;
let server: TestServer;

before(async () => {
  client = createOutboundClient({ env: 'development', userAgent: 'CallCov-Webhooks/test' });
  server = await startServer((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/ok':
        res.setHeader('x-receiver', 'yes');
        res.end(`got ${body.length} bytes`);
        return;
      case '/created':
        res.statusCode = 201;
        res.end();
        return;
      case '/redirect':
        res.writeHead(302, { location: 'https://elsewhere.example.com/hook' });
        res.end('moved');
        return;
      case '/redirect-without-location':
        res.writeHead(307);
        res.end();
        return;
      case '/not-found':
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":"no such hook"}');
        return;
      case '/unavailable':
        res.writeHead(503, { 'retry-after': '120' });
        res.end('maintenance');
        return;
      case '/large':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('a'.repeat(100_000));
        return;
      case '/large-error':
        res.writeHead(500);
        res.end('e'.repeat(50_000));
        return;
      case '/utf8': // 3-byte characters straddling the cap
        res.end('€'.repeat(10));
        return;
      case '/never':
        return; // never answers
      case '/stall-body':
        res.writeHead(200, { 'content-length': '1000' });
        res.write('partial');
        return; // never finishes the body
      case '/close-mid-response':
        res.writeHead(200, { 'content-length': '1000' });
        res.write('only part of the body', () => res.socket?.destroy());
        return;
      case '/close-before-response':
        req.socket.destroy();
        return;
      default:
        res.writeHead(400);
        res.end('unknown path');
    }
  });
});
after(async () => {
  await client.close();
  await server.close();
});

const post = (path: string, extra: Partial<Parameters<OutboundClient['post']>[1]> = {}): Promise<PostResult> =>
  client.post(`${server.origin}${path}`, { body: '{"id":"an_1"}', headers: { 'Content-Type': 'application/json' }, timeoutMs: 5000, ...extra });

function failure(r: PostResult) {
  assert.equal(r.ok, false, `expected a failure, got ${JSON.stringify(r)}`);
  return r as Extract<PostResult, { ok: false }>;
}

describe('post: success', () => {
  test('2xx is ok, with status, headers, body excerpt and duration; the request carried body and headers', async () => {
    const r = await post('/ok', { headers: { 'Content-Type': 'application/json', 'X-CallCov-Event': 'analysis.completed' } });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.status, 200);
    assert.equal(r.headers['x-receiver'], 'yes');
    assert.equal(r.bodyExcerpt, 'got 13 bytes');
    assert.equal(r.bodyTruncated, false);
    assert.ok(r.durationMs > 0 && r.durationMs < 5000);
    const seen = server.requests.at(-1)!;
    assert.equal(seen.method, 'POST');
    assert.equal(seen.body.toString(), '{"id":"an_1"}');
    assert.equal(seen.headers['content-type'], 'application/json');
    assert.equal(seen.headers['x-callcov-event'], 'analysis.completed');
    assert.equal(seen.headers['user-agent'], 'CallCov-Webhooks/test');
    assert.equal(seen.headers['content-length'], '13');
  });

  test('a caller User-Agent wins; Uint8Array bodies are sent as is; 201 is ok', async () => {
    const r = await post('/created', { body: new Uint8Array([1, 2, 3]), headers: { 'user-agent': 'Custom/1' } });
    assert.equal(r.ok && r.status, 201);
    assert.equal(server.requests.at(-1)!.headers['user-agent'], 'Custom/1');
    assert.deepEqual([...server.requests.at(-1)!.body], [1, 2, 3]);
  });
});

describe('post: error classes', () => {
  test('timeout: a server that never answers', async () => {
    const r = failure(await post('/never', { timeoutMs: 300 }));
    assert.equal(r.errorClass, 'timeout');
    assert.equal(r.errorMessage, 'timed out: no complete response within 300 ms');
    assert.ok(r.durationMs >= 290 && r.durationMs < 2000, `took ${r.durationMs} ms`);
  });

  test('timeout covers the body too: headers sent, body stalls', async () => {
    const r = failure(await post('/stall-body', { timeoutMs: 300 }));
    assert.equal(r.errorClass, 'timeout');
    assert.equal(r.status, 200);
    assert.ok(r.durationMs >= 290 && r.durationMs < 2000);
  });

  test('timeout: the connect phase is bounded by connectTimeoutMs (a resolver that never answers)', async () => {
    const stuck = createOutboundClient({ env: 'development', connectTimeoutMs: 200, resolveHost: () => new Promise(() => {}) });
    try {
      const r = failure(await stuck.post('http://never-resolves.example.test/', { body: '{}', timeoutMs: 5000 }));
      assert.equal(r.errorClass, 'timeout', r.errorMessage);
      assert.match(r.errorMessage, /Connect Timeout Error/);
      // undici's connect timer uses its coarse "fast timers" (about 1 s granularity)
      assert.ok(r.durationMs >= 190 && r.durationMs < 3000, `took ${r.durationMs} ms`);
    } finally {
      await stuck.close();
    }
  });

  test('connection_refused: a closed port', async () => {
    const port = await closedPort();
    const r = failure(await client.post(`http://127.0.0.1:${port}/hook`, { body: '{}' }));
    assert.equal(r.errorClass, 'connection_refused');
    assert.equal(r.errorMessage, `connection refused by 127.0.0.1:${port}`);
  });

  test('redirect: a 3xx is a failure naming the Location, not followed', async () => {
    const before = server.requests.length;
    const r = failure(await post('/redirect'));
    assert.equal(r.errorClass, 'redirect');
    assert.equal(r.status, 302);
    assert.equal(r.errorMessage, 'HTTP 302 redirect to https://elsewhere.example.com/hook; redirects are not followed');
    assert.equal(r.bodyExcerpt, 'moved');
    assert.equal(server.requests.length, before + 1);
    const r2 = failure(await post('/redirect-without-location'));
    assert.equal(r2.errorMessage, 'HTTP 307 redirect without a Location header; redirects are not followed');
  });

  test('non_2xx: 4xx and 5xx with status and body excerpt', async () => {
    const r404 = failure(await post('/not-found'));
    assert.equal(r404.errorClass, 'non_2xx');
    assert.equal(r404.status, 404);
    assert.equal(r404.errorMessage, 'HTTP 404 Not Found');
    assert.equal(r404.bodyExcerpt, '{"error":"no such hook"}');
    const r503 = failure(await post('/unavailable'));
    assert.equal(r503.errorClass, 'non_2xx');
    assert.equal(r503.status, 503);
    assert.equal(r503.errorMessage, 'HTTP 503 Service Unavailable');
    assert.equal(r503.headers?.['retry-after'], '120');
  });

  test('connection_reset: a server that closes mid-response', async () => {
    const r = failure(await post('/close-mid-response'));
    assert.equal(r.errorClass, 'connection_reset', r.errorMessage);
    assert.equal(r.status, 200);
    assert.match(r.errorMessage, /^connection closed by the server before the response was complete/);
  });

  test('connection_reset: a server that closes before answering', async () => {
    const r = failure(await post('/close-before-response'));
    assert.equal(r.errorClass, 'connection_reset', r.errorMessage);
    assert.equal(r.status, undefined);
  });

  test('connection_reset: a raw TCP server that sends half a status line and hangs up', async () => {
    const raw = await startRawServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 20')));
    try {
      const r = failure(await client.post(`http://127.0.0.1:${raw.port}/`, { body: '{}' }));
      assert.ok(r.errorClass === 'connection_reset', `${r.errorClass}: ${r.errorMessage}`);
    } finally {
      await raw.close();
    }
  });

  test('dns: a name under .invalid never resolves', async () => {
    const r = failure(await client.post('http://webhook-receiver.invalid/hook', { body: '{}' }));
    assert.equal(r.errorClass, 'dns');
    assert.equal(r.errorMessage, 'DNS lookup failed for webhook-receiver.invalid (ENOTFOUND)');
  });

  test('tls: https:// to a plain-HTTP port', async () => {
    const r = failure(await client.post(`https://127.0.0.1:${server.port}/ok`, { body: '{}' }));
    assert.equal(r.errorClass, 'tls', r.errorMessage);
    assert.equal(r.errorMessage, 'TLS handshake failed: wrong version number (ERR_SSL_WRONG_VERSION_NUMBER)');
  });

  test('invalid_url: not a URL, another scheme, credentials', async () => {
    for (const url of ['not a url', 'ftp://example.com/x', 'file:///etc/passwd', 'http://user:secret@example.com/']) {
      const r = failure(await client.post(url, { body: '' }));
      assert.equal(r.errorClass, 'invalid_url', url);
      assert.match(r.errorMessage, /^invalid URL: /);
    }
  });
});

describe('post: body excerpt', () => {
  test('capped at 16 KB by default, reading stops there', async () => {
    const r = await post('/large');
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.bodyExcerpt.length, 16_384);
    assert.equal(r.bodyTruncated, true);
  });

  test('the cap applies to error bodies and can be changed', async () => {
    const r = failure(await post('/large-error', { maxResponseBytes: 1000 }));
    assert.equal(r.errorClass, 'non_2xx');
    assert.equal(r.bodyExcerpt, 'e'.repeat(1000));
    assert.equal(r.bodyTruncated, true);
  });

  test('a multi-byte character cut by the cap is dropped, not mangled', async () => {
    const r = await post('/utf8', { maxResponseBytes: 8 }); // '€' is 3 bytes: 2 whole characters fit
    assert.equal(r.ok && r.bodyExcerpt, '€€');
  });

  test('the client stays usable after truncated, failed and timed-out exchanges', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2 ? '/ok' : '/large')));
    assert.ok(results.every((r) => r.ok));
  });
});
