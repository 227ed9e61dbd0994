import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shouldBypassProxy } from './shouldBypassProxy.ts';

test('NO_PROXY: hosts, domains, IPs, CIDR ranges, ports, *', () => {
  const np = 'internal.example, .corp.test,10.0.0.0/8, 127.0.0.1:9000, [::1], fd00::/8';
  assert.equal(shouldBypassProxy('internal.example', 443, np), true);
  assert.equal(shouldBypassProxy('api.internal.example', 443, np), true, 'a domain covers its subdomains');
  assert.equal(shouldBypassProxy('notinternal.example', 443, np), false, 'but not names that merely end alike');
  assert.equal(shouldBypassProxy('corp.test', 80, np), true);
  assert.equal(shouldBypassProxy('a.b.corp.test', 80, np), true);
  assert.equal(shouldBypassProxy('10.1.2.3', 443, np), true);
  assert.equal(shouldBypassProxy('11.1.2.3', 443, np), false);
  assert.equal(shouldBypassProxy('127.0.0.1', 9000, np), true);
  assert.equal(shouldBypassProxy('127.0.0.1', 9001, np), false, 'the port must match when given');
  assert.equal(shouldBypassProxy('[::1]', 443, np), true);
  assert.equal(shouldBypassProxy('fd12::5', 443, np), true);
  assert.equal(shouldBypassProxy('EXAMPLE.com', 443, ''), false);
  assert.equal(shouldBypassProxy('anything', 1, ' * '), true);
  assert.equal(shouldBypassProxy('Internal.Example.', 443, np), true, 'case and a trailing dot do not matter');
});
