import type { SegmentLangData } from './types.js';

/** English: no ordinal period, so a number before ". Capital" ends the sentence. */
export const en: SegmentLangData = {
  abbreviations: {
    title: [
      'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Messrs.', 'Dr.', 'Prof.', 'Rev.', 'Fr.', 'Hon.', 'Gov.', 'Sen.', 'Rep.', 'Gen.',
      'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cpt.', 'Cmdr.', 'Sgt.', 'Cpl.', 'Pvt.', 'Adm.', 'Supt.', 'Insp.', 'Det.',
      'Pres.', 'Spc.', 'Pfc.', 'Amb.', 'Atty.', 'Mt.', 'Ft.', 'Gen.', 'Brig.', 'Pte.', 'Rt.',
    ],
    general: [
      'e. g.', 'i. e.', 'vs.', 'cf.', 'approx.', 'ca.', 'viz.', 'esp.', 'incl.', 'est.', 'dept.', 'Univ.',
      'Assn.', 'mln.', 'bln.', 'approx.', 'appt.', 'apt.', 'dist.', 'div.', 'min.', 'max.', 'misc.',
    ],
    beforeNumber: ['N°.', 'No.', 'Nos.', 'no.', 'p.', 'pp.', 'vol.', 'Vol.', 'ch.', 'Ch.', 'Art.', 'art.', 'fig.', 'Fig.', 'Sec.', 'sec.', 'Op.', 'op.'],
    final: [
      'etc.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Plc.', 'plc.', 'LLC.', 'Jr.', 'Sr.', 'St.', 'a.m.', 'p.m.', 'A.M.', 'P.M.',
      'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'et al.', 'al.',
      'Dept.', 'Bros.', 'Ave.', 'Blvd.', 'Rd.', 'Hwy.',
      'Mass.', 'Calif.', 'Fla.', 'Ill.', 'Penn.', 'Pa.', 'Conn.',
      'Ariz.', 'Colo.', 'Ga.', 'Md.', 'Mich.', 'Minn.', 'Mo.', 'Nev.', 'Okla.', 'Ore.', 'Tenn.', 'Tex.', 'Va.',
      'Wash.', 'Wis.', 'Ky.', 'La.', 'Ala.', 'Ark.', 'Kan.', 'Neb.', 'Del.', 'Wyo.', 'Vt.', 'Miss.', 'Ind.',
    ],
  },
  months: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  starters: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
    'Her', 'Their', 'Our', 'My', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Also',
    'In', 'On', 'At', 'For', 'From', 'With', 'By', 'After', 'Before', 'During', 'Since', 'When', 'While', 'If',
    'As', 'Although', 'Though', 'Because', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Some', 'Many', 'Most',
    'All', 'No', 'Not', 'Now', 'Then', 'Did', 'Do', 'Does', 'Is', 'Are', 'Was', 'Were', 'Can', 'Could', 'Will',
    'Would', 'Should', 'Has', 'Have', 'Had', 'Let', 'Please', 'Yes', 'Still', 'Instead', 'Even', 'Only', 'Today', 'Yesterday', 'Last', 'Earlier', 'Later', 'According', 'Police',
  ],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
  // "A" and "I" are left out: "infra-red A rays", "then I went".
  lostMarkOpeners: ['The', 'This', 'These', 'Those', 'He', 'She', 'They', 'It', 'We', 'His', 'Her', 'Their', 'Its', 'There'],
  captionWords: [
    'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'read', 'reads', 'stated', 'states',
    'explained', 'explains', 'insisted', 'insists', 'tweeted', 'tweets', 'posted', 'replied', 'asked', 'asks',
    'continued', 'continues', 'warned', 'warns', 'claimed', 'claims', 'admitted', 'revealed', 'declared', 'announced',
    'responded', 'commented', 'noted', 'concluded', 'recalled', 'joked', 'quipped', 'stressed', 'argued', 'confirmed',
    'urged', 'pleaded', 'begged', 'shouted', 'screamed', 'whispered', 'yelled', 'sang', 'back',
    'he', 'she', 'they', 'it', 'i', 'we', 'you',
  ],
  // The lost-mark openers (rule 2b splits before them anywhere) plus those that only a caption makes safe.
  captionOpeners: [
    'A', 'An', 'However', 'But', 'And', 'Although', 'After', 'While', 'When', 'In', 'On', 'Despite', 'Meanwhile',
    'According', 'Now', 'Police', 'Officers', 'Earlier', 'Later', 'Since', 'If', 'As',
  ],
  captionStrongOpeners: ['However', 'Although', 'After', 'While', 'When', 'In', 'Despite', 'Meanwhile', 'According'],
  captionVerbs: ['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', "isn't", "wasn't", "hasn't", 'isn’t', 'wasn’t', 'hasn’t'],
  captionLinkWords: [
    'after', 'before', 'when', 'where', 'while', 'as', 'because', 'since', 'until', 'and', 'but', 'or', 'that', 'which',
    'who', 'whom', 'whose', 'if', 'though', 'although', 'than', 'so', 'said', 'says', 'say', 'told', 'with', 'by', 'for',
    'from', 'to', 'of', 'in', 'on', 'at', 'about', 'like', 'named', 'called', 'dubbed', 'nicknamed', 'star', 'son',
    'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'mum', 'dad', 'boyfriend', 'girlfriend',
    'partner', 'friend', 'team-mate', 'teammate', 'manager', 'boss', 'coach', 'captain', 'striker', 'chef', 'actor',
    'actress', 'singer', 'player', 'colleague', 'pal', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'dog', 'cat',
  ],
  captionMarkers: ['pictured', 'Pictured', '(left)', '(right)', '(above)', '(below)', '(centre)', '(center)', '(inset)', ', left,', ', right,', 'stock image', 'file photo'],
  captionLetterNouns: [
    'plan', 'type', 'grade', 'category', 'vitamin', 'group', 'class', 'section', 'exhibit', 'form', 'level', 'tier',
    'division', 'league', 'row', 'block', 'wing', 'list', 'part', 'option', 'side', 'platform', 'gate', 'terminal',
    'route', 'zone', 'area', 'box', 'flat', 'unit', 'hepatitis', 'influenza', 'infra-red', 'size', 'cup', 'team',
    'channel', 'series', 'model', 'version', 'phase', 'stage', 'step', 'room', 'ward', 'appendix', 'figure', 'table',
  ],
};
