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
            <label for="bullets">Kernpunkte</label>
            <select id="bullets" name="bullets">
              <option value="1">1</option><option value="2">2</option><option value="3" selected>3</option>
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
.row { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
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
.copy-row { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 12px; }
.meta { color: var(--muted); font-size: 0.85rem; margin: 10px 0 0; }
.warnings { margin: 6px 0 0; padding-left: 18px; color: #8a5300; font-size: 0.85rem; }
.article-panel { max-height: calc(100vh - 32px); overflow: auto; min-width: 0; }
.article { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.65; }
.article h3 { font-family: inherit; font-size: 1.45rem; line-height: 1.25; margin: 0 0 14px; }
.article p { margin: 0 0 14px; }
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
  .row { grid-template-columns: 1fr 1fr; }
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

function renderArticle(summary, text) {
  articleEl.replaceChildren();
  $('article-empty').hidden = true;
  var spans = sourceSpans(summary).filter(function (s) { return s.start >= 0 && s.end <= text.length && s.start < s.end; });
  var paras = paragraphs(text);
  var titleShown = false;
  paras.forEach(function (p, i) {
    var raw = text.slice(p.start, p.end);
    var isTitle = i === 0 && summary.title && raw.trim() === summary.title.trim();
    var block = el(isTitle ? 'h3' : 'p');
    if (isTitle) titleShown = true;
    var pos = p.start;
    spans.forEach(function (s) {
      if (s.end <= p.start || s.start >= p.end) return;
      var from = Math.max(s.start, p.start), to = Math.min(s.end, p.end);
      if (from > pos) block.appendChild(document.createTextNode(text.slice(pos, from)));
      var mark = el('span', 'src', text.slice(Math.max(from, pos), to));
      mark.dataset.bullets = s.bullets.join(' ');
      mark.dataset.sentence = String(s.sentence);
      block.appendChild(mark);
      var tag = el('span', 'src-tag', s.bullets.map(function (b) { return b + 1; }).join(','));
      tag.setAttribute('aria-label', 'Quelle von Kernpunkt ' + s.bullets.map(function (b) { return b + 1; }).join(' und '));
      block.appendChild(tag);
      pos = Math.max(pos, to);
    });
    if (pos < p.end) block.appendChild(document.createTextNode(text.slice(pos, p.end)));
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

function renderBox(summary) {
  headingEl.textContent = summary.heading || 'Zusammenfassung';
  listEl.replaceChildren();
  pinned = -1;
  var n = summary.bullets.length;
  summary.bullets.forEach(function (bullet, b) {
    var li = el('li');
    var button = el('button', 'kp-item');
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-controls', 'article');
    button.setAttribute('aria-label', 'Kernpunkt ' + (b + 1) + ' von ' + n + ': ' + bullet.text + ' – Quellsatz im Artikel hervorheben');
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

function renderMeta(summary) {
  var parts = ['Sprache: ' + summary.lang, 'Verfahren: ' + summary.method, summary.bullets.length + ' Kernpunkte'];
  $('meta').textContent = parts.join(' · ');
  var warnings = $('warnings');
  warnings.replaceChildren();
  (summary.warnings || []).forEach(function (w) { warnings.appendChild(el('li', null, w.message)); });
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

function asMarkdown(summary) {
  return '**' + summary.heading + '**\\n\\n' + summary.bullets.map(function (b) { return '- ' + b.text; }).join('\\n') + '\\n';
}

function asHtml(summary) {
  return '<section class="zusammenfassung">\\n  <h2>' + escapeHtml(summary.heading) + '</h2>\\n  <ul>\\n' +
    summary.bullets.map(function (b) { return '    <li>' + escapeHtml(b.text) + '</li>'; }).join('\\n') + '\\n  </ul>\\n</section>\\n';
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

function problemMessage(status, body) {
  if (body && typeof body.detail === 'string') return body.detail + (body.code ? ' (' + body.code + ')' : '');
  return 'Fehler ' + status;
}

function submit(event) {
  if (event) event.preventDefault();
  var text = textEl.value, url = urlEl.value.trim();
  if (text.trim() === '' && url === '') { setStatus('Bitte einen Artikeltext einfügen oder eine URL angeben.', true); textEl.focus(); return; }
  if (text.trim() !== '' && url !== '') { setStatus('Bitte nur Text oder URL angeben, nicht beides.', true); return; }
  var body = text.trim() !== '' ? { text: text } : { url: url };
  body.bullets = Number($('bullets').value);
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
    .catch(function (e) { setStatus('Keine Verbindung zum Server: ' + e.message, true); })
    .then(function () { submitEl.disabled = false; });
}

form.addEventListener('submit', submit);
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
