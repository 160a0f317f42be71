// Who sees what. Participants get what they need on a phone (the run of show, the timer, their own
// answers, published audience questions) and nothing that is moderation-only or someone else's:
// no other participant's id (who asked, who voted: a count instead), no text of another's withdrawn
// or merged question. `viewFor` (snapshots) and `phoneEvents` (events) are the one place deciding it.
import type { SessionEvent, Visibility } from './events.js';
import { exhaustive } from './exhaustive.js';
import { isClosedQuestion, isRevealed } from './kinds.js';
import { isScreen, isStaff } from './roles.js';
import { isWallShown } from './wall.js';
import { isPublicAq, voteCount, type AudienceQuestion, type Role, type SessionState } from './state.js';

/** `state` is the state before the event (to find who owns what). */
export function visibilityOf(state: SessionState, e: SessionEvent): Visibility {
  switch (e.type) {
    case 'session:created':
    case 'definition:updated':
    case 'phase:changed':
    case 'timer:set':
    case 'speakers:reordered':
    case 'turn:started':
    case 'turn:paused':
    case 'turn:resumed':
    case 'turn:ended':
    case 'answering:opened':
    case 'answering:closed':
    case 'audience:toggled':
    case 'aq:published':
    case 'aq:merged':
    case 'session:ended':
    case 'floor:keepOpenSet':
      return { to: 'all' };
    // The retention erasure: the screens only (the phone's build has no reducer for it; a phone
    // reloading gets its view from the server's state, already erased).
    case 'participants:erased':
      return { to: 'screens' };
    case 'participant:joined':
    case 'participant:updated':
    case 'participant:presence':
      return { to: 'screens', participantId: e.participantId };
    // A closed question's answers are tallied, not shown: the projector gets the tally
    // (`results:updated`), not one message per vote; the staff and the voter get the answer.
    case 'answer:submitted':
      return { to: answersTo(state, e.questionId), participantId: e.participantId };
    case 'answer:edited':
    case 'answer:withdrawn':
    case 'answer:moderated': {
      const a = state.answers[e.answerId];
      const to = a ? answersTo(state, a.questionId) : 'screens';
      return a ? { to, participantId: a.participantId } : { to };
    }
    case 'results:revealed':
      return { to: 'all' };
    case 'results:updated':
      // No phone sees a tally before the moderator reveals it (or the session shows results live).
      return { to: isRevealed(state, e.questionId) ? 'all' : 'screens' };
    // The wall on phones (shared/wall.ts): phones get the aggregated copy, never one message per +1.
    case 'wall:shown':
    case 'wall:ordered':
      return { to: 'all' };
    case 'wall:updated':
      return { to: isWallShown(state, e.questionId) ? 'all' : 'screens' };
    case 'answer:plusOned':
      return { to: 'screens', participantId: e.participantId };
    case 'aq:asked': {
      // An approve-first question reaches no other participant, nor the projector, before approval.
      if (e.question.status === 'pending') return { to: 'staff', participantId: e.question.participantId };
      return { to: 'all' };
    }
    case 'aq:hidden':
    case 'aq:withdrawn':
    case 'aq:voted':
    case 'aq:pinned':
    case 'aq:answered':
    case 'aq:replyRemoved': {
      // A question never published (pending, or hidden without approval) stays private, replies
      // included. One published then hidden is still held, as hidden, by everyone: its replies follow
      // it there, and no screen but the staff's shows a hidden question.
      const q = state.audienceQuestions[e.questionId];
      if (q && !isPublicAq(q)) return { to: 'staff', participantId: q.participantId };
      return { to: 'all' };
    }
    // Recorded answers are the room's like any other (the projector may show them); recorded audience
    // contributions and the synthesis stay with the staff, for the report.
    case 'answer:recorded':
      return { to: 'screens' };
    case 'aq:recorded':
    case 'theme:set':
    case 'theme:removed':
    case 'answers:themed':
    case 'answer:duplicate':
    case 'answer:keyed':
    case 'report:ordered':
    case 'answer:translated':
    case 'answer:curated':
    case 'aq:curated':
    case 'notes:saved':
    case 'conclusion:set':
    case 'participantsExtra:set':
    case 'photo:set':
    case 'photo:added':
    case 'photo:removed':
    case 'report:downloaded':
      return { to: 'staff' };
    // For the speaker view and the projector: no phone needs the moderator's cues.
    case 'cue:sent':
    case 'cue:dismissed':
      return { to: 'screens' };
    default:
      return exhaustive(e, 'event');
  }
}

/** Who gets a question's answers: the screens for free text, the staff only for a closed question. */
const answersTo = (s: SessionState, questionId: string): 'screens' | 'staff' =>
  isClosedQuestion(s, questionId) ? 'staff' : 'screens';

export interface Viewer {
  role: Role;
  participantId: string | null;
}

export function canSee(v: Visibility, viewer: Viewer): boolean {
  if (isStaff(viewer.role)) return true;
  if (isScreen(viewer.role)) return v.to !== 'staff';
  return v.to === 'all' || (v.participantId !== undefined && v.participantId === viewer.participantId);
}

/**
 * The state as a viewer may see it (snapshots on connect). Must agree with visibilityOf: applying the
 * visible events to a viewer's snapshot gives viewFor of the server's next state.
 *
 * `ownAnswerIds`, for a phone: ids that include every answer of the viewer in `s` (others and
 * missing ones are skipped). The phone's answers are then read from those instead of a pass over
 * every answer of the room; the result is the same.
 */
export function viewFor(s: SessionState, viewer: Viewer, ownAnswerIds?: Iterable<string>): SessionState {
  if (isStaff(viewer.role)) return s;
  const screen = isScreen(viewer.role);
  const mine = (pid: string) => !screen && pid === viewer.participantId;
  const participants: SessionState['participants'] = {};
  const answers: SessionState['answers'] = {};
  const audienceQuestions: SessionState['audienceQuestions'] = {};
  // Loops over keys, not Object.entries: a snapshot of a big room for each of hundreds of phones
  // reconnecting at once (a node lost) allocated a pair per answer and per participant.
  if (screen) Object.assign(participants, s.participants);
  else {
    const own = viewer.participantId;
    if (own != null && Object.hasOwn(s.participants, own)) participants[own] = s.participants[own]!;
  }
  if (!screen && ownAnswerIds) {
    for (const id of ownAnswerIds) {
      const a = Object.hasOwn(s.answers, id) ? s.answers[id] : undefined;
      if (a && mine(a.participantId)) answers[id] = stripCuration(a);
    }
  } else
    for (const id in s.answers) {
      const a = s.answers[id]!;
      if (mine(a.participantId) || (screen && !isClosedQuestion(s, a.questionId))) answers[id] = stripCuration(a);
    }
  for (const id in s.audienceQuestions) {
    const q = s.audienceQuestions[id]!;
    // One never published is its author's alone (no voter, no one else's id): held as it is.
    if (isPublicAq(q))
      audienceQuestions[id] = screen ? stripCuration(q) : phoneAq(stripCuration(q), viewer.participantId);
    else if (mine(q.participantId)) audienceQuestions[id] = stripCuration(q);
  }
  // Cues are the screens' (visibilityOf): a phone's state never holds one. A phone holds only the
  // tallies revealed to the room.
  const shown = s.results && Object.entries(s.results).filter(([q]) => screen || isRevealed(s, q));
  const { cue, results: _, plusOnes, ...rest } = s;
  // A phone holds only its own +1s (the counts come with the wall's copy).
  const mineOnly = (ids: string[]) => ids.includes(viewer.participantId ?? '');
  const ownPlusOnes = plusOnes && Object.entries(plusOnes).filter(([, ids]) => screen || mineOnly(ids));
  return {
    ...rest,
    ...(ownPlusOnes?.length
      ? { plusOnes: Object.fromEntries(ownPlusOnes.map(([a, ids]) => [a, screen ? ids : [viewer.participantId!]])) }
      : {}),
    ...(screen && cue !== undefined ? { cue } : {}),
    ...(shown?.length ? { results: Object.fromEntries(shown) } : {}),
    participants,
    answers,
    audienceQuestions,
    notes: {},
    conclusion: '',
    participantsExtra: '',
    photo: null,
    themes: undefined,
    reportOrder: undefined,
    photos: [],
  };
}

/** Curation (and synthesis) is the rapporteur's business: others see items as first recorded. */
function stripCuration<T extends { included: boolean; highlight: boolean; correctedText: string | null }>(x: T): T {
  const {
    themeId: _t,
    duplicateOf: _d,
    keyMessage: _k,
    translatedFrom: _f,
    ...rest
  } = x as T & { themeId?: unknown; duplicateOf?: unknown; keyMessage?: unknown; translatedFrom?: unknown };
  return { ...(rest as T), included: true, highlight: false, correctedText: null };
}

/**
 * A question as a participant's phone holds it: the author's id only if it is the viewer's own, the
 * voters reduced to the viewer (if it voted) plus their count, and no text once another's question
 * is withdrawn or merged.
 */
export function phoneAq(q: AudienceQuestion, me: string | null): AudienceQuestion {
  const own = me !== null && q.participantId === me;
  return {
    ...q,
    participantId: own ? q.participantId : '',
    voters: me !== null && q.voters.includes(me) ? [me] : [],
    votes: voteCount(q),
    ...(!own && (q.withdrawn || q.status === 'merged') ? { text: '' } : {}),
  };
}

/**
 * What participants' phones receive instead of an event everyone may see, when it names other
 * participants: `mine` for the one participant it concerns (`owner`: the voter, or the question's
 * author), `others` for every other phone. Screens get the event itself. Null: phones get it as is.
 * `before` is the state before the event. Must agree with viewFor (tests/shared/visibility).
 */
export function phoneEvents(
  before: SessionState,
  e: SessionEvent,
): { owner: string | null; mine: SessionEvent; others: SessionEvent } | null {
  switch (e.type) {
    case 'aq:asked':
    case 'aq:published': {
      const q = e.question;
      if (e.type === 'aq:asked' && q.status === 'pending') return null;
      return {
        owner: q.participantId,
        mine: { ...e, question: phoneAq(q, q.participantId) },
        others: { ...e, question: phoneAq(q, null) },
      };
    }
    case 'aq:voted': {
      const q = before.audienceQuestions[e.questionId];
      if (!q || !isPublicAq(q)) return null;
      // Decided only when it changes the vote: one more, or one fewer.
      const votes = q.voters.length + (e.up ? 1 : -1);
      return { owner: e.participantId, mine: { ...e, votes }, others: { ...e, participantId: '', votes } };
    }
    case 'aq:merged': {
      // The duplicate's asker counts as a voter of the kept one: its copy says so.
      const owner = before.audienceQuestions[e.questionId]?.participantId ?? null;
      const others = { ...e, voters: [], votes: e.voters.length, redact: true };
      if (owner === null) return { owner, mine: others, others };
      const mine = { ...e, voters: e.voters.includes(owner) ? [owner] : [], votes: e.voters.length };
      return { owner, mine, others };
    }
    case 'aq:withdrawn': {
      const q = before.audienceQuestions[e.questionId];
      if (!q || !isPublicAq(q)) return null;
      return { owner: q.participantId, mine: e, others: { ...e, redact: true } };
    }
    default:
      return null;
  }
}

/**
 * A past event as a phone catching up receives it now (`mine`/`others` copy already chosen): a
 * question since withdrawn or merged comes without its text, unless it is the viewer's own, so the
 * catch-up ends where `viewFor` does and the text never reaches the phone.
 */
export function catchUpCopy(now: SessionState, e: SessionEvent, me: string | null): SessionEvent {
  if (e.type !== 'aq:asked' && e.type !== 'aq:published') return e;
  const q = now.audienceQuestions[e.question.id];
  if (!q || !(q.withdrawn || q.status === 'merged') || q.participantId === me || e.question.text === '') return e;
  return { ...e, question: { ...e.question, text: '' } };
}
