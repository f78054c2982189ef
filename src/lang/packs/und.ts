import type { LanguagePack } from '../pack.js';

/** Language-agnostic rules for text too short to tell, or a language without a pack. */
export const und: LanguagePack = {
  code: 'und',
  name: 'undetermined',
  heading: 'Summary',
  quotes: [['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['»', '«'], ['‘', '’'], ['「', '」']],
  connectives: [],
  anaphora: [],
};
