/**
 * extract() on small built pages: each test names the news-page phenomenon it covers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KernpunkteError } from '../../src/errors.js';
import { extract, EXTRACT_RULES } from '../../src/extract/index.js';
import { normalizeLangAttr } from '../../src/extract/lang.js';
import { cleanText } from '../../src/clean/index.js';

const P = [
  'Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung des Schienenverkehrs beschlossen, das in den kommenden fünf Jahren mehrere Milliarden Euro umfassen soll.',
  'Verkehrsminister und Finanzministerin verständigten sich nach langen Verhandlungen darauf, zuerst marode Brücken und Stellwerke zu sanieren, bevor neue Strecken gebaut werden.',
  'Die Bahngewerkschaften begrüßten den Beschluss grundsätzlich, kritisierten aber, dass die Mittel für zusätzliches Personal in den Stellwerken weiterhin nicht ausreichten.',
  'Fahrgastverbände forderten außerdem verlässlichere Anschlüsse im Regionalverkehr, weil gerade auf dem Land viele Menschen auf pünktliche Züge angewiesen seien.',
  'Die Opposition sprach von einem überfälligen Schritt, bezweifelte jedoch, dass das Geld ohne eine Reform der Planungsverfahren rechtzeitig verbaut werden könne.',
];
const TEASER = 'Milliarden für Brücken und Stellwerke: Die Regierung will die Bahn zuerst reparieren, dann ausbauen.';

interface PageParts {
  lang?: string;
  head?: string;
  beforeBody?: string;
  inBody?: string;
  afterBody?: string;
  paragraphs?: string[];
}

function page(p: PageParts = {}): string {
  const paras = (p.paragraphs ?? P).map((t) => `<p>${t}</p>`).join('\n');
  return `<!doctype html><html${p.lang === undefined ? ' lang="de"' : p.lang ? ` lang="${p.lang}"` : ''}><head><meta charset="utf-8">
<title>Bahn bekommt Milliarden | Tagesblatt</title>
<meta property="og:title" content="Bahn bekommt Milliarden">
<meta property="og:site_name" content="Tagesblatt">
<meta property="og:description" content="${TEASER}">
<link rel="canonical" href="/politik/bahn-milliarden-100.html">
${p.head ?? ''}</head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
<main><article>
<h1>Bahn bekommt Milliarden</h1>
${p.beforeBody ?? ''}
<div class="article-body">
${paras}
${p.inBody ?? ''}
</div>
${p.afterBody ?? ''}
</article></main>
<footer><p>© Tagesblatt 2024. Impressum, Datenschutz, Kontakt.</p></footer>
</body></html>`;
}

function text(html: string, url?: string): string {
  const a = extract(html, url ? { url } : {});
  assert.ok(a, 'an article is found');
  return a.text;
}

test('a plain article: all paragraphs, in order, with offsets', () => {
  const a = extract(page(), { url: 'https://tagesblatt.example/politik/bahn?x=1' });
  assert.ok(a);
  let at = 0;
  for (const p of P) {
    const i = a.text.indexOf(p, at);
    assert.ok(i >= at, `paragraph in order: ${p.slice(0, 30)}`);
    at = i + p.length;
  }
  for (const b of a.blocks) assert.equal(a.text.slice(b.start, b.end), b.text);
  assert.equal(a.title, 'Bahn bekommt Milliarden');
  assert.equal(a.lang, 'de');
  assert.equal(a.meta?.siteName, 'Tagesblatt');
  assert.equal(a.meta?.description, TEASER);
  assert.equal(a.meta?.url, 'https://tagesblatt.example/politik/bahn?x=1');
  assert.equal(a.meta?.canonicalUrl, 'https://tagesblatt.example/politik/bahn-milliarden-100.html');
  assert.ok(!a.text.includes('Impressum'), 'footer is not text');
  assert.ok(!a.text.includes('Bahn bekommt Milliarden'), 'the title is metadata, not text');
});

test('a visible teaser (standfirst) goes first, as a subtitle block', () => {
  const a = extract(page({ beforeBody: `<p class="intro">${TEASER}</p>` }));
  assert.ok(a);
  assert.equal(a.blocks[0]?.kind, 'subtitle');
  assert.equal(a.blocks[0]?.text, TEASER);
  assert.equal(a.text.split(TEASER).length, 2, 'teaser once');
});

test('a description only in <meta> is not put into the text', () => {
  assert.ok(!text(page()).includes(TEASER));
});

const JUNK: Array<[string, string, string]> = [
  ['figure caption with credit', '<figure><img src="a.jpg"><figcaption>Ein ICE im Hauptbahnhof. Foto: Max Muster/dpa</figcaption></figure>', 'ICE im Hauptbahnhof'],
  ['credit line', '<p>Foto: picture alliance / dpa</p>', 'picture alliance'],
  ['© agency credit', '<p>© dpa-infocom, dpa:240417-99-123</p>', 'infocom'],
  ['"Mehr zum Thema" box', '<div class="related-articles"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Streik bei der Bahn: Was Fahrgäste jetzt wissen müssen</a></li><li><a href="/b">Deutschlandticket wird teurer</a></li></ul></div>', 'Deutschlandticket'],
  ['"Lesen Sie auch" line', '<p><strong>Lesen Sie auch:</strong> <a href="/c">Neue ICE-Strecke zwischen Hamburg und Berlin eröffnet</a></p>', 'ICE-Strecke'],
  ['share bar', '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>', 'WhatsApp'],
  ['newsletter box', '<div class="newsletter-signup"><p>Jetzt den Newsletter abonnieren und jeden Morgen die wichtigsten Nachrichten aus der Region erhalten.</p></div>', 'jeden Morgen'],
  ['paywall note', '<div class="paywall-hint"><p>Dieser Artikel ist exklusiv für Abonnenten. Jetzt für nur 1 Euro im ersten Monat weiterlesen und alle Vorteile nutzen.</p></div>', 'Abonnenten'],
  ['consent / external content notice', '<div class="embed-consent"><p>Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Um ihn zu sehen, stimmen Sie bitte der Datenübertragung zu.</p></div>', 'Datenübertragung'],
  ['author box', '<div class="author-box"><p>Erika Beispiel ist Korrespondentin für Verkehrspolitik und schreibt seit 2015 für das Tagesblatt über Bahn, Straße und Luftfahrt.</p></div>', 'Korrespondentin'],
  ['live-ticker timestamp', '<p>14:32 Uhr</p>', '14:32'],
  ['dateline with date', '<p>Stand: 17.04.2024, 10:15 Uhr</p>', '17.04.2024'],
  ['English "Read more" line', '<p>Read more: <a href="/e">Rail strike called off after late-night talks</a></p>', 'late-night'],
  ['English photo credit', '<p>Photo: Reuters/Jane Doe</p>', 'Jane Doe'],
  ['teaser card for another article', '<div class="box"><h3><a href="/d">Warum die Bahn so oft zu spät kommt</a></h3><p>Ein Blick in die Statistik zeigt, wo es hakt.</p></div>', 'Statistik'],
];

for (const [label, html, marker] of JUNK) {
  test(`drops ${label}`, () => {
    const t = text(page({ inBody: html }));
    assert.ok(!t.includes(marker), `"${marker}" should be gone:\n${t}`);
    assert.ok(t.includes(P[4]!), 'the article text stays');
  });
}

test('strips screen-reader link labels inside a paragraph', () => {
  const t = text(page({ paragraphs: [...P.slice(0, 4), `${P[4]!.slice(0, -1)} <a href="/x">laut Bericht<span class="sr-only"> Link wird in einem neuen Tab geöffnet</span></a>.`] }));
  assert.ok(!/neuen Tab/.test(t));
  assert.ok(t.includes('laut Bericht'));
});

test('crossheads stay as their own heading blocks', () => {
  const a = extract(page({ paragraphs: [P[0]!, P[1]!, '<h2>Kritik der Gewerkschaften</h2>', P[2]!, P[3]!, P[4]!].map((x) => x) }).replace('<p><h2>Kritik der Gewerkschaften</h2></p>', '<h2>Kritik der Gewerkschaften</h2>'));
  assert.ok(a);
  const h = a.blocks.find((b) => b.kind === 'heading');
  assert.equal(h?.text, 'Kritik der Gewerkschaften');
});

test('metadata from JSON-LD @graph wins over meta tags', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Tagesblatt Online' },
      {
        '@type': 'NewsArticle',
        headline: 'Milliarden f&uuml;r die Bahn',
        datePublished: '2024-04-17T10:15:00+02:00',
        author: [{ '@type': 'Person', name: 'Erika Beispiel' }, { '@type': 'Person', name: 'Max Muster' }],
        description: 'JSON-LD-Beschreibung des Artikels.',
      },
    ],
  };
  const a = extract(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
  assert.ok(a);
  assert.equal(a.title, 'Milliarden für die Bahn');
  assert.equal(a.meta?.published, '2024-04-17T10:15:00+02:00');
  assert.equal(a.meta?.byline, 'Erika Beispiel, Max Muster');
  assert.equal(a.meta?.description, 'JSON-LD-Beschreibung des Artikels.');
});

test('broken JSON-LD is ignored, meta tags still read', () => {
  const a = extract(page({ head: '<script type="application/ld+json">{ "@type": "NewsArticle", headline: </script><meta property="article:published_time" content="2024-04-17">' }));
  assert.equal(a?.title, 'Bahn bekommt Milliarden');
  assert.equal(a?.meta?.published, '2024-04-17');
});

test('JSON-LD articleBody wins when the DOM lost most of the text', () => {
  const body = [...P, 'Ein sechster Absatz steht nur im articleBody, weil die Seite den Rest erst per Skript nachlädt und ohne Skript nicht zeigt.', 'Und ein siebter Absatz mit weiteren Einzelheiten zu den Plänen der Regierung für die kommenden Jahre.'].join('\n\n');
  const ld = { '@type': 'NewsArticle', headline: 'Bahn bekommt Milliarden', articleBody: body };
  const t = text(page({ paragraphs: P.slice(0, 3), head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
  assert.ok(t.includes('siebter Absatz'));
  assert.ok(t.includes(P[4]!));
});

test('JSON-LD articleBody does not replace a complete DOM text', () => {
  const ld = { '@type': 'NewsArticle', headline: 'Bahn bekommt Milliarden', articleBody: P[0] };
  const t = text(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
  assert.ok(t.includes(P[4]!));
});

test('language: <html lang> first, then detection, "und" when unclear', () => {
  assert.equal(extract(page({ lang: 'de-AT' }))?.lang, 'de');
  assert.equal(extract(page({ lang: '' }))?.lang, 'de', 'detected from German text');
  const en = [
    'The government approved a large package on Wednesday to support rail transport, worth several billion euros over the next five years.',
    'The transport and finance ministers agreed after long negotiations to repair ageing bridges and signal boxes before building new lines.',
    'Rail unions welcomed the decision but said the money for additional staff in the signal boxes was still not enough to cover the gaps.',
  ];
  assert.equal(extract(page({ lang: '', paragraphs: en }))?.lang, 'en');
  // Outside the six packs the detector still names the language (as for text input).
  const pt = [
    'O governo aprovou na quarta-feira um grande pacote para apoiar o transporte ferroviário, no valor de vários milhares de milhões de euros.',
    'Os ministros dos transportes e das finanças acordaram, após longas negociações, reparar primeiro as pontes antigas e as cabines de sinalização.',
    'Os sindicatos ferroviários saudaram a decisão, mas afirmaram que o dinheiro para pessoal adicional continua a não ser suficiente para as necessidades.',
  ];
  assert.equal(extract(page({ lang: '', paragraphs: pt }))?.lang, 'pt');
  // A three-letter subtag is left to the text (BCP 47 writes German as "de").
  assert.equal(extract(page({ lang: 'deu' }))?.lang, 'de');
  assert.equal(normalizeLangAttr('fr-FR'), 'fr');
  assert.equal(normalizeLangAttr('deu'), null);
  assert.equal(normalizeLangAttr('x'), null);
  assert.equal(normalizeLangAttr(undefined), null);
});

test('no article → null: empty body, index page, login page, whitespace', () => {
  assert.equal(extract(''), null);
  assert.equal(extract('   \n '), null);
  assert.equal(extract('<html><body></body></html>'), null);
  const index = `<html><body><h1>Politik</h1><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/a${i}">Schlagzeile Nummer ${i} über die Politik in Berlin und anderswo</a></li>`).join('')}</ul></body></html>`;
  assert.equal(extract(index), null);
  const login = '<html><body><form><h1>Anmelden</h1><label>E-Mail <input name="u"></label><label>Passwort <input type="password"></label><button>Login</button></form><p>Passwort vergessen?</p></body></html>';
  assert.equal(extract(login), null);
});

test('malformed HTML does not crash', () => {
  const broken = [
    '<html><body><div><p>Unclosed <b>bold <i>italic',
    '</div></p></body><<<>>>',
    '<p>' + P.join('<p>') + '</div></span></article>',
    '<html><head><title>x</title></head>' + P.map((p) => `<p>${p}`).join('') + '</html></html><body>',
    '<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>' + P[0] + '</p></body></html>',
    '\u0000\u0001<html>\uFFFE',
  ];
  for (const h of broken) {
    const a = extract(h);
    if (a) for (const b of a.blocks) assert.equal(a.text.slice(b.start, b.end), b.text);
  }
  // Unclosed <p> tags still give the paragraphs.
  assert.ok(extract('<html><body><article>' + P.map((p) => `<p>${p}`).join('') + '</article></body></html>')?.text.includes(P[3]!));
});

test('misuse throws coded errors', () => {
  assert.throws(() => extract(42 as unknown as string), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_INPUT');
  const huge = 'a'.repeat(EXTRACT_RULES.maxHtmlChars + 1);
  assert.throws(() => extract(huge), (e: unknown) => e instanceof KernpunkteError && e.code === 'INPUT_TOO_LARGE');
});

test('random tag soup never throws anything but a KernpunkteError (fast-check)', async () => {
  const fc = (await import('fast-check')).default;
  const tag = fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<h1>', '</h1>', '<h2>', '<a href="/">', '</a>', '<script>', '</script>', '<br>', '<article>', '<figure>', '<table><tr><td>', '<!--', '-->', '<svg>', '<template>', '<li>', '<html lang="de">', '<body>', '<head>', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleBody":"x"}]}</script>');
  const word = fc.constantFrom('Die ', 'Regierung ', 'hat ', 'beschlossen. ', '&amp; ', '&#x1F600; ', '&#99999999; ', '\u0000', 'Foto: dpa ', '14:30 Uhr ', 'Mehr zum Thema ', '<', '>', '"');
  const doc = fc.array(fc.oneof(tag, word, fc.string()), { maxLength: 200 }).map((a) => a.join(''));
  fc.assert(
    fc.property(doc, (h) => {
      try {
        const a = extract(h);
        if (a) for (const b of a.blocks) assert.equal(a.text.slice(b.start, b.end), b.text);
      } catch (e) {
        if (!(e instanceof KernpunkteError)) throw e;
      }
    }),
    { numRuns: 300 },
  );
});

test('HTML and text input clean alike: the dateline is a drop, not part of the lead', () => {
  const lead = `Berlin (dpa) - ${P[0]!}`;
  const a = extract(page({ paragraphs: [lead, ...P.slice(1)] }));
  assert.ok(a);
  assert.equal(a.blocks[0]?.text, P[0], 'the first block starts after the dateline');
  const d = a.dropped.find((x) => x.kind === 'dateline');
  assert.ok(d, 'a dateline drop');
  assert.equal(d.text, 'Berlin (dpa) -');
  const plain = cleanText([lead, ...P.slice(1)].join('\n\n'), { lang: 'de' });
  assert.equal(plain.blocks[0]?.text, a.blocks[0]?.text);
  assert.deepEqual(plain.dropped.map((x) => [x.kind, x.text]), a.dropped.map((x) => [x.kind, x.text]));
});

test('one-line remnants the text rules know are dropped from HTML too, with offsets into text', () => {
  const remnants = ['Von Erika Beispiel und Max Muster', 'Mehr zum Thema', 'Lesen Sie auch: Neue ICE-Strecke zwischen Hamburg und Berlin eröffnet', 'Montag, 24. Juni 2024', 'Anzeige', 'AFP/Getty Images'];
  const a = extract(page({ paragraphs: [P[0]!, ...remnants.map((r) => r), ...P.slice(1)] }));
  assert.ok(a);
  for (const r of remnants) {
    assert.ok(!a.blocks.some((b) => b.text.includes(r)), `"${r}" is not a block`);
  }
  for (const d of a.dropped) assert.equal(a.text.slice(d.start, d.end), d.text);
  for (const b of a.blocks) assert.equal(a.text.slice(b.start, b.end), b.text);
  // Each remnant is either dropped by the text rules (and recorded) or by extraction's own
  // structural rules before layout (then it is not in the text at all).
  for (const r of remnants) {
    assert.ok(a.dropped.some((d) => d.text === r) || !a.text.includes(r), `"${r}" recorded or gone`);
  }
  // These four get past extraction's structural rules; the text rules catch and record them.
  for (const r of remnants.slice(0, 4)) assert.ok(a.dropped.some((d) => d.text === r), `"${r}" recorded`);
  assert.ok(a.dropped.length >= 4, `recorded drops: ${JSON.stringify(a.dropped.map((d) => d.text))}`);
  for (const p of P) assert.ok(a.blocks.some((b) => b.text === p));
});
