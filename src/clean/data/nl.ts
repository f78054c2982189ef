import type { CleanLangPack } from './types.js';

export const nl: CleanLangPack = {
  code: 'nl',
  summaryHeadings: ['Samenvatting', 'In het kort', 'Kort gezegd', 'Belangrijkste punten', 'Het belangrijkste',
    'In een notendop', 'Kort samengevat'],
  bylinePrefixes: ['Door', 'Tekst', 'Auteur', 'Een analyse van', 'Een column van'],
  nameJoiners: ['en'],
  sourceLabels: ['Bron', 'Bronnen'],
  mediaLabels: ['Video', "Video's", 'Foto', "Foto's", 'Beeld', 'Afbeelding', 'Audio', 'Podcast', 'Galerij',
    'Fotoserie', 'Kaart', 'Live', 'Liveblog'],
  relatedLabels: ['Lees ook', 'Lees meer', 'Lees verder', 'Zie ook', 'Meer over', 'Meer over dit onderwerp',
    'Gerelateerd', 'Gerelateerde artikelen', 'Meest gelezen', 'Terug naar boven'],
  adLabels: ['Advertentie', 'Gesponsord', 'Reclame'],
  uiPhrases: [
    'Delen', 'Deel', 'Deel dit artikel', 'Reacties', 'Reageer', 'Reageren', 'Afdrukken', 'Printen', 'Opslaan',
    'Bewaren', 'Luister', 'Beluister', 'Voorlezen', 'Sluiten', 'Terug', 'Volgende', 'Vorige', 'Meer', 'Toon meer',
    'Link kopiëren', 'Kopiëren', 'Abonneren', 'Aanmelden', 'Nieuwsbrief', 'Volgen', 'Accepteren', 'Weigeren',
    'Instellingen', 'Menu', 'Zoeken', 'Home', 'op', 'via',
  ],
  timestampLabels: ['Bijgewerkt', 'Bijgewerkt op', 'Gepubliceerd', 'Gepubliceerd op', 'Aangepast', 'Datum'],
  dateWords: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'om', 'op', 'uur', 'u',
    'geleden', 'minuten', 'dagen', 'gisteren', 'vandaag',
  ],
  readingTimeWords: ['min', 'minuten', 'leestijd', 'Leestijd'],
  noticeOpenings: ['Wij gebruiken', 'We gebruiken', 'Deze website', 'Deze site', 'Om deze inhoud'],
  noticeWords: ['cookies', 'cookie', 'derden', 'toestemming', 'externe inhoud'],
  creditRoles: ['Vertaling', 'Eindredactie', 'Redactie', 'Tekst', "Foto's", 'Beeld', 'Productie'],
  followOpenings: ['Volg', 'Volg ons'],
  footerLabels: ['Bron', 'Bronnen', 'Datum', 'Licentie', 'Auteur', 'Auteurs', "Foto's"],
};
