// The wall on phones (issue 15): per text question, the moderator may show the other participants'
// answers on phones, where each participant may add a "+1" to someone else's answer. Phones never
// hold others' answers: they hold `wall`, a published copy (text, name, +1 count) that the server
// brings up to date at most a few times a second (server/wallRefresher.ts), so a +1 storm is a few
// aggregated messages per phone, not one per +1. Free of valibot (the phone bundle uses it).
import { onWall } from './answers.js';
import type { SessionEvent } from './events.js';
import { isClosedQuestion, kindOf } from './kinds.js';
import { allQuestions, findQuestion } from './questions.js';
import type { Answer, SessionState } from './state.js';

/** One answer as a phone's wall shows it: no author id, the name only if the author gave one. */
export interface WallEntry {
  id: string;
  text: string;
  /** '' when anonymous (the identity mode, or the participant's choice). */
  name: string;
  /** How many +1s it has. */
  count: number;
  /** When it was given (the phone keeps the order answers came in). */
  at: number;
}

/** How the projector's wall and the console's answer list are ordered: the moderator's choice. */
export const WALL_ORDERS = ['time', 'plusOnes'] as const;
export type WallOrder = (typeof WALL_ORDERS)[number];

/** Whether the setup shows this free-text question's answers on phones from the start (`wall: true`). */
const wallByDefault = (s: Pick<SessionState, 'definition'>, questionId: string): boolean => {
  const q = findQuestion(s.definition, questionId);
  return q?.wall === true && kindOf(q) === 'text';
};

/** Whether this question's answers are shown on phones: the moderator's choice, else the setup's (off). */
export const isWallShown = (s: Pick<SessionState, 'walls' | 'definition'>, questionId: string): boolean =>
  s.walls?.[questionId] ?? wallByDefault(s, questionId);

/** Whether the wall was shown at some point (its +1s then belong in the report). */
export const wallEverShown = (s: Pick<SessionState, 'walls' | 'definition'>, questionId: string): boolean =>
  s.walls?.[questionId] !== undefined || wallByDefault(s, questionId);

/** The questions whose wall is shown now. */
export function shownWalls(s: Pick<SessionState, 'walls' | 'definition'>): string[] {
  // One pass over the questions (isWallShown per id would look each one up again).
  const walls = s.walls ?? {};
  const out = Object.keys(walls).filter((q) => walls[q]);
  for (const q of allQuestions(s.definition))
    if (walls[q.id] === undefined && q.wall === true && kindOf(q) === 'text') out.push(q.id);
  return out;
}

/** A definition update may have turned a wall's default off: phones drop the walls no longer shown. */
export function dropHiddenWalls(s: SessionState): SessionState {
  let out = s;
  for (const q of Object.keys(s.wall ?? {})) if (!isWallShown(s, q)) out = dropWall(out, q);
  return out;
}

/** Who gave an answer a +1 (participant ids; on a phone, at most the phone's own). */
export const plusOnesOf = (s: Pick<SessionState, 'plusOnes'>, answerId: string): readonly string[] =>
  s.plusOnes?.[answerId] ?? [];

/** An answer's +1 count in any staff or screen state. */
export const plusOneCount = (s: Pick<SessionState, 'plusOnes'>, answerId: string): number =>
  plusOnesOf(s, answerId).length;

/** Whether a wall can be shown for this question: free-text questions only. */
export const wallable = (s: SessionState, questionId: string): boolean => !isClosedQuestion(s, questionId);

/** The name a phone's wall shows for an answer: as its author chose, or '' (anonymous). */
function wallName(s: SessionState, a: Answer): string {
  if (a.by) return a.by.public ? '' : a.by.name.trim();
  const p = s.participants[a.participantId];
  return !p || p.anonymous ? '' : p.name.trim();
}

/** The wall entries of a question as phones should hold them now (answers the projector's wall shows). */
export function wallEntriesNow(s: SessionState, questionId: string): Map<string, WallEntry> {
  const out = new Map<string, WallEntry>();
  for (const a of Object.values(s.answers)) {
    if (a.questionId !== questionId || !onWall(s, a) || !a.text) continue;
    out.set(a.id, { id: a.id, text: a.text, name: wallName(s, a), count: plusOneCount(s, a.id), at: a.createdAt });
  }
  return out;
}

const sameEntry = (a: WallEntry, b: WallEntry): boolean =>
  a.text === b.text && a.name === b.name && a.count === b.count && a.at === b.at;

/**
 * The `wall:updated` events that bring every shown wall (or those of `ids`) up to date: only what
 * changed since the held copy (`full`: the whole wall, as when it is first shown).
 */
export function wallRefreshEvents(s: SessionState, ids?: readonly string[], full = false): SessionEvent[] {
  const events: SessionEvent[] = [];
  for (const questionId of shownWalls(s)) {
    if (ids && !ids.includes(questionId)) continue;
    const held = full ? {} : (s.wall?.[questionId] ?? {});
    const now = wallEntriesNow(s, questionId);
    const put = [...now.values()].filter((e) => {
      const h = held[e.id];
      return !h || !sameEntry(h, e);
    });
    const drop = Object.keys(held).filter((id) => !now.has(id));
    if (put.length || drop.length || full) events.push({ type: 'wall:updated', questionId, put, drop });
  }
  return events;
}

/** The reducer's part: a wall's held copy after a `wall:updated`. */
export function applyWallUpdate(
  s: SessionState,
  e: { questionId: string; put: WallEntry[]; drop: string[] },
): SessionState {
  const entries: Record<string, WallEntry> = { ...s.wall?.[e.questionId] };
  for (const id of e.drop) delete entries[id];
  for (const x of e.put) entries[x.id] = x;
  return { ...s, wall: { ...s.wall, [e.questionId]: entries } };
}

/** A wall hidden again: phones drop its copy (the answers are no longer theirs to hold). */
export function dropWall(s: SessionState, questionId: string): SessionState {
  if (!s.wall?.[questionId]) return s;
  const { [questionId]: _, ...rest } = s.wall;
  return { ...s, wall: rest };
}

/**
 * The reducer's part: a +1 given or taken back (idempotent: a repeat changes nothing). No +1 left
 * leaves no key (the answer's, then `plusOnes`), so a phone that took its +1 back holds what a
 * fresh snapshot gives it (shared/visibility.ts `viewFor`).
 */
export function applyPlusOne(
  s: SessionState,
  e: { answerId: string; participantId: string; on: boolean },
): SessionState {
  const cur = plusOnesOf(s, e.answerId);
  if (cur.includes(e.participantId) === e.on) return s;
  const next = e.on ? [...cur, e.participantId] : cur.filter((p) => p !== e.participantId);
  const { [e.answerId]: _, ...others } = s.plusOnes ?? {};
  const plusOnes = next.length ? { ...others, [e.answerId]: next } : others;
  if (Object.keys(plusOnes).length) return { ...s, plusOnes };
  const { plusOnes: __, ...rest } = s;
  return rest;
}

/** Answers ordered for the wall: by +1 (most first) when chosen, the given order otherwise (stable). */
export function byPlusOnes<T extends { id: string }>(items: readonly T[], count: (id: string) => number): T[] {
  return items
    .map((x, i) => ({ x, i, n: count(x.id) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((y) => y.x);
}

/**
 * The answers a phone's wall lists for a question, by id: other people's (one's own is listed as
 * the phone's own answer, and takes no +1), in the order they came, so a button never moves under
 * a finger. The phone holds the wall's copy, not the answers: it asks this, not `plusOneRefusal`.
 */
export function phoneWallIds(s: SessionState, questionId: string): string[] {
  return Object.values((isWallShown(s, questionId) && s.wall?.[questionId]) || {})
    .filter((e) => !s.answers[e.id])
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
}
