// The charts' own words in the three languages (axis names, legends, table headings). The report
// draws them in the session's language, the console in the moderator's.
import type { Language } from '../questions.js';

export interface ChartLabels {
  option: string;
  count: string;
  percent: string;
  other: string;
  value: string;
  mean: string;
  median: string;
  word: string;
  position: string;
  averagePosition: string;
  /** "{n} respondents" */
  respondents: string;
  speakingTime: string;
  speaker: string;
  planned: string;
  spoken: string;
  /** Legend of a bar past the planned time. */
  spokenOver: string;
  participation: string;
  phonesJoined: string;
  answersPerMinute: string;
  /** "Answers per {n} minutes", for a long session's wider steps. */
  answersPerStep: string;
  /** "{n} answers in all" */
  answersTotal: string;
  /** "busiest minute: {time} ({n} answers)" */
  busiest: string;
  noData: string;
  appendix: string;
  /** CSV columns of closed answers. */
  choicesColumn: string;
  valueColumn: string;
  wordsColumn: string;
  orderColumn: string;
}

const fr: ChartLabels = {
  option: 'Option',
  count: 'Nombre',
  percent: '%',
  other: 'Autre',
  value: 'Valeur',
  mean: 'moyenne',
  median: 'médiane',
  word: 'Mot',
  position: 'Rang',
  averagePosition: 'Position moyenne',
  respondents: '{n} répondant(e)s',
  speakingTime: 'Temps de parole',
  speaker: 'Intervenant(e)',
  planned: 'Prévu',
  spoken: 'Parlé',
  spokenOver: 'Parlé, au-delà du prévu',
  participation: 'Participation au fil de la session',
  phonesJoined: 'Téléphones connectés (cumul)',
  answersPerMinute: 'Réponses par minute',
  answersPerStep: 'Réponses par tranche de {n} minutes',
  answersTotal: '{n} réponses au total',
  busiest: 'minute la plus active : {time} ({n} réponses)',
  noData: 'Aucune donnée',
  appendix: 'Annexe',
  choicesColumn: 'Choix',
  valueColumn: 'Valeur',
  wordsColumn: 'Mots',
  orderColumn: 'Classement',
};

const en: ChartLabels = {
  option: 'Option',
  count: 'Count',
  percent: '%',
  other: 'Other',
  value: 'Value',
  mean: 'mean',
  median: 'median',
  word: 'Word',
  position: 'Rank',
  averagePosition: 'Average position',
  respondents: '{n} respondents',
  speakingTime: 'Speaking time',
  speaker: 'Speaker',
  planned: 'Planned',
  spoken: 'Spoken',
  spokenOver: 'Spoken, over time',
  participation: 'Participation over the session',
  phonesJoined: 'Phones joined (total)',
  answersPerMinute: 'Answers per minute',
  answersPerStep: 'Answers per {n} minutes',
  answersTotal: '{n} answers in all',
  busiest: 'busiest minute: {time} ({n} answers)',
  noData: 'No data',
  appendix: 'Appendix',
  choicesColumn: 'Choices',
  valueColumn: 'Value',
  wordsColumn: 'Words',
  orderColumn: 'Order',
};

const es: ChartLabels = {
  option: 'Opción',
  count: 'Número',
  percent: '%',
  other: 'Otra',
  value: 'Valor',
  mean: 'media',
  median: 'mediana',
  word: 'Palabra',
  position: 'Puesto',
  averagePosition: 'Posición media',
  respondents: '{n} participantes respondieron',
  speakingTime: 'Tiempo de palabra',
  speaker: 'Ponente',
  planned: 'Previsto',
  spoken: 'Hablado',
  spokenOver: 'Hablado, más de lo previsto',
  participation: 'Participación a lo largo de la sesión',
  phonesJoined: 'Teléfonos conectados (total)',
  answersPerMinute: 'Respuestas por minuto',
  answersPerStep: 'Respuestas por tramo de {n} minutos',
  answersTotal: '{n} respuestas en total',
  busiest: 'minuto más activo: {time} ({n} respuestas)',
  noData: 'Sin datos',
  appendix: 'Anexo',
  choicesColumn: 'Opciones elegidas',
  valueColumn: 'Valor',
  wordsColumn: 'Palabras',
  orderColumn: 'Orden',
};

const LABELS: Record<Language, ChartLabels> = { fr, en, es };

export function chartLabels(language: Language): ChartLabels {
  return LABELS[language];
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k])));
}
