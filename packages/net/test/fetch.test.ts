/** fetch(): WHATWG fetch over the policy-enforcing dispatcher, with a bounded, checked redirect chain. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createOutboundClient, classifyOutboundError } from '../src/index.ts';
import type { OutboundClient } from '../src/index.ts';
import { startServer } from './testServers.ts';
import type { TestServer } from './testServers.ts';

let server: TestServer;
let client: OutboundClient;

before(async () => {
  server = await startServer((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = Number(url.searchParams.get('hops') ?? 0);
    switch (url.pathname) {
      case '/audio.wav':
        res.writeHead(200, { 'content-type': 'audio/wav' });
        res.end(Buffer.from('RIFF....WAVE'));
        return;
      case '/chain': // /chain?hops=n redirects n times, then lands on /audio.wav
        res.writeHead(302, { location: hops > 1 ? `/chain?hops=${hops - 1}` : '/audio.wav' });
        res.end();
        return;
      case '/see-other':
        res.writeHead(303, { location: '/echo' });
        res.end();
        return;
      case '/temporary':
        res.writeHead(307, { location: '/echo' });
        res.end();
        return;
      case '/echo':
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: req.method, body: body.toString(), authorization: req.headers.authorization ?? null, ua: req.headers['user-agent'] }));
        return;
      case '/to': // cross-origin redirect: same server, other host spelling
        res.writeHead(302, { location: url.searchParams.get('url') ?? '/' });
        res.end();
        return;
      case '/slow':
        setTimeout(() => res.end('late'), 2000).unref();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  client = createOutboundClient({ env: 'development', maxRedirects: 3, userAgent: 'CallCov-Audio/test' });
});
after(async () => {
  await client.close();
  await server.close();
});

describe('fetch', () => {
  test('is a WHATWG fetch: Response, headers, body, default User-Agent', async () => {
    const r = await client.fetch(`${server.origin}/audio.wav`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'audio/wav');
    assert.equal(Buffer.from(await r.arrayBuffer()).toString(), 'RIFF....WAVE');
    assert.equal(server.requests.at(-1)!.headers['user-agent'], 'CallCov-Audio/test');
  });

  test('follows up to maxRedirects hops and reports the final URL', async () => {
    const r = await client.fetch(`${server.origin}/chain?hops=3`);
    assert.equal(r.status, 200);
    assert.equal(r.url, `${server.origin}/audio.wav`);
    await r.body?.cancel();
  });

  test('one hop more than maxRedirects fails with the redirect class', async () => {
    await assert.rejects(client.fetch(`${server.origin}/chain?hops=4`), (err: unknown) => {
      const c = classifyOutboundError(err);
      assert.equal(c.errorClass, 'redirect');
      assert.equal(c.errorMessage, 'more than 3 redirects (last to /audio.wav)');
      return true;
    });
  });

  test("redirect: 'manual' returns the 3xx (what webhook callers use); 'error' rejects", async () => {
    const r = await client.fetch(`${server.origin}/chain?hops=1`, { redirect: 'manual' });
    assert.equal(r.status, 302);
    assert.equal(r.headers.get('location'), '/audio.wav');
    await assert.rejects(client.fetch(`${server.origin}/chain?hops=1`, { redirect: 'error' }), TypeError);
  });

  test('303 turns a POST into a GET without body; 307 resends method and body', async () => {
    const r303 = await client.fetch(`${server.origin}/see-other`, { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } });
    assert.deepEqual(await r303.json(), { method: 'GET', body: '', authorization: null, ua: 'CallCov-Audio/test' });
    const r307 = await client.fetch(`${server.origin}/temporary`, { method: 'POST', body: 'payload' });
    assert.deepEqual(await r307.json(), { method: 'POST', body: 'payload', authorization: null, ua: 'CallCov-Audio/test' });
  });

  test('Authorization is dropped on a cross-origin redirect and kept on a same-origin one', async () => {
    const other = `http://localhost:${server.port}/echo`; // same server, different origin
    const cross = await client.fetch(`${server.origin}/to?url=${encodeURIComponent(other)}`, { headers: { authorization: 'Bearer s3cret' } });
    assert.equal(((await cross.json()) as { authorization: unknown }).authorization, null);
    const same = await client.fetch(`${server.origin}/to?url=/echo`, { headers: { authorization: 'Bearer s3cret' } });
    assert.equal(((await same.json()) as { authorization: unknown }).authorization, 'Bearer s3cret');
  });

  test('a redirect to another scheme is not followed', async () => {
    await assert.rejects(client.fetch(`${server.origin}/to?url=${encodeURIComponent('file:///etc/passwd')}`), (err: unknown) => {
      const c = classifyOutboundError(err);
      assert.equal(c.errorClass, 'redirect');
      assert.match(c.errorMessage, /redirect to a file URL is not followed/);
      return true;
    });
  });

  test("the caller's AbortSignal bounds the exchange and classifies as timeout", async () => {
    await assert.rejects(client.fetch(`${server.origin}/slow`, { signal: AbortSignal.timeout(200) }), (err: unknown) => {
      assert.equal(classifyOutboundError(err).errorClass, 'timeout');
      return true;
    });
  });

  test('DNS failures surface as the dns class', async () => {
    await assert.rejects(client.fetch('http://audio-host.invalid/a.wav'), (err: unknown) => {
      assert.equal(classifyOutboundError(err).errorClass, 'dns');
      return true;
    });
  });
});

describe('fetch: injection', () => {
  test('is assignable to typeof globalThis.fetch and accepts a global Request', async () => {
    const injected: typeof globalThis.fetch = client.fetch;
    const r = await injected(new globalThis.Request(`${server.origin}/temporary`, { method: 'POST', body: 'from a global Request' }));
    assert.deepEqual(await r.json(), { method: 'POST', body: 'from a global Request', authorization: null, ua: 'CallCov-Audio/test' });
    const r2 = await injected(new URL(`${server.origin}/audio.wav`));
    assert.equal(r2.status, 200);
    await r2.body?.cancel();
  });
});
