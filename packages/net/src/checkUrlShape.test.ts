import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkIpLiteralHost, checkUrlShape, UrlShapeError } from './checkUrlShape.ts';
import { compileAddressPolicy } from './addressPolicy.ts';

describe('checkUrlShape', () => {
  test('accepts http and https in test mode, https only in live mode', () => {
    assert.equal(checkUrlShape('http://example.com/hook', { livemode: false }).ok, true);
    assert.equal(checkUrlShape('https://example.com/hook', { livemode: true }).ok, true);
    const r = checkUrlShape('http://example.com/hook', { livemode: true, label: 'webhook_url' });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.ok(r.error instanceof UrlShapeError);
      assert.equal(r.error.code, 'url_https_required');
      assert.equal(r.error.message, 'webhook_url must use https in live mode');
    }
  });

  test('refuses other schemes, credentials and non-URLs with a code', () => {
    const cases: Array<[string, string]> = [
      ['ftp://example.com/a.wav', 'url_scheme_not_allowed'],
      ['file:///etc/passwd', 'url_scheme_not_allowed'],
      ['gopher://127.0.0.1:6379/_INFO', 'url_scheme_not_allowed'],
      ['javascript:alert(1)', 'url_scheme_not_allowed'],
      ['https://user:pass@example.com/', 'url_credentials_not_allowed'],
      ['https://user@example.com/', 'url_credentials_not_allowed'],
      ['not a url', 'url_invalid'],
      ['/relative/path', 'url_invalid'],
      ['http://', 'url_invalid'],
      ['http://exa mple.com/', 'url_invalid'],
    ];
    for (const [url, code] of cases) {
      const r = checkUrlShape(url, { livemode: false, label: 'audio_url' });
      assert.equal(r.ok, false, url);
      if (!r.ok) {
        assert.equal(r.error.code, code, url);
        assert.match(r.error.message, /^audio_url /);
      }
    }
  });

  test('returns the WHATWG-normalised URL', () => {
    const r = checkUrlShape('http://0x7f.1:8080/x', { livemode: false });
    assert.equal(r.ok && r.url.hostname, '127.0.0.1');
  });
});

describe('checkIpLiteralHost', () => {
  const production = compileAddressPolicy({ env: 'production' });
  test('refuses literal private hosts early, whatever the spelling; names are left to connect time', () => {
    for (const url of ['http://127.0.0.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://169.254.169.254/']) {
      const d = checkIpLiteralHost(new URL(url), production);
      assert.equal(d?.allowed, false, url);
    }
    assert.equal(checkIpLiteralHost(new URL('https://8.8.8.8/'), production)?.allowed, true);
    assert.equal(checkIpLiteralHost(new URL('https://example.com/'), production), null);
  });
});
