import type { SegmentLangData } from './types.js';

/** German: the first pack. Abbreviations from Duden's list of common ones, and news usage. */
export const de: SegmentLangData = {
  abbreviations: {
    title: [
      'Dr.', 'Prof.', 'Dipl.', 'Ing.', 'Hr.', 'Hrn.', 'Fr.', 'Frl.', 'St.', 'Hl.', 'Pfr.', 'Sen.', 'jun.', 'sen.',
      'Mag.', 'Gen.', 'Lt.', 'Kpt.', 'Abg.', 'Bgm.', 'Vors.', 'Präs.', 'Kard.', 'Erzb.', 'Bf.',
    ],
    general: [
      'z. B.', 'z. T.', 'h. c.', 'u. a.', 'u. ä.', 'o. ä.', 'v. a.', 'd. h.', 'i. d. R.', 'i. A.', 'i. V.', 'u. U.', 'o. g.',
      'a. D.', 'i. R.', 'z. Zt.', 'z. Z.', 's. o.', 's. u.', 'u. v. m.', 'm. E.', 'n. Chr.', 'v. Chr.', 'u. Ä.', 'o. Ä.',
      'bzw.', 'ca.', 'vgl.', 'evtl.', 'ggf.', 'inkl.', 'exkl.', 'zzgl.', 'abzgl.', 'sog.', 'bzgl.', 'insb.', 'insbes.',
      'lt.', 'gem.', 'gegr.', 'geb.', 'gest.', 'verh.', 'jew.', 'max.', 'min.', 'mind.', 'rd.', 'urspr.', 'zw.',
      'allg.', 'ehem.', 'eigtl.', 'einschl.', 'entspr.', 'erg.', 'gegebenf.', 'ggü.', 'dt.', 'engl.', 'frz.', 'ital.',
      'span.', 'lat.', 'griech.', 'russ.', 'amerik.', 'europ.', 'österr.', 'schweiz.', 'südd.', 'nördl.', 'südl.',
      'östl.', 'westl.', 'Tel.', 'Fax.', 'Sek.', 'Proz.', 'Abt.', 'Adr.', 'Anm.', 'Aufl.', 'Ausg.', 'Bde.', 'Hrsg.', 'hrsg.',
      'Jg.', 'Jgg.', 'Mwst.', 'MwSt.', 'Reg.', 'Ztg.', 'Zt.', 'Forts.', 'Verf.', 'Vorw.',
      'Ggs.', 'Hdb.', 'bspw.', 'bes.', 'betr.', 'dgl.', 'desgl.', 'dergl.', 'do.', 'ebd.', 'entw.', 'fortl.',
      'usf.', 'zus.', 'Ltg.', 'Verw.', 'Ges.', 'Nr.', 'Nrn.', 'Pos.', 'Az.', 'Beschl.', 'Urt.', 'Entsch.', 'Slg.',
      // degrees and denominations, always before a name or noun: "Dr. med. Meyer", "eine kath. Schule"
      'med.', 'jur.', 'phil.', 'rer.', 'nat.', 'pol.', 'oec.', 'dent.', 'vet.', 'theol.', 'habil.', 'techn.',
      'kath.', 'ev.', 'evang.', 'röm.', 'luth.', 'ref.', 'orth.', 'jüd.', 'christl.', 'staatl.', 'städt.',
      'priv.', 'öffentl.', 'gesetzl.', 'internat.', 'nat.', 'reg.', 'ggfs.', 'sog.', 'zit.', 'ugs.', 'wörtl.',
    ],
    beforeNumber: ['Art.', 'Abs.', 'S.', 'Bd.', 'Bl.', 'Sp.', 'Tab.', 'Abb.', 'Anh.', 'Rn.', 'Rz.', 'Tz.', 'Vers.', 'Z.', 'Kap.', 'Ziff.'],
    final: [
      'Jh.', 'Jhd.', 'Jhdt.', 'Mio.', 'Mrd.', 'Tsd.', 'Std.', 'Kfz.', 'Lkw.', 'Pkw.', 'Hbf.', 'Bhf.', 'Str.', 'Pl.',
      'Nachf.', 'Gebr.', 'Kl.', 'Min.',
      'usw.', 'etc.', 'u. v. a.', 'u. ä. m.', 'Co.', 'Cie.', 'Ltd.', 'Inc.', 'Corp.', 'e. V.', 'e.V.', 'Jr.',
      'Jan.', 'Febr.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.',
      'Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.', 'So.',
    ],
  },
  months: [
    'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Feb', 'Febr', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  ],
  starters: [
    'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines',
    'Er', 'Sie', 'Es', 'Ich', 'Wir', 'Ihr', 'Du', 'Man', 'Mein', 'Meine', 'Unser', 'Unsere', 'Sein', 'Seine',
    'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesen', 'Jene', 'Jener', 'Solche', 'Alle', 'Viele', 'Einige', 'Manche',
    'Kein', 'Keine', 'Nichts', 'Niemand', 'Jeder', 'Jede', 'Jedes',
    'Aber', 'Und', 'Oder', 'Doch', 'Denn', 'Sondern', 'Also', 'Auch', 'Dann', 'Danach', 'Damit', 'Dabei', 'Dafür',
    'Dagegen', 'Daher', 'Darum', 'Deshalb', 'Deswegen', 'Dennoch', 'Trotzdem', 'Zudem', 'Außerdem', 'Ausserdem',
    'Allerdings', 'Jedoch', 'Immerhin', 'Schließlich', 'Zuvor', 'Zuletzt', 'Zunächst', 'Inzwischen', 'Mittlerweile',
    'Bisher', 'Bislang', 'Derzeit', 'Heute', 'Gestern', 'Morgen', 'Jetzt', 'Nun', 'Noch', 'Schon', 'Bereits',
    'Da', 'Dort', 'Hier', 'So', 'Wie', 'Was', 'Wer', 'Wo', 'Wann', 'Warum', 'Weshalb', 'Wieso', 'Welche', 'Welcher',
    'Wenn', 'Als', 'Weil', 'Obwohl', 'Während', 'Nachdem', 'Bevor', 'Seit', 'Seitdem', 'Sobald', 'Falls', 'Ob', 'Dass',
    'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Von', 'Vom', 'Vor', 'Zu', 'Zum', 'Zur',
    'Für', 'Gegen', 'Ohne', 'Um', 'Über', 'Unter', 'Durch', 'Laut', 'Trotz', 'Wegen', 'Neben', 'Bis', 'Ab',
    'Nicht', 'Nur', 'Mehr', 'Sehr', 'Ganz', 'Leider', 'Vielleicht', 'Wahrscheinlich', 'Tatsächlich', 'Insgesamt',
    'Manchmal', 'Oft', 'Häufig', 'Meist', 'Meistens', 'Immer', 'Selbst', 'Sogar', 'Eigentlich', 'Natürlich',
    'Offenbar', 'Offensichtlich', 'Vermutlich', 'Womöglich', 'Möglicherweise', 'Anschließend', 'Später', 'Früher',
    'Damals', 'Zugleich', 'Gleichzeitig', 'Stattdessen', 'Ebenso', 'Ebenfalls', 'Hingegen', 'Andererseits',
    'Einerseits', 'Somit', 'Folglich', 'Demnach', 'Ansonsten', 'Sonst', 'Ferner', 'Weiterhin', 'Zwar', 'Erst',
    'Ja', 'Nein', 'Hallo', 'Danke', 'Bitte',
  ],
  ordinalDot: true,
  colonStartsSentence: true,
  subordinators: [
    'Ob', 'Wenn', 'Weil', 'Dass', 'Als', 'Obwohl', 'Obgleich', 'Während', 'Nachdem', 'Bevor', 'Falls', 'Sobald',
    'Solange', 'Seit', 'Seitdem', 'Da', 'Damit', 'Indem', 'Sofern', 'Soweit', 'Wie', 'Wer', 'Was', 'Wo', 'Wie',
  ],
  ordinalTriggers: [
    'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs',
    'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
    'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'unser', 'unsere',
    'unserem', 'unseren', 'mein', 'meine', 'meinem', 'meinen', 'dein', 'deine', 'diese', 'dieser', 'diesem', 'diesen',
    'in', 'an', 'auf', 'zu', 'als', 'nach', 'vor', 'für', 'bis', 'ab', 'seit', 'mit', 'von', 'bei', 'über', 'unter',
  ],
};
