/**
 * Every tuning number, selector and pattern of HTML extraction, in one table.
 * General news-page rules only: nothing here names a publisher. Numbers were tuned on
 * shared/data/html-de-fundus.jsonl (token F1, `kernpunkte eval extract`); see each comment.
 */

export const EXTRACT_RULES = Object.freeze({
  /** Bigger HTML is refused (INPUT_TOO_LARGE) before parsing: linkedom holds the whole tree. */
  maxHtmlChars: 20 * 1024 * 1024,

  /** Below this many characters of body text a page is "no article" (index, login, empty page). */
  minArticleChars: 200,
  /** …and it needs at least this many paragraphs of at least `minParagraphChars`. */
  minParagraphs: 1,
  minParagraphChars: 80,

  /**
   * Removed before Readability looks at the page: never article text on news pages.
   * Headers are kept (they often hold the title and the teaser).
   */
  removeSelectors: [
    'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
    'button', 'select', 'input', 'textarea', 'form', 'dialog', 'nav', 'aside', 'footer',
    'figcaption', 'figure', 'picture', 'video', 'audio', 'map',
    '[hidden]', '[aria-hidden="true"]', '[role="complementary"]', '[role="navigation"]',
    '[role="dialog"]', '[role="alertdialog"]', '[role="banner"] nav',
    // Screen-reader-only helper text ("Link wird in einem neuen Tab geöffnet").
    '.sr-only', '.visually-hidden', '.visuallyhidden', '.screen-reader-text', '.screenreader',
    '.u-visually-hidden', '.a11y-hidden', '.hide-visually',
  ],

  /**
   * A class or id containing one of these words (as a whole hyphen/underscore-separated part
   * or a camelCase part) marks a box that is not article text: related links, sharing,
   * newsletters, paywall, consent, author boxes, captions, credits, ads.
   */
  junkNameParts: [
    'related', 'recommend', 'recommendation', 'recommendations', 'more', 'readmore', 'also',
    'share', 'sharing', 'social', 'sociallinks', 'newsletter', 'subscribe', 'subscription',
    'paywall', 'plus', 'premium', 'consent', 'cmp', 'privacy', 'cookie', 'embed', 'embedded',
    'external', 'author', 'authors', 'authorbox', 'bio', 'byline', 'caption', 'credit',
    'credits', 'copyright', 'ad', 'ads', 'advert', 'advertisement', 'anzeige', 'banner',
    'sponsored', 'promo', 'outbrain', 'taboola', 'comment', 'comments', 'breadcrumb',
    'breadcrumbs', 'tags', 'tag', 'toolbar', 'sidebar', 'widget', 'gallery', 'slider',
    'carousel', 'video', 'player', 'audio', 'podcast', 'poll', 'survey', 'rating', 'print',
    'bookmark', 'meta', 'dateline', 'timestamp', 'date', 'time', 'topics', 'teaserlist',
    'teasers', 'infobox', 'factbox', 'pullquote', 'quotebox', 'donation', 'donate', 'spenden',
  ],
  /** A teaser card (linked headline + snippet) is at most this many characters of text. */
  teaserCardMaxChars: 400,

  /**
   * A box with this many paragraphs of at least this many characters (mostly not link text)
   * holds running text and is kept whatever its name says.
   */
  runningTextParagraphs: 3,
  runningTextParagraphChars: 120,
  /** …unless the name also has one of these parts (article bodies named "article-more", …). */
  keepNameParts: ['body', 'content', 'text', 'article', 'story', 'main', 'lead', 'intro', 'summary'],

  /** Whole paragraphs that are credits, captions' leftovers and UI, not text. */
  dropParagraphPatterns: [
    /^(foto|fotos|bild|bilder|grafik|quelle|video|audio|illustration|montage|collage|photo|photos|image|picture|credit|crédit|crédits|fuente|fonte|beeld)(\s*\/\s*\w+)?\s*:\s*\S/i,
    /^(©|\(c\)|copyright)\s*\S/i,
    /^(mehr zum thema|lesen sie (auch|mehr)|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|weiterlesen|mehr dazu|zum thema|verwandte artikel|empfehlungen|meistgelesen|top-artikel)\b/i,
    // The same boxes in en, fr, es, it, nl.
    /^(read more|related( articles| stories)?|see also|more on this( story)?|recommended( for you)?|most read|(à )?lire aussi|sur le même sujet|lee también|te puede interesar|leggi anche|potrebbe interessarti|lees ook|meer over dit onderwerp)\b/i,
    /^(externer inhalt|empfohlener redaktioneller inhalt|um eingebettete inhalte anzuzeigen|hier finden sie einen externen inhalt|wir benötigen ihre zustimmung|mit ihrer zustimmung|ich bin damit einverstanden)/i,
    /^(jetzt|hier) (kostenlos |gratis )?(den |unseren )?newsletter/i,
    /newsletter (abonnieren|bestellen)/i,
    /^(anzeige|werbung|advertisement|sponsored)$/i,
    /^(teilen|share|drucken|print|kommentare?|zur startseite|zurück|schließen|mehr|artikel teilen)$/i,
    /^\d{1,2}[:.]\d{2}( uhr)?$/i,
    /^(stand|aktualisiert|veröffentlicht|updated|published)\s*:?\s*\d/i,
    /^(von|by)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(und|,|and)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*$/u,
    /^(dieser artikel|dieser beitrag|der artikel) (ist|erschien) (zuerst|ursprünglich)/i,
    /^(um diesen artikel|diesen artikel) (weiter|zu Ende) ?lesen/i,
    /^(sie lesen|lesen sie) (jetzt )?(mit|weiter) /i,
    /^placeholder\b/i,
    /^((diesen |den )?(artikel|beitrag|link|seite)( zum einbetten des videos)? (teilen|kopieren|drucken|merken|speichern))/i,
    /^(dieser artikel|dieser beitrag) (wurde|ist) (im original|ursprünglich|zuerst)/i,
    /^\d+\s*min(\.|uten)?\s*(lesezeit|lesedauer)?$/i,
    /^(externen? inhalt|inhalt) (anzeigen|laden|aktivieren)/i,
  ] as readonly RegExp[],

  /**
   * Patterns that mark a *short* block (at most `shortBlockMaxChars`) as page furniture:
   * dates and times, reading time, credit lines, captions with a photo credit, newsletter
   * and consent boxes, "… mehr" teaser snippets. In running text the same words are fine.
   */
  shortBlockMaxChars: 300,
  shortBlockPatterns: [
    /^(redaktion|übersetzung|faktencheck|mitarbeit|recherche|schlussredaktion|text|texte|autor|autorin|autoren|grafik|kamera|sendung|quelle|quellen|mit material von)\s*:/i,
    /(©|\bcopyright\b|\b(foto|fotos|bild|bilder)\s*(\[m\])?\s*:|\(\s*(afp|dpa|reuters|ap|epa|getty|imago|kna|epd)\b[^)]*\)\s*$)/i,
    /\bnewsletter\b/i,
    /\bexterne[nr]? inhalte?\b/i,
    /\b(lesedauer|lesezeit)\b/i,
    /\s(mehr|weiterlesen|more)$/i,
    /\baffiliate\b/i,
  ] as readonly RegExp[],
  /** A block this short that holds a date or a clock time is a dateline, not text. */
  dateBlockMaxChars: 70,
  datePattern: /(\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*uhr\b)/i,
  /** A heading of at most this many words with no paragraph under it is a box label. */
  orphanHeadingMaxWords: 4,
  /** Body paragraphs have more words than this; fewer is a label ("Berlin.", "(dmk)", "E-Mail"). */
  minParagraphWords: 2,

  /**
   * Gap filling (03-fill-gaps): a block Readability skipped is added back when it is at
   * least this long, at most this share links, and ends like a sentence. Only this many
   * blocks between the <h1> and Readability's first pick are searched.
   */
  gapParagraphChars: 100,
  gapMaxLinkDensity: 0.3,
  gapMaxLeadBlocks: 40,

  /** Short credit lines ("dpa", "AFP/Getty Images") under this length are dropped. */
  creditMaxChars: 60,
  creditPattern: /^[\s©|/·,()-]*(dpa|afp|ap|reuters|epa|getty images|imago|picture alliance|kna|epd|sid|ddp|ullstein|istock|shutterstock)([\s©|/·,()-]+[\p{L}\s.-]{0,30})?$/iu,

  /** Phrases removed inside a paragraph (screen-reader link labels). */
  stripPhrases: [
    /\s*\(?(link wird in einem neuen tab geöffnet|öffnet im neuen fenster|öffnet in neuem tab|opens in a new (tab|window))\)?/gi,
  ] as readonly RegExp[],

  /** A list or paragraph whose text is more than this share link text is a link list. */
  maxLinkDensity: 0.65,
  /** …judged only for blocks under this length; long text with many links is still text. */
  linkDensityMaxChars: 400,

  /**
   * Teaser: the meta/JSON-LD description is put first when an element in the page shows it
   * (token F1 at least this much against the element's text).
   */
  teaserMinSimilarity: 0.8,
  /** Teasers longer than this are not teasers. */
  teaserMaxChars: 1200,

  /**
   * JSON-LD articleBody wins over the DOM extraction when it is this much longer and
   * contains at least this share of the DOM text's tokens.
   */
  articleBodyMinLengthRatio: 1.3,
  articleBodyMinContainment: 0.9,

  /** franc needs this many characters to answer; shorter text is 'und'. */
  langMinChars: 40,
});

/** franc-min's ISO 639-3 answers for the languages kernpunkte supports, as ISO 639-1. */
export const ISO6393_TO_1: Readonly<Record<string, string>> = Object.freeze({
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl',
});
