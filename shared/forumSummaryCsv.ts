// The forum summary as a spreadsheet: one row per session in programme order, then the totals.
// Same conventions as the session CSV (shared/report/csv.ts): UTF-8 with a BOM, CRLF rows,
// formula-like cells neutralised.
import type { Language } from './definition.js';
import { exhaustive } from './exhaustive.js';
import type { ForumFigures, SessionStatus } from './forumSummary.js';
import { csvRow } from './report/csv.js';
import { msToMinutes } from './report/format.js';

const BOM = '\uFEFF';

const LABELS = {
  en: {
    date: 'Date',
    start: 'Start',
    title: 'Session',
    code: 'Code',
    status: 'Status',
    participants: 'Participants',
    countries: 'Countries',
    countryList: 'Countries represented',
    organizations: 'Organizations',
    organizationList: 'Organizations represented',
    answers: 'Answers',
    questions: 'Audience questions',
    planned: 'Speaking time planned (min)',
    spoken: 'Speaking time used (min)',
    total: 'Total',
    held: '{held} of {count} sessions held',
    notStarted: 'Not started',
    running: 'Under way',
    ended: 'Ended',
  },
  fr: {
    date: 'Date',
    start: 'Début',
    title: 'Session',
    code: 'Code',
    status: 'État',
    participants: 'Participants',
    countries: 'Pays',
    countryList: 'Pays représentés',
    organizations: 'Organisations',
    organizationList: 'Organisations représentées',
    answers: 'Réponses',
    questions: 'Questions du public',
    planned: 'Temps de parole prévu (min)',
    spoken: 'Temps de parole utilisé (min)',
    total: 'Total',
    held: '{held} sessions tenues sur {count}',
    notStarted: 'Pas commencée',
    running: 'En cours',
    ended: 'Terminée',
  },
  es: {
    date: 'Fecha',
    start: 'Inicio',
    title: 'Sesión',
    code: 'Código',
    status: 'Estado',
    participants: 'Participantes',
    countries: 'Países',
    countryList: 'Países representados',
    organizations: 'Organizaciones',
    organizationList: 'Organizaciones representadas',
    answers: 'Respuestas',
    questions: 'Preguntas del público',
    planned: 'Tiempo de palabra previsto (min)',
    spoken: 'Tiempo de palabra utilizado (min)',
    total: 'Total',
    held: '{held} de {count} sesiones realizadas',
    notStarted: 'No iniciada',
    running: 'En curso',
    ended: 'Terminada',
  },
} as const satisfies Record<Language, Record<string, string>>;

export function statusLabel(status: SessionStatus, lang: Language): string {
  const l = LABELS[lang];
  switch (status) {
    case 'notStarted':
      return l.notStarted;
    case 'running':
      return l.running;
    case 'ended':
      return l.ended;
    default:
      return exhaustive(status, 'session status');
  }
}

export function renderForumSummaryCsv(f: ForumFigures, lang: Language): string {
  const l = LABELS[lang];
  const rows = [
    [
      l.date,
      l.start,
      l.title,
      l.code,
      l.status,
      l.participants,
      l.countries,
      l.countryList,
      l.organizations,
      l.organizationList,
      l.answers,
      l.questions,
      l.planned,
      l.spoken,
    ],
    ...f.sessions.map((s) => [
      s.date,
      s.startTime,
      s.title,
      s.code,
      statusLabel(s.status, lang),
      String(s.participants),
      String(s.countries.length),
      s.countries.join('; '),
      String(s.organizations.length),
      s.organizations.join('; '),
      String(s.answers),
      String(s.questions),
      String(s.plannedMinutes),
      String(msToMinutes(s.spokenMs)),
    ]),
    [
      l.total,
      '',
      '',
      '',
      l.held.replace('{held}', String(f.held)).replace('{count}', String(f.sessions.length)),
      String(f.participants),
      String(f.countries.length),
      f.countries.join('; '),
      String(f.organizations.length),
      f.organizations.join('; '),
      String(f.answers),
      String(f.questions),
      String(f.plannedMinutes),
      String(msToMinutes(f.spokenMs)),
    ],
  ];
  return `${BOM}${rows.map(csvRow).join('\r\n')}\r\n`;
}
