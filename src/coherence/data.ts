/**
 * The coherence checker's word lists, per language. Plain data: a language without an entry
 * here still gets the rules that need no words (quote fragments, captions) and its language
 * pack's connectives and anaphora.
 */
export interface CoherenceData {
  /** Sentence-initial pronouns and pro-adverbs whose referent is in another sentence. */
  pronouns: readonly string[];
  /** Words that open a pronoun use when followed by one of `pronounVerbs` only ("Das ist …", "It was …"). */
  weakPronouns: readonly string[];
  pronounVerbs: readonly string[];
  /** Demonstrative determiners: "Diese Entscheidung", "This move". */
  demonstratives: readonly string[];
  /** Definite noun phrases that point back at an event told before ("The move", "The decision"). */
  backReferences: readonly string[];
  /** Reported-speech verb forms that need a speaker (German Konjunktiv I; English "would"). */
  reportedForms: readonly string[];
  /** Words that name a speaker or a source in the same sentence ("sagte", "laut", "zufolge"). */
  sourceWords: readonly string[];
  /** Prefixes of speaker verbs in any inflection ("erklär" → erklärte, erklärten). */
  sourcePrefixes: readonly string[];
  /** Words that make "would"-style forms conditional, not reported (English "if"). */
  conditionals: readonly string[];
  /** Personal pronouns that may point forward to the speaker named later in the sentence ("Er sei bereit, sagte Kim"). */
  cataphoric: readonly string[];
  /** Words of `sourceWords` that open a clause, not name its speaker ("…, dass der Leitzins …"): no name for a cataphoric pronoun follows them. */
  complementizers: readonly string[];
  /** Caption openers: "Foto:", "Pictured:". */
  captionOpeners: readonly string[];
  /** Contrast and addition particles that lean on the sentence before from inside the first clause ("Seine Helfer aber …", "The plan, however, …"). */
  innerConnectives: readonly string[];
  /** Personal pronouns that, as the only speaker of a quotation, leave it without one ("…“, sagte er."). */
  speakerPronouns: readonly string[];
}

const de: CoherenceData = {
  pronouns: ['Er', 'Sie', 'Ihm', 'Ihn', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Sein', 'Seine', 'Seinen', 'Seinem', 'Seiner', 'Dies', 'Dort', 'Damals', 'Deren', 'Dessen', 'Diese', 'Dieser', 'Dieses', 'Diesen', 'Diesem'],
  weakPronouns: ['Es', 'Das', 'Der', 'Die', 'Den', 'Dem'],
  pronounVerbs: ['ist', 'war', 'sei', 'wäre', 'hat', 'hatte', 'habe', 'hätte', 'wird', 'wurde', 'werde', 'würde', 'kann', 'könne', 'könnte', 'soll', 'solle', 'sollte', 'muss', 'müsse', 'will', 'wolle', 'sagte', 'sagt', 'bedeutet', 'bedeute', 'gilt', 'gelte', 'zeigt', 'heißt', 'betrifft', 'dürfte', 'sind', 'waren', 'seien', 'haben', 'hatten', 'werden', 'wurden'],
  demonstratives: ['Diese', 'Dieser', 'Dieses', 'Diesen', 'Diesem', 'Jene', 'Jener', 'Jenes', 'Solche', 'Solch'],
  backReferences: [],
  reportedForms: [
    'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'gehe', 'komme', 'stehe',
    'liege', 'bleibe', 'wisse', 'lasse', 'schließe', 'sehe', 'halte', 'trage', 'brauche', 'fehle', 'gelte', 'drohe', 'plane',
    'arbeite', 'handle', 'befinde', 'verfüge', 'zeige', 'führe', 'bestehe', 'unterstütze', 'beginne', 'erwarte', 'lehne',
    'suche', 'strebe', 'wünsche', 'rechne', 'benötige', 'beabsichtige', 'verfolge', 'spiele', 'reiche', 'setze', 'biete',
  ],
  sourceWords: [
    'laut', 'zufolge', 'demnach', 'wonach', 'angaben', 'ansicht', 'auffassung', 'meinung', 'überzeugt', 'sprecher',
    'sprecherin', 'mitteilung', 'bericht', 'berichten', 'berichte', 'dass', 'ob', 'hieß', 'heißt', 'gesagt', 'erklärt',
  ],
  sourcePrefixes: [
    'sagt', 'sagen', 'erklär', 'betont', 'teilt', 'teilte', 'bericht', 'meldet', 'meldete', 'äußert', 'kündigt', 'warnt',
    'fordert', 'schreib', 'schrieb', 'räumt', 'argumentiert', 'kritisiert', 'bestätigt', 'versichert', 'behauptet', 'meint',
    'führte', 'unterstrich', 'unterstreicht', 'zitiert', 'fürchtet', 'befürchtet', 'glaubt', 'hofft', 'versprach', 'verspricht',
    'bekräftigt', 'mitgeteilt', 'sprach', 'spricht', 'begründet', 'ergänzt', 'fügte', 'verwies', 'verweist', 'hob', 'stellte',
    'bestreit', 'bestritt', 'vermut', 'schätzt', 'nannte', 'erklärten', 'beklagt', 'appelliert', 'mahnt', 'drängt',
  ],
  conditionals: [],
  cataphoric: ['Er', 'Sie', 'Es'],
  complementizers: ['dass', 'ob', 'wonach'],
  innerConnectives: ['aber', 'jedoch', 'hingegen', 'dagegen', 'indes', 'allerdings', 'wiederum', 'zudem', 'außerdem', 'ebenfalls'],
  speakerPronouns: ['er', 'sie'],
  captionOpeners: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Grafik', 'Video', 'Bildquelle', 'Quelle', 'Archivbild', 'Symbolbild'],
};

const en: CoherenceData = {
  pronouns: ['He', 'She', 'They', 'Him', 'Them', 'His', 'Her', 'Their', 'Its', 'This', 'These', 'That', 'Those'],
  weakPronouns: ['It'],
  pronounVerbs: ['is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'means', 'meant', 'comes', 'came', 'follows', 'followed', 'marks', 'marked', 'remains', 'seems', 'appears', 'added', 'said'],
  demonstratives: ['This', 'These', 'That', 'Those', 'Such'],
  backReferences: ['measure', 'move', 'decision', 'announcement', 'comments', 'remarks', 'statement', 'incident', 'latter', 'former', 'pair', 'duo', 'couple'],
  reportedForms: ['would'],
  sourceWords: ['according', 'says', 'said', 'told', 'added', 'claimed', 'claims', 'announced', 'stated', 'reported', 'insisted', 'warned', 'explained', 'argued', 'believes', 'believed', 'thinks', 'thought', 'expects', 'expected', 'hopes', 'hoped', 'promised', 'vowed', 'pledged', 'predicted', 'suggested', 'admitted', 'confirmed', 'revealed', 'insists', 'writes', 'wrote', 'say', 'tell', 'if', 'unless', 'comment', 'comments'],
  sourcePrefixes: ['announc', 'claim', 'insist', 'warn', 'explain', 'argu', 'believ', 'expect', 'promis', 'vow', 'pledg', 'predict', 'suggest', 'admit', 'confirm', 'reveal', 'report', 'decid', 'agree', 'deni', 'deny', 'accus', 'allege', 'fear', 'think', 'hope'],
  conditionals: ['if', 'unless', 'you', 'i', 'we'],
  cataphoric: ['He', 'She', 'They', 'It'],
  complementizers: ['if', 'unless'],
  innerConnectives: ['however', 'meanwhile', 'though', 'also'],
  speakerPronouns: ['he', 'she', 'they'],
  captionOpeners: ['Pictured', 'Photo', 'Photos', 'Picture', 'Image', 'Video', 'Source', 'Credit', 'Above', 'Below', 'Left', 'Right', 'Inset', 'Watch', 'Scroll', 'Click'],
};

/**
 * Words of a language pack's anaphora list that open ordinary sentences as articles too (Dutch
 * "Het kabinet …"): the coherence stage does not take them for pronouns.
 */
export const NOT_PRONOUNS: Readonly<Record<string, readonly string[]>> = Object.freeze({ nl: ['Het'] });

/**
 * A proximal demonstrative before a time noun points at the time of writing, not at an earlier
 * sentence ("This week, …", "Diese Woche tagt …", "Esta semana, …", "Ce lundi, …"): the phrase
 * stands alone, so the coherence stage reads the word after it as the opener ("This week she …"
 * is still flagged for "she"). Distal ones ("That year", "Ce jour-là") point back and stay
 * flagged. A year counts as a time noun when a comma follows it ("Este 2025, …"; "This 2017
 * photo" is no time). Nouns lowercase; per language, the determiners and nouns, and where the
 * verb comes second (German, Dutch) the subject pronouns that, right after that verb, still point
 * back ("Diese Woche hat er abgesagt", "Deze week trad hij af").
 */
export const DEICTIC_TIME: Readonly<Record<string, { determiners: readonly string[]; nouns: readonly string[]; afterVerb?: readonly string[] }>> = Object.freeze({
  en: {
    determiners: ['This', 'These'],
    nouns: ['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'days', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  },
  de: {
    determiners: ['Diese', 'Dieser', 'Dieses', 'Diesen', 'Diesem'],
    nouns: ['woche', 'wochenende', 'monat', 'jahr', 'saison', 'frühjahr', 'frühling', 'sommer', 'herbst', 'winter', 'tage', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    afterVerb: ['er', 'sie'],
  },
  fr: { determiners: ['Ce'], nouns: ['matin', 'soir', 'week-end', 'mois', 'printemps', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] },
  es: {
    determiners: ['Este', 'Esta'],
    nouns: ['semana', 'mes', 'año', 'temporada', 'mañana', 'tarde', 'noche', 'primavera', 'verano', 'otoño', 'invierno', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  },
  it: {
    determiners: ['Questo', 'Questa'],
    nouns: ['settimana', 'mese', 'anno', 'stagione', 'mattina', 'sera', 'primavera', 'estate', 'autunno', 'inverno', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  },
  nl: {
    determiners: ['Deze', 'Dit'],
    nouns: ['week', 'weekend', 'maand', 'jaar', 'seizoen', 'ochtend', 'middag', 'avond', 'lente', 'zomer', 'herfst', 'winter', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    afterVerb: ['hij', 'zij', 'ze'],
  },
});

/** Rules that need no language: used for every language, merged with its own data. */
export const NEUTRAL_CAPTION_MARKS: readonly string[] = ['©', 'Getty Images', 'AFP/', '/dpa', 'Reuters/', 'Photo credit', 'Scroll down for video', 'Click here'];

export const COHERENCE_DATA: Readonly<Record<string, CoherenceData>> = Object.freeze({ de, en });
