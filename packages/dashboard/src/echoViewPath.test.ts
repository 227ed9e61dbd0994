import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echoViewPath } from './echoViewPath.ts';

test('echoViewPath: only this server’s /echo/{id} URLs have a view page', () => {
  const origin = 'http://127.0.0.1:8080';
  assert.equal(echoViewPath('http://127.0.0.1:8080/echo/my-test_1', origin), '/view/my-test_1');
  assert.equal(echoViewPath('http://127.0.0.1:8080/echo/my-test?x=1', origin), '/view/my-test');
  assert.equal(echoViewPath('https://example.com/echo/my-test', origin), null);
  assert.equal(echoViewPath('http://127.0.0.1:8080/echo/a/b', origin), null);
  assert.equal(echoViewPath('http://127.0.0.1:8080/hooks', origin), null);
  assert.equal(echoViewPath('not a url', origin), null);
});
