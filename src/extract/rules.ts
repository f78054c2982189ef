/**
 * Every tuning number, selector and pattern of HTML extraction, in one table.
 * General news-page rules only: nothing here names a publisher. Numbers were tuned on
 * shared/data/html-de-fundus.jsonl (token F1, `kernpunkte eval extract`); see each comment.
 */

export const EXTRACT_RULES = Object.freeze({
  /** Bigger HTML is refused (INPUT_TOO_LARGE) before parsing: linkedom holds the whole tree. */
  maxHtmlChars: 20 * 1024 * 1024,

  /**
   * Work bounds (00-limits). Real pages (html-de-fundus) nest at most 28 levels and hold at
   * most 3,319 elements and 2,761 end tags. Markup deeper than `maxMarkupDepth`, or with more
   * than `maxElements` elements or end tags (as htmlparser2, linkedom's parser, reads them),
   * is refused before parsing (linkedom's parser is quadratic in depth); the parsed tree is
   * flattened below `maxDomDepth` (Readability is too: 2,000 levels took 95 s); Readability
   * gives up on more than `readabilityMaxElems` elements (40,000 <br>s took it 5 s), and the
   * page's running text is read instead.
   */
  maxMarkupDepth: 1000,
  maxElements: 50_000,
  /**
   * All nodes linkedom builds: elements, text runs (each character reference splits the text:
   * `a&amp;b` is three nodes), comments. The 120 pages of
   * html-de-fundus and html-en-fundus hold at most 9,260, and at most 99 attributes on one
   * element. Parsing costs about 15 µs per node and Readability walks them all many times.
   */
  maxNodes: 50_000,
  maxAttributes: 1000,
  maxDomDepth: 100,
  readabilityMaxElems: 10_000,

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
   * Of `removeSelectors`, these never hold article text and go whatever their size; the others
   * (form, aside, footer, figure, [hidden], …) are kept when they hold more than
   * `pruneMaxShare` of the page's text: ASP.NET pages wrap the whole page in a <form>
   * (html-en-fundus, LBCGroup: 99.99 % of the text; kernpunkte gave nothing, Readability 81.9 F1).
   */
  removeAlwaysSelectors: [
    'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
    'button', 'select', 'input', 'textarea', 'picture', 'video', 'audio', 'map',
  ],
  /** No rule in step 1 removes an element holding more than this share of the page's text. */
  pruneMaxShare: 0.5,

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

  /**
   * Text patterns for what the plain-text cleaning rules (src/clean, run over every block in
   * step 8) do not catch in HTML: pieces that inline markup glues into one block ("Stand: 10:49
   * UhrLesedauer: 5 Minuten"), longer boxes (affiliate and newsletter notes, syndication
   * notes), placeholders. Whatever the clean rules cover (related-link labels, "Anzeige", share
   * words, clock times, bylines, reading time, agency credits) is no longer listed here.
   * Whole paragraphs that are credits, captions' leftovers and UI, not text: */
  dropParagraphPatterns: [
    /^(foto|fotos|bild|bilder|grafik|quelle|video|audio|illustration|montage|collage|photo|photos|image|picture|credit|crédit|crédits|fuente|fonte|beeld)(\s*\/\s*\w+)?\s*:\s*\S/i,
    /^(©|\(c\)|copyright)\s*\S/i,
    /^(externer inhalt|empfohlener redaktioneller inhalt|um eingebettete inhalte anzuzeigen|hier finden sie einen externen inhalt|wir benötigen ihre zustimmung|mit ihrer zustimmung|ich bin damit einverstanden)/i,
    /^(jetzt|hier) (kostenlos |gratis )?(den |unseren )?newsletter/i,
    /newsletter (abonnieren|bestellen)/i,
    /^(stand|aktualisiert|veröffentlicht|updated|published)\s*:?\s*\d/i,
    /^(dieser artikel|dieser beitrag|der artikel) (ist|erschien) (zuerst|ursprünglich)/i,
    /^(um diesen artikel|diesen artikel) (weiter|zu Ende) ?lesen/i,
    /^(sie lesen|lesen sie) (jetzt )?(mit|weiter) /i,
    /^placeholder\b/i,
    /^((diesen |den )?(artikel|beitrag|link|seite)( zum einbetten des videos)? (teilen|kopieren|drucken|merken|speichern))/i,
    /^(dieser artikel|dieser beitrag) (wurde|ist) (im original|ursprünglich|zuerst)/i,
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

  /**
   * Step 9: a result with less kept text than this (or none) is checked against Readability
   * alone on the unpruned page, which wins when it keeps `fallbackMinGain` times as much.
   * News articles are longer (html-de/en-fundus gold texts: the shortest has 928 characters).
   */
  fallbackBelowChars: 600,
  fallbackMinGain: 2,

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
});
