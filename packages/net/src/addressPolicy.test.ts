import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileAddressPolicy, InvalidAllowNetworkError, isAddressAllowed } from './addressPolicy.ts';

const production = compileAddressPolicy({ env: 'production' });
const development = compileAddressPolicy({ env: 'development' });

describe('address policy', () => {
  test('production refuses every non-public category', () => {
    for (const ip of ['127.0.0.1', '0.0.0.0', '::1', '::', '::ffff:127.0.0.1', '169.254.169.254', '10.0.0.1', '172.16.0.1',
      '192.168.1.1', '100.64.0.1', '224.0.0.1', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.18.0.1', 'fd00::1', 'fe80::1',
      'ff02::1', '2001:db8::1', '64:ff9b::a00:1']) {
      const d = production.check(ip);
      assert.equal(d.allowed, false, ip);
      if (!d.allowed) assert.match(d.message, /is not allowed in production$/);
    }
  });

  test('production allows public addresses', () => {
    for (const ip of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      const d = production.check(ip);
      assert.equal(d.allowed, true, ip);
      if (d.allowed) assert.equal(d.reason, 'public');
    }
  });

  test('development allows loopback and private networks, nothing else that is non-public', () => {
    for (const ip of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.0.10', 'fd00::1']) {
      const d = development.check(ip);
      assert.equal(d.allowed, true, ip);
      if (d.allowed) assert.equal(d.reason, 'development');
    }
    for (const ip of ['169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255', '240.0.0.1', 'fe80::1', '::']) {
      const d = development.check(ip);
      assert.equal(d.allowed, false, ip);
      if (!d.allowed) assert.match(d.message, /not allowed in development \(which allows only public, loopback and private addresses\)/);
    }
  });

  test('allowNetworks opens chosen ranges in production (IPv4 ranges also cover IPv4-mapped forms)', () => {
    const p = compileAddressPolicy({ env: 'production', allowNetworks: ['127.0.0.0/8', ' 10.20.0.0/16 ', 'fd00::/8', '169.254.169.254'] });
    for (const ip of ['127.0.0.1', '127.9.9.9', '::ffff:127.0.0.1', '10.20.3.4', 'fd12::1', '169.254.169.254']) {
      const d = p.check(ip);
      assert.equal(d.allowed, true, ip);
      if (d.allowed) assert.equal(d.reason, 'allow_networks');
    }
    const matched = p.check('10.20.3.4');
    assert.equal(matched.allowed && matched.matchedNetwork, '10.20.0.0/16');
    for (const ip of ['10.21.0.1', '::1', '169.254.169.253', 'fc00::1']) assert.equal(p.check(ip).allowed, false, ip);
    assert.deepEqual(p.allowNetworks, ['127.0.0.0/8', '10.20.0.0/16', 'fd00::/8', '169.254.169.254']);
  });

  test('invalid allowNetworks entries are rejected with a clear message', () => {
    for (const bad of ['10.0.0.0/33', 'banana', '0x7f.1/8', '10.0.0/8', '::1/129', '2130706433']) {
      assert.throws(() => compileAddressPolicy({ env: 'production', allowNetworks: [bad] }), (err: unknown) => {
        assert.ok(err instanceof InvalidAllowNetworkError, bad);
        assert.equal(err.code, 'invalid_allow_network');
        assert.match(err.message, /CALLCOV_ALLOW_NETWORKS entry '.*' is not a CIDR range or IP address/);
        return true;
      });
    }
    assert.throws(() => compileAddressPolicy({ env: 'staging' as never }), /env must be 'development' or 'production'/);
  });

  test('a non-address is refused, never allowed', () => {
    const d = development.check('localhost');
    assert.equal(d.allowed, false);
    assert.equal(d.classification, null);
  });

  test('messages name the address and its category', () => {
    const d = production.check('::ffff:169.254.169.254');
    assert.equal(d.allowed, false);
    if (!d.allowed) {
      assert.equal(d.message, '::ffff:a9fe:a9fe (IPv4-mapped 169.254.169.254, link-local: cloud metadata service) is not allowed in production');
    }
  });

  test('isAddressAllowed is the one-off form', () => {
    assert.equal(isAddressAllowed('127.0.0.1', { env: 'production', allowNetworks: [] }), false);
    assert.equal(isAddressAllowed('127.0.0.1', { env: 'development', allowNetworks: [] }), true);
    assert.equal(isAddressAllowed('127.0.0.1', { env: 'production', allowNetworks: ['127.0.0.0/8'] }), true);
  });
});

describe('address policy: properties', () => {
  const byte = fc.integer({ min: 0, max: 255 });

  test('every address in 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16 and 100.64/10 is refused in production, in every spelling', () => {
    const prefixes: Array<[number, number, number]> = [[10, 0, 255], [172, 16, 31], [192, 168, 168], [127, 0, 255], [169, 254, 254], [100, 64, 127]];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), byte, byte, byte, ([a, lo, hi], b0, c, d) => {
        const b = lo + (b0 % (hi - lo + 1));
        const n = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
        const spellings = [
          `${a}.${b}.${c}.${d}`,
          String(n),
          `0x${n.toString(16)}`,
          `0${a.toString(8)}.0${b.toString(8)}.0${c.toString(8)}.0${d.toString(8)}`,
          `${a}.${(b << 16) + (c << 8) + d}`,
          `::ffff:${a}.${b}.${c}.${d}`,
          `64:ff9b::${a}.${b}.${c}.${d}`,
        ];
        for (const s of spellings) assert.equal(production.check(s).allowed, false, s);
      }),
      { numRuns: 1500 },
    );
  });

  test('every IPv4-mapped address gets the same decision as its IPv4, in both modes and with allowNetworks', () => {
    const withAllow = compileAddressPolicy({ env: 'production', allowNetworks: ['127.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10'] });
    fc.assert(
      fc.property(byte, byte, byte, byte, (a, b, c, d) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        for (const p of [production, development, withAllow]) {
          assert.equal(p.check(`::ffff:${v4}`).allowed, p.check(v4).allowed, `${p.env} ${v4}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('allowNetworks opens exactly its range: an address is allowed in production iff public or inside the range', () => {
    fc.assert(
      fc.property(byte, fc.integer({ min: 8, max: 32 }), byte, byte, byte, byte, (netA, bits, a, b, c, d) => {
        const cidr = `${netA}.0.0.0/${bits}`;
        const p = compileAddressPolicy({ env: 'production', allowNetworks: [cidr] });
        const ip = `${a}.${b}.${c}.${d}`;
        const n = (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) >>> 0;
        const base = ((netA << 24) >>> 0);
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        const inside = ((n & mask) >>> 0) === ((base & mask) >>> 0);
        const publicAlone = production.check(ip).allowed;
        assert.equal(p.check(ip).allowed, inside || publicAlone, `${ip} vs ${cidr}`);
      }),
      { numRuns: 2000 },
    );
  });
});
