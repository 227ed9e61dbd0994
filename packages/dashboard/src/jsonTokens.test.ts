import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonTokens } from './jsonTokens.ts';

test('jsonTokens: the tokens put together are the pretty JSON; keys, strings, numbers and literals are typed', () => {
  const value = { id: 'default', version: 2, 'a "quoted" key': [true, null, -1.5e3, 'x: y'], nested: { ok: false } };
  const tokens = jsonTokens(value);
  assert.equal(tokens.map((t) => t.text).join(''), JSON.stringify(value, null, 2));
  const of = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
  assert.deepEqual(of('key'), ['"id"', '"version"', '"a \\"quoted\\" key"', '"nested"', '"ok"']);
  assert.deepEqual(of('str'), ['"default"', '"x: y"']);
  assert.deepEqual(of('num'), ['2', '-1500']);
  assert.deepEqual(of('lit'), ['true', 'null', 'false']);
});
