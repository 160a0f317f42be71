// The reducer: apply(state, envelope) → state. Pure, deterministic, shared by server and clients.
// Events the viewer never saw in full (e.g. an edit of someone else's answer) are ignored safely.
import type { EventEnvelope, SessionEvent } from './events.js';
import { exhaustive } from './exhaustive.js';
import { applyContrib } from './contrib/reducer.js';
import { applyErasure } from './retentionReducer.js';
import { applyPlusOne, applyWallUpdate, dropHiddenWalls, dropWall } from './wall.js';
import { isClosedQuestion, isRevealed } from './kinds.js';
import type { ClosedAnswerFields } from './questionKinds.js';
import {
  freshAnswer,
  initialState,
  LEGACY_REPLY_ID,
  photosOf,
  upgradeAq,
  type AudienceQuestion,
  type SessionState,
} from './state.js';

export function apply(state: SessionState, env: EventEnvelope): SessionState {
  const s = applyEvent(state, env.event, env.at);
  return s === state ? { ...state, seq: env.seq } : { ...s, seq: env.seq };
}

export function applyAll(state: SessionState, envs: readonly EventEnvelope[]): SessionState {
  let s = state;
  for (const e of envs) if (e.seq > s.seq) s = apply(s, e);
  return s;
}

/** Rebuilds a session from its complete log; the first event must be session:created. */
export function replay(envs: readonly EventEnvelope[]): SessionState {
  const first = envs[0];
  if (first?.event.type !== 'session:created') throw new Error('log must start with session:created');
  return applyAll(initialState(first.event.code, first.event.definition, first.at), envs);
}

function updateAq(s: SessionState, id: string, f: (q: AudienceQuestion) => AudienceQuestion): SessionState {
  const q = s.audienceQuestions[id];
  return q ? { ...s, audienceQuestions: { ...s.audienceQuestions, [id]: f(upgradeAq(q)) } } : s;
}

/** A closed answer's fields as an event carries them: whatever it holds beside its own keys. */
const closedOf = ({
  type: _t,
  answerId: _a,
  text: _x,
  ...rest
}: ClosedAnswerFields & { type: string; answerId: string; text: string }) => {
  const {
    participantId: _p,
    questionId: _q,
    ...closed
  } = rest as ClosedAnswerFields & { participantId?: string; questionId?: string };
  return closed;
};

/**
 * Drops the tallies the room may no longer see (hidden again, or no longer a closed question): a
 * phone must not keep them; the screens get them again in the same batch (decide's refresh).
 */
function dropHiddenResults(s: SessionState): SessionState {
  if (!s.results) return s;
  const keep = Object.entries(s.results).filter(([q]) => isClosedQuestion(s, q) && isRevealed(s, q));
  if (keep.length === Object.keys(s.results).length) return s;
  const { results: _, ...rest } = s;
  // No tally left: no key at all, as in a state that never had one (viewFor agrees).
  return keep.length ? { ...rest, results: Object.fromEntries(keep) } : rest;
}

function applyEvent(s: SessionState, e: SessionEvent, at: number): SessionState {
  switch (e.type) {
    case 'session:created':
      return { ...initialState(e.code, e.definition, at), seq: s.seq };
    case 'definition:updated': {
      const ids = e.definition.speakers.map((sp) => sp.id);
      // Keep the live order for known speakers; new ones go last.
      const order = [
        ...s.speakerOrder.filter((x) => ids.includes(x)),
        ...ids.filter((x) => !s.speakerOrder.includes(x)),
      ];
      return dropHiddenWalls(dropHiddenResults({ ...s, definition: e.definition, speakerOrder: order }));
    }
    case 'phase:changed':
      return { ...s, phase: e.phase, endedAt: e.phase.kind === 'ended' ? at : s.endedAt };
    case 'timer:set':
      return { ...s, timer: e.timer };
    case 'speakers:reordered':
      return { ...s, speakerOrder: e.order };
    case 'turn:started': {
      const prev = s.turns[e.speakerId];
      // Restarting an ended turn continues it: the gap counts as paused, not spoken.
      if (prev && prev.endedAt !== null) {
        const reopened = { ...prev, endedAt: null, pausedAt: null, pausedMs: prev.pausedMs + (at - prev.endedAt) };
        return { ...s, turns: { ...s.turns, [e.speakerId]: reopened } };
      }
      return {
        ...s,
        turns: {
          ...s.turns,
          [e.speakerId]: { speakerId: e.speakerId, startedAt: at, endedAt: null, pausedMs: 0, pausedAt: null },
        },
      };
    }
    case 'turn:paused': {
      const t = s.turns[e.speakerId];
      return t ? { ...s, turns: { ...s.turns, [e.speakerId]: { ...t, pausedAt: at } } } : s;
    }
    case 'turn:resumed': {
      const t = s.turns[e.speakerId];
      if (!t || t.pausedAt === null) return s;
      return {
        ...s,
        turns: { ...s.turns, [e.speakerId]: { ...t, pausedAt: null, pausedMs: t.pausedMs + (at - t.pausedAt) } },
      };
    }
    case 'turn:ended': {
      const t = s.turns[e.speakerId];
      if (!t) return s;
      const pausedMs = t.pausedMs + (t.pausedAt !== null ? at - t.pausedAt : 0);
      return { ...s, turns: { ...s.turns, [e.speakerId]: { ...t, endedAt: at, pausedAt: null, pausedMs } } };
    }
    case 'participant:joined':
      return {
        ...s,
        participants: {
          ...s.participants,
          [e.participantId]: {
            id: e.participantId,
            name: e.name,
            organization: e.organization,
            country: e.country,
            language: e.language,
            anonymous: e.anonymous,
            joinedAt: at,
            connected: true,
          },
        },
      };
    case 'participant:updated': {
      const p = s.participants[e.participantId];
      if (!p) return s;
      const { type: _t, participantId: _id, ...fields } = e;
      return { ...s, participants: { ...s.participants, [p.id]: { ...p, ...fields } } };
    }
    case 'participant:presence': {
      const p = s.participants[e.participantId];
      return p ? { ...s, participants: { ...s.participants, [p.id]: { ...p, connected: e.connected } } } : s;
    }
    case 'answering:opened':
      return {
        ...s,
        openQuestions: [...s.openQuestions, ...e.questionIds.filter((q) => !s.openQuestions.includes(q))],
      };
    case 'answering:closed':
      return { ...s, openQuestions: s.openQuestions.filter((q) => !e.questionIds.includes(q)) };
    case 'answer:submitted':
      return {
        ...s,
        answers: {
          ...s.answers,
          [e.answerId]: freshAnswer(
            {
              id: e.answerId,
              participantId: e.participantId,
              questionId: e.questionId,
              text: e.text,
              ...closedOf(e),
              ...(e.language ? { language: e.language } : {}),
            },
            at,
          ),
        },
      };
    case 'answer:edited': {
      const a = s.answers[e.answerId];
      if (!a) return s;
      const { choices, otherText, order, value, words, ...rest } = a;
      return { ...s, answers: { ...s.answers, [a.id]: { ...rest, text: e.text, ...closedOf(e), updatedAt: at } } };
    }
    case 'answer:withdrawn': {
      const a = s.answers[e.answerId];
      return a ? { ...s, answers: { ...s.answers, [a.id]: { ...a, withdrawn: true, updatedAt: at } } } : s;
    }
    case 'answer:moderated': {
      const a = s.answers[e.answerId];
      if (!a) return s;
      const approved = e.approved ?? a.approved;
      const next = { ...a, hidden: e.hidden, featured: e.featured, ...(approved === undefined ? {} : { approved }) };
      return { ...s, answers: { ...s.answers, [a.id]: next } };
    }
    case 'answer:curated': {
      const a = s.answers[e.answerId];
      if (!a) return s;
      // A correction typed over an accepted translation is the rapporteur's own: the mark goes with it.
      const translated = a.translatedFrom && e.correctedText !== a.correctedText ? { translatedFrom: null } : {};
      return {
        ...s,
        answers: {
          ...s.answers,
          [a.id]: { ...a, included: e.included, highlight: e.highlight, correctedText: e.correctedText, ...translated },
        },
      };
    }
    case 'audience:toggled':
      return { ...s, audienceOpen: e.open };
    case 'aq:asked': {
      // Old logs carry questions in their first shape (`answer`, no `replies`): upgraded on the way in.
      const q = upgradeAq(e.question);
      return {
        ...s,
        audienceQuestions: { ...s.audienceQuestions, [q.id]: { ...q, everPublished: q.status !== 'pending' } },
      };
    }
    case 'aq:published': {
      // The event carries no curation (that is staff-only): whoever already holds the question keeps theirs.
      const q = upgradeAq(e.question);
      const prev = s.audienceQuestions[q.id];
      const curation = prev
        ? { included: prev.included, highlight: prev.highlight, correctedText: prev.correctedText }
        : {};
      // A phone's copy carries a count, not voters: a phone that held the question keeps its own vote.
      const own = prev && q.votes !== undefined ? { voters: prev.voters } : {};
      return {
        ...s,
        audienceQuestions: { ...s.audienceQuestions, [q.id]: { ...q, ...curation, ...own, everPublished: true } },
      };
    }
    case 'aq:voted':
      return updateAq(s, e.questionId, (q) => {
        // On a phone, another participant's vote has no id ('') and only moves the count.
        const has = e.participantId !== '' && q.voters.includes(e.participantId);
        const voters =
          e.participantId === '' || e.up === has
            ? q.voters
            : e.up
              ? [...q.voters, e.participantId]
              : q.voters.filter((v) => v !== e.participantId);
        if (e.votes !== undefined) return { ...q, voters, votes: e.votes };
        return voters === q.voters ? q : { ...q, voters };
      });
    case 'aq:hidden':
      return updateAq(s, e.questionId, (q) => ({ ...q, status: 'hidden', pinned: false }));
    case 'aq:merged': {
      const from = s.audienceQuestions[e.questionId];
      const into = s.audienceQuestions[e.into];
      const qs = { ...s.audienceQuestions };
      if (from)
        qs[from.id] = {
          ...from,
          status: 'merged',
          mergedInto: e.into,
          pinned: false,
          ...(e.redact ? { text: '' } : {}),
        };
      // A phone's copy: the count, and its own vote if it voted on either question or asked the
      // duplicate (then in `e.voters`), unless the kept question is its own.
      if (into)
        qs[into.id] =
          e.votes === undefined
            ? { ...into, voters: e.voters }
            : {
                ...into,
                voters: [...new Set([...into.voters, ...(from?.voters ?? []), ...e.voters])].filter(
                  (v) => v !== into.participantId,
                ),
                votes: e.votes,
              };
      return { ...s, audienceQuestions: qs };
    }
    case 'aq:pinned': {
      // One pinned question at a time: the next one to put to the speaker.
      const qs: Record<string, AudienceQuestion> = {};
      for (const [id, q] of Object.entries(s.audienceQuestions)) {
        qs[id] = id === e.questionId ? { ...q, pinned: e.pinned } : e.pinned && q.pinned ? { ...q, pinned: false } : q;
      }
      return { ...s, audienceQuestions: qs };
    }
    case 'aq:answered': {
      // The status is left alone: a hidden question stays hidden. A new reply takes the question off
      // the pin (it has been put to the panel); an edit of one does not.
      const replyId = e.replyId ?? LEGACY_REPLY_ID;
      return updateAq(s, e.questionId, (q) => {
        const i = q.replies.findIndex((r) => r.id === replyId);
        if (i < 0) return { ...q, pinned: false, replies: [...q.replies, { id: replyId, by: e.by, gist: e.gist, at }] };
        const replies = [...q.replies];
        // An old log's repeated answer replaced the one answer, time included, as it always did.
        replies[i] = { ...replies[i]!, by: e.by, gist: e.gist, ...(e.replyId === undefined ? { at } : {}) };
        return { ...q, replies };
      });
    }
    case 'aq:replyRemoved':
      return updateAq(s, e.questionId, (q) => ({ ...q, replies: q.replies.filter((r) => r.id !== e.replyId) }));
    case 'aq:withdrawn':
      return updateAq(s, e.questionId, (q) => ({
        ...q,
        withdrawn: true,
        pinned: false,
        ...(e.redact ? { text: '' } : {}),
      }));
    case 'aq:curated':
      return updateAq(s, e.questionId, (q) => ({
        ...q,
        included: e.included,
        highlight: e.highlight,
        correctedText: e.correctedText,
      }));
    case 'notes:saved':
      return {
        ...s,
        notes: { ...s.notes, [e.speakerId]: { text: e.text, by: e.by, at, rev: e.rev, overwritten: e.overwritten } },
      };
    case 'conclusion:set':
      return { ...s, conclusion: e.text };
    case 'participantsExtra:set':
      return { ...s, participantsExtra: e.text };
    case 'photo:set':
      // The one-photo event of old logs, and "remove them all": the list becomes this photo alone.
      return { ...s, photo: e.photo, photos: e.photo ? [e.photo] : [] };
    case 'photo:added': {
      const photos = [...photosOf(s), e.photo];
      return { ...s, photo: photos[0] ?? null, photos };
    }
    case 'photo:removed': {
      const photos = photosOf(s).filter((p) => p.id !== e.id);
      return { ...s, photo: photos[0] ?? null, photos };
    }
    case 'participants:erased':
      return applyErasure(s);
    case 'report:downloaded':
      return { ...s, reportDownloaded: { at, format: e.format, by: e.by } };
    case 'session:ended':
      return {
        ...s,
        phase: { kind: 'ended' },
        endedAt: at,
        openQuestions: [],
        // Nothing more can be asked once the session is over: every screen says so.
        audienceOpen: false,
        timer: { status: 'idle', durationMs: 0 },
      };
    case 'cue:sent':
      return { ...s, cue: { ...e.cue, at } };
    case 'cue:dismissed':
      return s.cue?.id === e.cueId ? { ...s, cue: null } : s;
    case 'answer:recorded':
    case 'aq:recorded':
    case 'theme:set':
    case 'theme:removed':
    case 'answers:themed':
    case 'answer:duplicate':
    case 'answer:keyed':
    case 'report:ordered':
    case 'answer:translated':
      return applyContrib(s, e, at);
    case 'floor:keepOpenSet':
      return { ...s, keepFloorOpen: e.keep };
    case 'results:revealed': {
      const next = { ...s, revealed: { ...s.revealed, [e.questionId]: e.shown } };
      return e.shown ? next : dropHiddenResults(next);
    }
    case 'results:updated':
      return { ...s, results: { ...s.results, [e.questionId]: e.result } };
    case 'wall:shown': {
      const next = { ...s, walls: { ...s.walls, [e.questionId]: e.shown } };
      return e.shown ? next : dropWall(next, e.questionId);
    }
    case 'answer:plusOned':
      return applyPlusOne(s, e);
    case 'wall:updated':
      return applyWallUpdate(s, e);
    case 'wall:ordered':
      return { ...s, wallOrder: e.by };
    default:
      return exhaustive(e, 'event');
  }
}
