import { defineDict, makeT } from './i18n.js';

/** The wall on phones: the room's answers under the question, each with a +1. */
export const participantWall = defineDict({
  en: {
    title: 'Answers from the room',
    plusOne: 'Give this answer a +1 ({count} so far)',
  },
  fr: {
    title: 'Les réponses de la salle',
    plusOne: 'Donner un +1 à cette réponse ({count} pour l’instant)',
  },
  es: {
    title: 'Respuestas de la sala',
    plusOne: 'Dar un +1 a esta respuesta ({count} hasta ahora)',
  },
});

export const tw = makeT(participantWall);
