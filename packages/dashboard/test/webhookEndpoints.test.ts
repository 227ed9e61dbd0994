// Browser test of the dashboard's webhook endpoint editor, per-endpoint chart and "Recover failed since…" (Debian's
// Chromium driven by playwright-core against a real CallCov on SQLite, with a real receiver on 127.0.0.1).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReceiver, type TestReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, OUT, ROOT } from './support/browser.ts';



describe('dashboard webhook endpoints in Chromium', { skip: NO_CHROMIUM }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rx: TestReceiver;
  let down = true;
  let endpointId = '';
  const problems: string[] = [];

  before(async () => {
    execFileSync(join(ROOT, 'scripts/build-dashboard'), { stdio: ['ignore', 'inherit', 'inherit'] });
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer('sqlite', { env: { CALLCOV_WEBHOOK_RETRY_SCHEDULE: '0.1' } });
    rx = await startReceiver((_r, res) => {
      res.statusCode = down ? 503 : 200;
      res.end();
    });
    endpointId = (await server.api('/api/v1/webhook_endpoints', { method: 'POST', json: { url: `${rx.url}/crm` } })).body.id;
    // an outage: two calls whose deliveries give up
    const ids = [];
    for (let i = 0; i < 2; i++) ids.push((await server.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } })).body.id);
    await waitFor(async () => {
      const ds = await Promise.all(ids.map(async (id) => (await server.api(`/api/v1/analysis/${id}/deliveries`)).body.data[0]));
      return ds.every((d) => d?.status === 'failed');
    }, 15000, 'the deliveries to give up');
    down = false;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(30000);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await server?.stop();
  });

  test('edit an endpoint (filter, payload, headers, OAuth2, timeout, rate limit), see its chart, recover failed deliveries', async () => {
    await page.goto(server.url + '/', { waitUntil: 'load' });
    await page.getByLabel('API key').fill(server.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/calls');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL('**/webhooks');
    const item = page.locator(`[data-endpoint="${endpointId}"]`);
    await item.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: `Edit endpoint ${rx.url}/crm` });
    await form.getByLabel('fail', { exact: true }).check();
    await form.getByLabel('delivery.exhausted').check();
    await form.getByLabel('Agents (comma-separated)').fill('agent_a, agent_b');
    await form.getByLabel('Payload').selectOption('thin');
    await form.getByLabel(/^Headers/).fill('X-Team: qa\nX-Api-Token: tok_0123456789abcdef');
    await form.getByLabel('Token URL').fill('https://auth.example.com/oauth/token');
    await form.getByLabel('Client ID').fill('crm-client');
    await form.getByLabel('Client secret').fill('secret_0123456789abcdef');
    await form.getByLabel('Timeout (ms)').fill('5000');
    await form.getByLabel('Rate limit (per minute)').fill('120');
    await form.getByRole('button', { name: 'Save endpoint' }).click();
    await page.getByText(`Endpoint ${rx.url}/crm saved.`).waitFor();
    const ep = (await server.api(`/api/v1/webhook_endpoints/${endpointId}`)).body;
    assert.deepEqual(ep.filter, { compliance_status: ['fail'], agent_id: ['agent_a', 'agent_b'] });
    assert.equal(ep.payload, 'thin');
    assert.ok(ep.events.includes('delivery.exhausted'));
    assert.deepEqual(ep.headers, { 'X-Team': '****', 'X-Api-Token': '****cdef' });
    assert.equal(ep.auth.client_id, 'crm-client');
    assert.equal(ep.auth.client_secret, '****cdef');
    assert.equal(ep.timeout_ms, 5000);
    assert.equal(ep.rate_limit_per_minute, 120);
    await waitFor(async () => (await item.getByTestId('endpoint-settings').textContent())!.includes('payload: thin'), 15000, 'the list shows the settings');

    // saving again without touching the masked secrets keeps them
    await item.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Rate limit (per minute)').fill('60');
    await form.getByRole('button', { name: 'Save endpoint' }).click();
    await page.getByText(`Endpoint ${rx.url}/crm saved.`).waitFor();
    // the "saved" line of the first save is still shown: wait for this save to reach the database
    const row = await waitFor(async () => {
      const r = await server.db.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpointId).executeTakeFirstOrThrow();
      return r.rate_limit_per_minute === 60 ? r : null;
    }, 15000, 'the second save stored');
    const auth = JSON.parse(server.running.ctx.secrets.open(row.auth_sealed!));
    const headers = JSON.parse(server.running.ctx.secrets.open(row.headers_sealed!));
    assert.equal(auth.client_secret, 'secret_0123456789abcdef');
    assert.deepEqual(headers, { 'X-Team': 'qa', 'X-Api-Token': 'tok_0123456789abcdef' });
    assert.equal(row.rate_limit_per_minute, 60);
    // an empty token URL removes the OAuth2 settings (auth.example.com is not reachable from here)
    await item.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Token URL').fill('');
    await form.getByRole('button', { name: 'Save endpoint' }).click();
    await page.getByText(`Endpoint ${rx.url}/crm saved.`).waitFor();
    await waitFor(async () => (await server.api(`/api/v1/webhook_endpoints/${endpointId}`)).body.auth === null, 15000, 'the third save stored');
    assert.equal((await server.api(`/api/v1/webhook_endpoints/${endpointId}`)).body.auth, null);

    // the chart: attempts, success rate and latency per hour (the outage: every attempt failed)
    await item.getByRole('button', { name: 'Chart' }).click();
    const chart = page.getByTestId(`endpoint-chart-${endpointId}`);
    await chart.waitFor();
    assert.match((await chart.textContent())!, /4 attempts in the last 24 hours/);
    assert.ok((await chart.locator('canvas').count()) >= 2, 'two uPlot charts');
    assert.ok((await chart.locator('tr[data-series="success %"] td').allTextContents()).includes('0%'));

    // recover the outage's failed deliveries from the delivery log
    const received = rx.requests.length;
    await page.getByLabel('Recover failed since').fill('2020-01-01T00:00');
    await page.getByRole('button', { name: 'Recover failed deliveries' }).click();
    await page.getByText('2 failed deliveries queued again (same webhook-ids).').waitFor();
    await waitFor(async () => rx.requests.length >= received + 2, 15000, 'the recovered deliveries');
    assert.equal(rx.requests.at(-1)!.headers['x-team'], 'qa', 'with the endpoint headers');
    assert.deepEqual(new Set(rx.requests.slice(received).map((r) => r.headers['webhook-id'])), new Set(rx.requests.slice(0, received).map((r) => r.headers['webhook-id'])));
    await page.screenshot({ path: join(OUT, 'webhook-endpoints.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'webhooks page accessibility');
    assert.deepEqual(problems, []);
  });
});
