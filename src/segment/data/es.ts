import type { SegmentLangData } from './types.js';

/** Spanish: titles "Sr.", "Sra.", "Dña."; ¿…? and ¡…! open with their own marks. */
export const es: SegmentLangData = {
  abbreviations: {
    title: ['Sr.', 'Sra.', 'Sres.', 'Sras.', 'Srta.', 'D.', 'Dña.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Prof.', 'Profa.', 'Gral.', 'Cnel.', 'Sto.', 'Sta.', 'Mons.', 'Mt.', 'Sta.'],
    general: [
      'p. ej.', 'aprox.', 'etc.', 'vs.', 'cf.', 'Avda.', 'Av.', 'avda.', 'c/.', 'dcha.', 'izq.', 'izqda.', 'Ud.', 'Uds.',
      'Vd.', 'Vds.', 'ej.', 'admón.', 'dpto.', 'Dpto.', 'Cía.', 'máx.', 'mín.', 'aprox.', 'tel.', 'Tel.', 'mill.',
      'EE. UU.', 'EE.UU.', 'a. C.', 'd. C.',
    ],
    beforeNumber: ['N°.', 'n°.', 'núm.', 'Núm.', 'n.º', 'nº.', 'pág.', 'págs.', 'art.', 'Art.', 'cap.', 'vol.'],
    final: ['Lun.', 'Mar.', 'Miér.', 'Mié.', 'Jue.', 'Vie.', 'Sáb.', 'Dom.', 'etc.', 'S.A.', 'S. A.', 'S.L.', 'Inc.', 'Ltd.', 'ene.', 'feb.', 'abr.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  },
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  starters: [
    'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'Eso', 'Esto',
    'Él', 'Ella', 'Ellos', 'Ellas', 'Yo', 'Nosotros', 'Pero', 'Y', 'O', 'Sin', 'Con', 'En', 'De', 'Del', 'Al', 'Por',
    'Para', 'Según', 'Tras', 'Desde', 'Hasta', 'Cuando', 'Si', 'Como', 'Además', 'También', 'Sin', 'Así', 'Ahora',
    'Hoy', 'Ayer', 'No', 'Se', 'Le', 'Lo', 'Su', 'Sus', 'Que', 'Quien', 'Aunque', 'Mientras',
  ],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
};
