/**
 * SSRF suite: every address form below points at (or would point at) a real receiver on loopback, and production mode
 * must refuse it at connect time with a clear message, before a single byte reaches the receiver.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createOutboundClient, classifyOutboundError, BlockedAddressError } from '../src/index.ts';
import type { OutboundClient, ResolveHost } from '../src/index.ts';
import { startServer } from './testServers.ts';
import type { TestServer } from './testServers.ts';

let receiver: TestServer;
let receiver2: TestServer; // on 127.0.0.2: the private target of redirects
let redirector: TestServer;

before(async () => {
  receiver = await startServer((_req, res) => res.end('reached'));
  receiver2 = await startServer((_req, res) => res.end('private target reached'), '127.0.0.2');
  redirector = await startServer((req, res) => {
    res.statusCode = 302;
    res.setHeader('location', decodeURIComponent((req.url ?? '/').replace(/^\/to\//, '')));
    res.end();
  });
});
after(async () => {
  await Promise.all([receiver.close(), receiver2.close(), redirector.close()]);
});

/** Names a test resolver knows, as an attacker-controlled DNS zone would answer them. */
const fakeDns: Record<string, string[]> = {
  'internal.example.test': ['10.1.2.3'],
  'metadata.example.test': ['169.254.169.254'],
  'mixed.example.test': ['93.184.216.34', '192.168.1.1'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'v6-loopback.example.test': ['::1'],
};
const fakeResolveHost: ResolveHost = async (hostname) => {
  const answer = fakeDns[hostname];
  if (answer === undefined) {
    const { resolveWithSystemResolver } = await import('../src/index.ts');
    return resolveWithSystemResolver(hostname);
  }
  return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('SSRF: production refuses non-public destinations at connect time', () => {
  let client: OutboundClient;
  before(() => {
    client = createOutboundClient({ env: 'production', resolveHost: fakeResolveHost });
  });
  after(() => client.close());

  const forms = (): Array<[string, string, RegExp]> => {
    const p = receiver.port;
    return [
      ['127.0.0.1', `http://127.0.0.1:${p}/hook`, /resolves to 127\.0\.0\.1 \(loopback\)/],
      ['0.0.0.0', `http://0.0.0.0:${p}/hook`, /resolves to 0\.0\.0\.0 \(unspecified address\)/],
      ['[::1]', `http://[::1]:${p}/hook`, /resolves to ::1 \(loopback\)/],
      ['[::ffff:127.0.0.1]', `http://[::ffff:127.0.0.1]:${p}/hook`, /resolves to ::ffff:7f00:1 \(IPv4-mapped 127\.0\.0\.1, loopback\)/],
      ['169.254.169.254 (metadata)', `http://169.254.169.254/latest/meta-data/`, /169\.254\.169\.254 \(link-local: cloud metadata service\)/],
      ['10.0.0.1', `http://10.0.0.1:${p}/`, /10\.0\.0\.1 \(private network\)/],
      ['172.16.0.1', `http://172.16.0.1:${p}/`, /172\.16\.0\.1 \(private network\)/],
      ['192.168.1.1', `http://192.168.1.1:${p}/`, /192\.168\.1\.1 \(private network\)/],
      ['100.64.0.1 (CGNAT)', `http://100.64.0.1:${p}/`, /100\.64\.0\.1 \(carrier-grade NAT\)/],
      ['decimal 2130706433', `http://2130706433:${p}/`, /127\.0\.0\.1 \(loopback\)/],
      ['octal 0177.0.0.1', `http://0177.0.0.1:${p}/`, /127\.0\.0\.1 \(loopback\)/],
      ['hex 0x7f000001', `http://0x7f000001:${p}/`, /127\.0\.0\.1 \(loopback\)/],
      ['hex dotted 0x7f.1', `http://0x7f.1:${p}/`, /127\.0\.0\.1 \(loopback\)/],
      ['short 127.1', `http://127.1:${p}/`, /127\.0\.0\.1 \(loopback\)/],
      ['localhost (system resolver → loopback)', `http://localhost:${p}/`, /host localhost resolves to 127\.0\.0\.1 \(loopback\)/],
      ['name resolving to 10.1.2.3', `http://internal.example.test:${p}/`, /host internal\.example\.test resolves to 10\.1\.2\.3 \(private network\)/],
      ['name resolving to the metadata address', `http://metadata.example.test/`, /metadata\.example\.test resolves to 169\.254\.169\.254/],
      ['name resolving to public + private (every address is checked)', `http://mixed.example.test:${p}/`, /resolves to 192\.168\.1\.1 \(private network\) \(it also resolves to 93\.184\.216\.34\)/],
      ['name resolving to ::ffff:127.0.0.1', `http://mapped.example.test:${p}/`, /IPv4-mapped 127\.0\.0\.1, loopback/],
      ['name resolving to ::1', `http://v6-loopback.example.test:${p}/`, /resolves to ::1 \(loopback\)/],
      ['NAT64 [64:ff9b::7f00:1]', `http://[64:ff9b::7f00:1]:${p}/`, /NAT64 127\.0\.0\.1, loopback/],
      ['6to4 [2002:7f00:1::1]', `http://[2002:7f00:1::1]:${p}/`, /6to4 127\.0\.0\.1, loopback/],
      ['unique local [fd00::1]', `http://[fd00::1]:${p}/`, /fd00::1 \(private network\)/],
      ['broadcast 255.255.255.255', `http://255.255.255.255:${p}/`, /\(broadcast\)/],
      ['multicast 224.0.0.1', `http://224.0.0.1:${p}/`, /\(multicast\)/],
      ['https to 127.0.0.1', `https://127.0.0.1:${p}/`, /127\.0\.0\.1 \(loopback\)/],
    ];
  };

  test('at least 15 address forms are refused via post(), with the reason, the mode and the setting in the message', async () => {
    const list = forms();
    assert.ok(list.length >= 15);
    const before = receiver.requests.length;
    for (const [name, url, expected] of list) {
      const r = await client.post(url, { body: '{}', headers: { 'content-type': 'application/json' }, timeoutMs: 5000, urlLabel: 'webhook_url' });
      assert.equal(r.ok, false, name);
      if (r.ok) continue;
      assert.equal(r.errorClass, 'blocked_address', `${name}: ${r.errorMessage}`);
      assert.match(r.errorMessage, expected, name);
      assert.match(r.errorMessage, /^webhook_url /, name);
      assert.match(r.errorMessage, /which is not allowed in production; set CALLCOV_ALLOW_NETWORKS to allow it$/, name);
      assert.equal(r.status, undefined);
    }
    assert.equal(receiver.requests.length, before, 'no request reached the receiver');
    assert.equal(receiver2.requests.length, 0);
  });

  test('the message for an IP literal reads like the API/attempt-log text', async () => {
    const r = await client.post(`http://127.0.0.1:${receiver.port}/`, { body: '', urlLabel: 'webhook_url' });
    assert.equal(!r.ok && r.errorMessage,
      'webhook_url resolves to 127.0.0.1 (loopback), which is not allowed in production; set CALLCOV_ALLOW_NETWORKS to allow it');
  });

  test('the same forms are refused through fetch(), with a BlockedAddressError as the cause', async () => {
    for (const [name, url] of forms()) {
      await assert.rejects(client.fetch(url), (err: unknown) => {
        assert.ok(err instanceof TypeError, name);
        assert.ok(err.cause instanceof BlockedAddressError, `${name}: ${String(err.cause)}`);
        assert.equal(classifyOutboundError(err).errorClass, 'blocked_address');
        return true;
      });
    }
    assert.equal(receiver.requests.length, 0);
  });

  test('a redirect from an allowed server to a private address is refused on the second hop', async () => {
    const c = createOutboundClient({ env: 'production', allowNetworks: ['127.0.0.1/32'] });
    try {
      const target = encodeURIComponent(`http://127.0.0.2:${receiver2.port}/secret`);
      const first = await c.fetch(`${redirector.origin}/to/${target}`, { redirect: 'manual' });
      assert.equal(first.status, 302, 'the first hop is allowed and answers');
      await first.body?.cancel();
      await assert.rejects(c.fetch(`${redirector.origin}/to/${target}`), (err: unknown) => {
        const { errorClass, errorMessage } = classifyOutboundError(err, 'audio_url');
        assert.equal(errorClass, 'blocked_address');
        assert.match(errorMessage, /^audio_url resolves to 127\.0\.0\.2 \(loopback\), which is not allowed in production/);
        return true;
      });
      for (const t of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.1]/', `http://[::1]:${receiver.port}/`, `http://0x7f000002:${receiver.port}/`]) {
        await assert.rejects(c.fetch(`${redirector.origin}/to/${encodeURIComponent(t)}`), (err: unknown) => {
          assert.equal(classifyOutboundError(err).errorClass, 'blocked_address', t);
          return true;
        });
      }
      assert.equal(receiver2.requests.length, 0, 'the private target was never reached');
    } finally {
      await c.close();
    }
  });
});

describe('SSRF: what is allowed', () => {
  test('development accepts loopback in every spelling', async () => {
    const c = createOutboundClient({ env: 'development' });
    try {
      const p = receiver.port;
      for (const url of [`http://127.0.0.1:${p}/`, `http://localhost:${p}/`, `http://2130706433:${p}/`, `http://0177.0.0.1:${p}/`,
        `http://0x7f.1:${p}/`, `http://127.1:${p}/`, `http://[::ffff:127.0.0.1]:${p}/`]) {
        const r = await c.post(url, { body: 'x', timeoutMs: 5000 });
        assert.equal(r.ok, true, `${url}: ${r.ok ? '' : r.errorMessage}`);
        assert.equal(r.ok && r.bodyExcerpt, 'reached');
      }
      // and the redirect to 127.0.0.2 is followed (so the production refusal above is the policy, not the network)
      const r = await c.fetch(`${redirector.origin}/to/${encodeURIComponent(`http://127.0.0.2:${receiver2.port}/x`)}`);
      assert.equal(await r.text(), 'private target reached');
      // link-local metadata stays refused even in development
      const meta = await c.post('http://169.254.169.254/latest/meta-data/', { body: '' });
      assert.equal(!meta.ok && meta.errorClass, 'blocked_address');
      assert.match(!meta.ok ? meta.errorMessage : '', /not allowed in development, which allows only public, loopback and private addresses/);
    } finally {
      await c.close();
    }
  });

  test('allowNetworks 127.0.0.0/8 opens loopback in production (literal, name and redirect)', async () => {
    const c = createOutboundClient({ env: 'production', allowNetworks: ['127.0.0.0/8'] });
    try {
      for (const url of [`http://127.0.0.1:${receiver.port}/`, `http://localhost:${receiver.port}/`, `http://[::ffff:127.0.0.1]:${receiver.port}/`]) {
        const r = await c.post(url, { body: 'x' });
        assert.equal(r.ok, true, `${url}: ${r.ok ? '' : r.errorMessage}`);
      }
      const r = await c.fetch(`${redirector.origin}/to/${encodeURIComponent(`http://127.0.0.2:${receiver2.port}/x`)}`);
      assert.equal(await r.text(), 'private target reached');
      const still = await c.post(`http://10.0.0.1/`, { body: '' });
      assert.equal(!still.ok && still.errorClass, 'blocked_address');
    } finally {
      await c.close();
    }
  });
});

describe('DNS rebinding: the checked address is the connected address', () => {
  test('one resolution per connection; a name that rebinds to a private address is refused on the next connection', async () => {
    const answers = ['127.0.0.1', '10.0.0.1', '127.0.0.1', '192.168.0.1'];
    const resolved: string[] = [];
    const resolveHost: ResolveHost = async () => {
      const address = answers[resolved.length % answers.length];
      resolved.push(address);
      return [{ address, family: 4 }];
    };
    // Connection: close on every response forces a new connection (and so a new resolution) per request.
    const closing = await startServer((_req, res) => {
      res.setHeader('connection', 'close');
      res.end('ok');
    });
    const c = createOutboundClient({ env: 'production', allowNetworks: ['127.0.0.1/32'], resolveHost });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await c.post(`http://rebind.example.test:${closing.port}/`, { body: String(i) });
        outcomes.push(r.ok ? 'ok' : r.errorClass);
      }
      assert.deepEqual(outcomes, ['ok', 'blocked_address', 'ok', 'blocked_address']);
      assert.equal(resolved.length, 4, 'exactly one resolution per connection attempt');
      assert.equal(closing.requests.length, 2);
      assert.ok(closing.requests.every((r) => r.remoteAddress === '127.0.0.1'));
    } finally {
      await c.close();
      await closing.close();
    }
  });

  test('a kept-alive connection is reused without resolving again', async () => {
    let resolutions = 0;
    const resolveHost: ResolveHost = async () => {
      resolutions++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const c = createOutboundClient({ env: 'production', allowNetworks: ['127.0.0.1/32'], resolveHost });
    const before = receiver.connections;
    try {
      for (let i = 0; i < 20; i++) {
        const r = await c.post(`http://pooled.example.test:${receiver.port}/`, { body: String(i) });
        assert.equal(r.ok, true);
      }
      const connections = receiver.connections - before;
      // undici opens a second socket for the request right after the very first one, then reuses them.
      assert.ok(connections <= 2, `20 requests used ${connections} connections`);
      assert.equal(resolutions, connections, 'exactly one resolution per connection');
    } finally {
      await c.close();
    }
  });
});
