/**
 * The web page's article view, summary kinds and messages, in a real headless Chromium (Debian's
 * /usr/bin/chromium via playwright-core) against a real server on 127.0.0.1 with the real
 * library, as page.test.ts does. Fails (does not skip) when Chromium is missing.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { methods, summarize, summarizeText } from '../../src/index.js';
import { buildServer } from '../../src/server/index.js';
import { exampleArticle } from '../server/helpers.js';

const CHROMIUM = process.env.KERNPUNKTE_CHROMIUM ?? '/usr/bin/chromium';
const TITLE = 'Putin und Kim unterzeichnen Beistandsabkommen';
const CROSSHEAD = 'Reaktionen aus dem Westen';
// As pasted from a portal: an agency tag above the title, a dateline, a video teaser, a crosshead.
const PASTED = `AFP

${TITLE}

Pjöngjang (AFP) - Russland und Nordkorea haben sich gegenseitigen Beistand im Falle einer Aggression zugesichert. Das sieht ein Abkommen vor, das Kremlchef Wladimir Putin und Machthaber Kim Jong Un am Mittwoch in Pjöngjang unterzeichneten.

Video: Putin in Pjöngjang empfangen

Der Vertrag umfasst nach Angaben beider Seiten auch eine engere Zusammenarbeit in Wirtschaft, Technik und Kultur. Beobachter im Westen reagierten besorgt auf die Annäherung der beiden Staaten.

${CROSSHEAD}

Die Bundesregierung in Berlin nannte das Abkommen ein Zeichen wachsender Isolation. Washington kündigte an, die Zusammenarbeit der beiden Länder genau zu beobachten. Die Nato verwies auf die Lieferung nordkoreanischer Munition an Russland.
`;
const ARTICLE = exampleArticle('en-wikinews-asylum-seekers-indonesia.txt');

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address && typeof address === 'object');
  return `http://127.0.0.1:${address.port}`;
}

describe('web page: article view, summary kinds, messages (headless Chromium)', { timeout: 90_000 }, () => {
  const app = buildServer({ summarize: (i, o) => summarize(i, o), methods, logLevel: 'silent' });
  let browser: Browser;
  let base = '';

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or set KERNPUNKTE_CHROMIUM)`);
    base = await listen(app);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app.close();
  });

  async function open(url = base): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    await page.goto(url + '/');
    return { page, errors };
  }

  async function summarizeIn(page: Page, text: string): Promise<void> {
    await page.getByLabel('Artikeltext').fill(text);
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    await page.locator('#kp-list .kp-item').first().waitFor({ timeout: 15_000 });
  }

  it('shows the title once after an agency tag, dropped lines marked with their kind, the crosshead as a subheading', async () => {
    const { page, errors } = await open();
    await summarizeIn(page, PASTED);
    const article = page.locator('#article');
    // The title once, as the article's heading.
    assert.deepEqual(await article.locator('h3').allTextContents(), [TITLE]);
    assert.equal((await article.innerText()).split(TITLE).length - 1, 1, 'the title appears exactly once');
    // The crosshead as a subheading, not as a paragraph.
    assert.deepEqual(await article.locator('h4').allTextContents(), [CROSSHEAD]);
    assert.equal(await article.locator('p', { hasText: new RegExp(`^${CROSSHEAD}$`) }).count(), 0);
    // Every drop the API reports is shown, marked with its kind, in the page's words.
    const api = summarizeText(PASTED);
    const shown = await article.locator('.dropped').evaluateAll((nodes) => nodes.map((n) => ({ kind: (n as HTMLElement).dataset.kind, text: n.textContent })));
    assert.deepEqual(shown.map((d) => d.kind), api.dropped.map((d) => d.kind));
    assert.deepEqual(api.dropped.map((d) => d.kind), ['agency', 'dateline', 'media']);
    const label: Record<string, string> = { agency: 'Agenturkürzel', dateline: 'Ortsmarke', media: 'Video/Audio' };
    api.dropped.forEach((d, i) => assert.equal(shown[i]!.text, `entfernt · ${label[d.kind]}${d.text}`));
    // The dateline stays on its line, at the head of the paragraph it was cut from.
    const firstParagraph = article.locator('p', { has: page.locator('.dropped[data-kind="dateline"]') });
    assert.match(String(await firstParagraph.textContent()), /Pjöngjang \(AFP\) - Russland und Nordkorea/);
    // The sources are still marked where the API says they are.
    const sources = (await article.locator('.src').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    assert.deepEqual(sources, api.bullets.flatMap((b) => b.sources.map((s) => PASTED.slice(s.start, s.end).replace(/\s+/g, ' '))));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('type and length: a tl;dr is one paragraph citing its sentences, a headline one line; the count is for key points only', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Länge', { exact: true }).selectOption('medium');
    await summarizeIn(page, ARTICLE);
    assert.equal(await page.locator('#kp-list .kp-item').count(), 5);
    assert.equal(await page.locator('#bullets').isDisabled(), false);

    await page.getByLabel('Art', { exact: true }).selectOption('tldr');
    assert.equal(await page.locator('#bullets').isDisabled(), true);
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    await page.locator('.kp-box-tldr').waitFor({ timeout: 15_000 });
    const tldr = summarizeText(ARTICLE, { type: 'tldr', length: 'medium' });
    const items = page.locator('#kp-list .kp-item');
    assert.equal(await items.count(), 1);
    assert.equal(await page.locator('#kp-list .kp-text').textContent(), tldr.bullets[0]!.text);
    assert.match(String(await items.first().getAttribute('aria-label')), /^Kurzfassung: /);
    assert.equal(await page.locator('.kp-box-tldr .kp-dot').isVisible(), false);
    await items.first().click();
    await page.mouse.move(5, 5);
    assert.equal(await page.locator('#article .src.hl').count(), tldr.bullets[0]!.sources.length);
    assert.match(String(await page.locator('#meta').textContent()), /Kurzfassung aus 2 Sätzen/);
    // Copied as the CLI prints it: the heading and one paragraph.
    await page.getByRole('button', { name: 'Als Markdown kopieren' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `**Summary**\n\n${tldr.bullets[0]!.text}\n`);
    await page.getByRole('button', { name: 'Als HTML kopieren' }).click();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<section class="zusammenfassung">\n  <h2>Summary<\/h2>\n  <p>On Friday, [^<]+<\/p>\n<\/section>\n$/);

    await page.getByLabel('Art', { exact: true }).selectOption('headline');
    await page.getByLabel('Länge', { exact: true }).selectOption('short');
    await page.getByRole('button', { name: 'Zusammenfassen' }).click();
    await page.locator('.kp-box-headline').waitFor({ timeout: 15_000 });
    const headline = summarizeText(ARTICLE, { type: 'headline' });
    assert.equal(await page.locator('#kp-list .kp-text').textContent(), headline.bullets[0]!.text);
    await page.getByRole('button', { name: 'Als Markdown kopieren' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${headline.bullets[0]!.text}\n`);
    // A headline from the title highlights the title line.
    await page.locator('#kp-list .kp-item').first().click();
    await page.mouse.move(5, 5);
    assert.deepEqual(await page.locator('#article h3 .src.hl').allTextContents(), [headline.title]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('server errors in the page\'s language, without operator advice; warnings too', async () => {
    const small = buildServer({ summarize: (i, o) => summarize(i, o), logLevel: 'silent', bodyLimit: 2_000 });
    const smallBase = await listen(small);
    try {
      const { page } = await open(smallBase);
      await page.getByLabel('Artikeltext').fill(ARTICLE);
      await page.getByRole('button', { name: 'Zusammenfassen' }).click();
      const status = page.locator('#status.error');
      await status.waitFor({ timeout: 15_000 });
      const message = String(await status.textContent());
      assert.equal(message, 'Der Text ist zu lang für diesen Server. (BODY_TOO_LARGE)');
      assert.doesNotMatch(message, /KERNPUNKTE_|raise|bytes/);
      assert.equal(await status.getAttribute('role'), 'alert');

      // A warning from the library, in German.
      await page.getByLabel('Artikeltext').fill('Der Kanzler reiste am Montag nach Paris und traf dort den Präsidenten');
      await page.getByRole('button', { name: 'Zusammenfassen' }).click();
      await page.locator('#warnings li[data-code="SINGLE_LINE"]').waitFor({ timeout: 15_000 });
      assert.equal(await page.locator('#warnings li[data-code="SINGLE_LINE"]').textContent(), 'Der Text ist nur eine Zeile; sie wurde als Satz zusammengefasst, nicht als Titel.');
      await page.context().close();
    } finally {
      await small.close();
    }
  });
});
