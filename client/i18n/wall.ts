import { defineDict, makeT } from './i18n.js';

/** The wall on phones and its +1s, on the console and the projector (staff views). */
export const wall = defineDict({
  en: {
    onPhones: 'Answers shown on phones',
    offPhones: 'Answers not shown on phones',
    show: 'Show on phones',
    hide: 'Hide from phones',
    showOf: 'Show on phones: the answers to {question}',
    hideOf: 'Hide from phones: the answers to {question}',
    sortPlusOnes: 'Sort by +1',
    sortPlusOnesHint: 'Sort the answers here and on the projector by +1, most first',
    plusOnes_one: '+1 · {count}',
    plusOnes_other: '+1 · {count}',
    setupWall: 'Show the answers on phones from the start, for a +1 (the moderator can hide them)',
  },
  fr: {
    onPhones: 'Réponses affichées sur les téléphones',
    offPhones: 'Réponses non affichées sur les téléphones',
    show: 'Afficher sur les téléphones',
    hide: 'Retirer des téléphones',
    showOf: 'Afficher sur les téléphones : les réponses à {question}',
    hideOf: 'Retirer des téléphones : les réponses à {question}',
    sortPlusOnes: 'Trier par +1',
    sortPlusOnesHint: 'Trier les réponses ici et sur le vidéoprojecteur par +1, les plus soutenues d’abord',
    plusOnes_one: '+1 · {count}',
    plusOnes_other: '+1 · {count}',
    setupWall: 'Afficher les réponses sur les téléphones dès le début, pour les +1 (l’animateur peut les retirer)',
  },
  es: {
    onPhones: 'Respuestas mostradas en los teléfonos',
    offPhones: 'Respuestas no mostradas en los teléfonos',
    show: 'Mostrar en los teléfonos',
    hide: 'Quitar de los teléfonos',
    showOf: 'Mostrar en los teléfonos: las respuestas a {question}',
    hideOf: 'Quitar de los teléfonos: las respuestas a {question}',
    sortPlusOnes: 'Ordenar por +1',
    sortPlusOnesHint: 'Ordenar las respuestas aquí y en el proyector por +1, las más apoyadas primero',
    plusOnes_one: '+1 · {count}',
    plusOnes_other: '+1 · {count}',
    setupWall: 'Mostrar las respuestas en los teléfonos desde el inicio, para los +1 (el moderador puede quitarlas)',
  },
});

export const tw = makeT(wall);
