// Who sees what. Participants get what they need on a phone (the run of show, the timer, their own
// answers, published audience questions) and nothing that is moderation-only or someone else's.
import type { SessionEvent, Visibility } from './events.js';
import { exhaustive } from './exhaustive.js';
import { isScreen, isStaff } from './roles.js';
import { isPublicAq, type Role, type SessionState } from './state.js';

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
      return { to: 'all' };
    case 'participant:joined':
    case 'participant:updated':
    case 'participant:presence':
      return { to: 'screens', participantId: e.participantId };
    case 'answer:submitted':
      return { to: 'screens', participantId: e.participantId };
    case 'answer:edited':
    case 'answer:withdrawn':
    case 'answer:moderated': {
      const owner = state.answers[e.answerId]?.participantId;
      return owner ? { to: 'screens', participantId: owner } : { to: 'screens' };
    }
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
    case 'answer:curated':
    case 'aq:curated':
    case 'notes:saved':
    case 'conclusion:set':
    case 'participantsExtra:set':
    case 'photo:set':
      return { to: 'staff' };
    default:
      return exhaustive(e, 'event');
  }
}

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
 */
export function viewFor(s: SessionState, viewer: Viewer): SessionState {
  if (isStaff(viewer.role)) return s;
  const screen = isScreen(viewer.role);
  const mine = (pid: string) => !screen && pid === viewer.participantId;
  const participants: SessionState['participants'] = {};
  const answers: SessionState['answers'] = {};
  const audienceQuestions: SessionState['audienceQuestions'] = {};
  for (const [id, p] of Object.entries(s.participants)) if (screen || mine(id)) participants[id] = p;
  for (const [id, a] of Object.entries(s.answers)) if (screen || mine(a.participantId)) answers[id] = stripCuration(a);
  for (const [id, q] of Object.entries(s.audienceQuestions)) {
    if (isPublicAq(q) || mine(q.participantId)) audienceQuestions[id] = stripCuration(q);
  }
  return {
    ...s,
    participants,
    answers,
    audienceQuestions,
    notes: {},
    conclusion: '',
    participantsExtra: '',
    photo: null,
  };
}

/** Curation is the rapporteur's business: others see items as first recorded. */
function stripCuration<T extends { included: boolean; highlight: boolean; correctedText: string | null }>(x: T): T {
  return { ...x, included: true, highlight: false, correctedText: null };
}
