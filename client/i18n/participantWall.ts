import { defineDict, makeT } from './i18n.js';

/** The wall on phones: the room's answers under the question, each with a +1. */
export const participantWall = defineDict({
  en: {
    title: 'Answers from the room',
    plusOne: 'give this answer a +1',
  },
  fr: {
    title: 'Les réponses de la salle',
    plusOne: 'donner un +1 à cette réponse',
  },
  es: {
    title: 'Respuestas de la sala',
    plusOne: 'dar un +1 a esta respuesta',
  },
});

export const tw = makeT(participantWall);
