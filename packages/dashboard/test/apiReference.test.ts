// The server's rendered API reference (GET /docs) in Chromium: it renders under its Content-Security-Policy (no
// violation, no request elsewhere), lists every operation, and fits a phone screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';
import { CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, OUT } from './support/browser.ts';

describe('API reference page in Chromium', { skip: NO_CHROMIUM }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer('sqlite');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const width of [1400, 390]) {
    test(`GET /docs renders every operation at ${width} px`, async () => {
      const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as any;
      const operationIds = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((item) => Object.values(item).map((op) => op.operationId as string));
      const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 600 });
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      const problems: string[] = [];
      const elsewhere: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => !r.url().startsWith(server.url) && elsewhere.push(r.url()));
      try {
        await page.goto(`${server.url}/docs`);
        await page.getByRole('heading', { level: 1, name: /CallCov API/ }).waitFor();
        const shown = await page.locator('section.op[data-operation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-operation-id')));
        assert.deepEqual(shown.filter((id) => id && operationIds.includes(id)).sort(), [...operationIds].sort());
        // the style applied (its nonce matched the CSP): the method badge is coloured
        const bg = await page.locator('section.op .method-post').first().evaluate((e) => getComputedStyle(e).backgroundColor);
        assert.equal(bg, 'rgb(4, 120, 87)');
        await page.locator('nav.toc a[href="#op-createAnalysis"]').click();
        await page.locator('#op-createAnalysis').waitFor({ state: 'visible' });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.body.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(scroll <= client, `body scrollWidth ${scroll} > ${client}`);
        await page.goto(`${server.url}/docs`);
        await page.screenshot({ path: join(OUT, `api-reference-${width}.png`) });
        assert.deepEqual(problems, [], 'no script error or CSP violation');
        assert.deepEqual(elsewhere, [], 'nothing fetched from another host');
      } finally {
        await context.close();
      }
    });
  }
});
