/**
 * The web page at GET /: HTML, CSS and JS as strings (tsc emits only .ts, so the page ships
 * inside the compiled module and needs no copy step). The script and the stylesheet are
 * separate files under /assets/ so the Content-Security-Policy can forbid every inline script
 * and style. All data is rendered with textContent / createElement; nothing from the API or
 * from the article ever goes through innerHTML.
 */

/** No inline code, no third-party origins, no framing. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const PAGE_HTML = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kernpunkte – Zusammenfassung</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<header class="top">
  <div class="top-inner">
    <span class="brand">kern<span class="brand-accent">punkte</span></span>
    <span class="tagline">Kernpunkte eines Nachrichtenartikels – extraktiv, mit Quellensätzen, offline</span>
  </div>
</header>
<main class="layout">
  <section class="panel input-panel" aria-labelledby="input-heading">
    <h2 id="input-heading" class="panel-title">Artikel</h2>
    <form id="form" class="form-grid" novalidate>
      <div class="form-text">
        <label for="text">Artikeltext</label>
        <textarea id="text" name="text" rows="9" spellcheck="false" placeholder="Titel in der ersten Zeile, dann eine Leerzeile und die Absätze des Artikels …"></textarea>
      </div>
      <div class="form-side">
        <div class="field">
          <label for="url">oder Adresse (URL) eines Artikels</label>
          <input id="url" name="url" type="url" inputmode="url" autocomplete="url" placeholder="https://…">
        </div>
        <div class="row">
          <div class="field">
            <label for="type">Art</label>
            <select id="type" name="type">
              <option value="key-points" selected>Kernpunkte</option>
              <option value="tldr">Kurzfassung</option>
              <option value="headline">Schlagzeile</option>
            </select>
          </div>
          <div class="field">
            <label for="length">Länge</label>
            <select id="length" name="length" title="Kernpunkte: 3, 5 oder 7 · Kurzfassung: 1, 2 oder 3 Sätze · Schlagzeile: bis 12, 17 oder 22 Wörter">
              <option value="short" selected>kurz</option><option value="medium">mittel</option><option value="long">lang</option>
            </select>
          </div>
          <div class="field">
            <label for="bullets">Anzahl</label>
            <select id="bullets" name="bullets">
              <option value="" selected>nach Länge</option>
              <option value="1">1</option><option value="2">2</option><option value="3">3</option>
              <option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option>
            </select>
          </div>
          <div class="field">
            <label for="lang">Sprache</label>
            <select id="lang" name="lang">
              <option value="" selected>automatisch</option>
              <option value="de">Deutsch</option><option value="en">Englisch</option><option value="fr">Französisch</option>
              <option value="es">Spanisch</option><option value="it">Italienisch</option><option value="nl">Niederländisch</option>
            </select>
          </div>
          <div class="field">
            <label for="method">Verfahren</label>
            <select id="method" name="method"><option value="" selected>Standard</option></select>
          </div>
        </div>
        <div id="key-row" class="field" hidden>
          <label for="apikey">API-Schlüssel</label>
          <input id="apikey" name="apikey" type="password" autocomplete="off">
        </div>
        <div class="actions">
          <button type="submit" id="submit" class="primary">Zusammenfassen</button>
          <span class="hint">oder Strg+Enter im Textfeld</span>
        </div>
        <p id="status" class="status" role="status" aria-live="polite"></p>
      </div>
    </form>
  </section>
  <div class="results">
    <section id="box-panel" class="box-panel" aria-label="Ergebnis" hidden>
      <aside class="kp-box" aria-labelledby="kp-heading">
        <h2 id="kp-heading" class="kp-heading">Zusammenfassung</h2>
        <ul id="kp-list" class="kp-list"></ul>
      </aside>
      <div class="copy-row">
        <button type="button" id="copy-md" class="secondary">Als Markdown kopieren</button>
        <button type="button" id="copy-html" class="secondary">Als HTML kopieren</button>
      </div>
      <p id="meta" class="meta"></p>
      <ul id="warnings" class="warnings"></ul>
    </section>
    <section class="panel article-panel" aria-labelledby="article-heading">
      <h2 id="article-heading" class="panel-title">Artikel mit Quellsätzen</h2>
      <p id="article-empty" class="empty">Nach dem Zusammenfassen steht hier der Artikel. Die Quellsätze der Kernpunkte sind unterstrichen; ein Klick auf einen Kernpunkt hebt sie hervor.</p>
      <div id="article" class="article" tabindex="-1"></div>
    </section>
  </div>
</main>
<footer class="foot">kernpunkte · <a href="/openapi.json">API (OpenAPI)</a></footer>
</body>
</html>
`;

export const APP_CSS = `
:root {
  --bg: #f4f5f7; --panel: #ffffff; --ink: #1b1f24; --muted: #5b6470; --line: #d8dde3;
  --accent: #0b5ea8; --accent-ink: #ffffff; --box: #f2f7fc; --mark: #ffe58a; --mark-line: #e0a800;
  --danger: #b42318; --radius: 10px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; line-height: 1.5; }
[hidden] { display: none !important; }
.top { background: #10243a; color: #fff; }
.top-inner { max-width: 1280px; margin: 0 auto; padding: 14px 24px; display: flex; gap: 18px; align-items: baseline; flex-wrap: wrap; }
.brand { font-weight: 800; font-size: 1.35rem; letter-spacing: -0.01em; }
.brand-accent { color: #7cc0ff; }
.tagline { color: #c9d6e3; font-size: 0.92rem; }
.layout { max-width: 1280px; margin: 0 auto; padding: 20px 24px; display: flex; flex-direction: column; gap: 20px; }
.form-grid { display: grid; grid-template-columns: 3fr 2fr; gap: 20px; align-items: start; }
.form-side { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
.results { display: grid; grid-template-columns: minmax(300px, 5fr) 7fr; gap: 24px; align-items: start; }
.box-panel { position: sticky; top: 16px; min-width: 0; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 18px 20px; }
.panel-title { margin: 0 0 12px; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
label { display: block; font-weight: 600; font-size: 0.9rem; margin: 0 0 4px; }
textarea, input, select { font: inherit; color: inherit; width: 100%; border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; background: #fff; }
textarea { resize: vertical; min-height: 200px; font-size: 0.95rem; }
textarea:focus, input:focus, select:focus, button:focus-visible { outline: 3px solid #8cc4ff; outline-offset: 1px; border-color: var(--accent); }
.row { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 12px; }
select[disabled] { color: var(--muted); background: var(--bg); }
.actions { display: flex; align-items: center; gap: 12px; margin-top: 4px; }
.hint { color: var(--muted); font-size: 0.85rem; }
button { font: inherit; cursor: pointer; border-radius: 8px; }
.primary { background: var(--accent); color: var(--accent-ink); border: 0; padding: 10px 18px; font-weight: 700; }
.primary:hover { background: #094c88; }
.primary[disabled] { opacity: 0.6; cursor: progress; }
.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); padding: 6px 12px; font-size: 0.88rem; font-weight: 600; }
.secondary:hover { background: var(--box); }
.status { min-height: 1.5em; margin: 0; font-size: 0.9rem; color: var(--muted); }
.status.error { color: var(--danger); font-weight: 600; }
.kp-box { background: var(--box); border: 1px solid #c5d8ec; border-top: 4px solid var(--accent); border-radius: 4px; padding: 16px 20px 14px; }
.kp-heading { margin: 0 0 8px; font-size: 1.15rem; font-weight: 800; color: #10243a; }
.kp-list { list-style: none; margin: 0; padding: 0; }
.kp-list li { margin: 0; }
.kp-item { display: flex; gap: 10px; width: 100%; text-align: left; background: transparent; border: 0; border-radius: 6px; padding: 7px 8px; margin: 2px -8px; color: inherit; line-height: 1.45; font-size: 1rem; }
.kp-item:hover, .kp-item:focus-visible { background: #e2eefa; }
.kp-item[aria-pressed="true"] { background: var(--mark); }
.kp-dot { color: var(--accent); font-weight: 900; flex: none; }
.kp-num { display: none; }
.kp-box-tldr .kp-dot, .kp-box-headline .kp-dot { display: none; }
.kp-box-headline .kp-item { font-size: 1.2rem; font-weight: 800; line-height: 1.3; }
.copy-row { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 12px; }
.meta { color: var(--muted); font-size: 0.85rem; margin: 10px 0 0; }
.warnings { margin: 6px 0 0; padding-left: 18px; color: #8a5300; font-size: 0.85rem; }
.article-panel { max-height: calc(100vh - 32px); overflow: auto; min-width: 0; }
.article { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.65; }
.article h3 { font-family: inherit; font-size: 1.45rem; line-height: 1.25; margin: 0 0 14px; }
.article p { margin: 0 0 14px; }
.article h4 { font-family: system-ui, sans-serif; font-size: 1.1rem; margin: 22px 0 8px; }
.article .subtitle { font-weight: 700; }
.dropped { color: var(--muted); background: #f1f2f4; border: 1px dashed #c3c9d1; border-radius: 4px; padding: 0 4px; white-space: pre-line; }
.dropped-line { margin: 0 0 14px; }
.dropped-tag { font-family: system-ui, sans-serif; font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #7a4b00; margin-right: 6px; }
.empty { color: var(--muted); }
.src { border-bottom: 2px dotted #8fb6dc; transition: background-color 0.15s; border-radius: 2px; }
.src-tag { font-family: system-ui, sans-serif; font-size: 0.68rem; font-weight: 700; color: var(--accent); vertical-align: super; margin-left: 2px; }
.src.hl { background: var(--mark); border-bottom-color: var(--mark-line); box-shadow: 0 0 0 2px var(--mark); }
.foot { max-width: 1280px; margin: 0 auto; padding: 8px 24px 32px; color: var(--muted); font-size: 0.85rem; }
.foot a { color: var(--accent); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 860px) {
  .layout { padding: 12px; }
  .form-grid, .results { grid-template-columns: 1fr; }
  .box-panel { position: static; }
  .article-panel { max-height: none; }
  .row { grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); }
}
`;

/*
 * The page script. Plain ES2020 (no build step); kept free of backticks and "\${" so it can
 * live in this template literal unchanged.
 */
export const APP_JS = `'use strict';
var $ = function (id) { return document.getElementById(id); };
var form = $('form'), textEl = $('text'), urlEl = $('url'), statusEl = $('status'), submitEl = $('submit');
var boxPanel = $('box-panel'), listEl = $('kp-list'), headingEl = $('kp-heading'), articleEl = $('article');
var current = null; // { summary, text }
var pinned = -1;

function setStatus(message, isError) {
  statusEl.textContent = message;
  statusEl.classList.toggle('error', Boolean(isError));
  if (isError) statusEl.setAttribute('role', 'alert'); else statusEl.setAttribute('role', 'status');
}

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function authHeaders() {
  var key = $('apikey').value;
  return key ? { authorization: 'Bearer ' + key } : {};
}

function loadMethods() {
  fetch('/v1/methods', { headers: authHeaders() }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
    if (!data || !Array.isArray(data.methods)) return;
    var select = $('method');
    data.methods.forEach(function (m) {
      var option = el('option', null, m.name);
      option.value = m.name;
      option.title = m.description;
      select.appendChild(option);
    });
  }).catch(function () { /* the default method still works */ });
}

/* Paragraphs of the text with their offsets: the article view keeps every character's position. */
function paragraphs(text) {
  var out = [], re = /\\n[ \\t]*\\n+/g, start = 0, m;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: start, end: text.length });
  return out.filter(function (p) { return text.slice(p.start, p.end).trim() !== ''; });
}

/* Source sentences by sentence index: their span and the bullets (0-based) that cite them. */
function sourceSpans(summary) {
  var byIndex = {};
  summary.bullets.forEach(function (bullet, b) {
    bullet.sources.forEach(function (s) {
      var key = String(s.sentence);
      if (!byIndex[key]) byIndex[key] = { sentence: s.sentence, start: s.start, end: s.end, bullets: [] };
      if (byIndex[key].bullets.indexOf(b) < 0) byIndex[key].bullets.push(b);
    });
  });
  return Object.keys(byIndex).map(function (k) { return byIndex[k]; }).sort(function (a, b) { return a.start - b.start; });
}

/* What cleaning removed, by kind, as the page names it. */
var DROPPED_KIND = {
  agency: 'Agenturkürzel', byline: 'Autorenzeile', dateline: 'Ortsmarke', teaser: 'Anreißer', media: 'Video/Audio',
  ad: 'Werbung', ui: 'Seitenelement', 'summary-box': 'Zusammenfassung der Seite', caption: 'Bildunterschrift',
  credit: 'Quelle/Credit', related: 'Weiterlesen'
};

/* Text of [from, to) into a block, with the bullets' source sentences marked. */
function fillWithSources(block, text, from, to, spans) {
  var pos = from;
  spans.forEach(function (s) {
    if (s.end <= from || s.start >= to) return;
    var a = Math.max(s.start, from, pos), b = Math.min(s.end, to);
    if (a >= b) return;
    if (a > pos) block.appendChild(document.createTextNode(text.slice(pos, a)));
    var mark = el('span', 'src', text.slice(a, b));
    mark.dataset.bullets = s.bullets.join(' ');
    mark.dataset.sentence = String(s.sentence);
    block.appendChild(mark);
    var tag = el('span', 'src-tag', s.bullets.map(function (n) { return n + 1; }).join(','));
    tag.setAttribute('aria-label', 'Quelle von Kernpunkt ' + s.bullets.map(function (n) { return n + 1; }).join(' und '));
    block.appendChild(tag);
    pos = b;
  });
  if (pos < to) block.appendChild(document.createTextNode(text.slice(pos, to)));
}

function droppedNode(piece, text) {
  var label = DROPPED_KIND[piece.kind] || piece.kind;
  var node = el('span', 'dropped');
  node.dataset.kind = piece.kind;
  node.title = 'Nicht zusammengefasst: ' + label;
  node.appendChild(el('span', 'dropped-tag', 'entfernt · ' + label));
  node.appendChild(document.createTextNode(text.slice(piece.start, piece.end)));
  return node;
}

var BLOCK_TAG = { title: 'h3', subtitle: 'p', heading: 'h4', paragraph: 'p' };

/*
 * The article as the summarizer read it: title, subtitle, crossheads and paragraphs from the
 * summary's blocks, and every line it dropped in place, marked with its kind. Offsets keep each
 * character where the API says it is.
 */
function renderArticle(summary, text) {
  articleEl.replaceChildren();
  $('article-empty').hidden = true;
  var spans = sourceSpans(summary).filter(function (s) { return s.start >= 0 && s.end <= text.length && s.start < s.end; });
  if (!Array.isArray(summary.blocks)) { renderParagraphs(summary, text, spans); return; }
  var valid = function (p) { return p.start >= 0 && p.end <= text.length && p.start < p.end; };
  var pieces = summary.blocks.filter(valid).map(function (b) { return { kind: b.kind, start: b.start, end: b.end, dropped: false }; })
    .concat((summary.dropped || []).filter(valid).map(function (d) { return { kind: d.kind, start: d.start, end: d.end, dropped: true }; }))
    .sort(function (a, b) { return a.start - b.start; });
  var titleShown = false, inline = [], pos = 0;
  pieces.forEach(function (p, i) {
    if (p.start < pos) return;
    pos = p.end;
    if (p.dropped) {
      var node = droppedNode(p, text), next = pieces[i + 1];
      // A dropped head of a line (a dateline) stays on its line, before the text that follows it.
      if (next && !next.dropped && text.slice(p.end, next.start).indexOf('\\n') < 0) { inline.push(node); return; }
      var line = el('p', 'dropped-line');
      line.appendChild(node);
      articleEl.appendChild(line);
      return;
    }
    var block = el(BLOCK_TAG[p.kind] || 'p', p.kind === 'subtitle' ? 'subtitle' : null);
    if (p.kind === 'title') titleShown = true;
    inline.forEach(function (node) { block.appendChild(node); block.appendChild(document.createTextNode(' ')); });
    inline = [];
    fillWithSources(block, text, p.start, p.end, spans);
    articleEl.appendChild(block);
  });
  if (!titleShown && summary.title) articleEl.prepend(el('h3', null, summary.title));
}

/* Without blocks (an older server): paragraphs split at blank lines, the first one as the title if it is. */
function renderParagraphs(summary, text, spans) {
  var titleShown = false;
  paragraphs(text).forEach(function (p, i) {
    var isTitle = i === 0 && summary.title && text.slice(p.start, p.end).trim() === summary.title.trim();
    var block = el(isTitle ? 'h3' : 'p');
    if (isTitle) titleShown = true;
    fillWithSources(block, text, p.start, p.end, spans);
    articleEl.appendChild(block);
  });
  if (!titleShown && summary.title) articleEl.prepend(el('h3', null, summary.title));
}

function sourcesOf(b) {
  return Array.prototype.filter.call(articleEl.querySelectorAll('.src'), function (node) {
    return node.dataset.bullets.split(' ').indexOf(String(b)) >= 0;
  });
}

function highlight(b, scroll) {
  articleEl.querySelectorAll('.src.hl').forEach(function (node) { node.classList.remove('hl'); });
  var active = b >= 0 ? b : pinned;
  if (active < 0) return;
  var nodes = sourcesOf(active);
  nodes.forEach(function (node) { node.classList.add('hl'); });
  if (scroll && nodes[0]) reveal(nodes[0]);
}

/* Scroll the article panel, not the window, where the panel scrolls on its own (wide layout):
   moving the window would slide another bullet under the pointer and change the highlight. */
function reveal(node) {
  var panel = articleEl.closest('.article-panel');
  if (panel && panel.scrollHeight > panel.clientHeight + 1 && getComputedStyle(panel).overflowY !== 'visible') {
    var top = node.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop - panel.clientHeight / 3;
    panel.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  } else {
    var rect = node.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function summaryType(summary) { return summary.type || 'key-points'; }

function renderBox(summary) {
  headingEl.textContent = summary.heading || 'Zusammenfassung';
  listEl.replaceChildren();
  pinned = -1;
  var n = summary.bullets.length, type = summaryType(summary);
  var box = headingEl.closest('.kp-box');
  box.classList.toggle('kp-box-tldr', type === 'tldr');
  box.classList.toggle('kp-box-headline', type === 'headline');
  var name = function (b) { return type === 'tldr' ? 'Kurzfassung' : type === 'headline' ? 'Schlagzeile' : 'Kernpunkt ' + (b + 1) + ' von ' + n; };
  summary.bullets.forEach(function (bullet, b) {
    var li = el('li');
    var button = el('button', 'kp-item');
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-controls', 'article');
    button.setAttribute('aria-label', name(b) + ': ' + bullet.text + ' – Quellsatz im Artikel hervorheben');
    var dot = el('span', 'kp-dot', '•');
    dot.setAttribute('aria-hidden', 'true');
    button.appendChild(dot);
    button.appendChild(el('span', 'kp-text', bullet.text));
    button.addEventListener('mouseenter', function () { highlight(b, false); });
    button.addEventListener('mouseleave', function () { highlight(-1, false); });
    button.addEventListener('focus', function () { highlight(b, true); });
    button.addEventListener('blur', function () { highlight(-1, false); });
    button.addEventListener('click', function () {
      pinned = pinned === b ? -1 : b;
      listEl.querySelectorAll('.kp-item').forEach(function (other, i) { other.setAttribute('aria-pressed', String(i === pinned)); });
      highlight(pinned, true);
    });
    li.appendChild(button);
    listEl.appendChild(li);
  });
}

/* Warnings in the page's language, by code; an unknown code shows the server's text. */
var WARNING_TEXT = {
  FEW_SENTENCES: 'Der Artikel hat weniger brauchbare Sätze als angefordert.',
  LONG_INPUT: 'Der Text ist sehr lang: nur sein vorderer Teil wurde ausgewertet.',
  LANGUAGE_UNDETERMINED: 'Die Sprache war nicht zu erkennen; es galten sprachneutrale Regeln.',
  NO_LANGUAGE_PACK: 'Für diese Sprache gibt es keine eigenen Regeln; es galten sprachneutrale Regeln.',
  SINGLE_LINE: 'Der Text ist nur eine Zeile; sie wurde als Satz zusammengefasst, nicht als Titel.',
  ENCODING_GUESSED: 'Die Zeichenkodierung der Eingabe wurde geraten.'
};

function renderMeta(summary) {
  var type = summaryType(summary), first = summary.bullets[0];
  var what = type === 'tldr' ? 'Kurzfassung aus ' + (first ? first.sources.length : 0) + ' Sätzen'
    : type === 'headline' ? (first && (!first.sources.length || first.sources[0].sentence < 0) ? 'Schlagzeile (Titel des Artikels)' : 'Schlagzeile')
    : summary.bullets.length + ' Kernpunkte';
  var parts = ['Sprache: ' + summary.lang, 'Verfahren: ' + summary.method, what];
  $('meta').textContent = parts.join(' · ');
  var warnings = $('warnings');
  warnings.replaceChildren();
  (summary.warnings || []).forEach(function (w) {
    var item = el('li', null, WARNING_TEXT[w.code] || w.message);
    item.dataset.code = w.code;
    warnings.appendChild(item);
  });
}

function render(summary, inputText) {
  var text = typeof summary.text === 'string' ? summary.text : inputText;
  current = { summary: summary, text: text };
  renderBox(summary);
  renderMeta(summary);
  renderArticle(summary, text);
  boxPanel.hidden = false;
}

function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/* As the CLI prints them: a headline alone, a tl;dr as the heading and one paragraph, key points as a list. */
function asMarkdown(summary) {
  var type = summaryType(summary), texts = summary.bullets.map(function (b) { return b.text; });
  if (type === 'headline') return texts.join(' ') + '\\n';
  if (type === 'tldr') return '**' + summary.heading + '**\\n\\n' + texts.join(' ') + '\\n';
  return '**' + summary.heading + '**\\n\\n' + texts.map(function (t) { return '- ' + t; }).join('\\n') + '\\n';
}

function asHtml(summary) {
  var type = summaryType(summary), texts = summary.bullets.map(function (b) { return escapeHtml(b.text); });
  if (type === 'headline') return '<h2 class="schlagzeile">' + texts.join(' ') + '</h2>\\n';
  var body = type === 'tldr' ? '  <p>' + texts.join(' ') + '</p>\\n'
    : '  <ul>\\n' + texts.map(function (t) { return '    <li>' + t + '</li>'; }).join('\\n') + '\\n  </ul>\\n';
  return '<section class="zusammenfassung">\\n  <h2>' + escapeHtml(summary.heading) + '</h2>\\n' + body + '</section>\\n';
}

function copy(text, what) {
  var done = function () { setStatus(what + ' in die Zwischenablage kopiert.'); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text) ? done() : setStatus('Kopieren nicht möglich.', true); });
  } else if (fallbackCopy(text)) done(); else setStatus('Kopieren nicht möglich.', true);
}

function fallbackCopy(text) {
  var area = el('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.appendChild(area);
  area.select();
  var ok = false;
  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
  area.remove();
  return ok;
}

/*
 * Problems from the server, said in the page's language for the person at the page: what went
 * wrong and what they can do, never the operator's advice from the API's detail. The code stays
 * in brackets, for a support request.
 */
var PROBLEM_TEXT = {
  EMPTY_INPUT: 'Im Text steht nichts, was sich zusammenfassen lässt.',
  BINARY_INPUT: 'Das sieht nicht nach Text aus, sondern nach Binärdaten.',
  INPUT_TOO_LARGE: 'Der Text ist zu lang für diesen Server.',
  BODY_TOO_LARGE: 'Der Text ist zu lang für diesen Server.',
  FETCH_TOO_LARGE: 'Die Seite unter dieser Adresse ist zu groß.',
  INVALID_INPUT: 'Die Anfrage ist ungültig. Bitte Text und Einstellungen prüfen.',
  INVALID_OPTION: 'Diese Einstellungen passen nicht zusammen.',
  UNKNOWN_METHOD: 'Dieses Verfahren kennt der Server nicht.',
  NO_ARTICLE: 'Auf der Seite wurde kein Artikeltext gefunden.',
  TOO_SHORT: 'Der Artikel ist zu kurz für eine Zusammenfassung.',
  BAD_ENCODING: 'Die Zeichenkodierung der Seite ist nicht lesbar.',
  UNSUPPORTED_CONTENT_TYPE: 'Unter dieser Adresse liegt keine Webseite.',
  FETCH_FAILED: 'Die Seite konnte nicht geladen werden.',
  FETCH_TIMEOUT: 'Die Seite hat nicht rechtzeitig geantwortet.',
  TOO_MANY_REDIRECTS: 'Die Adresse leitet zu oft weiter.',
  PRIVATE_ADDRESS: 'Diese Adresse ist nicht öffentlich erreichbar und wird nicht abgerufen.',
  INVALID_URL: 'Das ist keine gültige Adresse; sie muss mit http:// oder https:// beginnen.',
  UNAUTHORIZED: 'Dieser Server verlangt einen API-Schlüssel.',
  RATE_LIMITED: 'Der Server ist gerade ausgelastet. Bitte gleich noch einmal versuchen.',
  TIMEOUT: 'Das Zusammenfassen hat zu lange gedauert.',
  SHUTTING_DOWN: 'Der Server startet gerade neu. Bitte gleich noch einmal versuchen.',
  UNSUPPORTED_MEDIA_TYPE: 'Die Anfrage hatte ein Format, das der Server nicht annimmt.'
};

function problemMessage(status, body) {
  var code = body && typeof body.code === 'string' ? body.code : '';
  var text = PROBLEM_TEXT[code] || (status >= 500 ? 'Auf dem Server ist ein Fehler aufgetreten.' : 'Die Anfrage wurde abgelehnt.');
  return text + (code ? ' (' + code + ')' : ' (Status ' + status + ')');
}

function submit(event) {
  if (event) event.preventDefault();
  var text = textEl.value, url = urlEl.value.trim();
  if (text.trim() === '' && url === '') { setStatus('Bitte einen Artikeltext einfügen oder eine URL angeben.', true); textEl.focus(); return; }
  if (text.trim() !== '' && url !== '') { setStatus('Bitte nur Text oder URL angeben, nicht beides.', true); return; }
  var body = text.trim() !== '' ? { text: text } : { url: url };
  var type = $('type').value, length = $('length').value;
  if (type !== 'key-points') body.type = type;
  if (length !== 'short') body.length = length;
  if (type === 'key-points' && $('bullets').value) body.bullets = Number($('bullets').value);
  if ($('lang').value) body.lang = $('lang').value;
  if ($('method').value) body.method = $('method').value;
  if ($('backend') && $('backend').value) body.backend = $('backend').value;
  submitEl.disabled = true;
  setStatus('Fasse zusammen …');
  var headers = Object.assign({ 'content-type': 'application/json' }, authHeaders());
  fetch('/v1/summarize', { method: 'POST', headers: headers, body: JSON.stringify(body) })
    .then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) { return { response: response, data: data }; });
    })
    .then(function (r) {
      if (!r.response.ok) {
        if (r.response.status === 401) { $('key-row').hidden = false; $('apikey').focus(); }
        setStatus(problemMessage(r.response.status, r.data), true);
        return;
      }
      render(r.data, text);
      // The method list needs the key too when the server has one: fetch it once the key works.
      if ($('method').options.length === 1) loadMethods();
      setStatus('Fertig' + (r.response.headers.get('x-cache') === 'hit' ? ' (aus dem Zwischenspeicher).' : '.'));
    })
    .catch(function () { setStatus('Keine Verbindung zum Server. Bitte später noch einmal versuchen.', true); })
    .then(function () { submitEl.disabled = false; });
}

form.addEventListener('submit', submit);
/* A count of key points means nothing for a tl;dr or a headline: their length sets their size. */
function syncCount() { $('bullets').disabled = $('type').value !== 'key-points'; }
$('type').addEventListener('change', syncCount);
syncCount(); // the browser may have restored another type on reload
textEl.addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e); });
$('copy-md').addEventListener('click', function () { if (current) copy(asMarkdown(current.summary), 'Markdown'); });
$('copy-html').addEventListener('click', function () { if (current) copy(asHtml(current.summary), 'HTML'); });
loadMethods();

/* The model option: only when the server was started with a model back-end (the model and its key are the server's). */
fetch('/v1/backends', { headers: authHeaders() }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
  var models = data && Array.isArray(data.backends) ? data.backends.filter(function (b) { return b.name !== 'extractive'; }) : [];
  if (models.length === 0) return;
  var field = el('div', 'field'), label = el('label', null, 'Geschrieben von'), select = el('select');
  label.htmlFor = select.id = select.name = 'backend';
  var plain = el('option', null, 'Sätze des Artikels');
  plain.value = '';
  select.appendChild(plain);
  models.forEach(function (b) {
    var option = el('option', null, 'Sprachmodell' + (b.model ? ' (' + b.model + ')' : ''));
    option.value = b.name;
    select.appendChild(option);
  });
  field.append(label, select);
  $('method').parentNode.parentNode.appendChild(field);
}).catch(function () { /* without the list the page offers the extractive summary only */ });
`;
