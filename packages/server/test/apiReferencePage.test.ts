import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '../../../test/support/testServer.ts';

test('GET /docs renders the served OpenAPI document as HTML: every operation, the webhooks and schemas, strict headers', async () => {
  const s = await startTestServer('sqlite');
  try {
    const doc = (await (await fetch(`${s.url}/api/v1/openapi.json`)).json()) as any;
    for (const path of ['/docs', '/docs/']) {
      const r = await fetch(s.url + path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|https?:/, 'nothing inline without a nonce, nothing from elsewhere');
      const html = await r.text();
      assert.doesNotMatch(html, /<script/, 'a static page');
      assert.doesNotMatch(html, /(src|href)="https?:/, 'no resource from another host');
      let operations = 0;
      for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
        for (const [method, op] of Object.entries(item)) {
          operations++;
          assert.ok(html.includes(`data-operation-id="${op.operationId}"`), `${method.toUpperCase()} ${p} (${op.operationId}) is listed`);
          assert.ok(html.includes(`<code class="path">${p.replace(/&/g, '&amp;')}</code>`), `path ${p}`);
        }
      }
      assert.ok(operations > 20, `${operations} operations`);
      for (const name of Object.keys(doc.webhooks)) assert.ok(html.includes(`<code class="path">${name}</code>`), `webhook ${name}`);
      for (const name of Object.keys(doc.components.schemas)) assert.ok(html.includes(`id="schema-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}"`), `schema ${name}`);
      assert.ok(html.includes('createAnalysis'));
      assert.ok(html.includes(s.url), 'the server the client reached');
    }
  } finally {
    await s.stop();
  }
});
