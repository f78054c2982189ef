/**
 * Tests over several lines: summary boxes, footers, datelines, title / subtitle / crosshead detection,
 * how lines become blocks, and the Article's shape on odd input.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../types.js';
import { bodyBlocks, cleanText } from './index.js';

const kinds = (a: Article): string[] => a.blocks.map((b) => b.kind);
const dropKinds = (a: Article): string[] => a.dropped.map((d) => d.kind);
const texts = (a: Article): string[] => a.blocks.map((b) => b.text);

function assertSpans(a: Article): void {
  for (const s of [...a.blocks, ...a.dropped]) assert.equal(a.text.slice(s.start, s.end), s.text);
}

describe('summary boxes already on the page', () => {
  test('"Das Wichtigste in Kürze" with "-" items at the start goes as one span', () => {
    const text = 'Das Wichtigste in Kürze\n- Die Regierung senkt die Steuern.\n- Die Opposition protestiert.\n\n' +
      'Die Bundesregierung hat am Mittwoch eine Steuersenkung beschlossen.\n\nDie Opposition kündigte Widerstand an.';
    const a = cleanText(text);
    assertSpans(a);
    assert.deepEqual(dropKinds(a), ['summary-box']);
    assert.equal(a.dropped[0]!.start, 0);
    assert.ok(a.dropped[0]!.text.endsWith('Die Opposition protestiert.'));
    assert.deepEqual(kinds(a), ['paragraph', 'paragraph']);
  });

  test('"ribbon Zusammenfassung" with "•" items at the end, blank lines between items', () => {
    const text = 'Titel der Meldung\n\nErster Absatz mit Inhalt.\n\nZweiter Absatz mit Inhalt.\n\n' +
      'ribbon Zusammenfassung\n  • Erster Punkt.\n\n  • Zweiter Punkt.\n  • Dritter Punkt.';
    const a = cleanText(text);
    assertSpans(a);
    assert.deepEqual(dropKinds(a), ['summary-box']);
    assert.ok(a.dropped[0]!.text.startsWith('ribbon Zusammenfassung'));
    assert.ok(a.dropped[0]!.text.endsWith('Dritter Punkt.'));
    assert.deepEqual(kinds(a), ['title', 'paragraph', 'paragraph']);
  });

  test('"Key points" with "*" items, English', () => {
    const a = cleanText('Key points\n* Rates stay on hold.\n* Inflation eases.\n\nThe central bank left rates unchanged on Thursday.');
    assert.deepEqual(dropKinds(a), ['summary-box']);
    assert.deepEqual(texts(a), ['The central bank left rates unchanged on Thursday.']);
  });

  test('unmarked items directly below "Auf einen Blick" (markers lost in copying)', () => {
    const a = cleanText('Auf einen Blick\nDer Zug fährt wieder.\nDie Strecke ist frei.\n\nNach drei Tagen Sperrung fährt der Zug wieder.');
    assert.deepEqual(dropKinds(a), ['summary-box']);
    assert.deepEqual(kinds(a), ['paragraph']);
  });

  test('a "Zusammenfassung" crosshead over normal paragraphs stays', () => {
    const a = cleanText('Erster Absatz des Berichts.\n\nZusammenfassung\n\nAm Ende bleibt die Frage offen.\n\nDas Gericht entscheidet im Mai.');
    assert.deepEqual(dropKinds(a), []);
    assert.deepEqual(kinds(a), ['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  test('a list in the body without a box heading stays, list marker outside the span', () => {
    const a = cleanText('Die Forderungen der Gewerkschaft:\n\n• mehr Lohn für alle Beschäftigten\n• kürzere Arbeitszeit\n\nDie Arbeitgeber lehnen ab.');
    assertSpans(a);
    assert.deepEqual(dropKinds(a), []);
    assert.ok(texts(a).includes('mehr Lohn für alle Beschäftigten'));
    assert.ok(texts(a).includes('kürzere Arbeitszeit'));
  });
});

describe('footers and related lists', () => {
  test('a "---" footer of "Quelle:/Datum:/Lizenz:" lines is one credit span', () => {
    const a = cleanText('Titel\n\nDer Text.\n\n---\nQuelle: https://example.org/a\nDatum: 19.06.2015\nLizenz: CC BY 2.5');
    assert.deepEqual(dropKinds(a), ['credit']);
    assert.ok(a.dropped[0]!.text.startsWith('---') && a.dropped[0]!.text.endsWith('CC BY 2.5'));
  });

  test('a "---" rule inside the article only drops the rule line', () => {
    const a = cleanText('Erster Teil des Textes.\n\n---\n\nZweiter Teil des Textes.');
    assert.deepEqual(dropKinds(a), ['ui']);
    assert.equal(a.blocks.length, 2);
  });

  test('headlines listed under a bare "Mehr zum Thema" go with it', () => {
    const a = cleanText('Der Artikel endet hier.\n\nMehr zum Thema\nStromnetz: Wie sicher ist Berlin\nBlackout im Südwesten der Stadt');
    assert.deepEqual(dropKinds(a), ['related', 'related', 'related']);
    assert.deepEqual(kinds(a), ['paragraph']);
  });
});

describe('datelines', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Berlin (dpa) - Die Regierung hat beschlossen.', 'Berlin (dpa) -'],
    ['BERLIN, 24. Juni (AFP) - Die Regierung hat beschlossen.', 'BERLIN, 24. Juni (AFP) -'],
    ['Frankfurt am Main (dpa/lhe) – Die Regierung hat beschlossen.', 'Frankfurt am Main (dpa/lhe) –'],
    ['LONDON (Reuters) - The government has decided.', 'LONDON (Reuters) -'],
    ['Cuxhaven (Deutschland), 19.06.2015 – Die Hauptversammlung zog sich hin.', 'Cuxhaven (Deutschland), 19.06.2015 –'],
    ['(CNN)Blues legend B.B. King was hospitalized.', '(CNN)'],
    ['BERLIN – Die Bundesregierung hat beschlossen.', 'BERLIN –'],
    ['Madrid (EFE).- El Gobierno aprobó el plan.', 'Madrid (EFE).-'],
    ['LONDON, May 18 (Reuters) - Shares fell on Monday.', 'LONDON, May 18 (Reuters) -'],
  ];
  for (const [text, prefix] of cases) {
    test(`${JSON.stringify(prefix)} is a dateline drop; the paragraph starts after it`, () => {
      const a = cleanText(text);
      assertSpans(a);
      assert.deepEqual(a.dropped.map((d) => [d.kind, d.text]), [['dateline', prefix]]);
      assert.equal(a.blocks.length, 1);
      assert.ok(a.blocks[0]!.start > prefix.length - 1);
      assert.match(a.blocks[0]!.text, /^\p{Lu}/u);
    });
  }

  for (const text of [
    'Angela Merkel (CDU) – die frühere Kanzlerin – sagte am Montag ab.',
    'Scholz – der Kanzler schweigt – reiste ab.',
    'NATO – das Bündnis wächst.',
    'Berlin, Hamburg und München – alle drei Städte wachsen.',
  ]) {
    test(`no dateline in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(cleanText(text).dropped, []);
    });
  }
});

describe('title, subtitle, crossheads', () => {
  test('first short line without final punctuation is the title', () => {
    const a = cleanText('Putin reist nach Nordkorea\n\nDer russische Präsident ist in Pjöngjang eingetroffen.');
    assert.equal(a.title, 'Putin reist nach Nordkorea');
    assert.deepEqual(kinds(a), ['title', 'paragraph']);
  });

  test('a standfirst without final punctuation directly below the title is the subtitle', () => {
    const a = cleanText('Putin in Pjöngjang\n\nDer Kremlchef sucht Partner gegen den Westen\n\nDer Besuch ist der erste seit 24 Jahren.');
    assert.deepEqual(kinds(a), ['title', 'subtitle', 'paragraph']);
  });

  test('the given title is found in the text (quotes and spacing may differ)', () => {
    const a = cleanText('AFP\n\nPutin: Abkommen sieht „Beistand“ vor\n\nDer Vertrag umfasst Beistand.', {
      title: 'Putin: Abkommen sieht "Beistand" vor',
    });
    assert.equal(a.title, 'Putin: Abkommen sieht "Beistand" vor');
    assert.deepEqual(kinds(a), ['title', 'paragraph']);
  });

  test('a given title that is not in the text: first short line is a crosshead, not the title', () => {
    const a = cleanText('Die Lage am Morgen\n\nDer Text beginnt hier.', { title: 'Ganz anderer Titel' });
    assert.equal(a.title, 'Ganz anderer Titel');
    assert.deepEqual(kinds(a), ['heading', 'paragraph']);
  });

  test('a one-sentence paragraph stays a paragraph, also at the start', () => {
    const a = cleanText('Der Kanzler schweigt.\n\nDie Opposition fordert eine Erklärung.');
    assert.equal(a.title, null);
    assert.deepEqual(kinds(a), ['paragraph', 'paragraph']);
  });

  test('a single line is never a title', () => {
    assert.deepEqual(kinds(cleanText('Putin reist nach Nordkorea')), ['heading']);
  });
});

describe('lines and blocks', () => {
  test('single newlines between full paragraphs keep them apart', () => {
    const a = cleanText('Titel der Meldung\nErster Absatz endet hier.\nZweiter Absatz endet hier.\nZwischentitel\nDritter Absatz.');
    assert.deepEqual(kinds(a), ['title', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  test('hard-wrapped text is joined into one block per paragraph', () => {
    const text =
      'Die Bundesregierung hat am Mittwoch in Berlin eine Reform der Rente\n' +
      'beschlossen, die nach Angaben des Arbeitsministeriums vom kommenden Jahr\n' +
      'an gelten soll und Millionen Menschen betrifft, wie es am Abend hieß.\n\nZweiter Absatz.';
    const a = cleanText(text);
    assertSpans(a);
    assert.equal(a.blocks.length, 2);
    assert.ok(a.blocks[0]!.text.includes('\n'));
  });

  test('CRLF line ends and blank lines of spaces are handled', () => {
    const a = cleanText('Titel der Meldung\r\n \r\nDer Text.\r\n\t\r\nVideo: Der Film dazu\r\n');
    assertSpans(a);
    assert.deepEqual(kinds(a), ['title', 'paragraph']);
    assert.deepEqual(dropKinds(a), ['media']);
  });

  test('the text is returned unchanged and the language passed through', () => {
    const text = '  AFP\n\nDer Text.  ';
    const a = cleanText(text, { lang: 'de' });
    assert.equal(a.text, text);
    assert.equal(a.lang, 'de');
    assert.equal(cleanText(text).lang, 'und');
  });

  test('empty and blank input give no blocks', () => {
    for (const t of ['', '   ', '\n\n\n', '\u200b\ufeff']) {
      const a = cleanText(t);
      assert.deepEqual(a.blocks, []);
      assert.equal(a.title, null);
    }
  });

  test('bodyBlocks leaves out title and subtitle', () => {
    const a = cleanText('Putin in Pjöngjang\n\nDer Kremlchef sucht Partner\n\nErster Absatz.\n\nZwischentitel\n\nZweiter Absatz.');
    assert.deepEqual(bodyBlocks(a).map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
  });
});
