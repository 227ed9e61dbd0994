import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSse } from './sseParser.ts';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const ch of chunks) c.enqueue(new TextEncoder().encode(ch));
      c.close();
    },
  });

test('parses events split across chunks, multi-line data, comments and CRLF', async () => {
  const out = [];
  for await (const m of parseSse(streamOf('retry: 2000\n: hello\n\nid: 1\nevent: a', 'nalysis.completed\ndata: {"x"', ':1}\n\n', 'data: one\r\ndata: two\r\n\r\n'))) out.push(m);
  assert.deepEqual(out, [
    { id: '1', event: 'analysis.completed', data: '{"x":1}' },
    { id: '1', event: 'message', data: 'one\ntwo' },
  ]);
});
