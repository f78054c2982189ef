/** Data that holds across languages: agency names, social networks, icon ligature names. */

/**
 * News agencies and broadcasters that appear as a source tag ("AFP", "(dpa)", "dpa/AFP", "Reuters").
 * Lower-case; matched case-insensitively as whole tokens.
 */
export const AGENCIES: readonly string[] = [
  'dpa', 'afp', 'reuters', 'ap', 'kna', 'epd', 'sid', 'dpa-afx', 'afx', 'apa', 'sda', 'keystone-sda', 'ats',
  'efe', 'ansa', 'anp', 'belga', 'ddp', 'dts', 'ots', 'rnd', 'idea', 'cnn', 'bbc', 'upi', 'bloomberg', 'tass',
  'xinhua', 'kyodo', 'yonhap', 'europa press', 'agi', 'adnkronos', 'awp', 'pa', 'aap', 'ntb', 'tt', 'ritzau',
  'ctk', 'čtk', 'pap', 'mti', 'epa', 'dts nachrichtenagentur', 'nachrichtenagentur', 'agenturen', 'agencies',
  'agences', 'agencias', 'agenzie', 'persbureaus', 'red', 'redaktion', 'newsroom', 'sport-informations-dienst',
];

/** Photo agencies and stock libraries that open a picture credit ("picture alliance/dpa", "IMAGO/…"). */
export const PHOTO_CREDITS: readonly string[] = [
  'picture alliance', 'picture-alliance', 'imago', 'imago images', 'getty', 'getty images', 'reuters', 'ap photo',
  'ap', 'afp', 'dpa', 'epa', 'epa-efe', 'keystone', 'shutterstock', 'istock', 'istockphoto', 'adobe stock',
  'ullstein bild', 'sz photo', 'action press', 'anp', 'belga', 'ansa', 'efe', 'bloomberg', 'unsplash',
];

/** Share targets that portals print as words when icons are copied as text. */
export const SOCIAL: readonly string[] = [
  'Facebook', 'Twitter', 'X', 'WhatsApp', 'E-Mail', 'Email', 'Mail', 'LinkedIn', 'Xing', 'Pinterest', 'Telegram',
  'Reddit', 'Flipboard', 'Threads', 'Bluesky', 'Mastodon', 'Instagram', 'TikTok', 'YouTube', 'Messenger',
  'Pocket', 'SMS', 'RSS', 'Google News', 'Signal',
];

/** Icon ligature names (Material Icons and similar) that leak into copied text: "ribbon Zusammenfassung". */
export const ICON_WORDS: readonly string[] = [
  'ribbon', 'share', 'bookmark', 'bookmark_border', 'print', 'mail', 'close', 'menu', 'search', 'info', 'star',
  'list', 'bolt', 'flash_on', 'auto_awesome', 'summarize', 'format_list_bulleted', 'chevron_right', 'chevron_left',
  'arrow_forward', 'arrow_back', 'expand_more', 'expand_less', 'play_arrow', 'play_circle', 'volume_up',
  'headphones', 'content_copy', 'link', 'open_in_new', 'comment', 'chat_bubble', 'favorite', 'sparkles', 'icon',
  'clock', 'schedule', 'article', 'photo_camera', 'videocam', 'more_horiz', 'more_vert', 'add', 'remove',
];

/** List markers a summary-box item (or any list line) starts with. */
export const BULLET_MARKERS = '•·▪▫►▸‣◦●○■□➤→✓✔*–—-';
