import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { classifyOutboundError, OutboundTimeoutError, RedirectNotFollowedError } from './classifyOutboundError.ts';
import { BlockedAddressError } from './blockedAddressError.ts';
import { compileAddressPolicy } from './addressPolicy.ts';

const errno = (code: string, message = code, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { code, ...extra });

describe('classifyOutboundError', () => {
  test('unwraps fetch TypeError causes and AggregateError members', () => {
    const wrapped = new TypeError('fetch failed', { cause: new AggregateError([errno('ECONNREFUSED', 'x', { address: '::1', port: 80 })]) });
    assert.deepEqual(classifyOutboundError(wrapped), { errorClass: 'connection_refused', errorMessage: 'connection refused by ::1:80' });
  });

  test('maps codes to classes', () => {
    const cases: Array<[unknown, string]> = [
      [errno('ENOTFOUND', 'getaddrinfo ENOTFOUND a.invalid', { hostname: 'a.invalid' }), 'dns'],
      [errno('EAI_AGAIN'), 'dns'],
      [errno('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
      [errno('UND_ERR_HEADERS_TIMEOUT'), 'timeout'],
      [new OutboundTimeoutError(100), 'timeout'],
      [new DOMException('signal timed out', 'TimeoutError'), 'timeout'],
      [errno('ECONNRESET'), 'connection_reset'],
      [errno('UND_ERR_SOCKET', 'other side closed'), 'connection_reset'],
      [errno('ERR_SSL_WRONG_VERSION_NUMBER'), 'tls'],
      [errno('CERT_HAS_EXPIRED', 'certificate has expired'), 'tls'],
      [errno('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
      [errno('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
      [errno('ERR_INVALID_URL'), 'invalid_url'],
      [new RedirectNotFollowedError('more than 5 redirects'), 'redirect'],
      [errno('EHOSTUNREACH'), 'network'],
      [new Error('something else'), 'network'],
      ['a string', 'network'],
    ];
    for (const [err, expected] of cases) assert.equal(classifyOutboundError(err).errorClass, expected, String(err));
  });

  test('blocked addresses take the URL label', () => {
    const decision = compileAddressPolicy({ env: 'production' }).check('10.0.0.5');
    assert.equal(decision.allowed, false);
    if (decision.allowed) return;
    const err = new BlockedAddressError({ hostname: 'hooks.example.com', hostIsIpLiteral: false, resolvedAddresses: ['10.0.0.5'], decision, env: 'production' });
    assert.equal(err.message, 'host hooks.example.com resolves to 10.0.0.5 (private network), which is not allowed in production; set CALLCOV_ALLOW_NETWORKS to allow it');
    assert.deepEqual(classifyOutboundError(new TypeError('fetch failed', { cause: err }), 'webhook_url'), {
      errorClass: 'blocked_address',
      errorMessage: 'webhook_url host hooks.example.com resolves to 10.0.0.5 (private network), which is not allowed in production; set CALLCOV_ALLOW_NETWORKS to allow it',
    });
  });
});
