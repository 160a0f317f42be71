// A forum's figures: per session and in total, what the organizers report to their funders —
// sessions held, participants, countries and organizations represented, answers and audience
// questions, speaking time planned against used. Pure: each session's state in, `now` passed in
// (a turn still running counts up to it).
import { isVisibleAnswer } from './answers.js';
import { programmeEntryOf, type ProgrammeEntry } from './forumProgramme.js';
import { spokenMs, type SessionState } from './state.js';

export type SessionStatus = 'notStarted' | 'running' | 'ended';

/** What a session, or a whole forum, adds up to. */
export interface Figures {
  /** Phones that joined (each participant once); for a forum, summed over sessions (a person in two counts twice). */
  participants: number;
  /** As typed by speakers and participants, one spelling per value (the first met), sorted. */
  countries: string[];
  organizations: string[];
  /** Answers kept (withdrawn and hidden ones left out), every question and kind. */
  answers: number;
  /** Audience questions and remarks asked (withdrawn ones and merged duplicates left out). */
  questions: number;
  /** The speakers' planned minutes, summed. */
  plannedMinutes: number;
  /** Time the speakers actually held the floor in Palabre. */
  spokenMs: number;
}

export interface SessionFigures extends ProgrammeEntry, Figures {
  status: SessionStatus;
}

export interface ForumFigures extends Figures {
  sessions: SessionFigures[];
  /** Sessions that started (running or ended). */
  held: number;
}

export function sessionStatus(state: Pick<SessionState, 'phase' | 'endedAt'>): SessionStatus {
  if (state.endedAt !== null || state.phase.kind === 'ended') return 'ended';
  return state.phase.kind === 'lobby' ? 'notStarted' : 'running';
}

/** Trimmed, case and accent forms of one word counted once; the first spelling met is kept. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const raw of values) {
    const v = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!v) continue;
    const key = v.toLocaleLowerCase('und');
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'und'));
}

export function sessionFigures(state: SessionState, now: number): SessionFigures {
  const d = state.definition;
  const named = Object.values(state.participants).filter((p) => !p.anonymous);
  // The programme's spelling (the speakers') wins over a participant's.
  const people = [...d.speakers, ...named];
  return {
    ...programmeEntryOf(state),
    status: sessionStatus(state),
    participants: Object.keys(state.participants).length,
    countries: distinct(people.map((p) => p.country)),
    organizations: distinct(people.map((p) => p.organization)),
    answers: Object.values(state.answers).filter(isVisibleAnswer).length,
    questions: Object.values(state.audienceQuestions).filter((q) => !q.withdrawn && q.status !== 'merged').length,
    plannedMinutes: d.speakers.reduce((sum, s) => sum + s.minutes, 0),
    spokenMs: Object.values(state.turns).reduce((sum, t) => sum + spokenMs(t, now), 0),
  };
}

/** The figures of every session, in the order given (programme order: shared/forumProgramme.ts), and their totals. */
export function forumFigures(states: readonly SessionState[], now: number): ForumFigures {
  const sessions = states.map((s) => sessionFigures(s, now));
  const sum = (f: (s: SessionFigures) => number) => sessions.reduce((a, s) => a + f(s), 0);
  return {
    sessions,
    held: sessions.filter((s) => s.status !== 'notStarted').length,
    participants: sum((s) => s.participants),
    countries: distinct(sessions.flatMap((s) => s.countries)),
    organizations: distinct(sessions.flatMap((s) => s.organizations)),
    answers: sum((s) => s.answers),
    questions: sum((s) => s.questions),
    plannedMinutes: sum((s) => s.plannedMinutes),
    spokenMs: sum((s) => s.spokenMs),
  };
}
