import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { classifyAddress, describeClassification, normalizeIpLiteral } from './classifyAddress.ts';

const category = (ip: string) => classifyAddress(ip)?.category;

describe('classifyAddress: examples', () => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.99', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['192.88.99.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001:2::1', 'benchmarking'],
    ['2001::1', 'reserved'], // Teredo
    ['100::1', 'reserved'],
    ['::7f00:1', 'reserved'], // deprecated IPv4-compatible
    ['4000::1', 'reserved'], // outside 2000::/3
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['::ffff:8.8.8.8', 'public'],
    ['::ffff:0:a00:1', 'private'], // IPv4-translated 10.0.0.1
    ['64:ff9b::127.0.0.1', 'loopback'], // NAT64
    ['64:ff9b::8.8.8.8', 'public'],
    ['64:ff9b:1::1', 'private'],
    ['2002:a9fe:a9fe::1', 'link_local'], // 6to4 of 169.254.169.254
    ['2002:808:808::1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:81d::200e', 'public'],
  ];
  for (const [ip, expected] of cases) {
    test(`${ip} is ${expected}`, () => assert.equal(category(ip), expected));
  }

  test('legacy IPv4 spellings normalise like the WHATWG URL parser', () => {
    for (const spelling of ['2130706433', '0177.0.0.1', '0x7f.1', '0x7f000001', '127.1', '0x7F.0.0.01', '017700000001']) {
      const c = classifyAddress(spelling);
      assert.equal(c?.address, '127.0.0.1', spelling);
      assert.equal(c?.category, 'loopback', spelling);
    }
    assert.equal(normalizeIpLiteral('0xa9.0376.43518'), '169.254.169.254');
  });

  test('names and malformed input are not addresses', () => {
    for (const notIp of ['localhost', 'example.com', '256.0.0.1', '1.2.3.4.5', '', '::g', 'evil.com@127.0.0.1', '0x100000000', '1.2.3.4/8']) {
      assert.equal(classifyAddress(notIp), null, notIp);
    }
  });

  test('descriptions name the category and the embedded IPv4', () => {
    assert.equal(describeClassification(classifyAddress('127.0.0.1')!), 'loopback');
    assert.equal(describeClassification(classifyAddress('169.254.169.254')!), 'link-local: cloud metadata service');
    assert.equal(describeClassification(classifyAddress('::ffff:127.0.0.1')!), 'IPv4-mapped 127.0.0.1, loopback');
    assert.equal(describeClassification(classifyAddress('100.64.0.1')!), 'carrier-grade NAT');
  });
});

describe('classifyAddress: properties', () => {
  const v4FromInt = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  // Uniform addresses rarely land in small special ranges, so half the draws start at a range boundary.
  const boundaries = ['0.0.0.0', '10.0.0.0', '100.64.0.0', '100.127.255.0', '127.0.0.0', '169.254.0.0', '172.16.0.0', '172.31.255.0',
    '192.0.0.0', '192.0.2.0', '192.88.99.0', '192.168.0.0', '198.18.0.0', '198.51.100.0', '203.0.113.0', '224.0.0.0', '240.0.0.0',
    '255.255.255.0', '192.31.196.0', '192.52.193.0', '192.175.48.0'].map((b) => ipaddr.IPv4.parse(b).toByteArray().reduce((n, x) => n * 256 + x, 0));
  const nearBoundary = fc.tuple(fc.constantFrom(...boundaries), fc.integer({ min: -256, max: 511 }))
    .map(([b, d]) => Math.min(0xffffffff, Math.max(0, b + d)));
  const anyV4 = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), nearBoundary).map(v4FromInt);

  test('every IPv4-mapped (::ffff:a.b.c.d) and IPv4-translated form is classified like its IPv4', () => {
    fc.assert(
      fc.property(anyV4, (v4) => {
        const plain = classifyAddress(v4)!;
        const [a, b, c, d] = v4.split('.').map(Number);
        const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        for (const form of [`::ffff:${v4}`, `::ffff:${hex}`, `[::ffff:${v4}]`, `0:0:0:0:0:ffff:${hex}`, `::ffff:0:${v4}`]) {
          const mapped = classifyAddress(form)!;
          assert.equal(mapped.category, plain.category, form);
          assert.equal(mapped.embeddedIpv4?.address, v4, form);
          assert.equal(mapped.family, 6);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('NAT64 (64:ff9b::/96) and 6to4 (2002::/16) forms are classified like the embedded IPv4', () => {
    fc.assert(
      fc.property(anyV4, (v4) => {
        const plain = classifyAddress(v4)!.category;
        assert.equal(classifyAddress(`64:ff9b::${v4}`)!.category, plain);
        const [a, b, c, d] = v4.split('.').map(Number);
        assert.equal(classifyAddress(`2002:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}::1`)!.category, plain);
      }),
      { numRuns: 1000 },
    );
  });

  test('every legacy IPv4 spelling (fast-check ipV4Extended) classifies like the WHATWG-normalised host', () => {
    fc.assert(
      fc.property(fc.ipV4Extended(), (spelling) => {
        const whatwg = new URL(`http://${spelling}/`).hostname;
        const c = classifyAddress(spelling);
        assert.ok(c, spelling);
        assert.equal(c.address, whatwg);
        assert.equal(c.category, classifyAddress(whatwg)!.category);
      }),
      { numRuns: 2000 },
    );
  });

  test('IPv4 "public" agrees with ipaddr.js range() as an independent oracle (unicast, plus AS112/AMT which are globally routed)', () => {
    fc.assert(
      fc.property(anyV4, (v4) => {
        const oracle = ipaddr.IPv4.parse(v4).range();
        const expectPublic = oracle === 'unicast' || oracle === 'as112' || oracle === 'amt';
        assert.equal(classifyAddress(v4)!.category === 'public', expectPublic, `${v4}: ours ${category(v4)}, ipaddr ${oracle}`);
      }),
      { numRuns: 5000 },
    );
  });

  test('every IPv6 address is classified; public ones lie in 2000::/3 outside special ranges', () => {
    const global = ipaddr.parseCIDR('2000::/3');
    fc.assert(
      fc.property(fc.ipV6(), (v6) => {
        const c = classifyAddress(v6);
        assert.ok(c, v6);
        if (c.category === 'public' && c.embeddedIpv4 === null) {
          const ip = ipaddr.IPv6.parse(v6);
          assert.ok(ip.match(global), v6);
          assert.equal(ip.range(), 'unicast', v6);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('every fc00::/7 and fe80::/10 address is private / link-local', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.integer({ min: 0xfc00, max: 0xfdff }), fc.array(group, { minLength: 7, maxLength: 7 }), (first, rest) => {
        assert.equal(category([first, ...rest].map((g) => g.toString(16)).join(':')), 'private');
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0xfe80, max: 0xfebf }), fc.array(group, { minLength: 7, maxLength: 7 }), (first, rest) => {
        assert.equal(category([first, ...rest].map((g) => g.toString(16)).join(':')), 'link_local');
      }),
    );
  });
});
