/**
 * Per-language word lists of the faithfulness check: number words, scale words, months and
 * weekdays, negation cues, words that introduce a name, and determiners. Data only; the rules that
 * use them live in numbers.ts, names.ts and negation.ts. A language without an entry gets digits,
 * quotes and content support only.
 */

export interface FaithLangData {
  /** Number words → value. Only 2 and up: "ein"/"one" are articles far more often than counts. */
  numberWords: Readonly<Record<string, number>>;
  /** Scale words after a number ("18,3 Millionen", "5m") → factor. Keys lowercased, dots kept. */
  scales: Readonly<Record<string, number>>;
  /** Month names (and abbreviations) → 1..12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names → 1..7. */
  weekdays: Readonly<Record<string, number>>;
  /** Words that flip a clause's polarity. Lowercased; "n't" is matched as a suffix too. */
  negations: readonly string[];
  /** Unit words of percentages ("Prozent", "per cent"): part of a number, not content words. */
  units: readonly string[];
  /** Hour markers after a number ("14 Uhr"). */
  hourWords: readonly string[];
  /** Words after which a capitalised word is a person or an office holder ("Kanzler Scholz"). */
  titles: readonly string[];
  /** Words that make the next capitalised word a common noun in German ("der", "im", "viele"). */
  determiners: readonly string[];
  /** The decimal mark of the language's own number writing. */
  decimal: ',' | '.';
}

const DE: FaithLangData = {
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
    zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    hundert: 100, einhundert: 100, tausend: 1000, eintausend: 1000, dutzend: 12, zweiten: 2, dritten: 3, vierten: 4,
  },
  scales: {
    tausend: 1e3, tsd: 1e3, 'tsd.': 1e3, mio: 1e6, 'mio.': 1e6, million: 1e6, millionen: 1e6,
    mrd: 1e9, 'mrd.': 1e9, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12,
  },
  months: {
    januar: 1, jänner: 1, 'jan.': 1, februar: 2, 'feb.': 2, 'febr.': 2, märz: 3, april: 4, 'apr.': 4, mai: 5, juni: 6, juli: 7,
    august: 8, 'aug.': 8, september: 9, 'sept.': 9, 'sep.': 9, oktober: 10, 'okt.': 10, november: 11, 'nov.': 11, dezember: 12, 'dez.': 12,
  },
  weekdays: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'weder', 'nirgends', 'keineswegs', 'ohne'],
  units: ['prozent', 'prozentpunkte', 'prozentpunkt'],
  hourWords: ['uhr'],
  titles: [
    'herr', 'frau', 'dr', 'dr.', 'prof', 'prof.', 'kanzler', 'bundeskanzler', 'kanzlerin', 'präsident', 'präsidentin', 'minister', 'ministerin',
    'bürgermeister', 'bürgermeisterin', 'trainer', 'chef', 'chefin', 'sprecher', 'sprecherin', 'papst', 'könig', 'königin', 'senator', 'gouverneur',
  ],
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
    'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'fürs', 'übers', 'unters',
    'mein', 'meine', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer',
    'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'welche', 'welcher', 'welches', 'alle', 'allen', 'aller',
    'viele', 'vielen', 'vieler', 'mehrere', 'mehreren', 'einige', 'einigen', 'beide', 'beiden', 'wenige', 'wenigen', 'manche', 'manchen', 'solche', 'solchen',
  ],
  decimal: ',',
};

const EN: FaithLangData = {
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
    third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  },
  scales: { thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 },
  months: {
    january: 1, 'jan.': 1, jan: 1, february: 2, 'feb.': 2, feb: 2, march: 3, 'mar.': 3, april: 4, 'apr.': 4, may: 5, june: 6, july: 7, august: 8, 'aug.': 8,
    september: 9, 'sept.': 9, 'sep.': 9, october: 10, 'oct.': 10, november: 11, 'nov.': 11, december: 12, 'dec.': 12,
  },
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  negations: ['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without'],
  units: ['percent', 'per', 'cent', 'percentage', 'points'],
  hourWords: ["o'clock"],
  titles: [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'lord', 'lady', 'president', 'minister', 'chancellor', 'senator',
    'governor', 'mayor', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'coach', 'manager', 'captain', 'sergeant', 'officer', 'detective',
  ],
  determiners: [],
  decimal: '.',
};

const FR: FaithLangData = {
  numberWords: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000 },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 },
  months: { janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 },
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  negations: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'personne', 'sans', 'non', 'ni', 'nullement'],
  units: ['pour', 'cent'],
  hourWords: ['h', 'heures', 'heure'],
  titles: ['m.', 'mme', 'président', 'présidente', 'ministre', 'maire'],
  determiners: [],
  decimal: ',',
};

const ES: FaithLangData = {
  numberWords: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, veinte: 20, treinta: 30, cien: 100, ciento: 100, mil: 1000 },
  scales: { mil: 1e3, millón: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9 },
  months: { enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 },
  weekdays: { lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6, domingo: 7 },
  negations: ['no', 'nunca', 'jamás', 'ningún', 'ninguno', 'ninguna', 'nada', 'nadie', 'sin', 'tampoco', 'ni'],
  units: ['por', 'ciento'],
  hourWords: ['horas', 'h'],
  titles: ['sr.', 'sra.', 'presidente', 'presidenta', 'ministro', 'ministra', 'alcalde', 'alcaldesa'],
  determiners: [],
  decimal: ',',
};

const IT: FaithLangData = {
  numberWords: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, venti: 20, trenta: 30, cento: 100, mille: 1000 },
  scales: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9 },
  months: { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 },
  weekdays: { lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6, domenica: 7 },
  negations: ['non', 'mai', 'nessuno', 'nessuna', 'nessun', 'niente', 'nulla', 'senza', 'né'],
  units: ['per', 'cento'],
  hourWords: ['ore'],
  titles: ['presidente', 'ministro', 'ministra', 'sindaco'],
  determiners: [],
  decimal: ',',
};

const NL: FaithLangData = {
  numberWords: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, twintig: 20, dertig: 30, honderd: 100, duizend: 1000 },
  scales: { duizend: 1e3, miljoen: 1e6, miljoenen: 1e6, mln: 1e6, miljard: 1e9, miljarden: 1e9, mld: 1e9 },
  months: { januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12 },
  weekdays: { maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7 },
  negations: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens', 'zonder', 'noch'],
  units: ['procent', 'procentpunt'],
  hourWords: ['uur'],
  titles: ['minister', 'premier', 'burgemeester', 'president'],
  determiners: [],
  decimal: ',',
};

/** Languages with no entry: digits (decimal comma, the more common one in the world's news), quotes, support. */
const NONE: FaithLangData = { numberWords: {}, scales: {}, months: {}, weekdays: {}, negations: [], units: [], hourWords: [], titles: [], determiners: [], decimal: ',' };

const DATA: Readonly<Record<string, FaithLangData>> = Object.freeze({ de: DE, en: EN, fr: FR, es: ES, it: IT, nl: NL });

/** The lists of a language ("de-AT" → "de"); an empty set of lists for unknown languages. */
export function faithData(lang: string): FaithLangData {
  return DATA[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? NONE;
}
