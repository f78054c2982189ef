import type { CleanLangPack } from './types.js';

export const fr: CleanLangPack = {
  code: 'fr',
  summaryHeadings: [
    'Résumé', 'En bref', "L'essentiel", 'L’essentiel', "Ce qu'il faut retenir", 'Ce qu’il faut retenir',
    'Points clés', 'À retenir', 'A retenir', 'En résumé', 'Les points clés',
  ],
  bylinePrefixes: ['Par', 'Texte', 'Auteur', 'Autrice', 'Propos recueillis par', 'Une analyse de', 'Un article de'],
  nameJoiners: ['et'],
  sourceLabels: ['Source', 'Sources', 'avec agences'],
  mediaLabels: ['Vidéo', 'Video', 'Photo', 'Photos', 'Image', 'Images', 'Audio', 'Podcast', 'Galerie', 'Diaporama',
    'Infographie', 'Carte', 'En direct', 'Direct', 'Regarder'],
  relatedLabels: [
    'Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire la suite', 'Voir aussi', 'Sur le même sujet',
    'À lire également', 'Lire également', 'En savoir plus', 'Nos articles', 'Les plus lus', 'Retour en haut',
  ],
  adLabels: ['Publicité', 'Annonce', 'Contenu sponsorisé', 'Sponsorisé', 'Article réservé aux abonnés'],
  uiPhrases: [
    'Partager', 'Partager cet article', 'Commentaires', 'Commenter', 'Imprimer', 'Sauvegarder', 'Enregistrer',
    'Écouter', 'Ecouter', 'Écouter cet article', 'Fermer', 'Retour', 'Suivant', 'Précédent', 'Plus', 'Voir plus',
    'Copier le lien', 'Copier', "S'abonner", 'S’abonner', 'Abonnez-vous', 'Newsletter', 'Suivre', 'Accepter',
    'Tout accepter', 'Refuser', 'Paramètres', 'Menu', 'Rechercher', 'Accueil', 'Offrir cet article', 'sur',
  ],
  inlineRemnants: [],
  captionLeads: [],
  timestampLabels: ['Mis à jour', 'Mis à jour le', 'Publié', 'Publié le', 'Modifié le', 'Date'],
  dateWords: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
    'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à', 'h', 'il', 'y', 'a',
    'heures', 'heure', 'minutes', 'jours', 'hier', "aujourd'hui", 'er',
  ],
  readingTimeWords: ['min', 'minutes', 'de', 'lecture', 'Temps'],
  noticeOpenings: ['Nous utilisons', 'Ce site utilise', 'En poursuivant', 'Ce contenu', 'Pour afficher ce contenu',
    'Accepter les cookies'],
  noticeWords: ['cookies', 'cookie', 'tiers', 'consentement', 'contenu externe'],
  creditRoles: ['Traduction', 'Édition', 'Texte', 'Photos', 'Infographie', 'Réalisation', 'Montage'],
  followOpenings: ['Suivez', 'Suivez-nous'],
  footerLabels: ['Source', 'Sources', 'Date', 'Licence', 'Auteur', 'Auteurs', 'Crédits', 'Photos'],
};
