import type { CleanLangPack } from './types.js';

export const de: CleanLangPack = {
  code: 'de',
  summaryHeadings: [
    'Zusammenfassung', 'Das Wichtigste in Kürze', 'Das Wichtigste im Überblick', 'Das Wichtigste',
    'Auf einen Blick', 'In Kürze', 'Kurz gesagt', 'Kurz und knapp', 'Kurz & knapp', 'Darum geht’s',
    "Darum geht's", 'Das Wichtigste zusammengefasst', 'Die wichtigsten Punkte', 'KI-Zusammenfassung',
    'Kurzfassung', 'Das Wichtigste auf einen Blick', 'Die wichtigsten Fakten', 'Die wichtigsten Fakten im Überblick',
  ],
  bylinePrefixes: [
    'Von', 'Text', 'Autor', 'Autorin', 'Autoren', 'Ein Kommentar von', 'Ein Gastbeitrag von',
    'Eine Analyse von', 'Eine Reportage von', 'Ein Interview von', 'Eine Kolumne von',
    'Von unserem Korrespondenten', 'Von unserer Korrespondentin', 'Von unserem Redakteur',
    'Von unserer Redakteurin', 'Ein Bericht von',
  ],
  nameJoiners: ['und', 'u.'],
  sourceLabels: ['Quelle', 'Quellen', 'mit Material von', 'Mit Material der', 'mit Agenturmaterial', 'Mitarbeit'],
  mediaLabels: [
    'Video', 'Videos', 'Foto', 'Fotos', 'Bild', 'Bilder', 'Audio', 'Podcast', 'Galerie', 'Bildergalerie',
    'Fotostrecke', 'Grafik', 'Infografik', 'Karte', 'Livestream', 'Interaktiv', 'Zum Video', 'Video abspielen',
    'Zum Podcast', 'Jetzt anhören', 'Bildquelle', 'Bildrechte', 'Titelbild', 'Symbolbild', 'Archivbild',
  ],
  relatedLabels: [
    'Lesen Sie auch', 'Lesen Sie außerdem', 'Lesen Sie hier', 'Lesen Sie mehr', 'Mehr zum Thema',
    'Mehr dazu', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Das könnte Sie interessieren',
    'Weitere Artikel', 'Weitere Nachrichten', 'Zum Thema', 'Passend zum Thema', 'Empfehlungen',
    'Unsere Empfehlung', 'Mehr lesen', 'Weiterlesen', 'Siehe auch', 'Verwandte Artikel', 'Themenverwandte Artikel',
    'Hier lesen', 'Zur Startseite', 'Mehr aus', 'Meistgelesen', 'Top-Themen',
  ],
  adLabels: ['Anzeige', 'Werbung', 'Gesponsert', 'Sponsored', 'Promotion', 'Advertorial', 'Weiterlesen nach der Anzeige'],
  uiPhrases: [
    'Teilen', 'Artikel teilen', 'Beitrag teilen', 'Kommentare', 'Kommentar', 'Kommentieren', 'Kommentar schreiben',
    'Drucken', 'Merken', 'Artikel merken', 'Zur Merkliste', 'Gemerkt', 'Speichern', 'Artikel anhören', 'Anhören',
    'Vorlesen', 'Artikel vorlesen', 'Schließen', 'Zurück', 'Weiter', 'Vor', 'Mehr', 'Mehr anzeigen', 'Weniger anzeigen',
    'Link kopieren', 'Kopieren', 'Link', 'Kopiert', 'Schriftgröße', 'Abonnieren', 'Jetzt abonnieren', 'Newsletter',
    'Zum Newsletter', 'Feedback', 'Startseite', 'Nach oben', 'Seite drucken', 'Versenden', 'Per E-Mail teilen',
    'Bild vergrößern', 'Vergrößern', 'Vollbild', 'Alle anzeigen', 'Aufklappen', 'Zuklappen', 'Menü', 'Suche',
    'Anmelden', 'Abmelden', 'Registrieren', 'Plus', 'Exklusiv', 'Eilmeldung', 'Liveblog', 'Ticker',
    'Artikel verschenken', 'Verschenken', 'Mehr erfahren', 'Folgen', 'Jetzt folgen', 'Zustimmen', 'Akzeptieren',
    'Alle akzeptieren', 'Ablehnen', 'Einstellungen', 'Inhalt laden', 'Externer Inhalt', 'Bild', 'von',
    'Zum Artikel', 'Artikel lesen', 'Jetzt lesen', 'Zum Inhalt springen', 'Zum Hauptinhalt springen',
    'Exklusiv für Abonnenten', 'Nur für Abonnenten', 'Plus-Artikel', 'Abo', 'Jetzt testen',
  ],
  timestampLabels: [
    'Stand', 'Aktualisiert', 'Aktualisiert am', 'Zuletzt aktualisiert', 'Zuletzt aktualisiert am', 'Veröffentlicht',
    'Veröffentlicht am', 'Erstellt', 'Erstellt am', 'Erschienen am', 'Erschienen', 'Datum', 'zuletzt geändert',
  ],
  dateWords: [
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
    'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag',
    'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Uhr', 'um', 'am', 'vom', 'ab', 'MEZ', 'MESZ',
    'vor', 'Stunden', 'Stunde', 'Minuten', 'Minute', 'Tagen', 'gestern', 'heute', 'Std',
  ],
  readingTimeWords: ['Lesezeit', 'Min', 'Min.', 'Minuten', 'Minute', 'ca.', 'Lesedauer'],
  noticeOpenings: [
    'Wir verwenden', 'Wir nutzen', 'Diese Website', 'Diese Webseite', 'Diese Seite', 'Um diesen Inhalt',
    'Um externe Inhalte', 'An dieser Stelle', 'Hier finden Sie', 'Ich bin damit einverstanden', 'Mit einem Klick',
    'Empfohlener redaktioneller Inhalt', 'Externer Inhalt', 'Wir benötigen Ihre Zustimmung',
  ],
  noticeWords: [
    'Cookies', 'Cookie', 'externe Inhalte', 'externen Inhalt', 'externer Inhalt', 'Drittanbieter', 'Datenschutzerklärung',
    'Zustimmung', 'eingebundener Inhalt', 'ergänzt den Artikel', 'personenbezogene Daten',
  ],
  creditRoles: ['Übersetzung', 'Redaktion', 'Schlussredaktion', 'Audioversion', 'Fotos', 'Foto', 'Text', 'Mitarbeit', 'Grafik', 'Grafiken', 'Recherche', 'Produktion', 'Kamera', 'Schnitt', 'Bildredaktion', 'Illustration', 'Lektorat', 'Moderation', 'Konzept', 'Gestaltung', 'Datenanalyse'],
  followOpenings: ['Folgen Sie', 'Folgt uns', 'Folge uns', 'Folgen Sie uns'],
  footerLabels: ['Quelle', 'Quellen', 'Datum', 'Lizenz', 'Autor', 'Autoren', 'Bildnachweis', 'Fotos', 'Mitarbeit'],
};
