/**
 * Table-driven rule tests: one line of portal material (or of article text) placed between two body
 * paragraphs, and what cleaning must do with it. Labelled with the input, grouped by language.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DroppedKind } from '../types.js';
import { cleanText } from './index.js';

type Expect = DroppedKind | 'paragraph' | 'heading';

const CASES: ReadonlyArray<readonly [lang: string, line: string, expect: Expect]> = [
  // German: agency tags and source lines
  ['de', 'AFP', 'agency'],
  ['de', 'dpa', 'agency'],
  ['de', '(dpa)', 'agency'],
  ['de', 'dpa/AFP', 'agency'],
  ['de', 'AFP/ct', 'agency'],
  ['de', 'Quelle: dpa', 'agency'],
  ['de', 'Mit Material von dpa und AFP', 'agency'],
  // German: bylines, and sentences that only start like one
  ['de', 'Von Max Mustermann', 'byline'],
  ['de', 'Von Max Mustermann, Berlin', 'byline'],
  ['de', 'Von Anna Schmidt und Jan de Vries', 'byline'],
  ['de', 'Ein Kommentar von Erika Musterfrau', 'byline'],
  ['de', 'Von den 20 Abgeordneten stimmten 12 für den Antrag.', 'paragraph'],
  ['de', 'Von Montag an gilt die neue Regel.', 'paragraph'],
  ['de', 'Von Merkel bis Scholz', 'heading'],
  // German: media teasers and credits, and a sentence that starts with "Video-"
  ['de', 'Video: "Dürfen vor Moskau nicht immer Angst haben"', 'media'],
  ['de', 'Video-Schiedsrichter griff ein.', 'paragraph'],
  ['de', 'Videobeweis sorgt erneut für Streit', 'heading'],
  ['de', 'Foto: picture alliance/dpa', 'credit'],
  ['de', '© dpa', 'credit'],
  ['de', 'Bild: Die Trümmer des Hauses am Morgen', 'media'],
  ['de', 'Podcast: Die Lage am Morgen', 'media'],
  ['de', 'Audio: Der Kommentar zum Nachhören', 'media'],
  ['de', 'Kim und Putin in Pjöngjang. Foto: Kristina Kormilitsyna/dpa', 'caption'],
  ['de', 'Der Kanzler im Bundestag. Bildrechte: MDR/David Straub', 'caption'],
  // German: related teasers, ads, UI
  ['de', 'Lesen Sie auch: Wie sicher ist das Stromnetz?', 'related'],
  ['de', 'Mehr zum Thema', 'related'],
  ['de', 'Auch interessant', 'related'],
  ['de', 'Auch interessant ist, dass die Zahl der Anträge stieg.', 'paragraph'],
  ['de', 'Weitere Artikel', 'related'],
  ['de', 'Empfehlungen der Kommission', 'heading'],
  ['de', 'Lesen Sie hier, was die Regierung plant', 'related'],
  ['de', 'Zur Startseite', 'related'],
  ['de', 'Anzeige', 'ad'],
  ['de', 'ribbon', 'ui'],
  ['de', 'share', 'ui'],
  ['de', 'Teilen Kommentare Drucken Merken', 'ui'],
  ['de', 'Facebook Twitter WhatsApp E-Mail', 'ui'],
  ['de', 'Artikel anhören', 'ui'],
  ['de', '4 Min. Lesezeit', 'ui'],
  ['de', 'Schließen', 'ui'],
  ['de', 'Zurück | Weiter', 'ui'],
  ['de', '12 Kommentare', 'ui'],
  ['de', 'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Akzeptieren“ stimmen Sie zu.', 'ui'],
  ['de', 'Die Zahl der Cookies in Browsern hat sich verdoppelt.', 'paragraph'],
  ['de', 'Übersetzung: Tristan Beispiel, Redaktion: Theresa Muster, Schlussredaktion: Lea Probe', 'credit'],
  ['de', 'Hier finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt. Sie können ihn mit einem Klick anzeigen lassen.', 'ui'],
  ['de', 'Politik > Ausland', 'ui'],
  ['de', 'Zum Inhalt springen', 'ui'],
  ['de', 'Bild 1 von 12', 'ui'],
  ['de', 'Kommentare (12)', 'ui'],
  ['de', 'Lesezeit: 4 Minuten', 'ui'],
  ['de', 'Text: Max Mustermann', 'byline'],
  ['de', '(dpa/lby)', 'agency'],
  ['de', 'Quelle: AFP, Reuters', 'agency'],
  ['de', 'Quelle: Statistisches Bundesamt', 'credit'],
  ['de', 'REUTERS/Annegret Hilse', 'credit'],
  ['de', 'Foto: picture alliance/dpa | Michael Kappeler', 'credit'],
  ['de', 'Fazit', 'heading'],
  ['de', 'Tag 1', 'heading'],
  ['de', 'Hintergrund', 'heading'],
  // German: timestamps
  ['de', '24.06.2024, 14:30 Uhr', 'dateline'],
  ['de', 'Stand: 24.06.2024 14:30 Uhr', 'dateline'],
  ['de', 'Aktualisiert am 24. Juni 2024, 14:30 Uhr', 'dateline'],
  ['de', 'Mi 19.06.2024 | 14:30 Uhr', 'dateline'],
  ['de', 'Von Max Mustermann | 24.06.2024, 14:30 Uhr · 3 Min. Lesezeit', 'byline'],
  // German: what stays
  ['de', 'Putin und Kim kündigen verstärkte Kooperation an', 'heading'],
  ['de', 'Wie gut gesichert ist das deutsche Stromnetz?', 'heading'],
  ['de', 'Der Kanzler schweigt.', 'paragraph'],
  ['de', '"Einigt euch schnell, einigt euch vernünftig!"', 'paragraph'],
  ['de', 'Die großen Betriebe haben geringere Kosten. Kevin Holland-Moritz', 'paragraph'],
  // English
  ['en', 'By John Smith', 'byline'],
  ['en', 'By John Smith and Jane Doe, Washington', 'byline'],
  ['en', 'By the way, the vote was close.', 'paragraph'],
  ['en', 'Reuters', 'agency'],
  ['en', 'Updated: Monday, May 18, 2015 at 9:30 am', 'dateline'],
  ['en', 'Monday, May 18, 2015', 'dateline'],
  ['en', '2 hours ago', 'dateline'],
  ['en', 'Day 1', 'heading'],
  ['en', 'Read more: Why bulk shipping matters', 'related'],
  ['en', 'Advertisement', 'ad'],
  ['en', 'Share this article', 'ui'],
  ['en', '5 min read', 'ui'],
  ['en', 'Follow @BBCNewsbeat on Twitter and Instagram', 'ui'],
  ['en', 'Follow the money, investigators say.', 'paragraph'],
  ['en', 'Watch: the moment the bridge collapsed', 'media'],
  ['en', 'Video games are more popular than ever.', 'paragraph'],
  ['en', 'Photo: Getty Images', 'credit'],
  ['en', 'Getty Images', 'credit'],
  ['en', 'Home / News / World', 'ui'],
  ['en', 'War / Peace', 'heading'],
  // French
  ['fr', 'Par Jean Dupont', 'byline'],
  ['fr', 'Lire aussi : La réforme des retraites', 'related'],
  ['fr', 'Publicité', 'ad'],
  ['fr', 'Mis à jour le 3 mai 2024 à 14h30', 'dateline'],
  ['fr', 'Par ailleurs, le gouvernement a annoncé un plan.', 'paragraph'],
  // Spanish
  ['es', 'Por Juan Pérez', 'byline'],
  ['es', 'Lea también: El Gobierno aprueba el plan', 'related'],
  ['es', 'Publicidad', 'ad'],
  ['es', 'Por la mañana llovió en Madrid.', 'paragraph'],
  ['es', 'Actualizado el 3 de mayo de 2024, 14:30', 'dateline'],
  // Italian
  ['it', 'Di Mario Rossi', 'byline'],
  ['it', 'Leggi anche: La crisi di governo', 'related'],
  ['it', 'Pubblicità', 'ad'],
  ['it', 'Di questo passo il governo cadrà presto.', 'paragraph'],
  // Dutch
  ['nl', 'Door Jan de Vries', 'byline'],
  ['nl', 'Lees ook: Kabinet valt over stikstof', 'related'],
  ['nl', 'Advertentie', 'ad'],
  ['nl', 'Door de regen liep de wedstrijd vertraging op.', 'paragraph'],
];

/** The line between two body paragraphs, so title detection and box rules do not interfere. */
function around(line: string): string {
  return `Erster Absatz des Artikels mit einem ganzen Satz.\n\n${line}\n\nLetzter Absatz des Artikels mit einem Satz.`;
}

function outcome(line: string, lang: string | undefined): Expect | 'missing' {
  const text = around(line);
  const a = cleanText(text, lang ? { lang } : {});
  const start = text.indexOf(line);
  const drop = a.dropped.find((d) => d.start === start && d.end === start + line.length);
  if (drop) return drop.kind;
  const block = a.blocks.find((b) => b.start === start && b.end === start + line.length);
  if (block && (block.kind === 'paragraph' || block.kind === 'heading')) return block.kind;
  return 'missing';
}

describe('cleanText: one line at a time', () => {
  for (const [lang, line, expect] of CASES) {
    test(`[${lang}] ${JSON.stringify(line)} → ${expect}`, () => {
      assert.equal(outcome(line, lang), expect, 'with the language given');
      // The pipeline cleans before it knows the language: the union of all packs must agree.
      assert.equal(outcome(line, undefined), expect, 'with the language unknown');
    });
  }
});
