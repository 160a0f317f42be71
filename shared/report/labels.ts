// The report's fixed words in the three session languages. The French section labels are the
// forum's report template word for word (seeds/001), so a Palabre report drops into the forum's
// collection without the rapporteur retyping headings.
import type { Language } from '../definition.js';

export interface ReportLabels {
  /** The session language, for plural rules (Intl.PluralRules). */
  lang: Language;
  /** Between a label and its value: French typography puts a no-break space before the colon. */
  colon: string;
  /** The document's own name under the event header ("Report" in the forum template). */
  report: string;
  title: string;
  sessionType: string;
  language: string;
  date: string;
  time: string;
  participants: string;
  moderator: string;
  speakers: string;
  mainQuestion: string;
  summaries: string;
  mainAnswers: string;
  /** Palabre's addition to the template: answers to the Round 1 / Round 2 questions. */
  guidingAnswers: string;
  audienceQuestions: string;
  conclusion: string;
  photo: string;
  fullName: string;
  organization: string;
  country: string;
  answer: string;
  question: string;
  round: string;
  /** Shown in place of a name when a participant stayed anonymous. */
  anonymous: string;
  speaker: string;
  talk: string;
  planned: string;
  spoken: string;
  /** Marks what the rapporteur flagged as a key point. */
  highlight: string;
  askedBy: string;
  addressedTo: string;
  wholePanel: string;
  votes: string;
  /** The singular of `votes` ("1 vote"). */
  vote: string;
  noAnswers: string;
  /** What an empty section prints, in every format. */
  empty: string;
  /** The answers column of the CSV saying whether the answer is in the report. */
  inReport: string;
  /** The second CSV: audience questions, their replies and remarks. */
  kind: string;
  reply: string;
  repliedBy: string;
  noPhoto: string;
  /** CSV columns that have no other label. */
  answeredAt: string;
  hidden: string;
  featured: string;
  yes: string;
  no: string;
  /** The session language's own name for itself. */
  languageName: string;
  /** Footer line; {date}, {time} and {zone} are filled in. */
  generatedOn: string;
}

const fr: ReportLabels = {
  lang: 'fr',
  colon: '\u00A0: ',
  report: 'Rapport',
  title: 'Titre de la session',
  sessionType: 'Type de session',
  language: 'Langue',
  date: 'Date',
  time: 'Horaire',
  participants: 'Participants',
  moderator: 'Nom du modérateur/modératrice',
  speakers: 'Intervenant(e)s',
  mainQuestion: 'Question principale',
  summaries: 'Résumé des présentations',
  mainAnswers: 'Réponses à la question principale',
  guidingAnswers: 'Réponses aux questions directrices',
  audienceQuestions: 'Questions pertinentes et réponses du public',
  conclusion: 'Résumé ou conclusion du modérateur',
  photo: "Captures d'écran / photo de groupe de la session",
  fullName: 'Nom complet',
  organization: 'Organisation',
  country: 'Pays',
  answer: 'Réponse',
  question: 'Question',
  round: 'Tour',
  anonymous: 'anonyme',
  speaker: 'Intervenant(e)',
  talk: 'Présentation',
  planned: 'Temps prévu',
  spoken: 'Temps de parole',
  highlight: 'À retenir',
  askedBy: 'Posée par',
  addressedTo: 'Adressée à',
  wholePanel: 'tous les intervenant(e)s',
  votes: 'votes',
  vote: 'vote',
  noAnswers: 'Aucune réponse.',
  empty: 'Non renseigné.',
  inReport: 'Dans le rapport',
  kind: 'Type',
  reply: 'Réponse',
  repliedBy: 'Répondu par',
  noPhoto: 'Aucune photo.',
  answeredAt: 'Heure',
  hidden: 'Masquée',
  featured: 'Mise en avant',
  yes: 'oui',
  no: 'non',
  languageName: 'Français',
  generatedOn: 'Rapport généré par Palabre le {date} à {time} ({zone})',
};

const en: ReportLabels = {
  lang: 'en',
  colon: ': ',
  report: 'Report',
  title: 'Session title',
  sessionType: 'Session type',
  language: 'Language',
  date: 'Date',
  time: 'Time',
  participants: 'Participants',
  moderator: 'Moderator',
  speakers: 'Speakers',
  mainQuestion: 'Main question',
  summaries: 'Summary of the presentations',
  mainAnswers: 'Answers to the main question',
  guidingAnswers: 'Answers to the guiding questions',
  audienceQuestions: 'Relevant questions and answers from the audience',
  conclusion: "Moderator's summary or conclusion",
  photo: 'Screenshots / group photo of the session',
  fullName: 'Full name',
  organization: 'Organization',
  country: 'Country',
  answer: 'Answer',
  question: 'Question',
  round: 'Round',
  anonymous: 'anonymous',
  speaker: 'Speaker',
  talk: 'Talk',
  planned: 'Planned',
  spoken: 'Spoken',
  highlight: 'Key point',
  askedBy: 'Asked by',
  addressedTo: 'Addressed to',
  wholePanel: 'all speakers',
  votes: 'votes',
  vote: 'vote',
  noAnswers: 'No answers.',
  empty: 'Not provided.',
  inReport: 'In the report',
  kind: 'Kind',
  reply: 'Reply',
  repliedBy: 'Replied by',
  noPhoto: 'No photo.',
  answeredAt: 'Time',
  hidden: 'Hidden',
  featured: 'Featured',
  yes: 'yes',
  no: 'no',
  languageName: 'English',
  generatedOn: 'Report generated by Palabre on {date} at {time} ({zone})',
};

const es: ReportLabels = {
  lang: 'es',
  colon: ': ',
  report: 'Informe',
  title: 'Título de la sesión',
  sessionType: 'Tipo de sesión',
  language: 'Idioma',
  date: 'Fecha',
  time: 'Horario',
  participants: 'Participantes',
  moderator: 'Nombre del moderador/moderadora',
  speakers: 'Ponentes',
  mainQuestion: 'Pregunta principal',
  summaries: 'Resumen de las presentaciones',
  mainAnswers: 'Respuestas a la pregunta principal',
  guidingAnswers: 'Respuestas a las preguntas orientadoras',
  audienceQuestions: 'Preguntas pertinentes y respuestas del público',
  conclusion: 'Resumen o conclusión del moderador',
  photo: 'Capturas de pantalla / foto de grupo de la sesión',
  fullName: 'Nombre completo',
  organization: 'Organización',
  country: 'País',
  answer: 'Respuesta',
  question: 'Pregunta',
  round: 'Ronda',
  anonymous: 'anónimo',
  speaker: 'Ponente',
  talk: 'Ponencia',
  planned: 'Tiempo previsto',
  spoken: 'Tiempo de palabra',
  highlight: 'Punto clave',
  askedBy: 'Formulada por',
  addressedTo: 'Dirigida a',
  wholePanel: 'todos los ponentes',
  votes: 'votos',
  vote: 'voto',
  noAnswers: 'Sin respuestas.',
  empty: 'Sin información.',
  inReport: 'En el informe',
  kind: 'Tipo',
  reply: 'Respuesta',
  repliedBy: 'Respondida por',
  noPhoto: 'Sin foto.',
  answeredAt: 'Hora',
  hidden: 'Oculta',
  featured: 'Destacada',
  yes: 'sí',
  no: 'no',
  languageName: 'Español',
  generatedOn: 'Informe generado por Palabre el {date} a las {time} ({zone})',
};

export const REPORT_LABELS: Readonly<Record<Language, ReportLabels>> = { fr, en, es };

export function reportLabels(language: Language): ReportLabels {
  return REPORT_LABELS[language];
}
