import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderApiReference } from '../src/openApi/renderApiReference.ts';
import { startTestServer } from '../../../test/support/testServer.ts';

test('docs/api.md is generated from the served OpenAPI document (run scripts/generate-api-docs when this fails)', async () => {
  const s = await startTestServer('sqlite');
  try {
    const doc = await (await fetch(`${s.url}/api/v1/openapi.json`)).json();
    const expected = renderApiReference(doc);
    const current = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
    assert.ok(current === expected, 'docs/api.md is stale: run scripts/generate-api-docs');
    for (const op of Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) => Object.values(item))) {
      assert.ok(current.includes(`\`${op.operationId}\``), op.operationId);
    }
  } finally {
    await s.stop();
  }
});
