import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy } from 'proxy';
import { createOutboundClient } from '@callcov/net';
import { defaultFeatures } from '@callcov/server';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

/** A real forward proxy (the `proxy` package) on 127.0.0.1 that wants `user:pass`; it records every CONNECT target. */
async function startForwardProxy() {
  const connects: string[] = [];
  const server = createProxy(createHttpServer());
  server.authenticate = (req) => req.headers['proxy-authorization'] === `Basic ${Buffer.from('user:p@ss').toString('base64')}`;
  server.prependListener('connect', (req) => connects.push(req.url ?? ''));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://user:${encodeURIComponent('p@ss')}@127.0.0.1:${port}`,
    connects,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

const deliveryOf = (s: TestServer, id: string) =>
  waitFor(async () => {
    const d = (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data[0];
    return d && d.attempts.length > 0 ? d : null;
  }, 10000, 'an attempt');
const submit = async (s: TestServer, webhookUrl: string) => (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: webhookUrl } })).body.id as string;

for (const backend of BACKENDS) {
  describe(`HTTP_PROXY / NO_PROXY with a real forward proxy on ${backend}`, () => {
    let proxy: Awaited<ReturnType<typeof startForwardProxy>>;
    let rx: TestReceiver;
    before(async () => {
      proxy = await startForwardProxy();
      rx = await startReceiver();
    });
    after(async () => {
      await rx.close();
      await proxy.close();
    });

    test('deliveries tunnel through the proxy (with its credentials) to the checked address; NO_PROXY hosts go direct', async () => {
      const s = await startTestServer(backend, { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,.internal.example', CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' } });
      try {
        const id = await submit(s, `${rx.url}/via-proxy`);
        const d = await deliveryOf(s, id);
        assert.equal(d.status, 'succeeded', JSON.stringify(d.attempts));
        assert.deepEqual(proxy.connects, [`127.0.0.1:${rx.port}`], 'one tunnel, to the address');
        assert.equal(rx.requests.at(-1)!.url, '/via-proxy');
        const direct = await submit(s, `http://localhost:${rx.port}/direct`);
        const dd = await deliveryOf(s, direct);
        assert.equal(dd.status, 'succeeded', JSON.stringify(dd.attempts));
        assert.equal(proxy.connects.length, 1, 'NO_PROXY: no tunnel for localhost');
      } finally {
        await s.stop();
      }
    });

    test('the outbound rules are checked on the destination, not the proxy: a refused address never reaches the proxy', async () => {
      const s = await startTestServer(backend, {
        env: { CALLCOV_ENV: 'production', CALLCOV_ENCRYPTION_KEY: 'ef'.repeat(32), CALLCOV_ALLOW_NETWORKS: '127.0.0.1/32', HTTP_PROXY: proxy.url, CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' },
      });
      try {
        const before = proxy.connects.length;
        const blocked = await deliveryOf(s, await submit(s, `http://127.0.0.2:${rx.port}/blocked`));
        assert.equal(blocked.attempts[0].error_class, 'blocked_address');
        assert.match(blocked.attempts[0].error_message, /127\.0\.0\.2.*loopback.*not allowed in production/);
        assert.equal(proxy.connects.length, before, 'the proxy was never asked');
        const allowed = await deliveryOf(s, await submit(s, `${rx.url}/allowed`));
        assert.equal(allowed.status, 'succeeded', JSON.stringify(allowed.attempts));
        assert.equal(proxy.connects.length, before + 1);
      } finally {
        await s.stop();
      }
    });

    test('a proxy that refuses the tunnel (wrong credentials) fails the attempt with a clear message', async () => {
      const s = await startTestServer(backend, { env: { HTTP_PROXY: proxy.url.replace('user:', 'intruder:'), CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' } });
      try {
        const d = await deliveryOf(s, await submit(s, `${rx.url}/nope`));
        assert.equal(d.attempts[0].succeeded, false);
        assert.match(d.attempts[0].error_message, /refused the tunnel.*407/);
      } finally {
        await s.stop();
      }
    });
  });
}

describe('HTTPS through HTTPS_PROXY, with an mTLS client certificate per endpoint (certificates made by openssl)', () => {
  let dir: string;
  const pem: Record<string, string> = {};
  let proxy: Awaited<ReturnType<typeof startForwardProxy>>;
  let https: Server;
  let httpsPort = 0;
  const seen: Array<{ url: string; clientCn: string | null }> = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callcov-mtls-'));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=CallCov Test CA');
    const leaf = (name: string, cn: string, ext: string) => {
      writeFileSync(join(dir, `${name}.ext`), ext);
      ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
      ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
    };
    leaf('server', 'receiver', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
    leaf('client', 'callcov-dispatcher', 'extendedKeyUsage=clientAuth\n');
    for (const f of ['ca.pem', 'server.pem', 'server.key', 'client.pem', 'client.key']) pem[f] = readFileSync(join(dir, f), 'utf8');
    proxy = await startForwardProxy();
    https = createHttpsServer({ key: pem['server.key'], cert: pem['server.pem'], ca: pem['ca.pem'], requestCert: true, rejectUnauthorized: true }, (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      seen.push({ url: req.url ?? '', clientCn: (peer?.subject?.CN as string | undefined) ?? null });
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
    httpsPort = (https.address() as AddressInfo).port;
  });
  after(async () => {
    https.closeAllConnections();
    await new Promise((r) => https.close(r));
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the endpoint with a certificate is delivered to through the tunnel; one without is refused by the receiver', async () => {
    // the receiver's certificate is from a private CA: the delivery client trusts it (the seam a test needs)
    const s = await startTestServer('sqlite', {
      env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' },
      features: (config) =>
        defaultFeatures(config, { deliveryClient: createOutboundClient({ env: 'development', ca: pem['ca.pem'], proxy: { httpsProxy: proxy.url, httpProxy: '', noProxy: '' } }) }),
    });
    try {
      const withCert = (await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `https://127.0.0.1:${httpsPort}/mtls`, client_certificate: { cert: pem['client.pem'], key: pem['client.key'] } } })).body;
      assert.equal(withCert.client_certificate.key, '****', 'the key is shown masked');
      assert.match(withCert.client_certificate.cert, /BEGIN CERTIFICATE/);
      const bad = await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `https://127.0.0.1:${httpsPort}/x`, client_certificate: { cert: 'nope', key: 'nope' } } });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.param, 'client_certificate');
      const id = (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id;
      const d = await deliveryOf(s, id);
      assert.equal(d.status, 'succeeded', JSON.stringify(d.attempts));
      assert.deepEqual(seen, [{ url: '/mtls', clientCn: 'callcov-dispatcher' }]);
      assert.ok(proxy.connects.includes(`127.0.0.1:${httpsPort}`), 'through the proxy');
      // the same receiver without the client certificate: the TLS handshake is refused
      await s.api(`/api/v1/webhook_endpoints/${withCert.id}`, { method: 'PATCH', json: { client_certificate: null } });
      const id2 = (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id;
      const d2 = await deliveryOf(s, id2);
      assert.equal(d2.attempts[0].succeeded, false);
      assert.equal(seen.length, 1, 'no request without a certificate');
    } finally {
      await s.stop();
    }
  });

  test('mTLS without a proxy: the certificate is presented on a direct connection too', async () => {
    const s = await startTestServer('sqlite', {
      env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '60' },
      features: (config) => defaultFeatures(config, { deliveryClient: createOutboundClient({ env: 'development', ca: pem['ca.pem'] }) }),
    });
    try {
      const connects = proxy.connects.length;
      await s.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `https://127.0.0.1:${httpsPort}/direct`, client_certificate: { cert: pem['client.pem'], key: pem['client.key'] } } });
      const id = (await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id;
      const d = await deliveryOf(s, id);
      assert.equal(d.status, 'succeeded', JSON.stringify(d.attempts));
      assert.deepEqual(seen.at(-1), { url: '/direct', clientCn: 'callcov-dispatcher' });
      assert.equal(proxy.connects.length, connects);
    } finally {
      await s.stop();
    }
  });
});
