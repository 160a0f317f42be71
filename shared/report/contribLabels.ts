// The report's words for recorded contributions and the synthesis, in the three session languages
// (apart from labels.ts so the forum template's own words stay in one place).
import type { Channel } from '../contrib/types.js';
import type { Language } from '../definition.js';

export interface ContribLabels {
  /** Marks a member of the public (the forum's report: "Public : Honoré Quantchi"). */
  public: string;
  /** An audience remark, printed where a question prints "Question". */
  remark: string;
  /** Who made a remark, where a question says "Asked by". */
  remarkBy: string;
  keyMessages: string;
  byTheme: string;
  noTheme: string;
  /** "{n} answers" after a theme's name. */
  answersCount: (n: number) => string;
  /** After an answer others repeated: "said 3 times". */
  repeated: (n: number) => string;
  /** After an accepted translation: "translated from Spanish". */
  translatedFrom: (language: string) => string;
  channel: Record<Channel, string>;
  /** CSV columns. */
  language: string;
  original: string;
  theme: string;
  keyMessage: string;
  recordedFrom: string;
  kind: string;
}

/** Language names as each report language writes them after "translated from". */
const NAMES: Record<Language, Record<string, string>> = {
  fr: {
    fr: 'du français',
    en: 'de l’anglais',
    es: 'de l’espagnol',
    pt: 'du portugais',
    it: 'de l’italien',
    de: 'de l’allemand',
  },
  en: { fr: 'French', en: 'English', es: 'Spanish', pt: 'Portuguese', it: 'Italian', de: 'German' },
  es: { fr: 'francés', en: 'inglés', es: 'español', pt: 'portugués', it: 'italiano', de: 'alemán' },
};

const fr: ContribLabels = {
  public: 'Public',
  remark: 'Remarque',
  remarkBy: 'Par',
  keyMessages: 'Messages clés',
  byTheme: 'Réponses par thème',
  noTheme: 'Sans thème',
  answersCount: (n) => (n === 1 ? '1 réponse' : `${n} réponses`),
  repeated: (n) => `dit ${n} fois`,
  translatedFrom: (l) => `traduit ${NAMES.fr[l] ?? `(${l})`}`,
  channel: { room: 'dans la salle', chat: 'chat de la visioconférence', email: 'courriel' },
  language: 'Langue',
  original: 'Texte original',
  theme: 'Thème',
  keyMessage: 'Message clé',
  recordedFrom: 'Recueilli',
  kind: 'Type',
};

const en: ContribLabels = {
  public: 'Public',
  remark: 'Remark',
  remarkBy: 'By',
  keyMessages: 'Key messages',
  byTheme: 'Answers by theme',
  noTheme: 'No theme',
  answersCount: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  repeated: (n) => `said ${n} times`,
  translatedFrom: (l) => `translated from ${NAMES.en[l] ?? l}`,
  channel: { room: 'in the room', chat: 'video-call chat', email: 'e-mail' },
  language: 'Language',
  original: 'Original text',
  theme: 'Theme',
  keyMessage: 'Key message',
  recordedFrom: 'Recorded from',
  kind: 'Kind',
};

const es: ContribLabels = {
  public: 'Público',
  remark: 'Comentario',
  remarkBy: 'Por',
  keyMessages: 'Mensajes clave',
  byTheme: 'Respuestas por tema',
  noTheme: 'Sin tema',
  answersCount: (n) => (n === 1 ? '1 respuesta' : `${n} respuestas`),
  repeated: (n) => `dicho ${n} veces`,
  translatedFrom: (l) => `traducido del ${NAMES.es[l] ?? l}`,
  channel: { room: 'en la sala', chat: 'chat de la videollamada', email: 'correo electrónico' },
  language: 'Idioma',
  original: 'Texto original',
  theme: 'Tema',
  keyMessage: 'Mensaje clave',
  recordedFrom: 'Recogido',
  kind: 'Tipo',
};

const BY_LANGUAGE: Record<Language, ContribLabels> = { fr, en, es };

export const contribLabels = (language: Language): ContribLabels => BY_LANGUAGE[language];
