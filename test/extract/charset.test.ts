import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { KernpunkteError } from '../../src/errors.js';
import { charsetFromContentType, decodeHtml } from '../../src/extract/index.js';

const TEXT = '<p>Größere Übungen für Bürger – „Anführungszeichen“ und 5 €.</p>';

test('UTF-8 without any declaration', () => {
  assert.equal(decodeHtml(Buffer.from(TEXT, 'utf8')), TEXT);
});

test('a UTF-8 BOM wins over a wrong header', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
  assert.equal(decodeHtml(bytes, 'text/html; charset=iso-8859-1'), TEXT);
});

test('a UTF-16LE BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
  assert.equal(decodeHtml(bytes), TEXT);
});

test('windows-1252 bytes with the charset in the HTTP header (incl. € and typographic quotes)', () => {
  assert.equal(decodeHtml(iconv.encode(TEXT, 'windows-1252'), 'text/html; charset=windows-1252'), TEXT);
});

test('"ISO-8859-1" is read as windows-1252, as browsers do', () => {
  assert.equal(decodeHtml(iconv.encode(TEXT, 'windows-1252'), 'text/html; charset="ISO-8859-1"'), TEXT);
});

test('<meta charset> in the first 2 KB', () => {
  const html = `<html><head><meta charset="iso-8859-1"><title>t</title></head><body>${TEXT}</body></html>`;
  assert.match(decodeHtml(iconv.encode(html, 'windows-1252')), /Größere Übungen für Bürger/);
});

test('<meta http-equiv content-type> in the first 2 KB', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${TEXT}</body></html>`;
  assert.match(decodeHtml(iconv.encode(html, 'windows-1252'), 'text/html'), /Größere Übungen für Bürger/);
});

test('undeclared legacy bytes fall back to windows-1252', () => {
  assert.match(decodeHtml(iconv.encode(TEXT.repeat(3), 'windows-1252')), /Größere Übungen für Bürger/);
});

test('a stray invalid byte in UTF-8 is replaced, not fatal', () => {
  const bytes = Buffer.concat([Buffer.from(TEXT.repeat(20), 'utf8'), Buffer.from([0xff]), Buffer.from(TEXT.repeat(20), 'utf8')]);
  const s = decodeHtml(bytes, 'text/html; charset=utf-8');
  assert.match(s, /Größere/);
  assert.ok(s.includes('\uFFFD'));
});

test('declared UTF-8 that is mostly not UTF-8 → BAD_ENCODING', () => {
  const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xc3 : 0x28)));
  assert.throws(() => decodeHtml(bytes, 'text/html; charset=utf-8'), (e: unknown) => e instanceof KernpunkteError && e.code === 'BAD_ENCODING');
});

test('an unknown charset label falls back to content sniffing', () => {
  assert.equal(decodeHtml(Buffer.from(TEXT, 'utf8'), 'text/html; charset=x-no-such-charset'), TEXT);
});

test('charsetFromContentType', () => {
  assert.equal(charsetFromContentType('text/html; charset=UTF-8'), 'utf-8');
  assert.equal(charsetFromContentType("text/html; charset='windows-1252'"), 'windows-1252');
  assert.equal(charsetFromContentType('text/html'), null);
  assert.equal(charsetFromContentType(undefined), null);
});

// WHATWG rules (HTML spec, "determine the character encoding"; WHATWG Encoding labels).
const ARTICLE = '<p>Größere Übungen für Bürger – „Anführungszeichen“ und 5 €.</p>';

test('a meta tag that says UTF-16 on UTF-8 bytes means UTF-8, as browsers read it', () => {
  for (const label of ['utf-16le', 'UTF-16', 'utf-16be', 'unicode']) {
    const html = `<html><head><meta charset="${label}"><title>t</title></head><body>${ARTICLE}</body></html>`;
    assert.equal(decodeHtml(Buffer.from(html, 'utf8')), html, label);
    const equiv = `<html><head><meta http-equiv="content-type" content="text/html; charset=${label}"></head><body>${ARTICLE}</body></html>`;
    assert.equal(decodeHtml(Buffer.from(equiv, 'utf8')), equiv, `${label} (http-equiv)`);
  }
});

test('UTF-16 named in the HTTP header is still honoured (only the meta tag is overruled)', () => {
  const html = `<html><body>${ARTICLE}</body></html>`;
  assert.equal(decodeHtml(iconv.encode(html, 'utf-16le'), 'text/html; charset=utf-16le'), html);
});

test('UTF-7 is never used: the meta tag and the header are ignored and "+ADw-script+AD4-" stays text', () => {
  const html = '<html><head><meta charset="utf-7"></head><body><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p></body></html>';
  assert.equal(decodeHtml(Buffer.from(html, 'latin1')), html);
  assert.equal(decodeHtml(Buffer.from(html, 'latin1'), 'text/html; charset=UTF-7'), html);
  assert.equal(decodeHtml(Buffer.from(html, 'latin1'), 'text/html; charset=x-utf7-made-up'), html);
  assert.doesNotMatch(decodeHtml(Buffer.from(html, 'latin1'), 'text/html; charset=utf-7'), /<script/);
});

test('an unknown header charset falls through to the meta tag', () => {
  const html = `<html><head><meta charset="windows-1252"></head><body>${ARTICLE}</body></html>`;
  assert.match(decodeHtml(iconv.encode(html, 'windows-1252'), 'text/html; charset=utf-7'), /Größere Übungen für Bürger – „Anführungszeichen“ und 5 €/);
});

test('WHATWG labels: "ascii", "l1" and "x-user-defined" (in a meta tag) mean windows-1252, "x-sjis" Shift_JIS', () => {
  for (const label of ['ascii', 'l1', 'x-user-defined']) {
    const html = `<html><head><meta charset="${label}"></head><body>${ARTICLE}</body></html>`;
    assert.match(decodeHtml(iconv.encode(html, 'windows-1252')), /5 €/, label);
  }
  assert.equal(decodeHtml(iconv.encode('東京の天気', 'shift_jis'), 'text/html; charset=x-sjis'), '東京の天気');
});
