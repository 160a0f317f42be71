// decide(): the domain's rules. Given the state, who acts, a validated command and the server time,
// it returns the events to append, or a named refusal. Pure: the server only stores and sends.
// Whether a command is accepted is `refusal()`'s (shared/rules.ts), which the views ask too; this
// file only says what an accepted command does.
import type { Command } from './commands.js';
import { parseDefinition } from './definition.js';
import type { Language } from './definition.js';
import type { ErrorCode } from './errors.js';
import type { SessionEvent } from './events.js';
import { exhaustive } from './exhaustive.js';
import { closedOnMoveOn, questionsOfPhase } from './floor.js';
import { can } from './permissions.js';
import { plannedTimerMs } from './plannedDurations.js';
import { type Actor, cleanText, countsAnonymous, refusal, speakerOf, timerStartMs, visibleAq } from './rules.js';
import { stepKey } from './runOfShow.js';
import type { AnyCommand } from './serverCommands.js';
import type { AudienceQuestion, Phase, SessionState } from './state.js';
import { MAX_PHOTOS, photosOf, spokenMs } from './state.js';
import { adjustTimer, idleTimer, pauseTimer, resumeTimer, startTimer, timeLeft, type Timer } from './timer.js';
import { activeTurnOf } from './turns.js';
import { decideContrib } from './contrib/decide.js';
import { answerLanguage, type LanguageDetector } from './contrib/language.js';
import { closedFields, isClosedKind, isRevealed, kindOf, questionFields, sameClosed } from './kinds.js';
import { apply } from './reducer.js';
import { refreshEvents } from './results/refresh.js';
import { isWallShown, plusOnesOf, wallRefreshEvents } from './wall.js';

/** The state after one event, to decide what follows it in the same batch. */
const applyOne = (s: SessionState, event: SessionEvent, at: number): SessionState =>
  apply(s, { seq: s.seq + 1, at, event });

export { AQ_RATE, questionExists, type Actor } from './rules.js';

/** The server itself, issuing its own commands (serverCommands.ts). */
export interface SystemActor {
  role: 'system';
  participantId: null;
}
export const SYSTEM: SystemActor = { role: 'system', participantId: null };

export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; error: ErrorCode };

/** What the server lends decide(): a language detector (a library the phone bundle never loads). */
export interface DecideEnv {
  detectLanguage?: LanguageDetector;
}

const ok = (...events: SessionEvent[]): Decision => ({ ok: true, events });
const no = (error: ErrorCode): Decision => ({ ok: false, error });

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

/** A participant is let into the room on a first connect. */
function joinEvent(participantId: string, language: Language, s: SessionState): SessionEvent {
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

/** An approved question as sent to the whole room: without the rapporteur's curation, which stays staff-only. */
const publishedCopy = (q: AudienceQuestion): AudienceQuestion => ({
  ...q,
  status: 'published',
  included: true,
  highlight: false,
  correctedText: null,
  everPublished: true,
});

/**
 * An answer hidden, withdrawn or approved on a question whose wall is shown on phones: the wall's
 * copy follows in the same batch, so a hidden or withdrawn answer leaves the phones at once (other
 * changes follow within a refresh, server/wallRefresher.ts).
 */
function withWall(s: SessionState, questionId: string, now: number, event: SessionEvent): Decision {
  if (!isWallShown(s, questionId)) return ok(event);
  return ok(event, ...wallRefreshEvents(applyOne(s, event, now), [questionId]));
}

/**
 * The rules for every command, a client's or the server's own. Who may issue which is the
 * permission table's business (the engine checks it first); a client's command by the system
 * actor is refused here too, as it has no role to act with.
 */
export function decide(
  s: SessionState,
  actor: Actor | SystemActor,
  c: AnyCommand,
  now: number,
  env: DecideEnv = {},
): Decision {
  switch (c.type) {
    case 'session:create':
      if (s.seq !== 0) return no('invalid_state');
      return ok({ type: 'session:created', code: s.code, definition: s.definition });
    case 'participant:join':
      if (s.participants[c.participantId]) return ok();
      return ok(joinEvent(c.participantId, c.language, s));
    case 'participant:presence': {
      const p = s.participants[c.participantId];
      return !p || p.connected === c.connected
        ? ok()
        : ok({ type: 'participant:presence', participantId: c.participantId, connected: c.connected });
    }
    case 'photo:set':
      return ok({ type: 'photo:set', photo: c.photo });
    case 'photo:add':
      // The same photo twice (a retried upload) is already there.
      if (photosOf(s).some((p) => p.id === c.photo.id)) return ok();
      return photosOf(s).length >= MAX_PHOTOS ? no('too_large') : ok({ type: 'photo:added', photo: c.photo });
    case 'photo:remove':
      return photosOf(s).some((p) => p.id === c.id) ? ok({ type: 'photo:removed', id: c.id }) : no('not_found');
    case 'results:refresh':
      return ok(...refreshEvents(s, c.questionIds));
    case 'wall:refresh':
      return ok(...wallRefreshEvents(s));
    case 'participants:erase':
      // Once: nothing left to erase decides no event (another node, or a rerun after a restart).
      return Object.values(s.participants).some((p) => p.name || p.organization || p.country)
        ? ok({ type: 'participants:erased' })
        : ok();
    case 'report:download':
      return actor.role === 'moderator' || actor.role === 'rapporteur'
        ? ok({ type: 'report:downloaded', format: c.format, by: actor.role })
        : no('forbidden');
    default:
      return actor.role === 'system' ? no('forbidden') : decideCommand(s, actor, c, now, env);
  }
}

function decideCommand(s: SessionState, actor: Actor, c: Command, now: number, env: DecideEnv): Decision {
  const refused = refusal(s, actor, c, now);
  if (refused) return no(refused);
  const pid = actor.participantId ?? '';
  switch (c.type) {
    case 'phase:set': {
      if (c.phase.kind === 'ended') return endSession(s);
      const events: SessionEvent[] = [];
      const turn = activeTurnOf(s);
      const endsTurn = !!turn && !(c.phase.kind === 'speaker' && c.phase.speakerId === turn.speakerId);
      if (turn && endsTurn) events.push({ type: 'turn:ended', speakerId: turn.speakerId });
      events.push({ type: 'phase:changed', phase: c.phase });
      // The step's own clock comes with it, in the same batch: nobody sees the new step with the old time.
      const timer = timerOnPhaseSet(s, c.phase, endsTurn);
      if (timer) events.push({ type: 'timer:set', timer });
      // What was on the floor closes as the room moves on (shared/floor.ts), unless kept open.
      const closing = closedOnMoveOn(s, c.phase);
      if (closing.length) events.push({ type: 'answering:closed', questionIds: closing });
      const toOpen = questionsOfPhase(s, c.phase).filter((q) => !s.openQuestions.includes(q));
      if (toOpen.length) events.push({ type: 'answering:opened', questionIds: toOpen });
      if (c.phase.kind === 'audience' && !s.audienceOpen) events.push({ type: 'audience:toggled', open: true });
      return ok(...events);
    }
    case 'timer:start': {
      // A paused speaker whose clock is started again is speaking again.
      const t = activeTurnOf(s);
      const resume: SessionEvent[] = t && t.pausedAt !== null ? [{ type: 'turn:resumed', speakerId: t.speakerId }] : [];
      return ok({ type: 'timer:set', timer: startTimer(timerStartMs(s, c.durationMs, now), now) }, ...resume);
    }
    case 'timer:pause': {
      const t = activeTurnOf(s);
      const events: SessionEvent[] = [{ type: 'timer:set', timer: pauseTimer(s.timer, now) }];
      if (t && t.pausedAt === null) events.push({ type: 'turn:paused', speakerId: t.speakerId });
      return ok(...events);
    }
    case 'timer:resume': {
      const t = activeTurnOf(s);
      const events: SessionEvent[] = [{ type: 'timer:set', timer: resumeTimer(s.timer, now) }];
      if (t && t.pausedAt !== null) events.push({ type: 'turn:resumed', speakerId: t.speakerId });
      return ok(...events);
    }
    case 'timer:adjust':
      return ok({ type: 'timer:set', timer: adjustTimer(s.timer, c.deltaMs) });
    case 'timer:reset':
      // Without a duration: the current step's planned time (the timer's own outside any step).
      return ok({
        type: 'timer:set',
        timer: idleTimer(c.durationMs ?? plannedTimerMs(s, s.phase) ?? s.timer.durationMs),
      });
    case 'speakers:reorder':
      return ok({ type: 'speakers:reordered', order: c.order });
    case 'turn:start': {
      const sp = speakerOf(s, c.speakerId)!;
      const events: SessionEvent[] = endTurnEvents(s);
      if (!(s.phase.kind === 'speaker' && s.phase.speakerId === sp.id)) {
        const phase = { kind: 'speaker', speakerId: sp.id } as const;
        events.push({ type: 'phase:changed', phase });
        const closing = closedOnMoveOn(s, phase);
        if (closing.length) events.push({ type: 'answering:closed', questionIds: closing });
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
      const t = activeTurnOf(s)!;
      return ok(
        { type: 'turn:paused', speakerId: t.speakerId },
        { type: 'timer:set', timer: pauseTimer(s.timer, now) },
      );
    }
    case 'turn:resume': {
      const t = activeTurnOf(s)!;
      return ok(
        { type: 'turn:resumed', speakerId: t.speakerId },
        { type: 'timer:set', timer: resumeTimer(s.timer, now) },
      );
    }
    case 'turn:end': {
      const t = activeTurnOf(s)!;
      const left = timeLeft(s.timer, now);
      return ok(
        { type: 'turn:ended', speakerId: t.speakerId },
        // Freeze the display at what was left, so the overrun stays visible after the turn.
        { type: 'timer:set', timer: { status: 'paused', durationMs: s.timer.durationMs, remainingMs: left } },
      );
    }
    case 'answering:open':
    case 'answering:close': {
      const opening = c.type === 'answering:open';
      const ids = [...new Set(c.questionIds)].filter((q) => s.openQuestions.includes(q) !== opening);
      if (!ids.length) return ok();
      return ok(
        opening ? { type: 'answering:opened', questionIds: ids } : { type: 'answering:closed', questionIds: ids },
      );
    }
    case 'answer:moderate': {
      const a = s.answers[c.answerId]!;
      const approved = c.approved ?? a.approved;
      return withWall(s, a.questionId, now, {
        type: 'answer:moderated',
        answerId: a.id,
        hidden: c.hidden ?? a.hidden,
        featured: c.featured ?? a.featured,
        ...(approved === undefined ? {} : { approved }),
      });
    }
    case 'audience:toggle':
      return c.open === s.audienceOpen ? ok() : ok({ type: 'audience:toggled', open: c.open });
    case 'definition:update': {
      // The schema's normalization (trims, defaults) of a definition refusal() found consistent.
      const r = parseDefinition(c.definition);
      if (!r.ok) return no('invalid_payload');
      // Kinds, options or the results default may have changed: every closed tally is sent again
      // after it, to whoever may now see it (phones drop results no longer shown: see the reducer).
      const updated: SessionEvent = { type: 'definition:updated', definition: r.definition };
      const next = applyOne(s, updated, now);
      return ok(updated, ...refreshEvents(next, undefined, true), ...wallRefreshEvents(next));
    }
    case 'session:end':
      return s.phase.kind === 'ended' ? ok() : endSession(s);
    case 'profile:set': {
      const anonymous = countsAnonymous(s.definition.identity, c.anonymous);
      const fields = anonymous
        ? { name: '', organization: '', country: '' }
        : { name: c.name.trim(), organization: c.organization.trim(), country: c.country.trim() };
      return ok({ type: 'participant:updated', participantId: pid, ...fields, language: c.language, anonymous });
    }
    case 'answer:submit': {
      if (s.answers[c.answerId]) return ok();
      const q = questionFields(s, c.questionId) ?? {};
      const text = isClosedKind(kindOf(q)) ? '' : cleanText(c.text ?? '');
      const language = answerLanguage(s.participants[pid]?.language ?? s.definition.language, text, env.detectLanguage);
      return ok({
        type: 'answer:submitted',
        answerId: c.answerId,
        participantId: pid,
        questionId: c.questionId,
        text,
        language,
        ...closedFields(q, c),
      });
    }
    case 'answer:edit': {
      const a = s.answers[c.answerId]!;
      const q = questionFields(s, a.questionId) ?? {};
      const text = isClosedKind(kindOf(q)) ? '' : cleanText(c.text ?? '');
      const fields = closedFields(q, c);
      return text === a.text && sameClosed(fields, a)
        ? ok()
        : ok({ type: 'answer:edited', answerId: c.answerId, text, ...fields });
    }
    case 'results:reveal': {
      if (isRevealed(s, c.questionId) === c.shown) return ok();
      const revealed: SessionEvent = { type: 'results:revealed', questionId: c.questionId, shown: c.shown };
      // The tally follows at once, to whoever may see it now (the phones just lost it, or gain it).
      return ok(revealed, ...refreshEvents(applyOne(s, revealed, now), [c.questionId], true));
    }
    case 'answer:withdraw': {
      const a = s.answers[c.answerId]!;
      return a.withdrawn ? ok() : withWall(s, a.questionId, now, { type: 'answer:withdrawn', answerId: a.id });
    }
    case 'aq:ask': {
      if (s.audienceQuestions[c.questionId]) return ok();
      const question: AudienceQuestion = {
        id: c.questionId,
        participantId: pid,
        speakerId: c.speakerId,
        text: cleanText(c.text),
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
      const q = visibleAq(s, c.questionId)!;
      if (q.voters.includes(pid) === c.up) return ok();
      return ok({ type: 'aq:voted', questionId: q.id, participantId: pid, up: c.up });
    }
    case 'aq:withdraw': {
      const q = s.audienceQuestions[c.questionId]!;
      return q.withdrawn ? ok() : ok({ type: 'aq:withdrawn', questionId: q.id });
    }
    case 'aq:approve': {
      const q = visibleAq(s, c.questionId)!;
      return q.status === 'published' ? ok() : ok({ type: 'aq:published', question: publishedCopy(q) });
    }
    case 'aq:hide': {
      const q = visibleAq(s, c.questionId)!;
      return q.status === 'hidden' ? ok() : ok({ type: 'aq:hidden', questionId: q.id });
    }
    case 'aq:merge': {
      const from = visibleAq(s, c.questionId)!;
      const into = visibleAq(s, c.into)!;
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
      const q = visibleAq(s, c.questionId)!;
      return q.pinned === c.pinned ? ok() : ok({ type: 'aq:pinned', questionId: q.id, pinned: c.pinned });
    }
    case 'aq:answer': {
      const q = visibleAq(s, c.questionId)!;
      const existing = q.replies.find((r) => r.id === c.replyId);
      if (c.remove) return existing ? ok({ type: 'aq:replyRemoved', questionId: q.id, replyId: c.replyId }) : ok();
      const by = c.by.trim();
      const gist = cleanText(c.gist);
      if (existing && existing.by === by && existing.gist === gist) return ok();
      return ok({ type: 'aq:answered', questionId: q.id, replyId: c.replyId, by, gist });
    }
    case 'notes:save': {
      const cur = s.notes[c.speakerId];
      const rev = (cur?.rev ?? 0) + 1;
      // Someone saved since this editor loaded: keep their version recoverable instead of losing it.
      const overwritten = cur && c.baseRev !== cur.rev ? { text: cur.text, by: cur.by, at: cur.at } : null;
      return ok({ type: 'notes:saved', speakerId: c.speakerId, text: c.text, by: actor.role, rev, overwritten });
    }
    case 'answer:curate': {
      const a = s.answers[c.answerId]!;
      return ok({
        type: 'answer:curated',
        answerId: a.id,
        included: c.included ?? a.included,
        highlight: c.highlight ?? a.highlight,
        correctedText: c.correctedText === undefined ? a.correctedText : c.correctedText,
      });
    }
    case 'aq:curate': {
      const q = s.audienceQuestions[c.questionId]!;
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
    case 'cue:send': {
      if (s.cue?.id === c.cueId) return ok();
      const text = c.kind === 'text' ? cleanText(c.text) : '';
      return ok({ type: 'cue:sent', cue: { id: c.cueId, kind: c.kind, text, flash: c.flash } });
    }
    case 'cue:dismiss':
      return s.cue?.id === c.cueId ? ok({ type: 'cue:dismissed', cueId: c.cueId }) : ok();
    case 'answer:record':
    case 'aq:record':
    case 'theme:set':
    case 'theme:remove':
    case 'answer:theme':
    case 'answer:duplicate':
    case 'answer:key':
    case 'report:order':
    case 'answer:translation':
      return ok(...decideContrib(s, actor, c, now, env.detectLanguage));
    case 'floor:keepOpen':
      return !!s.keepFloorOpen === c.keep ? ok() : ok({ type: 'floor:keepOpenSet', keep: c.keep });
    case 'wall:show': {
      if (isWallShown(s, c.questionId) === c.shown) return ok();
      const shown: SessionEvent = { type: 'wall:shown', questionId: c.questionId, shown: c.shown };
      // The whole wall follows at once, to the phones that may now see it.
      return ok(shown, ...(c.shown ? wallRefreshEvents(applyOne(s, shown, now), [c.questionId], true) : []));
    }
    case 'wall:order':
      return (s.wallOrder ?? 'time') === c.by ? ok() : ok({ type: 'wall:ordered', by: c.by });
    case 'answer:plusOne':
      // refusal() accepted it: a repeat of what holds decides nothing (never counted twice).
      return plusOnesOf(s, c.answerId).includes(pid) === c.on
        ? ok()
        : ok({ type: 'answer:plusOned', answerId: c.answerId, participantId: pid, on: c.on });
    default:
      return exhaustive(c, 'command');
  }
}

/**
 * Whether the command would be accepted from this actor now AND change something (not a retry or a
 * no-op): a control worth showing. For staff views (it loads the schemas through decide()).
 */
export function effective(s: SessionState, actor: Actor, c: Command, now: number): boolean {
  if (!can(actor.role, c.type)) return false;
  const d = decide(s, actor, c, now);
  return d.ok && d.events.length > 0;
}
