import type { LanguagePack } from '../pack.js';

/** Language-agnostic rules for text too short to tell, or a language without a pack. */
export const und: LanguagePack = {
  code: 'und',
  iso6393: '',
  name: 'undetermined',
  heading: 'Summary',
  stemmer: null,
  stopwords: [],
  quotes: [['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['»', '«'], ['‘', '’'], ['「', '」']],
  connectives: [],
  anaphora: [],
};
