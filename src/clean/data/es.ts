import type { CleanLangPack } from './types.js';

export const es: CleanLangPack = {
  code: 'es',
  summaryHeadings: ['Resumen', 'En resumen', 'Claves', 'Las claves', 'Lo más importante', 'Puntos clave',
    'En breve', 'En pocas palabras', 'Lo esencial'],
  bylinePrefixes: ['Por', 'Texto', 'Autor', 'Autora', 'Redacción', 'Un análisis de', 'Escrito por'],
  nameJoiners: ['y', 'e'],
  sourceLabels: ['Fuente', 'Fuentes', 'con información de', 'Con información de', 'con agencias'],
  mediaLabels: ['Vídeo', 'Video', 'Foto', 'Fotos', 'Imagen', 'Imágenes', 'Audio', 'Podcast', 'Galería',
    'Infografía', 'Mapa', 'En directo', 'En vivo', 'Directo'],
  relatedLabels: ['Lea también', 'Lee también', 'Leer más', 'Ver también', 'Más información', 'Te puede interesar',
    'Le puede interesar', 'Noticias relacionadas', 'Relacionado', 'Relacionadas', 'Lo más leído', 'Volver arriba'],
  adLabels: ['Publicidad', 'Anuncio', 'Patrocinado', 'Contenido patrocinado'],
  uiPhrases: [
    'Compartir', 'Compartir en', 'Comentarios', 'Comentar', 'Imprimir', 'Guardar', 'Escuchar', 'Escuchar noticia',
    'Cerrar', 'Volver', 'Siguiente', 'Anterior', 'Más', 'Ver más', 'Copiar enlace', 'Copiar', 'Suscríbete',
    'Suscribirse', 'Newsletter', 'Seguir', 'Aceptar', 'Rechazar', 'Configuración', 'Menú', 'Buscar', 'Inicio', 'en',
  ],
  inlineRemnants: [],
  timestampLabels: ['Actualizado', 'Actualizado el', 'Publicado', 'Publicado el', 'Modificado', 'Fecha'],
  dateWords: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
    'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'sept', 'oct', 'dic',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'de', 'del', 'el', 'a', 'las', 'la',
    'h', 'hace', 'horas', 'hora', 'minutos', 'días', 'ayer', 'hoy', 'CET', 'CEST', 'GMT',
  ],
  readingTimeWords: ['min', 'minutos', 'de', 'lectura', 'Tiempo'],
  noticeOpenings: ['Utilizamos', 'Usamos', 'Este sitio', 'Esta web', 'Este sitio web', 'Para ver este contenido'],
  noticeWords: ['cookies', 'cookie', 'terceros', 'consentimiento', 'contenido externo'],
  creditRoles: ['Traducción', 'Edición', 'Texto', 'Fotos', 'Infografía', 'Realización', 'Producción'],
  followOpenings: ['Síguenos', 'Sigue', 'Sígueme'],
  footerLabels: ['Fuente', 'Fuentes', 'Fecha', 'Licencia', 'Autor', 'Autores', 'Créditos', 'Fotos'],
};
