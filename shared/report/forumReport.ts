// The forum's combined report as data: its title page (forum name, city, dates, theme) and one
// entry per session in programme order, each with its own session report model. The Word and PDF
// writers lay it out; the sessions' reports are the single-session ones, unchanged.
import type { Language } from '../definition.js';
import type { ForumSettings } from '../forum.js';
import { inProgrammeOrder, programmeEntryOf } from '../forumProgramme.js';
import type { SessionState } from '../state.js';
import { formatClock, formatSessionDate } from './format.js';
import { buildReport } from './model.js';
import type { ReportModel } from './types.js';

const LABELS = {
  en: { forumReport: 'Forum report', contents: 'Contents', page: 'Page', noSessions: 'No session in this forum yet.' },
  fr: {
    forumReport: 'Rapport du forum',
    contents: 'Sommaire',
    page: 'Page',
    noSessions: 'Ce forum n’a pas encore de session.',
  },
  es: {
    forumReport: 'Informe del foro',
    contents: 'Índice',
    page: 'Página',
    noSessions: 'Este foro aún no tiene sesiones.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ForumReportLabels = (typeof LABELS)[Language];

export interface ForumReportSession {
  code: string;
  /** The session's title, or "Report" when it has none. */
  title: string;
  /** "20 novembre 2026 · 14h00", in the session's language. */
  when: string;
  model: ReportModel;
}

export interface ForumReportModel {
  language: Language;
  labels: ForumReportLabels;
  name: string;
  city: string;
  /** "1–3 octobre 2026", or '' when the forum has no dates. */
  dates: string;
  theme: string;
  sessions: ForumReportSession[];
}

/** "1–3 October 2026" from two calendar dates (either may be missing). */
export function forumDates(startDate: string, endDate: string, lang: Language): string {
  const at = (d: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  };
  const a = at(startDate);
  const b = at(endDate);
  const fmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (a !== null && b !== null && b > a) return fmt.formatRange(a, b);
  const one = a ?? b;
  return one === null ? '' : fmt.format(one);
}

/** The combined report: the sessions in programme order, whatever order they are given in. */
export function buildForumReport(
  settings: ForumSettings,
  states: readonly SessionState[],
  now: number,
): ForumReportModel {
  const ordered = inProgrammeOrder(states, programmeEntryOf);
  return {
    language: settings.language,
    labels: LABELS[settings.language],
    name: settings.name,
    city: settings.city,
    dates: forumDates(settings.startDate, settings.endDate, settings.language),
    theme: settings.theme,
    sessions: ordered.map((state) => {
      const model = buildReport(state, now);
      const d = state.definition;
      const when = [
        d.date ? formatSessionDate(d, state.createdAt) : '',
        d.startTime ? formatClock(d.startTime, d.language) : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return { code: state.code, title: model.documentTitle, when, model };
    }),
  };
}
