/**
 * The web page in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core)
 * against a real server on 127.0.0.1 with the real library. Saves a screenshot to the temp folder,
 * or to the path in KERNPUNKTE_SCREENSHOT (`KERNPUNKTE_SCREENSHOT=docs/screenshot.png` refreshes the README's).
 * Fails (does not skip) when Chromium is missing: install it with `apt-get install -y chromium`.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { methods, summarize } from '../../src/index.js';
import { buildServer } from '../../src/server/index.js';
import { exampleArticle } from '../server/helpers.js';

const CHROMIUM = process.env.KERNPUNKTE_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = process.env.KERNPUNKTE_SCREENSHOT ? resolve(process.env.KERNPUNKTE_SCREENSHOT) : join(tmpdir(), `kernpunkte-page-${process.pid}.png`);
const ARTICLE = exampleArticle();

describe('web page in headless Chromium', { timeout: 60_000 }, () => {
  const app = buildServer({ summarize: (i, o) => summarize(i, o), methods, logLevel: 'silent' });
  let browser: Browser;
  let base = '';

  const missing = `Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or set KERNPUNKTE_CHROMIUM)`;

  before(async () => {
    // Without a browser the suite must fail loudly, never skip.
    if (!existsSync(CHROMIUM)) throw new Error(missing);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    assert.ok(address && typeof address === 'object');
    base = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app.close();
  });

  async function openPage(): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(base + '/');
    return { page, errors, dialogs };
  }

  it('summarizes a pasted article, highlights a bullet\'s sources and saves a screenshot', async () => {
    const { page, errors } = await openPage();
    // The method list comes from /v1/methods.
    await page.locator('#method option[value="lead"]').waitFor({ state: 'attached', timeout: 5_000 });
    await page.getByLabel('Artikeltext').fill(ARTICLE);
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    const items = page.locator('#kp-list .kp-item');
    await items.first().waitFor({ timeout: 10_000 });
    assert.equal(await items.count(), 3);
    assert.equal(await page.locator('#kp-heading').textContent(), 'Zusammenfassung');

    // Each bullet is a labelled, focusable button.
    const label = await items.nth(1).getAttribute('aria-label');
    assert.match(String(label), /^Kernpunkt 2 von 3: /);

    // The article view holds the whole input text, sentence spans included.
    const articleText = (await page.locator('#article').innerText()).replace(/\s+/g, ' ');
    assert.ok(articleText.includes('Etwa 18,3 Millionen Staatsbürger'), 'article text is shown');

    // Click the second bullet: exactly its source sentences light up, and they match the API's offsets.
    await items.nth(1).click();
    // Move the pointer off the list: hovering shows the hovered bullet, the pinned one shows after.
    await page.mouse.move(5, 5);
    assert.equal(await items.nth(1).getAttribute('aria-pressed'), 'true');
    const highlighted = page.locator('#article .src.hl');
    assert.ok((await highlighted.count()) >= 1);
    const api = await (await fetch(`${base}/v1/summarize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: ARTICLE, bullets: 3 }),
    })).json() as { bullets: Array<{ sources: Array<{ start: number; end: number }> }> };
    const expected = api.bullets[1]!.sources.map((s) => ARTICLE.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
    const shown = (await highlighted.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepEqual(shown, expected);
    assert.ok(await highlighted.first().isVisible());

    // Keyboard: focusing another bullet moves the highlight to its sources.
    await items.nth(0).focus();
    const firstSources = api.bullets[0]!.sources.map((s) => ARTICLE.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
    assert.deepEqual((await page.locator('#article .src.hl').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()), firstSources);

    await items.nth(1).focus();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.getElementById('text') as HTMLTextAreaElement).scrollTop = 0;
    });
    await page.waitForTimeout(300); // let the highlight transition finish
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    assert.ok(statSync(SCREENSHOT).size > 10_000, 'the screenshot was written');

    // Copy buttons put the box on the clipboard as Markdown and as (escaped) HTML.
    const bulletTexts = (await page.locator('#kp-list .kp-text').allTextContents());
    await page.getByRole('button', { name: 'Als Markdown kopieren' }).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(markdown, `**Zusammenfassung**\n\n${bulletTexts.map((t) => `- ${t}`).join('\n')}\n`);
    await page.getByRole('button', { name: 'Als HTML kopieren' }).click();
    const html = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(html, /^<section class="zusammenfassung">\n  <h2>Zusammenfassung<\/h2>/);
    assert.equal((html.match(/<li>/g) ?? []).length, 3);

    assert.deepEqual(errors, []);
  });

  it('shows an article containing markup as text: no script runs, no dialog opens', async () => {
    const { page, errors, dialogs } = await openPage();
    const hostile =
      'Angriff auf die Redaktion <script>alert(1)</script>\n\n' +
      'Unbekannte haben am Montag versucht, Schadcode in die Website der Zeitung einzuschleusen. <img src=x onerror="alert(2)"> ' +
      'Die Polizei ermittelt wegen Computersabotage gegen mehrere Verdächtige aus dem Ausland. ' +
      'Nach Angaben der Chefredaktion wurden keine Daten von Leserinnen und Lesern gestohlen. ' +
      'Die Website war am Montagabend für etwa drei Stunden nicht erreichbar. ' +
      'Der Verlag kündigte an, seine Sicherheitsvorkehrungen in den kommenden Wochen deutlich zu verstärken. ' +
      'Ein Sprecher des Landeskriminalamts sagte, solche Angriffe auf Medienhäuser hätten im vergangenen Jahr zugenommen. ' +
      'Experten raten Unternehmen, ihre Systeme regelmäßig zu überprüfen und Mitarbeiter zu schulen.\n';
    await page.getByLabel('Artikeltext').fill(hostile);
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    await page.locator('#kp-list .kp-item').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('#article script, #article img, #kp-list script, #kp-list img').count(), 0);
    const article = await page.locator('#article').innerText();
    assert.ok(article.includes('<img src=x onerror="alert(2)">'), 'the markup is visible as text');
    assert.ok(article.includes('<script>alert(1)</script>'), 'the script tag is visible as text');
    // The HTML copy escapes markup from the article.
    await page.getByRole('button', { name: 'Als HTML kopieren' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.doesNotMatch(copied, /<script|<img/);
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const text of await page.locator('#kp-list .kp-text').allTextContents()) {
      assert.ok(copied.includes(`<li>${escape(text)}</li>`), `escaped bullet in the HTML copy: ${text}`);
    }
    assert.deepEqual(errors, []);
  });

  it('asks for the API key after a 401 and sends it as a bearer token', async () => {
    const locked = buildServer({ summarize: (i, o) => summarize(i, o), logLevel: 'silent', apiKey: 'e2e-key' });
    await locked.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = locked.server.address();
      assert.ok(address && typeof address === 'object');
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${address.port}/`);
      assert.equal(await page.locator('#key-row').isVisible(), false);
      await page.getByLabel('Artikeltext').fill(ARTICLE);
      await page.getByRole('button', { name: 'Zusammenfassen' }).click();
      await page.locator('#status.error').waitFor({ timeout: 10_000 });
      assert.match(String(await page.locator('#status').textContent()), /\(UNAUTHORIZED\)/);
      const key = page.getByLabel('API-Schlüssel');
      assert.ok(await key.isVisible());
      await key.fill('e2e-key');
      await page.getByRole('button', { name: 'Zusammenfassen' }).click();
      await page.locator('#kp-list .kp-item').first().waitFor({ timeout: 10_000 });
      assert.equal(await page.locator('#kp-list .kp-item').count(), 3);
      await page.close();
    } finally {
      await locked.close();
    }
  });

  it('reports a problem from the API in the status line', async () => {
    const { page } = await openPage();
    // A loopback URL is refused by the SSRF guard: no fetch happens, the code shows.
    await page.getByLabel('Adresse (URL) eines Artikels').fill('http://127.0.0.1:9/artikel');
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    const status = page.locator('#status.error');
    await status.waitFor({ timeout: 10_000 });
    assert.match(String(await status.textContent()), /\(PRIVATE_ADDRESS\)/);
    assert.equal(await status.getAttribute('role'), 'alert');
  });
});
