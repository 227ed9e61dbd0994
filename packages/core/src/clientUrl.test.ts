import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClientUrl } from './clientUrl.ts';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return `${(e as { code: string }).code}:${(e as { param: string }).param}`;
  }
};

test('one rule and one set of codes for every client-given URL', () => {
  assert.equal(checkClientUrl('https://example.test/hook', 'webhook_url', 'live').hostname, 'example.test');
  assert.equal(checkClientUrl('http://127.0.0.1:8080/x', 'url', 'test').port, '8080');
  assert.equal(codeOf(() => checkClientUrl('not a url', 'audio_url', 'test')), 'invalid_url:audio_url');
  assert.equal(codeOf(() => checkClientUrl('ftp://example.test/a.wav', 'audio_url', 'test')), 'invalid_url:audio_url');
  assert.equal(codeOf(() => checkClientUrl('file:///etc/passwd', 'audio_url', 'live')), 'invalid_url:audio_url');
  assert.equal(codeOf(() => checkClientUrl('http://example.test/hook', 'webhook_url', 'live')), 'https_required:webhook_url');
  assert.equal(codeOf(() => checkClientUrl('https://user:pw@example.test/hook', 'url', 'test')), 'invalid_url:url');
  assert.equal(codeOf(() => checkClientUrl('https://user@example.test/hook', 'auth.token_url', 'live')), 'invalid_url:auth.token_url');
});
