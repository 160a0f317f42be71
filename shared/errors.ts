// Named error codes, each with a one-line meaning; messages in the three interface languages so a
// refusal reads in the user's own language wherever it is shown.
import type { Language } from './definition.js';

export const ERROR_CODES = [
  /** The client speaks another protocol version: reload the page. */
  'protocol_mismatch',
  /** No session has this code. */
  'session_not_found',
  /** A key or participant token is required and missing. */
  'unauthorized',
  /** The key or token is wrong, or this role may not do that. */
  'forbidden',
  /** The payload does not match the schema. */
  'invalid_payload',
  /** The payload is larger than allowed. */
  'too_large',
  /** The text is longer than the session allows. */
  'text_too_long',
  /** The answer, question or speaker does not exist. */
  'not_found',
  /** The question is not open for answers. */
  'question_closed',
  /** Audience questions are not open right now. */
  'questions_closed',
  /** The session has ended. */
  'session_ended',
  /** The command does not fit the current state (e.g. pausing a timer that is not running). */
  'invalid_state',
  /** Too many commands too fast. */
  'rate_limited',
  /** The session asks for a name, organization and country first. */
  'profile_required',
  /** Something failed on the server; nothing was changed. */
  'internal',
  /** A recorded contribution names nobody: give a name, or mark it as from the public. */
  'author_required',
  /** The translation server is not set up, or did not answer; nothing was changed. */
  'translation_failed',
  /** The answer is not of the question's kind (e.g. text for a choice question). */
  'wrong_answer_kind',
  /** A vote for an option the question does not have. */
  'unknown_option',
  /** Several options picked on a single-choice question. */
  'one_choice_only',
  /** A scale value outside the scale. */
  'out_of_range',
  /** More words than a word cloud takes from one person. */
  'too_many_words',
  /** A ranking that places an option twice. */
  'duplicate_rank',
  /** A +1 on one's own answer: +1s are for other people's answers. */
  'own_answer',
  /** A +1 on an answer whose question's wall is not shown on phones. */
  'wall_closed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const MESSAGES: Record<ErrorCode, Record<Language, string>> = {
  protocol_mismatch: {
    en: 'This page is out of date. Reload it to continue.',
    fr: 'Cette page n’est plus à jour. Rechargez-la pour continuer.',
    es: 'Esta página está desactualizada. Recárguela para continuar.',
  },
  session_not_found: {
    en: 'No session has this code. Check the code and try again.',
    fr: 'Aucune session n’a ce code. Vérifiez le code et réessayez.',
    es: 'Ninguna sesión tiene este código. Verifique el código e inténtelo de nuevo.',
  },
  unauthorized: {
    en: 'This link is missing its key.',
    fr: 'Il manque la clé de ce lien.',
    es: 'A este enlace le falta su clave.',
  },
  forbidden: {
    en: 'You are not allowed to do that in this session.',
    fr: 'Vous n’avez pas le droit de faire cela dans cette session.',
    es: 'No tiene permiso para hacer eso en esta sesión.',
  },
  invalid_payload: {
    en: 'The request was malformed and nothing was changed.',
    fr: 'La requête était mal formée ; rien n’a été modifié.',
    es: 'La solicitud estaba mal formada; no se cambió nada.',
  },
  too_large: {
    en: 'That is too large to send.',
    fr: 'C’est trop volumineux pour être envoyé.',
    es: 'Es demasiado grande para enviarlo.',
  },
  text_too_long: {
    en: 'The text is too long. Shorten it and send again.',
    fr: 'Le texte est trop long. Raccourcissez-le et renvoyez-le.',
    es: 'El texto es demasiado largo. Acórtelo y envíelo de nuevo.',
  },
  not_found: {
    en: 'That item no longer exists.',
    fr: 'Cet élément n’existe plus.',
    es: 'Ese elemento ya no existe.',
  },
  question_closed: {
    en: 'This question is closed for answers. Your draft is kept.',
    fr: 'Cette question est fermée aux réponses. Votre brouillon est conservé.',
    es: 'Esta pregunta está cerrada a respuestas. Su borrador se conserva.',
  },
  questions_closed: {
    en: 'Questions to the speakers are not open right now. Your draft is kept.',
    fr: 'Les questions aux intervenants ne sont pas ouvertes pour l’instant. Votre brouillon est conservé.',
    es: 'Las preguntas a los ponentes no están abiertas ahora. Su borrador se conserva.',
  },
  session_ended: {
    en: 'This session has ended.',
    fr: 'Cette session est terminée.',
    es: 'Esta sesión ha terminado.',
  },
  invalid_state: {
    en: 'That cannot be done right now.',
    fr: 'Ce n’est pas possible pour le moment.',
    es: 'Eso no se puede hacer ahora.',
  },
  rate_limited: {
    en: 'You are sending too fast. Wait a moment.',
    fr: 'Vous envoyez trop vite. Patientez un instant.',
    es: 'Está enviando demasiado rápido. Espere un momento.',
  },
  profile_required: {
    en: 'Enter your name, organization and country first.',
    fr: 'Indiquez d’abord votre nom, votre organisation et votre pays.',
    es: 'Indique primero su nombre, organización y país.',
  },
  author_required: {
    en: 'Say who said it: enter a name, or mark it as from the public.',
    fr: 'Indiquez qui l’a dit : saisissez un nom, ou marquez-le comme venant du public.',
    es: 'Indique quién lo dijo: escriba un nombre o márquelo como del público.',
  },
  translation_failed: {
    en: 'No translation came back. Nothing was changed.',
    fr: 'Aucune traduction n’est revenue. Rien n’a été modifié.',
    es: 'No llegó ninguna traducción. No se cambió nada.',
  },
  internal: {
    en: 'Something went wrong on the server. Nothing was changed; try again.',
    fr: 'Une erreur est survenue sur le serveur. Rien n’a été modifié ; réessayez.',
    es: 'Algo falló en el servidor. No se cambió nada; inténtelo de nuevo.',
  },
  wrong_answer_kind: {
    en: 'This question expects another kind of answer.',
    fr: 'Cette question attend un autre type de réponse.',
    es: 'Esta pregunta espera otro tipo de respuesta.',
  },
  unknown_option: {
    en: 'That option does not exist in this question.',
    fr: 'Cette option n’existe pas dans cette question.',
    es: 'Esa opción no existe en esta pregunta.',
  },
  one_choice_only: {
    en: 'Choose only one option for this question.',
    fr: 'Choisissez une seule option pour cette question.',
    es: 'Elija una sola opción para esta pregunta.',
  },
  out_of_range: {
    en: 'That value is outside the scale.',
    fr: 'Cette valeur est hors de l’échelle.',
    es: 'Ese valor está fuera de la escala.',
  },
  too_many_words: {
    en: 'Give at most three words.',
    fr: 'Donnez trois mots au plus.',
    es: 'Dé como máximo tres palabras.',
  },
  duplicate_rank: {
    en: 'Each option can appear only once in your ranking.',
    fr: 'Chaque option ne peut figurer qu’une fois dans votre classement.',
    es: 'Cada opción solo puede aparecer una vez en su clasificación.',
  },
  own_answer: {
    en: 'You cannot +1 your own answer.',
    fr: 'Pas de +1 sur votre propre réponse.',
    es: 'No puede dar +1 a su propia respuesta.',
  },
  wall_closed: {
    en: 'These answers are no longer shown on phones.',
    fr: 'Ces réponses ne sont plus affichées sur les téléphones.',
    es: 'Estas respuestas ya no se muestran en los teléfonos.',
  },
};

export function errorMessage(code: ErrorCode, lang: Language): string {
  return MESSAGES[code][lang];
}

export type Ack<T = unknown> = { ok: true; seq: number; data?: T } | { ok: false; error: ErrorCode; message: string };
