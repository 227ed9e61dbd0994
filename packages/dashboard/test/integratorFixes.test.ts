// Issue 14 in Chromium: pass rates that say what they count, labels and skill titles, no /audio request for a
// transcript-only call, the calls table and every page at 1400 px and 390 px without the page scrolling sideways,
// the echo page's auto-refresh badge, and the calls list's Export (CSV and NDJSON) downloads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, OUT, ROOT } from './support/browser.ts';

const EXPORT_COLUMNS = 'id,status,created,completed_at,agent_id,contact_id,language,duration_seconds,compliance_status,compliance_score,quality_score,failed_checks,error_code,livemode';
const WIDTHS = [1400, 390] as const;

describe('issue 14 dashboard fixes in Chromium', { skip: NO_CHROMIUM }, () => {
  let server: TestServer;
  let browser: Browser;
  const ids: string[] = [];
  const echo = 'integrator-test';

  before(async () => {
    execFileSync(join(ROOT, 'scripts/build-dashboard'), { stdio: ['ignore', 'inherit', 'inherit'] });
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer('sqlite');
    const calls = [
      { agent_id: 'agent_ana', contact_id: 'customer_100' },
      { agent_id: 'agent_ana', contact_id: 'customer_101', first: 'Hello. What do you want?' },
      { agent_id: 'agent_bob', contact_id: 'customer_200' },
    ];
    for (const c of calls) {
      const transcript = { segments: sampleTranscript.segments.map((s, i) => (i === 0 && c.first ? { ...s, text: c.first } : s)) };
      const r = await server.api('/api/v1/analysis', { method: 'POST', json: { transcript, agent_id: c.agent_id, contact_id: c.contact_id, webhook_url: `${server.url}/echo/${echo}` } });
      assert.equal(r.status, 202, r.text);
      ids.push(r.body.id);
    }
    await waitFor(async () => (await server.api('/api/v1/analysis?limit=100')).body.data.every((a: any) => a.status === 'completed'), 60000, 'analyses to finish');
    await waitFor(async () => (await server.api(`/view/${echo}.json`, { key: null })).body.data?.length >= 3, 60000, 'webhooks delivered to the echo');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(width: number): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext(width < 600 ? { viewport: { width, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(server.url + '/signin');
    await page.getByLabel('API key').fill(server.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/calls');
    return { page, requests, close: () => context.close() };
  }

  /** The page itself never scrolls sideways (a wide table scrolls inside its own box). */
  const assertNoSidewaysScroll = async (page: Page, what: string) => {
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.body.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `${what}: body scrollWidth ${scroll} > viewport ${client}`);
  };

  for (const width of WIDTHS) {
    test(`at ${width} px: calls table, call page, agents page and echo page read right and fit`, async () => {
      const { page, requests, close } = await signedIn(width);
      try {
        // Calls: every row is there; on a phone the table scrolls in its box and the date link stays in view.
        const rows = page.locator('[data-testid=calls-table] tbody tr');
        await waitFor(async () => (await rows.count()) === ids.length, 15000, 'all calls listed');
        await assertNoSidewaysScroll(page, `calls at ${width}`);
        const box = page.locator('.table-scroll').first();
        const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
        if (width === 390) {
          const firstCellLeft = async () => (await rows.first().locator('td').first().boundingBox())!.x;
          const before = await firstCellLeft();
          await box.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
          await waitFor(async () => (await box.evaluate((el) => el.scrollLeft)) > 0 || overflow <= 0, 5000, 'the table box scrolled');
          assert.ok(Math.abs((await firstCellLeft()) - before) < 1, 'the first column is sticky');
          await rows.first().locator('td').first().getByRole('link').waitFor({ state: 'visible' });
          await box.evaluate((el) => { el.scrollLeft = 0; });
        } else {
          assert.ok(overflow <= 0, `the calls table fits at ${width} px (${overflow} px hidden)`);
        }
        await page.screenshot({ path: join(OUT, `issue14-calls-${width}.png`), fullPage: true });

        // A transcript-only call: no request for its recording; coaching shows titles, each label once.
        await page.goto(`${server.url}/calls/${ids[0]}`);
        await page.getByRole('heading', { name: 'Coaching' }).waitFor();
        await page.getByText('submitted as a transcript: there is no recording').waitFor();
        const skills = page.locator('li[data-skill]');
        await skills.first().waitFor();
        for (const li of await skills.all()) {
          const skill = (await li.getAttribute('data-skill'))!;
          const label = ((await li.locator('strong').first().textContent()) ?? '').trim();
          const text = ((await li.textContent()) ?? '').trim();
          assert.doesNotMatch(label, /_/, `skill ${skill} is shown by its title, not its id`);
          assert.ok(!text.toLowerCase().startsWith(`${label.toLowerCase()}: ${label.toLowerCase()}:`), `label repeated: ${text.slice(0, 80)}`);
          assert.ok(!text.toLowerCase().startsWith(`${label.toLowerCase()}: ${skill.toLowerCase()}:`), `id repeated: ${text.slice(0, 80)}`);
        }
        await assertNoSidewaysScroll(page, `call detail at ${width}`);
        await page.screenshot({ path: join(OUT, `issue14-call-${width}.png`), fullPage: true });
        assert.deepEqual(requests.filter((p) => p.endsWith('/audio')), [], 'no /audio request for a transcript-only call');

        // Agents: pass rates say what they count ("N of M calls passed (P%)"), or that no verdict is in yet.
        await page.getByRole('link', { name: 'Agents' }).click();
        const cells = page.getByTestId('pass-rate');
        await waitFor(async () => (await cells.count()) === 2, 15000, 'two agents');
        const stats = (await server.api('/api/v1/agents')).body.data as any[];
        for (const a of stats) {
          const cell = page.locator(`tr[data-agent="${a.agent_id}"] [data-testid=pass-rate]`);
          const passed = Math.round(a.compliance_pass_rate * a.compliance_evaluated);
          const plural = a.compliance_evaluated === 1 ? 'call' : 'calls';
          const text = (await cell.textContent())!;
          assert.match(text, new RegExp(`^(${passed} of ${a.compliance_evaluated} ${plural} passed \\(${Math.round((passed / a.compliance_evaluated) * 100)}%\\)|No verdict yet: .* review)`), text);
          assert.doesNotMatch(text, /^\d+% of \d+$/);
        }
        await assertNoSidewaysScroll(page, `agents at ${width}`);
        await page.screenshot({ path: join(OUT, `issue14-agents-${width}.png`), fullPage: true });

        // The echo page: the badge says it refreshes itself, not "Live" (which reads like live mode).
        await page.goto(`${server.url}/view/${echo}`);
        const badge = page.locator('#live');
        await waitFor(async () => (await badge.textContent()) === 'Auto-refresh on', 15000, 'the auto-refresh badge');
        await page.locator('#list .req').first().waitFor();
        await assertNoSidewaysScroll(page, `echo view at ${width}`);
        await page.screenshot({ path: join(OUT, `issue14-echo-${width}.png`), fullPage: false });
      } finally {
        await close();
      }
    });
  }

  test('the calls list exports its filters as CSV and NDJSON (a browser download)', async () => {
    const { page, close } = await signedIn(1400);
    try {
      await page.goto(`${server.url}/calls?agent_id=agent_ana`);
      const rows = page.locator('[data-testid=calls-table] tbody tr');
      await waitFor(async () => (await rows.count()) === 2, 15000, "agent_ana's calls");
      const expected = (await server.api('/api/v1/analysis?agent_id=agent_ana&limit=100')).body.data.map((a: any) => a.id).sort();

      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      assert.match(csv.suggestedFilename(), /^callcov-analyses-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await readFile((await csv.path())!, 'utf8')).split(/\r?\n/).filter((l) => l !== '');
      assert.equal(lines[0], EXPORT_COLUMNS, 'the header row');
      assert.equal(lines.length - 1, expected.length, 'one row per call matching the filters');
      assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]).sort(), expected);
      await page.getByTestId('export-status').getByText(csv.suggestedFilename()).waitFor();

      const [nd] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export NDJSON' }).click()]);
      assert.match(nd.suggestedFilename(), /\.ndjson$/);
      const objects = (await readFile((await nd.path())!, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      assert.equal(objects.length, expected.length);
      assert.deepEqual(objects.map((o) => o.id).sort(), expected);
      assert.ok(objects.every((o) => o.agent_id === 'agent_ana'));
      assert.deepEqual(Object.keys(objects[0]), EXPORT_COLUMNS.split(','));
    } finally {
      await close();
    }
  });
});
