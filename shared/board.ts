// The organizers' status board (issue 14): one row per session, from its state and the time. Pure.
//
// State: not started while in the lobby, live from the first step until the end, ended after.
// Schedule: the console's own figure (shared/schedule.ts), while live; before the start, only a late
// start on the session's day counts (a session planned later today is not "ahead"); none once ended.
// Waiting questions: audience questions awaiting the moderator's approval (shared/audience.ts).
// Phones: participants connected now, as the session's log records presence (in cluster mode too:
// a participant flips absent only when no live node holds a connection of theirs).
import { sessionSlot, type SessionSlot } from './forumProgramme.js';
import { isAwaitingApproval } from './audience.js';
import { MAIN_QUESTION_ID, allQuestions } from './questions.js';
import { buildSteps, type StepKind, stepKey } from './runOfShow.js';
import { schedule } from './schedule.js';
import { photosOf, type SessionState } from './state.js';
import { dateIn } from './timeZone.js';

export const BOARD_STATUSES = ['notStarted', 'live', 'ended'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/** The step a live session stands on: its kind, and what it is about (a name, a question, a round). */
export interface BoardStep {
  kind: StepKind;
  /** A speaker's name, a question's text, a round's title; '' for opening, audience, closing. */
  title: string;
  /** For a guiding question: its 1-based number in its round (0 otherwise). */
  index: number;
  /** For a guiding question or a round: the round's title ('' otherwise). */
  round: string;
}

export interface BoardReadiness {
  /** Speakers in the run of show, and how many of them have the rapporteur's notes. */
  speakers: number;
  speakersWithNotes: number;
  conclusion: boolean;
  photos: number;
  /** The report's latest download by the staff (server time), or null. */
  downloadedAt: number | null;
}

export interface BoardRow extends SessionSlot {
  status: BoardStatus;
  step: BoardStep | null;
  /** Projected minus planned end in whole minutes (positive: behind); null when there is nothing to say. */
  deltaMinutes: number | null;
  phones: number;
  waitingQuestions: number;
  readiness: BoardReadiness;
}

export function boardStatus(s: Pick<SessionState, 'phase'>): BoardStatus {
  if (s.phase.kind === 'lobby') return 'notStarted';
  return s.phase.kind === 'ended' ? 'ended' : 'live';
}

/** The step of a live session, or null in the lobby and once ended. */
export function boardStep(s: SessionState): BoardStep | null {
  const key = stepKey(s.phase);
  const st = key === null ? undefined : buildSteps(s).find((x) => x.key === key);
  if (!st) return null;
  const roundTitle = (id: string | null) => s.definition.rounds.find((r) => r.id === id)?.title ?? '';
  switch (st.phase.kind) {
    case 'speaker': {
      const id = st.phase.speakerId;
      return { kind: st.kind, title: s.definition.speakers.find((x) => x.id === id)?.name ?? '', index: 0, round: '' };
    }
    case 'question': {
      const id = st.phase.questionId;
      const q = allQuestions(s.definition).find((x) => x.id === id);
      const title = id === MAIN_QUESTION_ID ? s.definition.mainQuestion : (q?.text ?? '');
      return { kind: st.kind, title, index: st.index, round: roundTitle(st.roundId) };
    }
    case 'round':
      return { kind: st.kind, title: roundTitle(st.roundId), index: 0, round: roundTitle(st.roundId) };
    default:
      return { kind: st.kind, title: '', index: 0, round: '' };
  }
}

/** Ahead (negative) or behind (positive), in minutes, as the board shows it (see the header). */
export function boardDelta(s: SessionState, now: number): number | null {
  const status = boardStatus(s);
  if (status === 'ended') return null;
  const sched = schedule(s, now);
  if (!sched || sched.deltaMinutes === null) return null;
  if (status === 'live') return sched.deltaMinutes;
  const today = dateIn(now, s.definition.timeZone);
  const onItsDay = s.definition.date === '' || s.definition.date === today;
  return onItsDay && s.definition.startTime && sched.deltaMinutes > 0 ? sched.deltaMinutes : null;
}

export function boardReadiness(s: SessionState): BoardReadiness {
  const speakers = s.definition.speakers;
  return {
    speakers: speakers.length,
    speakersWithNotes: speakers.filter((sp) => (s.notes[sp.id]?.text ?? '').trim() !== '').length,
    conclusion: s.conclusion.trim() !== '',
    photos: photosOf(s).length,
    downloadedAt: s.reportDownloaded?.at ?? null,
  };
}

/** A session's row on the board at `now`. */
export function boardRow(s: SessionState, now: number): BoardRow {
  const d = s.definition;
  return {
    ...sessionSlot(s.code, d),
    status: boardStatus(s),
    step: boardStep(s),
    deltaMinutes: boardDelta(s, now),
    phones: Object.values(s.participants).filter((p) => p.connected).length,
    waitingQuestions: Object.values(s.audienceQuestions).filter(isAwaitingApproval).length,
    readiness: boardReadiness(s),
  };
}

/** Programme order: by date, then start time (undated and untimed last), then title, then code. */
export function compareBoardRows(a: BoardRow, b: BoardRow): number {
  const last = (x: string) => x || '\uffff';
  return (
    last(a.date).localeCompare(last(b.date)) ||
    last(a.startTime).localeCompare(last(b.startTime)) ||
    a.title.localeCompare(b.title) ||
    a.code.localeCompare(b.code)
  );
}

/** The day filter's value for sessions without a date. */
export const NO_DATE = '-';

/** The board's filters: a day ('' for every day, NO_DATE for undated ones) and a room ('' for every room). */
export interface BoardFilter {
  day: string;
  room: string;
}

/** The days of the programme (undated sessions are under ''), in order, once each. */
export function boardDays(rows: readonly BoardRow[]): string[] {
  return [...new Set(rows.map((r) => r.date))].sort((a, b) => (a || '\uffff').localeCompare(b || '\uffff'));
}

/** The rooms named in the programme, in alphabetical order, once each ('' is not a room). */
export function boardRooms(rows: readonly BoardRow[]): string[] {
  return [...new Set(rows.map((r) => r.room).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

export function filterBoard(rows: readonly BoardRow[], f: BoardFilter): BoardRow[] {
  const day = f.day === NO_DATE ? '' : f.day;
  return rows.filter((r) => (!f.day || r.date === day) && (!f.room || r.room === f.room));
}

/**
 * The day a board opens on: today (in the forum's zone) when the programme has sessions today,
 * otherwise every day ('').
 */
export function defaultBoardDay(rows: readonly BoardRow[], now: number, timeZone: string): string {
  const today = dateIn(now, timeZone);
  return rows.some((r) => r.date === today) ? today : '';
}
