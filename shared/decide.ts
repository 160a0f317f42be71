// decide(): the domain's rules. Given the state, who acts, a validated command and the server time,
// it returns the events to append, or a named refusal. Pure: the server only stores and sends.
import type { Command } from './commands.js';
import { allQuestions, parseDefinition } from './definition.js';
import type { ErrorCode } from './errors.js';
import type { SessionEvent } from './events.js';
import { exhaustive } from './exhaustive.js';
import type { Answer, AudienceQuestion, Phase, Role, SessionState } from './state.js';
import { MAX_AQ_REPLIES, spokenMs } from './state.js';
import { activeTurnOf } from './turns.js';
import { plannedTimerMs } from './plannedDurations.js';
import { stepKey } from './runOfShow.js';
import { adjustTimer, idleTimer, pauseTimer, resumeTimer, startTimer, timeLeft, type Timer } from './timer.js';
import type { Language } from './definition.js';

export interface Actor {
  role: Role;
  /** Set for participants only. */
  participantId: string | null;
}

export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; error: ErrorCode };

const ok = (...events: SessionEvent[]): Decision => ({ ok: true, events });
const no = (error: ErrorCode): Decision => ({ ok: false, error });

export const questionExists = (s: SessionState, id: string): boolean =>
  allQuestions(s.definition).some((q) => q.id === id);
const speakerOf = (s: SessionState, id: string) => s.definition.speakers.find((sp) => sp.id === id);

function phaseValid(s: SessionState, p: Phase): boolean {
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

/** Question ids a phase puts on the floor (opened for answers when the phase begins). */
export function questionsOfPhase(s: SessionState, p: Phase): string[] {
  if (p.kind === 'question') return [p.questionId];
  if (p.kind === 'round') return s.definition.rounds.find((r) => r.id === p.roundId)?.questions.map((q) => q.id) ?? [];
  return [];
}

const samePhase = (a: Phase, b: Phase): boolean => a.kind === b.kind && stepKey(a) === stepKey(b);

/**
 * The timer a move to `phase` sets, or null to leave it: a step's planned time, idle. Re-selecting
 * the current step leaves its clock; a timer running outside a speaker's turn (one timing a whole
 * round, say) keeps running; a speaker who already spoke gets their time when the turn continues.
 */
function timerOnPhaseSet(s: SessionState, phase: Phase, endsTurn: boolean): Timer | null {
  if (!endsTurn && samePhase(s.phase, phase)) return null;
  const planned = plannedTimerMs(s, phase);
  if (phase.kind === 'speaker') {
    if (planned !== null && !s.turns[phase.speakerId]) return idleTimer(planned);
  } else if (planned !== null && !(s.timer.status === 'running' && !endsTurn)) {
    return idleTimer(planned);
  }
  // The clock of the turn that just ended is not the next step's.
  return endsTurn && s.timer.status !== 'idle' ? idleTimer(0) : null;
}

function endTurnEvents(s: SessionState): SessionEvent[] {
  const t = activeTurnOf(s);
  return t ? [{ type: 'turn:ended', speakerId: t.speakerId }] : [];
}

function endSession(s: SessionState): Decision {
  return ok(...endTurnEvents(s), { type: 'session:ended' });
}

/** A participant is let into the room: the event the server appends on a first connect. */
export function joinEvent(participantId: string, language: Language, s: SessionState): SessionEvent {
  return {
    type: 'participant:joined',
    participantId,
    name: '',
    organization: '',
    country: '',
    language,
    anonymous: s.definition.identity !== 'named',
  };
}

const cleanText = (t: string): string => t.replace(/\r\n?/g, '\n').trim();

function profileMissing(s: SessionState, pid: string): boolean {
  if (s.definition.identity !== 'named') return false;
  const p = s.participants[pid];
  return !p?.name.trim() || !p.organization.trim() || !p.country.trim();
}

function ownedAnswer(s: SessionState, actor: Actor, answerId: string): { error: ErrorCode } | { answer: Answer } {
  const a = s.answers[answerId];
  if (!a) return { error: 'not_found' };
  if (a.participantId !== actor.participantId) return { error: 'forbidden' };
  if (a.withdrawn) return { error: 'not_found' };
  if (!s.openQuestions.includes(a.questionId)) return { error: 'question_closed' };
  return { answer: a };
}

function textError(s: SessionState, text: string): ErrorCode | null {
  if (!text) return 'invalid_payload';
  if (text.length > s.definition.maxAnswerLength) return 'text_too_long';
  return null;
}

/** An approved question as sent to the whole room: without the rapporteur's curation, which stays staff-only. */
const publishedCopy = (q: AudienceQuestion): AudienceQuestion => ({
  ...q,
  status: 'published',
  included: true,
  highlight: false,
  correctedText: null,
  everPublished: true,
});

function visibleAq(s: SessionState, id: string): AudienceQuestion | null {
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

export function decide(s: SessionState, actor: Actor, c: Command, now: number): Decision {
  const ended = s.phase.kind === 'ended';
  const pid = actor.participantId ?? '';
  switch (c.type) {
    case 'phase:set': {
      if (ended) return no('session_ended');
      if (!phaseValid(s, c.phase)) return no('not_found');
      if (c.phase.kind === 'ended') return endSession(s);
      const events: SessionEvent[] = [];
      const turn = activeTurnOf(s);
      const endsTurn = !!turn && !(c.phase.kind === 'speaker' && c.phase.speakerId === turn.speakerId);
      if (turn && endsTurn) events.push({ type: 'turn:ended', speakerId: turn.speakerId });
      events.push({ type: 'phase:changed', phase: c.phase });
      // The step's own clock comes with it, in the same batch: nobody sees the new step with the old time.
      const timer = timerOnPhaseSet(s, c.phase, endsTurn);
      if (timer) events.push({ type: 'timer:set', timer });
      const toOpen = questionsOfPhase(s, c.phase).filter((q) => !s.openQuestions.includes(q));
      if (toOpen.length) events.push({ type: 'answering:opened', questionIds: toOpen });
      if (c.phase.kind === 'audience' && !s.audienceOpen) events.push({ type: 'audience:toggled', open: true });
      return ok(...events);
    }
    case 'timer:start': {
      if (ended) return no('session_ended');
      const d = c.durationMs ?? s.timer.durationMs;
      if (d <= 0) return no('invalid_state');
      // A paused speaker whose clock is started again is speaking again.
      const t = activeTurnOf(s);
      const resume: SessionEvent[] = t && t.pausedAt !== null ? [{ type: 'turn:resumed', speakerId: t.speakerId }] : [];
      return ok({ type: 'timer:set', timer: startTimer(d, now) }, ...resume);
    }
    case 'timer:pause': {
      if (s.timer.status !== 'running') return no('invalid_state');
      const t = activeTurnOf(s);
      const events: SessionEvent[] = [{ type: 'timer:set', timer: pauseTimer(s.timer, now) }];
      if (t && t.pausedAt === null) events.push({ type: 'turn:paused', speakerId: t.speakerId });
      return ok(...events);
    }
    case 'timer:resume': {
      if (s.timer.status !== 'paused') return no('invalid_state');
      const t = activeTurnOf(s);
      const events: SessionEvent[] = [{ type: 'timer:set', timer: resumeTimer(s.timer, now) }];
      if (t && t.pausedAt !== null) events.push({ type: 'turn:resumed', speakerId: t.speakerId });
      return ok(...events);
    }
    // The clock of an ended session is stopped for good (session:ended sets it idle).
    case 'timer:adjust':
      if (ended) return no('session_ended');
      return ok({ type: 'timer:set', timer: adjustTimer(s.timer, c.deltaMs) });
    case 'timer:reset':
      if (ended) return no('session_ended');
      // Without a duration: the current step's planned time (the timer's own outside any step).
      return ok({
        type: 'timer:set',
        timer: idleTimer(c.durationMs ?? plannedTimerMs(s, s.phase) ?? s.timer.durationMs),
      });
    case 'speakers:reorder': {
      const cur = [...s.speakerOrder].sort();
      const next = [...c.order].sort();
      if (cur.length !== next.length || cur.some((x, i) => x !== next[i])) return no('invalid_payload');
      return ok({ type: 'speakers:reordered', order: c.order });
    }
    case 'turn:start': {
      if (ended) return no('session_ended');
      const sp = speakerOf(s, c.speakerId);
      if (!sp) return no('not_found');
      const cur = activeTurnOf(s);
      if (cur?.speakerId === sp.id) return no('invalid_state');
      const events: SessionEvent[] = endTurnEvents(s);
      if (!(s.phase.kind === 'speaker' && s.phase.speakerId === sp.id)) {
        events.push({ type: 'phase:changed', phase: { kind: 'speaker', speakerId: sp.id } });
      }
      const prev = s.turns[sp.id];
      const allotted = sp.minutes * 60_000;
      // A continued turn gets what is left of the allotted time (negative when already over).
      const remaining = prev ? allotted - spokenMs(prev, now) : allotted;
      events.push({ type: 'turn:started', speakerId: sp.id });
      events.push({ type: 'timer:set', timer: { status: 'running', durationMs: allotted, endsAt: now + remaining } });
      return ok(...events);
    }
    case 'turn:pause': {
      const t = activeTurnOf(s);
      if (!t || t.pausedAt !== null) return no('invalid_state');
      return ok(
        { type: 'turn:paused', speakerId: t.speakerId },
        { type: 'timer:set', timer: pauseTimer(s.timer, now) },
      );
    }
    case 'turn:resume': {
      const t = activeTurnOf(s);
      if (!t || t.pausedAt === null) return no('invalid_state');
      return ok(
        { type: 'turn:resumed', speakerId: t.speakerId },
        { type: 'timer:set', timer: resumeTimer(s.timer, now) },
      );
    }
    case 'turn:end': {
      const t = activeTurnOf(s);
      if (!t) return no('invalid_state');
      const left = timeLeft(s.timer, now);
      return ok(
        { type: 'turn:ended', speakerId: t.speakerId },
        // Freeze the display at what was left, so the overrun stays visible after the turn.
        { type: 'timer:set', timer: { status: 'paused', durationMs: s.timer.durationMs, remainingMs: left } },
      );
    }
    case 'answering:open':
    case 'answering:close': {
      if (c.type === 'answering:open' && ended) return no('session_ended');
      if (!c.questionIds.every((q) => questionExists(s, q))) return no('not_found');
      const opening = c.type === 'answering:open';
      const ids = [...new Set(c.questionIds)].filter((q) => s.openQuestions.includes(q) !== opening);
      if (!ids.length) return ok();
      return ok(
        opening ? { type: 'answering:opened', questionIds: ids } : { type: 'answering:closed', questionIds: ids },
      );
    }
    case 'answer:moderate': {
      const a = s.answers[c.answerId];
      if (!a) return no('not_found');
      return ok({
        type: 'answer:moderated',
        answerId: a.id,
        hidden: c.hidden ?? a.hidden,
        featured: c.featured ?? a.featured,
      });
    }
    case 'audience:toggle':
      if (ended && c.open) return no('session_ended');
      return c.open === s.audienceOpen ? ok() : ok({ type: 'audience:toggled', open: c.open });
    case 'definition:update': {
      const r = parseDefinition(c.definition);
      if (!r.ok) return no('invalid_payload');
      return ok({ type: 'definition:updated', definition: r.definition });
    }
    case 'session:end':
      return ended ? ok() : endSession(s);
    case 'profile:set': {
      const p = s.participants[pid];
      if (!p) return no('forbidden');
      const mode = s.definition.identity;
      const anonymous = mode === 'anonymous' || (mode === 'optional' && c.anonymous);
      const fields = anonymous
        ? { name: '', organization: '', country: '' }
        : { name: c.name.trim(), organization: c.organization.trim(), country: c.country.trim() };
      if (mode === 'named' && (!fields.name || !fields.organization || !fields.country)) return no('profile_required');
      if (mode === 'optional' && !anonymous && !fields.name) return no('profile_required');
      return ok({ type: 'participant:updated', participantId: pid, ...fields, language: c.language, anonymous });
    }
    case 'answer:submit': {
      // A re-send of what was already stored is acknowledged first, even after the end: it was not lost.
      const existing = s.answers[c.answerId];
      if (existing) return existing.participantId === pid ? ok() : no('forbidden');
      if (ended) return no('session_ended');
      if (!questionExists(s, c.questionId)) return no('not_found');
      if (!s.openQuestions.includes(c.questionId)) return no('question_closed');
      if (profileMissing(s, pid)) return no('profile_required');
      const text = cleanText(c.text);
      const err = textError(s, text);
      if (err) return no(err);
      return ok({ type: 'answer:submitted', answerId: c.answerId, participantId: pid, questionId: c.questionId, text });
    }
    case 'answer:edit': {
      const o = ownedAnswer(s, actor, c.answerId);
      if ('error' in o) return no(o.error);
      const text = cleanText(c.text);
      const err = textError(s, text);
      if (err) return no(err);
      return text === o.answer.text ? ok() : ok({ type: 'answer:edited', answerId: c.answerId, text });
    }
    case 'answer:withdraw': {
      const a = s.answers[c.answerId];
      if (a?.withdrawn && a.participantId === pid) return ok();
      const o = ownedAnswer(s, actor, c.answerId);
      if ('error' in o) return no(o.error);
      return ok({ type: 'answer:withdrawn', answerId: c.answerId });
    }
    case 'aq:ask': {
      const existing = s.audienceQuestions[c.questionId];
      if (existing) return existing.participantId === pid ? ok() : no('forbidden');
      if (ended) return no('session_ended');
      if (!s.audienceOpen) return no('questions_closed');
      if (c.speakerId !== null && !speakerOf(s, c.speakerId)) return no('not_found');
      if (recentQuestions(s, pid, now) >= AQ_RATE.perWindow) return no('rate_limited');
      if (profileMissing(s, pid)) return no('profile_required');
      const text = cleanText(c.text);
      const err = textError(s, text);
      if (err) return no(err);
      const question: AudienceQuestion = {
        id: c.questionId,
        participantId: pid,
        speakerId: c.speakerId,
        text,
        createdAt: now,
        status: s.definition.moderation === 'approve' ? 'pending' : 'published',
        voters: [],
        mergedInto: null,
        pinned: false,
        replies: [],
        withdrawn: false,
        included: true,
        highlight: false,
        correctedText: null,
      };
      return ok({ type: 'aq:asked', question });
    }
    case 'aq:vote': {
      const q = visibleAq(s, c.questionId);
      if (q?.status !== 'published') return no('not_found');
      if (q.participantId === pid) return no('invalid_state');
      if (q.voters.includes(pid) === c.up) return ok();
      return ok({ type: 'aq:voted', questionId: q.id, participantId: pid, up: c.up });
    }
    case 'aq:withdraw': {
      const q = s.audienceQuestions[c.questionId];
      if (!q) return no('not_found');
      if (q.participantId !== pid) return no('forbidden');
      return q.withdrawn ? ok() : ok({ type: 'aq:withdrawn', questionId: q.id });
    }
    case 'aq:approve': {
      const q = visibleAq(s, c.questionId);
      if (!q) return no('not_found');
      if (q.status === 'published') return ok();
      if (q.status !== 'pending' && q.status !== 'hidden') return no('invalid_state');
      return ok({ type: 'aq:published', question: publishedCopy(q) });
    }
    case 'aq:hide': {
      const q = visibleAq(s, c.questionId);
      if (!q) return no('not_found');
      return q.status === 'hidden' ? ok() : ok({ type: 'aq:hidden', questionId: q.id });
    }
    case 'aq:merge': {
      const from = visibleAq(s, c.questionId);
      const into = visibleAq(s, c.into);
      if (!from || !into || from.id === into.id) return no('not_found');
      if (into.status === 'merged' || into.status === 'hidden' || from.status === 'merged') return no('invalid_state');
      const events: SessionEvent[] = [];
      // Merging into a question still awaiting approval publishes it: the merge is a moderator's choice.
      if (into.status === 'pending') events.push({ type: 'aq:published', question: publishedCopy(into) });
      // Every distinct voter once; the duplicate's asker counts as a voter of the kept question.
      const voters = [...new Set([...into.voters, from.participantId, ...from.voters])].filter(
        (v) => v !== into.participantId,
      );
      events.push({ type: 'aq:merged', questionId: from.id, into: into.id, voters });
      return ok(...events);
    }
    case 'aq:pin': {
      const q = visibleAq(s, c.questionId);
      if (!q) return no('not_found');
      if (c.pinned && q.status !== 'published') return no('invalid_state');
      return q.pinned === c.pinned ? ok() : ok({ type: 'aq:pinned', questionId: q.id, pinned: c.pinned });
    }
    case 'aq:answer': {
      const q = visibleAq(s, c.questionId);
      if (!q) return no('not_found');
      const existing = q.replies.find((r) => r.id === c.replyId);
      // Removing what is already gone is a retry: acknowledged, nothing happens.
      if (c.remove) return existing ? ok({ type: 'aq:replyRemoved', questionId: q.id, replyId: c.replyId }) : ok();
      // A hidden question takes replies (and stays hidden); a pending or merged one does not.
      if (q.status === 'merged' || q.status === 'pending') return no('invalid_state');
      const by = c.by.trim();
      const gist = cleanText(c.gist);
      if (gist.length > 20_000) return no('text_too_long');
      if (!by && !gist) return no('invalid_payload');
      if (existing)
        return existing.by === by && existing.gist === gist
          ? ok()
          : ok({ type: 'aq:answered', questionId: q.id, replyId: c.replyId, by, gist });
      if (q.replies.length >= MAX_AQ_REPLIES) return no('invalid_state');
      return ok({ type: 'aq:answered', questionId: q.id, replyId: c.replyId, by, gist });
    }
    case 'notes:save': {
      if (!speakerOf(s, c.speakerId)) return no('not_found');
      const cur = s.notes[c.speakerId];
      const rev = (cur?.rev ?? 0) + 1;
      // Someone saved since this editor loaded: keep their version recoverable instead of losing it.
      const overwritten = cur && c.baseRev !== cur.rev ? { text: cur.text, by: cur.by, at: cur.at } : null;
      return ok({ type: 'notes:saved', speakerId: c.speakerId, text: c.text, by: actor.role, rev, overwritten });
    }
    case 'answer:curate': {
      const a = s.answers[c.answerId];
      if (!a) return no('not_found');
      return ok({
        type: 'answer:curated',
        answerId: a.id,
        included: c.included ?? a.included,
        highlight: c.highlight ?? a.highlight,
        correctedText: c.correctedText === undefined ? a.correctedText : c.correctedText,
      });
    }
    case 'aq:curate': {
      const q = s.audienceQuestions[c.questionId];
      if (!q) return no('not_found');
      return ok({
        type: 'aq:curated',
        questionId: q.id,
        included: c.included ?? q.included,
        highlight: c.highlight ?? q.highlight,
        correctedText: c.correctedText === undefined ? q.correctedText : c.correctedText,
      });
    }
    case 'conclusion:set':
      return ok({ type: 'conclusion:set', text: c.text, by: actor.role });
    case 'participantsExtra:set':
      return ok({ type: 'participantsExtra:set', text: c.text.trim() });
    default:
      return exhaustive(c, 'command');
  }
}
