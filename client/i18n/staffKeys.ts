import { defineDict, makeT } from './i18n.js';

/** The console's "Replace a staff link": a new key for the moderator, rapporteur or projector link. */
export const staffKeys = defineDict({
  en: {
    title: 'Replace a staff link',
    intro:
      'If a link went to the wrong person, replace it: the old link stops working at once and the screens open with it are disconnected.',
    moderator: 'Moderator link (and speaker view)',
    rapporteur: 'Rapporteur link',
    projector: 'Projector link',
    replace: 'Replace',
    confirm: 'Replace the {link}? Whoever has the old one loses access now.',
    confirmYes: 'Yes, replace it',
    cancel: 'Cancel',
    replaced: 'New {link}:',
    copy: 'Copy',
    copied: 'Copied',
    movingOn: 'This console used the old moderator link: opening the new one…',
    failed: 'The link was not replaced: {detail}',
    deleteTitle: 'Delete this session',
    deleteIntro:
      'Deletes the session and everything it holds: answers, questions, names, the photo and the report. Everyone connected is disconnected. This cannot be undone.',
    deleteLabel: 'Type the session code {code} to confirm',
    deleteButton: 'Delete the session',
    deleting: 'Deleting…',
    deleteMismatch: 'Type the code {code} exactly.',
    deleteFailed: 'The session was not deleted: {detail}',
  },
  fr: {
    title: 'Remplacer un lien de l’équipe',
    intro:
      'Si un lien est parti à la mauvaise personne, remplacez-le : l’ancien lien cesse de fonctionner aussitôt et les écrans ouverts avec lui sont déconnectés.',
    moderator: 'Lien de modération (et vue intervenant)',
    rapporteur: 'Lien de rapport',
    projector: 'Lien du projecteur',
    replace: 'Remplacer',
    confirm: 'Remplacer le {link} ? Qui détient l’ancien perd l’accès maintenant.',
    confirmYes: 'Oui, le remplacer',
    cancel: 'Annuler',
    replaced: 'Nouveau {link} :',
    copy: 'Copier',
    copied: 'Copié',
    movingOn: 'Cette console utilisait l’ancien lien de modération : ouverture du nouveau…',
    failed: 'Le lien n’a pas été remplacé : {detail}',
    deleteTitle: 'Supprimer cette session',
    deleteIntro:
      'Supprime la session et tout ce qu’elle contient : réponses, questions, noms, photo et rapport. Toutes les personnes connectées sont déconnectées. C’est irréversible.',
    deleteLabel: 'Saisissez le code de la session {code} pour confirmer',
    deleteButton: 'Supprimer la session',
    deleting: 'Suppression…',
    deleteMismatch: 'Saisissez exactement le code {code}.',
    deleteFailed: 'La session n’a pas été supprimée : {detail}',
  },
  es: {
    title: 'Reemplazar un enlace del equipo',
    intro:
      'Si un enlace llegó a la persona equivocada, reemplácelo: el enlace anterior deja de funcionar de inmediato y las pantallas abiertas con él se desconectan.',
    moderator: 'Enlace de moderación (y vista de ponente)',
    rapporteur: 'Enlace de relatoría',
    projector: 'Enlace del proyector',
    replace: 'Reemplazar',
    confirm: '¿Reemplazar el {link}? Quien tenga el anterior pierde el acceso ahora.',
    confirmYes: 'Sí, reemplazarlo',
    cancel: 'Cancelar',
    replaced: 'Nuevo {link}:',
    copy: 'Copiar',
    copied: 'Copiado',
    movingOn: 'Esta consola usaba el enlace de moderación anterior: abriendo el nuevo…',
    failed: 'El enlace no se reemplazó: {detail}',
    deleteTitle: 'Eliminar esta sesión',
    deleteIntro:
      'Elimina la sesión y todo lo que contiene: respuestas, preguntas, nombres, la foto y el informe. Todas las personas conectadas se desconectan. No se puede deshacer.',
    deleteLabel: 'Escriba el código de la sesión {code} para confirmar',
    deleteButton: 'Eliminar la sesión',
    deleting: 'Eliminando…',
    deleteMismatch: 'Escriba exactamente el código {code}.',
    deleteFailed: 'La sesión no se eliminó: {detail}',
  },
});

export const tsk = makeT(staffKeys);
