// Browser tests of human review and calibration (DESIGN.md §1.7): Debian's Chromium driven by playwright-core against a
// real CallCov (SQLite). A supervisor corrects one check with the keyboard only, confirms another with a click, then
// reads the Calibration page and follows a disagreement back to the call. Screenshots under test-output/dashboard/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, OUT, ROOT } from './support/browser.ts';



describe('review and calibration in Chromium', { skip: NO_CHROMIUM }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let id: string;
  const problems: string[] = [];

  before(async () => {
    execFileSync(join(ROOT, 'scripts/build-dashboard'), { stdio: ['ignore', 'inherit', 'inherit'] });
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer('sqlite');
    const r = await server.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: 'agent_ana', contact_id: 'customer_900' } });
    assert.equal(r.status, 202, r.text);
    id = r.body.id;
    await waitFor(async () => (await server.api(`/api/v1/analysis/${id}`)).body.status === 'completed', 20000, 'the analysis');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(30000);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
    });
    await page.goto(server.url + '/', { waitUntil: 'load' });
    await page.getByLabel('API key').fill(server.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/calls');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('on the call page a check is corrected with the keyboard only and another confirmed; both verdicts shown side by side', async () => {
    const analysis = (await server.api(`/api/v1/analysis/${id}`)).body;
    const decided = analysis.results.compliance.checks.filter((c: any) => c.status !== 'not_applicable');
    assert.ok(decided.length >= 2, 'two checks with a verdict');
    const [corrected, confirmed] = decided;
    await page.locator(`a[href="/calls/${id}"]`).first().click();
    await page.waitForURL(`**/calls/${id}`);
    const box = page.locator(`li[data-check="${corrected.id}"] [data-review-for="${corrected.id}"]`);
    assert.equal(await box.getByTestId('machine-verdict').textContent(), corrected.status.replace('_', ' '));
    assert.equal(await box.getByTestId('review-verdict').textContent(), 'not reviewed');

    // keyboard only: Enter opens the form with focus on the verdicts, arrows choose, Tab to the comment, Enter saves
    const correct = page.getByRole('button', { name: `Correct check ${corrected.title}` });
    await correct.focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) === 'radio', 5000, 'focus on the verdicts');
    // Escape closes the form and gives focus back to the button
    await page.keyboard.press('Escape');
    await waitFor(async () => (await box.locator('form').count()) === 0, 5000, 'form closed by Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Correct check ${corrected.title}`);
    await page.keyboard.press('Enter');
    await box.locator('form').waitFor();
    // focus moves to the verdicts in an effect after the form renders: wait for it, or the arrows go to the button
    await waitFor(async () => (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) === 'radio', 5000, 'focus on the verdicts again');
    await page.keyboard.press('ArrowDown'); // passed -> failed
    await page.keyboard.press('ArrowDown'); // failed -> not applicable
    await page.keyboard.press('Tab');
    await page.keyboard.type('Transferred call: the disclosure was given by the IVR.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dana (QA)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await box.getByTestId('review-verdict').textContent()) === 'not applicable (corrected)', 10000, 'the correction shown');
    assert.match((await box.locator('.review-comment').textContent())!, /disclosure was given by the IVR/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Correct check ${corrected.title}`, 'focus back on the button');

    await page.getByRole('button', { name: `Confirm check ${confirmed.title}` }).click();
    const box2 = page.locator(`[data-review-for="${confirmed.id}"]`);
    await waitFor(async () => (await box2.getByTestId('review-verdict').textContent()) === `${confirmed.status.replace('_', ' ')} (confirmed)`, 10000, 'the confirmation shown');

    const checkIds = new Set(analysis.results.compliance.checks.map((c: any) => c.id));
    const item = analysis.results.quality.scorecard.find((i: any) => !checkIds.has(i.id));
    await page.getByRole('button', { name: `Correct scorecard item ${item.title}` }).click();
    const itemBox = page.locator(`[data-review-for="${item.id}"]`);
    await itemBox.getByLabel('failed').check();
    await itemBox.getByLabel('Comment').fill('No greeting at all.');
    await itemBox.getByRole('button', { name: 'Save review' }).click();
    await waitFor(async () => /^failed/.test((await itemBox.getByTestId('review-verdict').textContent()) ?? ''), 10000, 'the scorecard review shown');

    const stored = (await server.api(`/api/v1/analysis/${id}`)).body.results;
    assert.equal(stored.compliance.reviewed, true);
    assert.deepEqual(
      { status: stored.compliance.checks.find((c: any) => c.id === corrected.id).review.status, comment: stored.compliance.checks.find((c: any) => c.id === corrected.id).review.comment },
      { status: 'not_applicable', comment: 'Transferred call: the disclosure was given by the IVR.' },
    );
    assert.equal(stored.compliance.checks.find((c: any) => c.id === corrected.id).review.reviewer, 'Dana (QA)');
    assert.equal(stored.compliance.checks.find((c: any) => c.id === confirmed.id).review.reviewer, 'Dana (QA)', 'the name is remembered for the tab');
    assert.equal(stored.quality.scorecard.find((i: any) => i.id === item.id).review.status, 'failed');
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'call-review.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'call page with reviews: accessibility');
  });

  test('the Calibration page shows agreement per check (table and chart) and links each disagreement to its call', async () => {
    await page.getByRole('link', { name: 'Calibration' }).click();
    await page.waitForURL('**/calibration');
    const table = page.getByTestId('calibration-table');
    await table.waitFor();
    const api = (await server.api('/api/v1/calibration?since=0')).body.checks;
    assert.equal(await table.locator('tbody tr').count(), api.length);
    for (const c of api) {
      const shown = await table.locator(`tr[data-check="${c.check_id}"] [data-testid=agreement]`).textContent();
      assert.equal(shown, `${Math.round(c.agreement * 100)}%`, c.check_id);
    }
    await page.getByTestId('chart-agreement').locator('canvas').first().waitFor();
    await page.getByTestId('chart-agreement-weekly').locator('canvas').first().waitFor();
    const disagreements = page.getByTestId('disagreements').locator('li');
    assert.equal(await disagreements.count(), api.reduce((s: number, c: any) => s + c.reviewed - c.agreed, 0));
    await page.screenshot({ path: join(OUT, 'calibration.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'calibration page accessibility');
    // the page has its own address: a reload (or a shared link) shows it again
    await page.reload({ waitUntil: 'load' });
    await table.waitFor();
    await page.getByLabel('Reviews made in').selectOption('all');
    await table.waitFor();
    await disagreements.first().locator('a').click();
    await page.waitForURL(`**/calls/${id}`);
    await page.getByRole('heading', { name: 'Compliance' }).waitFor();
    assert.deepEqual(problems, []);
  });
});
