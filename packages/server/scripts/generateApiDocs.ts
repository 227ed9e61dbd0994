/** Writes docs/api.md from the OpenAPI document a real (temporary) server serves. `--check`: exit 1 when stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startTestServer } from '../../../test/support/testServer.ts';
import { renderApiReference } from '../src/openApi/renderApiReference.ts';

const target = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));
const s = await startTestServer('sqlite');
try {
  const doc = await (await fetch(`${s.url}/api/v1/openapi.json`)).json();
  const text = renderApiReference(doc);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('docs/api.md is stale: run scripts/generate-api-docs');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
} finally {
  await s.stop();
}
