// What each command needs to be accepted: the preconditions decide() checks, once. decide() refuses
// with `refusal()` before it builds any event, and the views ask `allowed()` / `offered()` which
// controls to show, so a view never re-derives a rule. Free of valibot (the phone bundle uses it).
//
// The command is assumed to have passed CommandSchema (the server validates every payload first).
import type { Command } from './commands.js';
import type { IdentityMode, SessionDefinition } from './definition.js';
import type { ErrorCode } from './errors.js';
import { exhaustive } from './exhaustive.js';
import { can } from './permissions.js';
import { answerError, isClosedQuestion, kindOf, questionFields } from './kinds.js';
import type { ClosedAnswerFields } from './questionKinds.js';
import { findQuestion, MAIN_QUESTION_ID, questionIn } from './questions.js';
import type { Answer, AudienceQuestion, Phase, Role, SessionState } from './state.js';
import { MAX_AQ_REPLIES, spokenMs } from './state.js';
import { activeTurnOf } from './turns.js';
import { contribRefusal } from './contrib/rules.js';
import { onWall } from './answers.js';
import { isWallShown, plusOnesOf, wallable } from './wall.js';

export interface Actor {
  role: Role;
  /** Set for participants only. */
  participantId: string | null;
}

export const questionExists = (s: SessionState, id: string): boolean => questionIn(s.definition, id);
export const speakerOf = (s: SessionState, id: string) => s.definition.speakers.find((sp) => sp.id === id);

export function phaseValid(s: SessionState, p: Phase): boolean {
  switch (p.kind) {
    case 'speaker':
      return !!speakerOf(s, p.speakerId);
    case 'question':
      return questionExists(s, p.questionId);
    case 'round':
      return s.definition.rounds.some((r) => r.id === p.roundId);
    case 'lobby':
    case 'opening':
    case 'audience':
    case 'closing':
    case 'ended':
      return true;
    default:
      return exhaustive(p, 'phase');
  }
}

export const cleanText = (t: string): string => t.replace(/\r\n?/g, '\n').trim();

export type ProfileField = 'name' | 'organization' | 'country';

/** Whether the session counts a profile as anonymous: always in an anonymous session, by choice in an optional one. */
export const countsAnonymous = (mode: IdentityMode, anonymous: boolean): boolean =>
  mode === 'anonymous' || (mode === 'optional' && anonymous);

/** What a profile must give in this identity mode: a named session all three, an optional one a name unless anonymous. */
export function requiredProfileFields(mode: IdentityMode, anonymous: boolean): ProfileField[] {
  if (countsAnonymous(mode, anonymous)) return [];
  return mode === 'named' ? ['name', 'organization', 'country'] : ['name'];
}

/** The required fields of a profile still empty. */
export const missingProfileFields = (
  mode: IdentityMode,
  p: { name: string; organization: string; country: string; anonymous: boolean },
): ProfileField[] => requiredProfileFields(mode, p.anonymous).filter((f) => !p[f].trim());

/** A named session needs a participant's name, organization and country before they take part. */
export function profileMissing(s: SessionState, pid: string): boolean {
  if (s.definition.identity !== 'named') return false;
  const p = s.participants[pid];
  return !p || missingProfileFields('named', p).length > 0;
}

/** The participant's own answer, still editable: not withdrawn, its question still open. */
export function ownedAnswer(
  s: SessionState,
  actor: Actor,
  answerId: string,
): { error: ErrorCode } | { answer: Answer } {
  const a = s.answers[answerId];
  if (!a) return { error: 'not_found' };
  if (a.participantId !== actor.participantId) return { error: 'forbidden' };
  if (a.withdrawn) return { error: 'not_found' };
  if (!s.openQuestions.includes(a.questionId)) return { error: 'question_closed' };
  return { answer: a };
}

export function textError(s: SessionState, text: string): ErrorCode | null {
  if (!text) return 'invalid_payload';
  if (text.length > s.definition.maxAnswerLength) return 'text_too_long';
  return null;
}

/** An answer's payload against its question's kind (shared/kinds.ts), then a text's length. */
function kindError(s: SessionState, questionId: string, c: { text?: string } & ClosedAnswerFields): ErrorCode | null {
  const text = cleanText(c.text ?? '');
  return answerError(questionFields(s, questionId) ?? {}, text, c) ?? (text ? textError(s, text) : null);
}

/** Questions with answers whose kind a new definition would change (or remove): their answers would no longer fit. */
export function kindChanged(s: SessionState, d: SessionDefinition): boolean {
  const asked = new Set(Object.values(s.answers).map((a) => a.questionId));
  return [...asked].some((q) => {
    const now = findQuestion(d, q);
    return kindOf(now) !== kindOf(questionFields(s, q));
  });
}

/** An audience question the staff can act on: any not withdrawn by its asker. */
export function visibleAq(s: SessionState, id: string): AudienceQuestion | null {
  const q = s.audienceQuestions[id];
  return q && !q.withdrawn ? q : null;
}

/** Audience questions a participant may ask per window: keeps one person from flooding the list. */
export const AQ_RATE = { perWindow: 3, windowMs: 60_000 } as const;

function recentQuestions(s: SessionState, pid: string, now: number): number {
  let n = 0;
  for (const q of Object.values(s.audienceQuestions))
    if (q.participantId === pid && now - q.createdAt < AQ_RATE.windowMs) n++;
  return n;
}

/**
 * What `timer:start` runs for: the duration given; else, on an idle clock during a turn, what is left
 * of that speaker's allotted time (a minute at least, whole seconds); else the timer's own duration.
 */
export function timerStartMs(s: SessionState, durationMs: number | undefined, now: number): number {
  if (durationMs !== undefined) return durationMs;
  const t = activeTurnOf(s);
  const sp = t && s.timer.status === 'idle' ? speakerOf(s, t.speakerId) : undefined;
  if (!t || !sp) return s.timer.durationMs;
  return Math.round(Math.max(60_000, sp.minutes * 60_000 - spokenMs(t, now)) / 1000) * 1000;
}

/** The longest reply gist. */
export const MAX_GIST = 20_000;

/** Speaker and question ids of a definition given twice (the main question's id is taken). */
export function duplicateIds(d: SessionDefinition): { path: string; message: string }[] {
  const ids = new Set<string>([MAIN_QUESTION_ID]);
  const dup: { path: string; message: string }[] = [];
  d.rounds.forEach((round, ri) => {
    round.questions.forEach((q, qi) => {
      if (ids.has(q.id)) dup.push({ path: `rounds.${ri}.questions.${qi}.id`, message: `duplicate id ${q.id}` });
      ids.add(q.id);
    });
  });
  const sids = new Set<string>();
  d.speakers.forEach((sp, si) => {
    if (sids.has(sp.id)) dup.push({ path: `speakers.${si}.id`, message: `duplicate id ${sp.id}` });
    sids.add(sp.id);
  });
  return dup;
}

/** The commands a participant's phone sends: their rules live apart so the phone's bundle carries only these. */
export type ParticipantCommand = Extract<
  Command,
  { type: 'profile:set' | 'answer:submit' | 'answer:edit' | 'answer:withdraw' | 'aq:ask' | 'aq:vote' | 'aq:withdraw' }
>;
/**
 * A +1 on the wall: a participant's, but checked apart from the phone's rules (`participantOffered`):
 * the phone holds the wall's copy, not the answers, and asks `phoneWallIds` (shared/wall.ts) instead.
 */
type PlusOneCommand = Extract<Command, { type: 'answer:plusOne' }>;
type StaffCommand = Exclude<Command, ParticipantCommand | PlusOneCommand>;

const PARTICIPANT_COMMANDS: ReadonlySet<Command['type']> = new Set<ParticipantCommand['type']>([
  'profile:set',
  'answer:submit',
  'answer:edit',
  'answer:withdraw',
  'aq:ask',
  'aq:vote',
  'aq:withdraw',
]);
const isParticipantCommand = (c: Command): c is ParticipantCommand => PARTICIPANT_COMMANDS.has(c.type);

/**
 * Why decide() would refuse this command now, or null when it accepts it (perhaps as a no-op, e.g.
 * a retry of what is already stored). The role's right to the command is `can()`'s, checked apart.
 */
export function refusal(s: SessionState, actor: Actor, c: Command, now: number): ErrorCode | null {
  if (c.type === 'answer:plusOne') return plusOneRefusal(s, actor.participantId ?? '', c.answerId, c.on);
  return isParticipantCommand(c) ? participantRefusal(s, actor, c, now) : staffRefusal(s, c, now);
}

/** `refusal` for the participant's commands. */
export function participantRefusal(
  s: SessionState,
  actor: Actor,
  c: ParticipantCommand,
  now: number,
): ErrorCode | null {
  const ended = s.phase.kind === 'ended';
  const pid = actor.participantId ?? '';
  switch (c.type) {
    case 'profile:set':
      if (!s.participants[pid]) return 'forbidden';
      return missingProfileFields(s.definition.identity, c).length ? 'profile_required' : null;
    case 'answer:submit': {
      // A re-send of what was already stored is acknowledged first, even after the end: it was not lost.
      const existing = s.answers[c.answerId];
      if (existing) return existing.participantId === pid ? null : 'forbidden';
      if (ended) return 'session_ended';
      if (!questionExists(s, c.questionId)) return 'not_found';
      if (!s.openQuestions.includes(c.questionId)) return 'question_closed';
      if (profileMissing(s, pid)) return 'profile_required';
      return kindError(s, c.questionId, c);
    }
    case 'answer:edit': {
      const o = ownedAnswer(s, actor, c.answerId);
      return 'error' in o ? o.error : kindError(s, o.answer.questionId, c);
    }
    case 'answer:withdraw': {
      const a = s.answers[c.answerId];
      if (a?.withdrawn && a.participantId === pid) return null;
      const o = ownedAnswer(s, actor, c.answerId);
      return 'error' in o ? o.error : null;
    }
    case 'aq:ask': {
      const existing = s.audienceQuestions[c.questionId];
      if (existing) return existing.participantId === pid ? null : 'forbidden';
      if (ended) return 'session_ended';
      if (!s.audienceOpen) return 'questions_closed';
      if (c.speakerId !== null && !speakerOf(s, c.speakerId)) return 'not_found';
      if (recentQuestions(s, pid, now) >= AQ_RATE.perWindow) return 'rate_limited';
      if (profileMissing(s, pid)) return 'profile_required';
      return textError(s, cleanText(c.text));
    }
    case 'aq:vote': {
      const q = visibleAq(s, c.questionId);
      // A contribution the staff recorded stays with them: no phone holds it to vote on.
      if (q?.status !== 'published' || q.by) return 'not_found';
      return q.participantId === pid ? 'invalid_state' : null;
    }
    case 'aq:withdraw': {
      const q = s.audienceQuestions[c.questionId];
      if (!q) return 'not_found';
      return q.participantId === pid ? null : 'forbidden';
    }
    default:
      return exhaustive(c, 'command');
  }
}

/**
 * A +1 (or taking it back) on an answer of a shown wall: someone else's, one the wall shows. A repeat
 * of what already holds (a resent command, a double tap) is accepted as a no-op, even after the end.
 */
export function plusOneRefusal(s: SessionState, pid: string, answerId: string, on: boolean): ErrorCode | null {
  const a = s.answers[answerId];
  if (!a || !onWall(s, a) || !a.text) return 'not_found';
  if (a.participantId === pid) return 'own_answer';
  if (plusOnesOf(s, answerId).includes(pid) === on) return null;
  if (s.phase.kind === 'ended') return 'session_ended';
  return isWallShown(s, a.questionId) ? null : 'wall_closed';
}

/** `refusal` for the staff's commands. */
function staffRefusal(s: SessionState, c: StaffCommand, now: number): ErrorCode | null {
  const ended = s.phase.kind === 'ended';
  switch (c.type) {
    case 'phase:set':
      if (ended) return 'session_ended';
      return phaseValid(s, c.phase) ? null : 'not_found';
    case 'timer:start':
      if (ended) return 'session_ended';
      return timerStartMs(s, c.durationMs, now) > 0 ? null : 'invalid_state';
    case 'timer:pause':
      return s.timer.status === 'running' ? null : 'invalid_state';
    case 'timer:resume':
      return s.timer.status === 'paused' ? null : 'invalid_state';
    // The clock of an ended session is stopped for good (session:ended sets it idle).
    case 'timer:adjust':
    case 'timer:reset':
      return ended ? 'session_ended' : null;
    case 'speakers:reorder': {
      // The run of show is over once the session ended: its order stays as it was spoken.
      if (ended) return 'session_ended';
      const cur = [...s.speakerOrder].sort();
      const next = [...c.order].sort();
      return cur.length !== next.length || cur.some((x, i) => x !== next[i]) ? 'invalid_payload' : null;
    }
    case 'turn:start': {
      if (ended) return 'session_ended';
      if (!speakerOf(s, c.speakerId)) return 'not_found';
      return activeTurnOf(s)?.speakerId === c.speakerId ? 'invalid_state' : null;
    }
    case 'turn:pause': {
      const t = activeTurnOf(s);
      return t && t.pausedAt === null ? null : 'invalid_state';
    }
    case 'turn:resume': {
      const t = activeTurnOf(s);
      return t && t.pausedAt !== null ? null : 'invalid_state';
    }
    case 'turn:end':
      return activeTurnOf(s) ? null : 'invalid_state';
    case 'answering:open':
    case 'answering:close':
      if (c.type === 'answering:open' && ended) return 'session_ended';
      return c.questionIds.every((q) => questionExists(s, q)) ? null : 'not_found';
    case 'answer:moderate': {
      const a = s.answers[c.answerId];
      if (!a) return 'not_found';
      // A hidden answer is off the projector: it cannot be featured there.
      return c.featured === true && (c.hidden ?? a.hidden) ? 'invalid_state' : null;
    }
    case 'answer:curate':
      return s.answers[c.answerId] ? null : 'not_found';
    case 'audience:toggle':
      return ended && c.open ? 'session_ended' : null;
    case 'definition:update':
      if (duplicateIds(c.definition).length) return 'invalid_payload';
      return kindChanged(s, c.definition) ? 'invalid_state' : null;
    case 'floor:keepOpen':
      return ended ? 'session_ended' : null;
    case 'results:reveal':
      return isClosedQuestion(s, c.questionId) ? null : 'not_found';
    // Free-text questions only: a closed question's answers are a tally, never a wall.
    case 'wall:show':
      return questionExists(s, c.questionId) && wallable(s, c.questionId) ? null : 'not_found';
    case 'wall:order':
      return null;
    case 'session:end':
    case 'conclusion:set':
    case 'participantsExtra:set':
      return null;
    case 'aq:approve': {
      const q = visibleAq(s, c.questionId);
      if (!q) return 'not_found';
      // Recorded contributions are for the report, never put before the room's phones.
      if (q.by) return 'invalid_state';
      return q.status === 'published' || q.status === 'pending' || q.status === 'hidden' ? null : 'invalid_state';
    }
    case 'aq:hide': {
      const q = visibleAq(s, c.questionId);
      if (!q) return 'not_found';
      // A merged question lives on in the one it was merged into; hiding it would undo the merge.
      return q.status === 'merged' ? 'invalid_state' : null;
    }
    case 'aq:merge': {
      const from = visibleAq(s, c.questionId);
      const into = visibleAq(s, c.into);
      if (!from || !into || from.id === into.id) return 'not_found';
      if (from.by || into.by) return 'invalid_state';
      return into.status === 'merged' || into.status === 'hidden' || from.status === 'merged' ? 'invalid_state' : null;
    }
    case 'aq:pin': {
      const q = visibleAq(s, c.questionId);
      if (!q) return 'not_found';
      if (q.by && c.pinned) return 'invalid_state';
      return c.pinned && q.status !== 'published' ? 'invalid_state' : null;
    }
    case 'aq:answer': {
      const q = visibleAq(s, c.questionId);
      if (!q) return 'not_found';
      // Removing what is already gone is a retry: acknowledged, nothing happens.
      if (c.remove) return null;
      // A hidden question takes replies (and stays hidden); a pending or merged one does not.
      if (q.status === 'merged' || q.status === 'pending') return 'invalid_state';
      // Room for a new reply is the state's; what it says is the payload's (checked last).
      if (!q.replies.some((r) => r.id === c.replyId) && q.replies.length >= MAX_AQ_REPLIES) return 'invalid_state';
      if (cleanText(c.gist).length > MAX_GIST) return 'text_too_long';
      return !c.by.trim() && !cleanText(c.gist) ? 'invalid_payload' : null;
    }
    case 'notes:save':
      return speakerOf(s, c.speakerId) ? null : 'not_found';
    case 'aq:curate':
      return s.audienceQuestions[c.questionId] ? null : 'not_found';
    case 'cue:send':
      if (ended) return 'session_ended';
      // A typed message needs words; the other kinds carry none.
      return c.kind === 'text' && !cleanText(c.text) ? 'invalid_payload' : null;
    case 'cue:dismiss':
      // Dismissing what is already gone (or replaced) is a retry or a race: acknowledged, nothing happens.
      return null;
    case 'answer:record':
    case 'aq:record':
    case 'theme:set':
    case 'theme:remove':
    case 'answer:theme':
    case 'answer:duplicate':
    case 'answer:key':
    case 'report:order':
    case 'answer:translation':
      return contribRefusal(s, c);
    default:
      return exhaustive(c, 'command');
  }
}

/** The server's verdict on this command from this actor now: its role's right, then `refusal`. */
export function verdict(s: SessionState, actor: Actor, c: Command, now: number): ErrorCode | null {
  return can(actor.role, c.type) ? refusal(s, actor, c, now) : 'forbidden';
}

/** Whether the server would accept this command from this actor now. */
export const allowed = (s: SessionState, actor: Actor, c: Command, now: number): boolean =>
  verdict(s, actor, c, now) === null;

/**
 * Refusals about what was typed or about the sender's own pace and profile rather than whether the
 * action is open now: the form is still offered, and the refusal is shown when it is sent.
 */
export const FORM_REFUSALS: readonly ErrorCode[] = [
  'invalid_payload',
  'text_too_long',
  'rate_limited',
  'profile_required',
  'wrong_answer_kind',
  'unknown_option',
  'one_choice_only',
  'out_of_range',
  'too_many_words',
  'duplicate_rank',
];

/**
 * Whether a view offers this action now: allowed, or refused only for one of FORM_REFUSALS (an
 * empty draft, a text too long, a sender going too fast). Views pass the command they would send.
 */
export function offered(s: SessionState, actor: Actor, c: Command, now: number): boolean {
  return offeredFor(verdict(s, actor, c, now));
}

const offeredFor = (v: ErrorCode | null): boolean => v === null || FORM_REFUSALS.includes(v);

/**
 * `offered` for a participant's command (what the phone asks: it carries no staff rules, nor the
 * permission table: every participant command is the participants' alone, which
 * tests/shared/permissions/participantCommandsOnly.test.ts holds the table to).
 */
export function participantOffered(s: SessionState, actor: Actor, c: ParticipantCommand, now: number): boolean {
  return offeredFor(actor.role === 'participant' ? participantRefusal(s, actor, c, now) : 'forbidden');
}

/**
 * A probe for "may a new reply be recorded for this question now": a reply with no text yet, so
 * `offered()` ignores the payload. Never sent (its empty replyId is not a valid id).
 */
export const newReplyProbe = (questionId: string): Command => ({
  type: 'aq:answer',
  questionId,
  replyId: '',
  by: '',
  gist: '',
});

/** Probes for "is this form open now", with nothing typed yet: never sent (their empty ids are not valid). */
export const answerProbe = (questionId: string): ParticipantCommand => ({
  type: 'answer:submit',
  answerId: '',
  questionId,
  text: '',
});
export const askProbe = (): ParticipantCommand => ({ type: 'aq:ask', questionId: '', speakerId: null, text: '' });
