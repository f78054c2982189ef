import type { CleanLangPack } from './types.js';

export const en: CleanLangPack = {
  code: 'en',
  summaryHeadings: [
    'Summary', 'Key points', 'Key Points', 'In brief', 'In short', 'Key takeaways', 'Takeaways', 'At a glance',
    'The essentials', 'Story highlights', 'TL;DR', 'TLDR', 'What you need to know', 'The big picture',
    'AI summary', 'Key facts', 'Quick read', 'Summary of this article',
  ],
  bylinePrefixes: ['By', 'Written by', 'Words by', 'Reporting by', 'Analysis by', 'Opinion by', 'Author', 'Authors'],
  nameJoiners: ['and', '&'],
  sourceLabels: [
    'Source', 'Sources', 'With reporting from', 'Additional reporting by', 'Reporting by', 'Editing by',
    'With files from', 'With wire services',
  ],
  mediaLabels: [
    'Video', 'Videos', 'Watch', 'Photo', 'Photos', 'Image', 'Images', 'Picture', 'Pictures', 'Gallery',
    'Audio', 'Listen', 'Podcast', 'Graphic', 'Map', 'Live', 'Watch video', 'Play video', 'Photograph', 'Illustration',
  ],
  relatedLabels: [
    'Read more', 'Read also', 'Also read', 'Related', 'Related articles', 'Related stories', 'Related content',
    'More on this story', 'More on this', 'More from', 'See also', 'You may also like', 'Recommended',
    'Most read', 'Trending', 'Top stories', 'More stories', 'Back to top', 'Continue reading',
  ],
  adLabels: ['Advertisement', 'Advert', 'Ad', 'Sponsored', 'Sponsored content', 'Paid content', 'Promoted',
    'Story continues below advertisement', 'Article continues below advertisement'],
  uiPhrases: [
    'Share', 'Share this', 'Share this article', 'Share this story', 'Share on', 'Tweet', 'Comments', 'Comment',
    'Print', 'Save', 'Saved', 'Bookmark', 'Listen to this article', 'Listen', 'Close', 'Back', 'Next', 'Previous',
    'More', 'Show more', 'Show less', 'Copy link', 'Copy', 'Link copied', 'Subscribe', 'Sign up', 'Sign in',
    'Log in', 'Newsletter', 'Follow', 'Follow us', 'Accept', 'Accept all', 'Reject', 'Settings', 'Menu', 'Search',
    'Home', 'Expand', 'Collapse', 'Enlarge', 'Fullscreen', 'Toggle caption', 'Hide caption', 'Caption',
    'Gift this article', 'Gift article', 'Skip to content', 'Skip to main content', 'Subscribers only',
    'Subscriber only', 'Read the full article', 'Read full article', 'Breaking', 'Breaking news', 'Live updates', 'Exclusive', 'Email', 'of',
    'Scroll down for video', 'Scroll down for videos',
  ],
  // Daily Mail's video teaser, which crawled text glues into the paragraph; CNN's "Watch the video:" before a clip's blurb.
  inlineRemnants: ['Scroll down for video', 'Scroll down for videos', 'Scroll down to watch the video', 'Scroll down for more video', 'Watch the video:'],
  // Read by eye on en-cnndm-frank (2026-12-02): all but 3 of the 47 units after "Scroll down for
  // video" are photo captions, and 27 of them carry no label or marker the caption check sees.
  captionLeads: ['Scroll down for video', 'Scroll down for videos', 'Scroll down to watch the video', 'Scroll down for more video'],
  timestampLabels: ['Updated', 'Last updated', 'Published', 'First published', 'Posted', 'Modified', 'Date'],
  dateWords: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.',
    'GMT', 'BST', 'UTC', 'ET', 'EST', 'EDT', 'PT', 'PST', 'PDT', 'CET', 'CEST', 'ago', 'hours', 'hour', 'hrs', 'hr',
    'minutes', 'minute', 'mins', 'min', 'days', 'yesterday', 'today', 'st', 'nd', 'rd', 'th',
  ],
  readingTimeWords: ['min', 'mins', 'minute', 'minutes', 'read', 'reading', 'time', 'Reading time'],
  noticeOpenings: [
    'We use', 'This site uses', 'This website uses', 'This website', 'By continuing', 'By using this',
    'To view this content', 'This content is', 'This embedded content', 'Allow', 'We need your consent',
  ],
  noticeWords: ['cookies', 'cookie', 'third-party', 'third party', 'consent', 'embedded content', 'privacy policy'],
  creditRoles: ['Translation', 'Translated by', 'Editing', 'Edited by', 'Produced by', 'Production', 'Photos', 'Photography', 'Text', 'Words', 'Graphics', 'Research', 'Camera', 'Design', 'Illustration', 'Additional reporting'],
  followOpenings: ['Follow', 'Follow us', 'Follow us on'],
  footerLabels: ['Source', 'Sources', 'Date', 'License', 'Licence', 'Author', 'Authors', 'Credits', 'Photos'],
};
