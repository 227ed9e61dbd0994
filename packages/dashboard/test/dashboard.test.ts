// Browser tests of the dashboard: Debian's Chromium driven by playwright-core against a real CallCov (SQLite) with
// real analyses (transcripts submitted through the API, and one uploaded WAV synthesised by flite or ffmpeg), and the
// echo service's /view/{id} page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM, OUT, ROOT } from './support/browser.ts';

const haveFlite = spawnSync('flite', ['-t', 'x', '-o', '/dev/null']).status === 0;

const CARD = '4111 1111 1111 1111';
const transcriptOf = (agentLine: string, withCard = false) => ({
  segments: sampleTranscript.segments.map((s, i) =>
    i === 0 ? { ...s, text: agentLine } : i === 3 && withCard ? { ...s, text: `Patricia Brown, my card number is ${CARD}.` } : s,
  ),
});

/** A few seconds of speech: flite when installed, else two ffmpeg tones (the ASR then finds little; the player still works). */
async function makeWav(dir: string): Promise<string> {
  // asynchronously: the server under test shares this event loop
  const file = join(dir, 'call.wav');
  if (haveFlite) {
    await promisify(execFile)('flite', ['-t', 'Thank you for calling Harper Valley Bank. My name is Ana. How can I help you today? I would like to check my balance please.', '-o', file]);
  } else {
    await promisify(execFile)('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=6', '-ar', '16000', '-ac', '1', '-y', file]);
  }
  return file;
}


describe('dashboard in Chromium', { skip: NO_CHROMIUM }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tmp: string;
  const ids: { transcript: string[]; audio: string } = { transcript: [], audio: '' };
  const echoUrl = () => `${server.url}/echo/dashboard-test`;
  /** Script errors and Content-Security-Policy violations seen by the main page (checked by the last test). */
  const pageProblems: string[] = [];

  before(async () => {
    execFileSync(join(ROOT, 'scripts/build-dashboard'), { stdio: ['ignore', 'inherit', 'inherit'] });
    mkdirSync(OUT, { recursive: true });
    tmp = await mkdtemp(join(tmpdir(), 'callcov-dash-'));
    server = await startTestServer('sqlite'); // the standard server: its analysis engine fills compliance, scorecard and coaching
    const calls = [
      { agent_id: 'agent_ana', contact_id: 'customer_100', line: 'Thank you for calling Harper Valley Bank, this call may be recorded. My name is Ana, how can I help you?', card: true },
      { agent_id: 'agent_ana', contact_id: 'customer_101', line: 'Hello, this is Ana. What do you want?' },
      { agent_id: 'agent_bob', contact_id: 'customer_200', line: 'Thank you for calling, my name is Bob, this call may be recorded, how may I help you today?' },
    ];
    for (const c of calls) {
      const r = await server.api('/api/v1/analysis', { method: 'POST', json: { transcript: transcriptOf(c.line, 'card' in c), agent_id: c.agent_id, contact_id: c.contact_id, webhook_url: echoUrl() } });
      assert.equal(r.status, 202, r.text);
      ids.transcript.push(r.body.id);
    }
    const form = new FormData();
    form.set('audio', new Blob([await readFile(await makeWav(tmp))], { type: 'audio/wav' }), 'call.wav');
    form.set('agent_id', 'agent_carla');
    form.set('contact_id', 'customer_300');
    form.set('language', 'en');
    const up = await fetch(`${server.url}/api/v1/analysis`, { method: 'POST', headers: { 'x-api-key': server.key }, body: form });
    const upBody = (await up.json()) as { id: string };
    assert.equal(up.status, 202, JSON.stringify(upBody));
    ids.audio = upBody.id;
    await waitFor(
      async () => {
        const list = await server.api('/api/v1/analysis?limit=100');
        return list.body.data.every((a: any) => a.status === 'completed' || a.status === 'failed') && list.body.data;
      },
      90000,
      'all analyses to finish',
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    page.setDefaultTimeout(30000);
    page.on('pageerror', (err) => pageProblems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      // 401/404 answers the app handles (a wrong key, a call without a stored recording) are logged by Chromium; fine.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageProblems.push(`console: ${msg.text()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test('the server serves the build with caching headers, and the SPA fallback only for client routes', async () => {
    const index = await fetch(`${server.url}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const html = await index.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset, 'index.html references a hashed script');
    const js = await fetch(server.url + asset);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    for (const route of ['/calls', `/calls/${ids.transcript[0]}`, '/webhooks', '/settings', '/agents']) {
      const r = await fetch(server.url + route);
      assert.equal(r.status, 200, route);
      assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    }
    const api404 = await fetch(`${server.url}/api/v1/nothing-here`);
    assert.equal(api404.status, 404);
    assert.equal(((await api404.json()) as any).error.type, 'not_found_error');
    assert.equal((await fetch(`${server.url}/assets/missing.js`)).status, 404);
  });

  test('sign in, list and filter calls', async () => {
    const t0 = Date.now();
    await page.goto(server.url + '/', { waitUntil: 'load' });
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: Math.round(e.domContentLoadedEventEnd), load: Math.round(e.loadEventEnd) };
    });
    await page.getByLabel('API key').waitFor();
    console.log(`# first page load: DOMContentLoaded ${nav.domContentLoaded} ms, load ${nav.load} ms, sign-in form visible after ${Date.now() - t0} ms (wall)`);
    assert.deepEqual(await axeViolations(page), [], 'sign-in page accessibility');

    await page.getByLabel('API key').fill('sk_test_not_a_real_key_000000000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This key is not valid').waitFor();

    await page.getByLabel('API key').fill(server.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/calls');
    const rows = page.locator('[data-testid=calls-table] tbody tr');
    await waitFor(async () => (await rows.count()) === 4, 10000, '4 calls listed');
    assert.ok(!page.url().includes(server.key), 'the key is never in the URL');
    assert.equal(await page.evaluate(() => document.cookie), '');
    await page.screenshot({ path: join(OUT, 'calls.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'calls page accessibility');

    await page.getByLabel('Agent').fill('agent_ana');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitFor(async () => (await rows.count()) === 2, 10000, 'agent filter');
    assert.deepEqual(await rows.locator('td:nth-child(3)').allTextContents(), ['agent_ana', 'agent_ana']);
    assert.match(page.url(), /agent_id=agent_ana/);

    await page.getByLabel('Contact id').fill('customer_101');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitFor(async () => (await rows.count()) === 1, 10000, 'contact search');
    assert.equal(await rows.first().locator('td:nth-child(4)').textContent(), 'customer_101');

    await page.getByRole('button', { name: 'Clear' }).click();
    await waitFor(async () => (await rows.count()) === 4, 10000, 'filters cleared');
    await page.getByLabel('Status').selectOption('failed');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitFor(async () => (await page.getByText('No calls match').count()) === 1 || (await rows.count()) >= 0, 10000, 'status filter');
    const failed = (await server.api('/api/v1/analysis?status=failed')).body.data.length;
    await waitFor(async () => (failed === 0 ? (await page.getByText('No calls match').count()) === 1 : (await rows.count()) === failed), 10000, 'status filter result');
    await page.getByRole('button', { name: 'Clear' }).click();
    await waitFor(async () => (await rows.count()) === 4, 10000, 'filters cleared again');

    // Failed check: the options are the checks of the account's policies; the list asks the API with failed_check=.
    const failedDisclosure = (await server.api('/api/v1/analysis?failed_check=recording_disclosure')).body.data.map((a: any) => a.id).sort();
    assert.ok(failedDisclosure.length > 0 && failedDisclosure.length < 4, `calls without the recording disclosure: ${failedDisclosure.length}`);
    const checkFilter = page.getByLabel('Failed check');
    await waitFor(async () => (await checkFilter.locator('option[value="recording_disclosure"]').count()) === 1, 10000, 'check options loaded');
    await checkFilter.selectOption('recording_disclosure');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL('**/calls?failed_check=recording_disclosure');
    await waitFor(async () => (await rows.count()) === failedDisclosure.length, 10000, 'failed check filter');
    assert.deepEqual((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).sort(), failedDisclosure);
    await page.getByRole('button', { name: 'Clear' }).click();
    await waitFor(async () => (await rows.count()) === 4, 10000, 'failed check filter cleared');
    assert.equal(await checkFilter.inputValue(), '');
  });

  test('a call: click a transcript segment or an evidence quote and the position moves; the sentiment chart shows the numbers', async () => {
    const id = ids.transcript[0]!;
    const analysis = (await server.api(`/api/v1/analysis/${id}`)).body;
    await page.locator(`tr[data-id="${id}"] a`).click();
    await page.waitForURL(`**/calls/${id}`);
    await page.getByRole('heading', { name: 'Transcript' }).waitFor();
    const position = page.getByTestId('position');
    assert.equal(await position.textContent(), '0:00.0');

    const segments = analysis.transcript.segments;
    await page.locator('[data-segment="2"] .seg-button').click();
    await waitFor(async () => (await position.textContent()) === `0:${segments[2].start.toFixed(1).padStart(4, '0')}`, 5000, 'position after segment click');
    assert.equal(await page.locator('[data-segment="2"]').getAttribute('aria-current'), 'true');
    // Keyboard: segments are buttons (Tab to one, Enter seeks).
    await page.locator('[data-segment="4"] .seg-button').focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await position.textContent()) === `0:${segments[4].start.toFixed(1).padStart(4, '0')}`, 5000, 'position after Enter on a segment');

    // Compliance checks with evidence: clicking a quote moves the position to its start.
    const checks = page.getByTestId('compliance-checks');
    assert.equal(await checks.locator('li.check').count(), analysis.results.compliance.checks.length);
    const withEvidence = analysis.results.compliance.checks.find((c: any) => c.evidence?.length && c.evidence[c.evidence.length - 1].start > 0) ??
      analysis.results.compliance.checks.find((c: any) => c.evidence?.length);
    assert.ok(withEvidence, 'the engine gave evidence');
    const ev = withEvidence.evidence[withEvidence.evidence.length - 1];
    await page.locator('[data-segment="1"] .seg-button').click();
    const quote = checks.locator(`li[data-check="${withEvidence.id}"] .evidence-quote`).last();
    await quote.click();
    const expected = `0:${ev.start.toFixed(1).padStart(4, '0')}`;
    await waitFor(async () => (await position.textContent()) === expected, 5000, `position ${expected} after the evidence click`);
    console.log(`# evidence quote of check '${withEvidence.id}' clicked: position ${expected}`);
    assert.equal(await page.locator(`[data-segment="${ev.segment}"]`).getAttribute('aria-current'), 'true');

    // PII the engine detected (but did not redact) is masked in the transcript.
    assert.ok(analysis.results.compliance.pii.detected.some((p: any) => p.type === 'card_number'), 'card number detected');
    const piiText = await page.locator('[data-segment="3"] .seg-text').textContent();
    assert.ok(!piiText!.includes(CARD), piiText!);
    assert.match(piiText!, /\[CARD_NUMBER\]/);
    assert.ok((await page.locator('.scorecard li').count()) > 0, 'scorecard items shown');
    await page.getByRole('heading', { name: 'Strengths' }).waitFor();

    const sentiment = analysis.results?.quality?.metrics?.sentiment;
    if (sentiment?.customer?.by_quarter) {
      const chart = page.getByTestId('sentiment-chart');
      await chart.locator('canvas').first().waitFor();
      const customerRow = await chart.locator('tr[data-series="Customer"] td').allTextContents();
      assert.deepEqual(customerRow, sentiment.customer.by_quarter.map((v: number | null) => (v == null ? '—' : v.toFixed(2))));
      const agentRow = await chart.locator('tr[data-series="Agent"] td').allTextContents();
      assert.deepEqual(agentRow, sentiment.agent.by_quarter.map((v: number | null) => (v == null ? '—' : v.toFixed(2))));
    } else {
      assert.fail('the analysis has no sentiment by quarter');
    }
    await page.screenshot({ path: join(OUT, 'call-detail.png'), fullPage: true });
    // The README's picture (viewport only, small): refreshed on request.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'readme-call.png') });
    if (process.env.CALLCOV_UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(join(OUT, 'readme-call.png'), join(ROOT, 'docs', 'dashboard.png'));
    }
    assert.deepEqual(await axeViolations(page), [], 'call page accessibility');
  });

  test('an uploaded call plays from its stored audio, and clicking a segment moves the player', async () => {
    const analysis = (await server.api(`/api/v1/analysis/${ids.audio}`)).body;
    assert.equal(analysis.status, 'completed', JSON.stringify(analysis.error_message));
    const range = await fetch(`${server.url}/api/v1/analysis/${ids.audio}/audio`, { headers: { 'x-api-key': server.key, range: 'bytes=0-43' } });
    assert.equal(range.status, 206);
    assert.match(range.headers.get('content-range') ?? '', /^bytes 0-43\/\d+$/);
    assert.equal((await range.arrayBuffer()).byteLength, 44);

    await page.goto(`${server.url}/calls/${ids.audio}`);
    const audio = page.getByTestId('audio');
    await audio.waitFor();
    await page.waitForFunction(() => ((document.querySelector('[data-testid=audio]') as HTMLAudioElement | null)?.readyState ?? 0) >= 1);
    const src = await audio.getAttribute('src');
    assert.match(src ?? '', /^blob:/, 'the recording is fetched with the key header into a blob: URL');
    const segments = analysis.transcript.segments as Array<{ start: number }>;
    const target = segments.length > 1 ? segments.length - 1 : 0;
    if (segments.length > 0) {
      await page.locator(`[data-segment="${target}"] .seg-button`).click();
      const t = await page.evaluate(() => (document.querySelector('[data-testid=audio]') as HTMLAudioElement).currentTime);
      assert.ok(Math.abs(t - segments[target]!.start) < 0.25, `player at ${t}, segment starts at ${segments[target]!.start}`);
    }
    // The timeline strip seeks too (keyboard: arrow right = +5 s from the current position).
    await page.locator('.tl-rows').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const t2 = await page.evaluate(() => (document.querySelector('[data-testid=audio]') as HTMLAudioElement).currentTime);
    assert.ok(Math.abs(t2 - Math.min(5, analysis.audio.duration_seconds)) < 0.25, `player at ${t2} after ArrowRight`);
    assert.match((await page.getByTestId('position').textContent()) ?? '', /^0:0[45]\.\d$/);
    // An evidence quote seeks the real player too.
    const evidence = (analysis.results?.compliance?.checks ?? []).flatMap((c: any) => (c.evidence ?? []).map((e: any) => ({ check: c.id, ...e })));
    if (evidence.length > 0) {
      const e = evidence[0];
      await page.locator(`li[data-check="${e.check}"] .evidence-quote`).first().click();
      const t3 = await page.evaluate(() => (document.querySelector('[data-testid=audio]') as HTMLAudioElement).currentTime);
      assert.ok(Math.abs(t3 - e.start) < 0.25, `player at ${t3} after the evidence click, quote starts at ${e.start}`);
    } else {
      console.log('# the recognised audio call has no compliance evidence; evidence seek checked on the transcript call only');
    }
    await page.screenshot({ path: join(OUT, 'call-audio.png'), fullPage: true });
  });

  test('webhooks: reveal and rotate the secret, resend a delivery and see the new attempt', async () => {
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL('**/webhooks');
    const secret = page.getByTestId('secret');
    await secret.waitFor();
    assert.ok(!(await secret.textContent())!.includes(server.secret.slice(8)), 'hidden until revealed');
    await page.getByRole('button', { name: 'Reveal secret' }).click();
    assert.equal(await secret.textContent(), server.secret);

    await page.getByRole('button', { name: 'Rotate secret…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await secret.textContent(), server.secret, 'cancel keeps the secret');
    await page.getByRole('button', { name: 'Rotate secret…' }).click();
    await dialog.getByRole('button', { name: 'Rotate' }).click();
    await waitFor(async () => (await secret.textContent()) !== server.secret, 5000, 'new secret shown');
    const current = (await server.api('/api/v1/webhooks/secret')).body;
    assert.equal(await secret.textContent(), current.secret);
    assert.equal(current.previous[0].secret, server.secret);
    await page.getByText('Still signing').waitFor();

    const rows = page.locator('[data-testid=deliveries] > tbody > tr[data-delivery]');
    await waitFor(async () => (await rows.count()) >= 3, 10000, 'deliveries listed');
    const before = await rows.count();
    const first = rows.first();
    await first.getByRole('button', { name: /attempt/ }).click();
    await page.locator('.attempts').first().waitFor();
    await first.getByRole('button', { name: 'Resend' }).click();
    await waitFor(async () => (await rows.count()) === before + 1, 10000, 'a new delivery row');
    const fresh = rows.first();
    await waitFor(async () => (await fresh.getAttribute('data-status')) === 'succeeded', 15000, 'the resent delivery succeeds');
    assert.match((await fresh.textContent()) ?? '', /resent/);
    await fresh.getByRole('button', { name: '1 attempt' }).click();
    const attempt = page.locator('.attempts').first().locator('tbody tr').first();
    await attempt.waitFor();
    assert.equal(await attempt.locator('td:nth-child(3)').textContent(), '200');

    // Default endpoints: add one, send it a test event (it shows in the log), then disable it.
    await page.getByLabel('Endpoint URL').fill(`${server.url}/echo/dashboard-endpoint`);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const endpoint = page.locator('.endpoints li').first();
    await endpoint.waitFor();
    await endpoint.getByRole('button', { name: 'Send test event' }).click();
    await waitFor(async () => (await rows.count()) === before + 2, 10000, 'the test delivery in the log');
    await waitFor(async () => (await rows.first().getAttribute('data-status')) === 'succeeded', 15000, 'the test delivery succeeds');
    assert.match((await rows.first().textContent()) ?? '', /test event/);
    await endpoint.getByRole('button', { name: 'Disable' }).click();
    await endpoint.getByRole('button', { name: 'Enable' }).waitFor();
    assert.equal((await server.api('/api/v1/webhook_endpoints')).body.data[0].enabled, false);
    await page.screenshot({ path: join(OUT, 'webhooks.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'webhooks page accessibility');
  });

  test("the echo service's view page: the dashboard's look, newest first, signature badges, refreshes itself", async () => {
    // Opened from the delivery log (a new tab).
    await page.getByRole('link', { name: 'Webhooks' }).click();
    const link = page.locator('[data-testid=deliveries] a[href="/view/dashboard-test"]').first();
    await link.waitFor();
    const [view] = await Promise.all([context.waitForEvent('page'), link.click()]);
    const problems: string[] = [];
    view.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await view.waitForLoadState();
    assert.equal(new URL(view.url()).pathname, '/view/dashboard-test');
    await view.getByRole('heading', { name: /Webhook echo/ }).waitFor();

    const stored = (await server.api('/view/dashboard-test.json', { key: null })).body.data;
    assert.ok(stored.length >= 3, `${stored.length} echo requests`);
    const boxes = view.locator('#list .req');
    await waitFor(async () => (await boxes.count()) === stored.length, 5000, 'all requests listed');
    assert.deepEqual(await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), stored.map((q: any) => q.id), 'newest first');
    for (const [i, q] of stored.slice(0, 3).entries()) {
      const badge = (name: string) => boxes.nth(i).locator(`.badge[data-check="${name}"]`).getAttribute('data-result');
      assert.equal(await badge('X-CallCov-Signature'), q.verification.x_callcov_signature);
      assert.equal(await badge('webhook-signature'), q.verification.webhook_signature);
    }
    assert.ok(stored.some((q: any) => q.verification.x_callcov_signature === 'valid'), 'signed deliveries verify');

    // Same look as the dashboard: colours and type of the top bar, page and badges.
    const look = (p: Page) =>
      p.evaluate(() => {
        const css = (sel: string, prop: string) => getComputedStyle(document.querySelector(sel)!).getPropertyValue(prop);
        return { bar: css('.topbar', 'background-color'), page: css('html', 'background-color'), font: css('body', 'font-family'), size: css('body', 'font-size'), text: css('body', 'color') };
      });
    assert.deepEqual(await look(view), await look(page));
    const okBadge = await view.locator('.badge-valid').first().evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
    const dashOk = await page.locator('.badge-succeeded').first().evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
    assert.deepEqual(okBadge, dashOk, 'a valid signature looks like a success in the dashboard');

    // It refreshes itself: a new (unsigned) request appears on top.
    const r = await fetch(`${server.url}/echo/dashboard-test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hello: 'echo' }) });
    assert.equal(r.status, 200);
    const { id: newId } = (await r.json()) as { id: string };
    await waitFor(async () => (await boxes.first().getAttribute('data-id')) === newId, 5000, 'the new request on top');
    assert.equal(await boxes.first().locator('.badge[data-check="X-CallCov-Signature"]').getAttribute('data-result'), 'missing');
    assert.match((await boxes.first().locator('pre').first().textContent()) ?? '', /"hello": "echo"/);
    await view.screenshot({ path: join(OUT, 'echo-view.png'), fullPage: false });
    assert.deepEqual(await axeViolations(view), [], 'echo view accessibility');
    await view.close();
    assert.deepEqual(problems, [], 'no script errors on the echo view');
  });

  test('agents: per-agent averages and charts, one click to their calls', async () => {
    await page.getByRole('link', { name: 'Agents' }).click();
    const table = page.getByTestId('agents-table');
    await table.waitFor();
    const agents = await table.locator('tbody th a').allTextContents();
    assert.deepEqual([...agents].sort(), ['agent_ana', 'agent_bob', 'agent_carla']);
    assert.equal(await table.locator('tr[data-agent="agent_ana"] td').first().textContent(), '2');
    await page.getByTestId('chart-volume').locator('canvas').first().waitFor();
    const volumeAna = await page.getByTestId('chart-volume').locator('tr[data-series="agent_ana"] td').allTextContents();
    assert.deepEqual(volumeAna, ['2']);
    await page.screenshot({ path: join(OUT, 'agents.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'agents page accessibility');

    // Each "most failed checks" entry opens the calls of that agent that failed that check.
    const stats = (await server.api('/api/v1/agents')).body.data.find((a: any) => a.agent_id === 'agent_ana');
    const top = stats.top_failed_checks[0];
    assert.ok(top, "agent_ana's calls failed some check");
    const expected = (await server.api(`/api/v1/analysis?agent_id=agent_ana&failed_check=${top.id}`)).body.data.map((a: any) => a.id).sort();
    assert.equal(expected.length, top.count);
    assert.deepEqual(await table.locator('tr[data-agent="agent_ana"] .failed-checks li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-check'))), stats.top_failed_checks.map((c: any) => c.id));
    await table.locator(`tr[data-agent="agent_ana"] li[data-check="${top.id}"] a`).click();
    await page.waitForURL(`**/calls?agent_id=agent_ana&failed_check=${top.id}`);
    const callRows = page.locator('[data-testid=calls-table] tbody tr');
    await waitFor(async () => (await callRows.count()) === expected.length, 10000, `agent_ana's calls failing ${top.id}`);
    assert.deepEqual((await callRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).sort(), expected);
    assert.equal(await page.getByLabel('Failed check').inputValue(), top.id);
    assert.equal(await page.getByLabel('Agent').inputValue(), 'agent_ana');
    await page.goBack();
    await table.waitFor();
    await table.getByRole('link', { name: 'agent_bob' }).click();
    await page.waitForURL('**/calls?agent_id=agent_bob');
    await waitFor(async () => (await page.locator('[data-testid=calls-table] tbody tr').count()) === 1, 10000, "bob's calls");
  });

  test('settings: create and revoke an API key', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const rows = page.locator('[data-testid=keys-table] tbody tr');
    await waitFor(async () => (await rows.count()) === 1, 10000, 'one key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const newKey = (await page.getByTestId('new-key').textContent())!;
    assert.match(newKey, /^sk_test_/);
    assert.equal((await server.api('/api/v1/analysis?limit=1', { key: newKey })).status, 200, 'the new key works');
    await waitFor(async () => (await rows.count()) === 2, 10000, 'two keys');
    await page.getByRole('button', { name: 'Revoke…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.locator('[data-testid=keys-table] .badge-revoked').waitFor();
    await page.screenshot({ path: join(OUT, 'settings.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'settings page accessibility');
  });

  test('settings: view policies and scorecards as JSON (any version) and pick the account default', async () => {
    // An own policy with two versions, next to the built-in ones.
    const builtIn = (await server.api('/api/v1/policies/default')).body.document;
    const { id: _id, version: _v, ...body } = builtIn;
    assert.equal((await server.api('/api/v1/policies', { method: 'POST', json: { ...body, id: 'strict', name: 'Strict v1' } })).status, 201);
    assert.equal((await server.api('/api/v1/policies/strict/versions', { method: 'POST', json: { ...body, name: 'Strict v2' } })).status, 201);
    await page.reload();
    const policies = page.getByTestId('policies-table');
    await waitFor(async () => (await policies.locator('tbody tr').count()) === 4, 10000, 'four policies (three built in, one own)');
    assert.deepEqual(await policies.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-doc'), tr.getAttribute('data-default')])), [
      ['default', 'true'],
      ['collections', 'false'],
      ['spain', 'false'],
      ['strict', 'false'],
    ]);
    assert.equal(await policies.locator('tr[data-doc="strict"] td:nth-child(3)').textContent(), '2');

    await page.getByRole('button', { name: 'View JSON of Debt collections compliance' }).click();
    const json = page.getByTestId('policy-json');
    await json.waitFor();
    assert.deepEqual(JSON.parse((await json.textContent())!), (await server.api('/api/v1/policies/collections')).body.document);
    await page.getByRole('button', { name: 'View JSON of Strict v2' }).click();
    await waitFor(async () => JSON.parse((await json.textContent())!).name === 'Strict v2', 5000, 'the latest version shown');
    await page.getByTestId('policy-viewer').getByLabel('Version', { exact: true }).selectOption('1');
    await waitFor(async () => JSON.parse((await json.textContent())!).name === 'Strict v1', 5000, 'version 1 shown');
    assert.equal(JSON.parse((await json.textContent())!).version, 1);

    // Make default: asks first; Cancel changes nothing.
    const makeCollections = page.getByRole('button', { name: 'Make default… (Debt collections compliance)' });
    await makeCollections.click();
    const dialog = page.getByRole('dialog', { name: 'Make this the default policy?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await server.api('/api/v1/policies')).body.data.find((d: any) => d.default).id, 'default', 'cancel keeps the default');
    await makeCollections.click();
    await dialog.getByRole('button', { name: 'Make default' }).click();
    await waitFor(async () => (await policies.locator('tr[data-doc="collections"]').getAttribute('data-default')) === 'true', 5000, 'collections is the default');
    assert.equal(await policies.locator('tr[data-doc="default"]').getAttribute('data-default'), 'false');
    assert.deepEqual((await server.api('/api/v1/policies')).body.data.filter((d: any) => d.default).map((d: any) => d.id), ['collections']);

    // Scorecards: the built-in one is the default and its JSON shows.
    const scorecards = page.getByTestId('scorecards-table');
    assert.equal(await scorecards.locator('tr[data-doc="default"]').getAttribute('data-default'), 'true');
    await scorecards.getByRole('button', { name: /^View JSON/ }).first().click();
    const scJson = page.getByTestId('scorecard-json');
    await scJson.waitFor();
    assert.deepEqual(JSON.parse((await scJson.textContent())!), (await server.api('/api/v1/scorecards/default')).body.document);
    await page.screenshot({ path: join(OUT, 'settings-documents.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], 'settings page with the JSON viewers accessibility');
    // Later tests' calls use the built-in default policy again.
    assert.equal((await server.api('/api/v1/policies/default/default', { method: 'POST' })).status, 200);
  });

  test('the calls list updates live when a new call arrives and finishes', async () => {
    await page.getByRole('link', { name: 'Calls' }).click();
    await page.waitForURL('**/calls');
    const rows = page.locator('[data-testid=calls-table] tbody tr');
    await waitFor(async () => (await rows.count()) === 4, 10000, 'four calls');
    const r = await server.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: 'agent_dan', contact_id: 'customer_live' } });
    assert.equal(r.status, 202);
    const row = page.locator(`tr[data-id="${r.body.id}"]`);
    await row.waitFor({ timeout: 15000 });
    await waitFor(async () => (await row.getAttribute('data-status')) === 'completed', 15000, 'the new row to show completed');
    assert.equal(await rows.count(), 5);
    assert.deepEqual(pageProblems, [], 'no script errors or CSP violations');
  });

  test('cursor pagination: older and newer pages', async () => {
    for (let i = 0; i < 17; i++) {
      const r = await server.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: 'agent_dan', contact_id: `bulk_${i}` } });
      assert.equal(r.status, 202);
    }
    await waitFor(async () => (await server.api('/api/v1/analysis?status=completed&limit=100')).body.data.length === 22, 30000, '22 completed calls');
    await page.reload();
    const rows = page.locator('[data-testid=calls-table] tbody tr');
    await waitFor(async () => (await rows.count()) === 20, 10000, 'first page of 20');
    const firstPage = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    await page.getByRole('button', { name: 'Older →' }).click();
    await waitFor(async () => (await rows.count()) === 2, 10000, 'second page of 2');
    const secondPage = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    assert.equal(new Set([...firstPage, ...secondPage]).size, 22, 'no call twice, none missing');
    assert.ok(await page.getByRole('button', { name: 'Older →' }).isDisabled());
    await page.getByRole('button', { name: '← Newer' }).click();
    await waitFor(async () => (await rows.count()) === 20, 10000, 'back to the first page');
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id'))), firstPage);
  });

  test('sign out forgets the key', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    assert.equal(await page.evaluate(() => JSON.stringify(sessionStorage)), '{}');
    await page.goto(`${server.url}/webhooks`);
    await page.getByLabel('API key').waitFor();
  });

  test('phone-sized screen: the call page fits without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(server.url + '/');
    await p.getByLabel('API key').fill(server.key);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.locator('[data-testid=calls-table]').waitFor();
    await p.goto(`${server.url}/calls/${ids.transcript[0]}`);
    await p.getByRole('heading', { name: 'Transcript' }).waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await p.screenshot({ path: join(OUT, 'call-detail-phone.png'), fullPage: true });
    await phone.close();
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
  });
});
