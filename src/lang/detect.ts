import { franc } from 'franc-min';

/**
 * Language detection with franc (trigram profiles). Text too short to tell is "und":
 * a wrong guess would pick the wrong stop words and stemmer, "und" picks neutral rules.
 */
export const DETECT = Object.freeze({
  /** franc's own minimum; below this many characters the answer is "und". */
  minLength: 40,
  /** Only this much text is looked at: the opening of an article tells its language. */
  sampleChars: 4000,
});

/** ISO 639-3 (franc) → ISO 639-1 for languages a news reader is likely to meet. */
const ISO6393_TO_1: Readonly<Record<string, string>> = Object.freeze({
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl', ces: 'cs',
  swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', tur: 'tr', rus: 'ru', ukr: 'uk', kor: 'ko',
  jpn: 'ja', cmn: 'zh', arb: 'ar', ell: 'el', hun: 'hu', ron: 'ro', bul: 'bg', hrv: 'hr', srp: 'sr',
  slk: 'sk', slv: 'sl', cat: 'ca', heb: 'he', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th', pes: 'fa',
});

export function detectLanguage(text: string): string {
  const sample = text.length > DETECT.sampleChars ? text.slice(0, DETECT.sampleChars) : text;
  if (sample.trim().length < DETECT.minLength) return 'und';
  const code = franc(sample, { minLength: DETECT.minLength });
  if (code === 'und') return 'und';
  return ISO6393_TO_1[code] ?? code;
}
