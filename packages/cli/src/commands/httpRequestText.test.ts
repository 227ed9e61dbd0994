import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpRequestText } from './httpRequestText.ts';

test('request line, CRLF headers and a raw body with its own newlines', () => {
  const raw = Buffer.from('POST /webhooks HTTP/1.1\r\nHost: x\r\nWebhook-Id: msg_1\r\n\r\n{"a":\n 1}\r\n');
  const r = parseHttpRequestText(raw);
  assert.equal(r.headers['webhook-id'], 'msg_1');
  assert.equal(Buffer.from(r.body).toString(), '{"a":\n 1}\r\n');
});

test('headers only with LF endings', () => {
  const r = parseHttpRequestText(Buffer.from('x-callcov-signature: abc\n\n{}'));
  assert.deepEqual(r.headers, { 'x-callcov-signature': 'abc' });
  assert.equal(Buffer.from(r.body).toString(), '{}');
});
