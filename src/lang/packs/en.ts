import type { LanguagePack } from '../pack.js';

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  heading: 'Summary',
  quotes: [['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']],
  connectives: [
    'Also', 'However', 'Moreover', 'Furthermore', 'In addition', 'Additionally', 'But', 'And', 'Yet',
    'Still', 'Meanwhile', 'Then', 'Therefore', 'Thus', 'Hence', 'Besides', 'Nevertheless', 'Nonetheless',
    'Instead', 'Otherwise', 'Likewise', 'Similarly', 'Consequently', 'As a result', 'Afterwards', 'Later',
    'Earlier', 'Finally', 'So', 'Or',
  ],
  anaphora: ['He', 'She', 'It', 'They', 'This', 'These', 'That', 'Those', 'His', 'Her', 'Their', 'Its', 'There'],
};
