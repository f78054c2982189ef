import type { CleanLangPack } from './types.js';

export const it: CleanLangPack = {
  code: 'it',
  summaryHeadings: ['Riassunto', 'In breve', 'Punti chiave', 'In sintesi', 'Sintesi', "L'essenziale",
    'L’essenziale', 'I punti chiave', 'Cosa sapere'],
  bylinePrefixes: ['Di', 'Testo', 'Autore', 'Autrice', 'Un articolo di', "Un'analisi di"],
  nameJoiners: ['e'],
  sourceLabels: ['Fonte', 'Fonti', 'con agenzie'],
  mediaLabels: ['Video', 'Foto', 'Immagine', 'Immagini', 'Audio', 'Podcast', 'Galleria', 'Fotogallery',
    'Infografica', 'Mappa', 'Diretta', 'In diretta'],
  relatedLabels: ['Leggi anche', 'Leggi di più', 'Vedi anche', 'Approfondisci', 'Potrebbe interessarti',
    'Articoli correlati', 'Correlati', 'I più letti', 'Torna su'],
  adLabels: ['Pubblicità', 'Annuncio', 'Sponsorizzato', 'Contenuto sponsorizzato'],
  uiPhrases: [
    'Condividi', 'Condividi su', 'Commenti', 'Commenta', 'Stampa', 'Salva', 'Ascolta', "Ascolta l'articolo",
    'Chiudi', 'Indietro', 'Avanti', 'Successivo', 'Precedente', 'Altro', 'Mostra di più', 'Copia link', 'Copia',
    'Iscriviti', 'Abbonati', 'Newsletter', 'Segui', 'Accetta', 'Rifiuta', 'Impostazioni', 'Menu', 'Cerca', 'Home', 'su',
  ],
  inlineRemnants: [],
  timestampLabels: ['Aggiornato', 'Aggiornato il', 'Ultimo aggiornamento', 'Pubblicato', 'Pubblicato il', 'Data'],
  dateWords: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
    'novembre', 'dicembre', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'il', 'alle', 'ore', 'fa',
    'minuti', 'giorni', 'ieri', 'oggi',
  ],
  readingTimeWords: ['min', 'minuti', 'di', 'lettura', 'Tempo'],
  noticeOpenings: ['Utilizziamo', 'Questo sito', 'Usiamo', 'Per visualizzare questo contenuto'],
  noticeWords: ['cookie', 'cookies', 'terze parti', 'consenso', 'contenuto esterno'],
  creditRoles: ['Traduzione', 'Testo', 'Foto', 'Infografica', 'Montaggio', 'Produzione'],
  followOpenings: ['Seguici', 'Segui'],
  footerLabels: ['Fonte', 'Fonti', 'Data', 'Licenza', 'Autore', 'Autori', 'Crediti', 'Foto'],
};
