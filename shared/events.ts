// Events: what happened, decided by the server from a command, stored, then applied by every
// client with the same reducer. Time is carried in the envelope (`at`), never read in the reducer.
import type { Cue } from './cues.js';
import type { Language, SessionDefinition } from './definition.js';
import type { ClosedAnswerFields, KindResult } from './questionKinds.js';
import type { AudienceQuestion, Phase, PhotoMeta, Role, SessionState } from './state.js';
import type { Timer } from './timer.js';
import type { WallEntry, WallOrder } from './wall.js';
import type { Contributor, ReportOrder } from './contrib/types.js';

export type SessionEvent =
  | { type: 'session:created'; code: string; definition: SessionDefinition }
  | { type: 'definition:updated'; definition: SessionDefinition }
  | { type: 'phase:changed'; phase: Phase }
  | { type: 'timer:set'; timer: Timer }
  | { type: 'speakers:reordered'; order: string[] }
  | { type: 'turn:started'; speakerId: string }
  | { type: 'turn:paused'; speakerId: string }
  | { type: 'turn:resumed'; speakerId: string }
  | { type: 'turn:ended'; speakerId: string }
  | {
      type: 'participant:joined';
      participantId: string;
      name: string;
      organization: string;
      country: string;
      language: Language;
      anonymous: boolean;
    }
  | {
      type: 'participant:updated';
      participantId: string;
      name: string;
      organization: string;
      country: string;
      language: Language;
      anonymous: boolean;
    }
  | { type: 'participant:presence'; participantId: string; connected: boolean }
  | { type: 'answering:opened'; questionIds: string[] }
  | { type: 'answering:closed'; questionIds: string[] }
  /**
   * A closed question's answer carries its kind's field (ClosedAnswerFields) and an empty text.
   * `language`: set since answers record theirs (older logs have none).
   */
  | ({
      type: 'answer:submitted';
      answerId: string;
      participantId: string;
      questionId: string;
      text: string;
      language?: string;
    } & ClosedAnswerFields)
  | ({ type: 'answer:edited'; answerId: string; text: string } & ClosedAnswerFields)
  | { type: 'answer:withdrawn'; answerId: string }
  /** `approved` absent in events stored before answers could be reviewed: left as it was. */
  | { type: 'answer:moderated'; answerId: string; hidden: boolean; featured: boolean; approved?: boolean }
  | { type: 'answer:curated'; answerId: string; included: boolean; highlight: boolean; correctedText: string | null }
  | { type: 'audience:toggled'; open: boolean }
  | { type: 'aq:asked'; question: AudienceQuestion }
  /** Approval: carries the whole question, since participants never saw it while pending. */
  | { type: 'aq:published'; question: AudienceQuestion }
  /**
   * A participant's phone gets its own copy (shared/visibility.ts `phoneEvents`): `votes`, the count
   * after the vote, and `participantId` '' unless the vote is the phone's own.
   */
  | { type: 'aq:voted'; questionId: string; participantId: string; up: boolean; votes?: number }
  | { type: 'aq:hidden'; questionId: string }
  /** Carries the kept question's resulting voters, so viewers who never saw the duplicate agree. */
  /**
   * Phones get `votes`, the kept question's count, and `voters` at most the duplicate's asker (its
   * own copy): each phone adds its own vote if it voted on either question; `redact` on phones other
   * than the duplicate's asker: the duplicate's text is emptied.
   */
  | { type: 'aq:merged'; questionId: string; into: string; voters: string[]; votes?: number; redact?: boolean }
  | { type: 'aq:pinned'; questionId: string; pinned: boolean }
  /**
   * A reply recorded, or edited when `replyId` already exists (it keeps its place and time). Events
   * stored before replies had ids have no `replyId`: they set the single reply 'r0' (LEGACY_REPLY_ID).
   */
  | { type: 'aq:answered'; questionId: string; replyId?: string; by: string; gist: string }
  | { type: 'aq:replyRemoved'; questionId: string; replyId: string }
  /** `redact` on phones other than the author's: the question's text is emptied. */
  | { type: 'aq:withdrawn'; questionId: string; redact?: boolean }
  | { type: 'aq:curated'; questionId: string; included: boolean; highlight: boolean; correctedText: string | null }
  | {
      type: 'notes:saved';
      speakerId: string;
      text: string;
      by: Role;
      rev: number;
      overwritten: { text: string; by: Role; at: number } | null;
    }
  | { type: 'conclusion:set'; text: string; by: Role }
  | { type: 'participantsExtra:set'; text: string }
  | { type: 'photo:set'; photo: SessionState['photo'] }
  | { type: 'photo:added'; photo: PhotoMeta }
  | { type: 'photo:removed'; id: string }
  /** Retention (issue 14): every participant's name, organization and country erased; text kept. */
  | { type: 'participants:erased' }
  | { type: 'session:ended' }
  /** The moderator's cue to the speaker (its time is the envelope's `at`); screens only. */
  | { type: 'cue:sent'; cue: Omit<Cue, 'at'> }
  | { type: 'cue:dismissed'; cueId: string }
  // Contributions recorded by the staff, and the rapporteur's synthesis (shared/contrib/).
  | {
      type: 'answer:recorded';
      answerId: string;
      questionId: string;
      text: string;
      by: Contributor;
      language: string;
    }
  | { type: 'aq:recorded'; question: AudienceQuestion }
  | { type: 'theme:set'; themeId: string; name: string }
  | { type: 'theme:removed'; themeId: string }
  | { type: 'answers:themed'; answerIds: string[]; themeId: string | null }
  | { type: 'answer:duplicate'; answerId: string; of: string | null }
  | { type: 'answer:keyed'; answerId: string; key: boolean }
  | { type: 'report:ordered'; by: ReportOrder }
  /** An accepted translation becomes the corrected text; the original stays in `text`. */
  | { type: 'answer:translated'; answerId: string; text: string; from: string }
  /** Whether moving on leaves the floor's questions open (absent from old logs: it closes them). */
  | { type: 'floor:keepOpenSet'; keep: boolean }
  /** A closed question's results shown to the room, or hidden again (phones then drop them). */
  | { type: 'results:revealed'; questionId: string; shown: boolean }
  /**
   * A closed question's tally, recomputed by the server at most a few times a second (not per vote):
   * to the whole room once revealed, else to the screens only.
   */
  | { type: 'results:updated'; questionId: string; result: KindResult }
  /** The report was downloaded (its format, by whom; its time is the envelope's `at`); staff only. */
  | { type: 'report:downloaded'; format: string; by: Role }
  /** The wall on phones (shared/wall.ts) shown for a question, or hidden again (phones drop it). */
  | { type: 'wall:shown'; questionId: string; shown: boolean }
  /** A participant's +1 on someone else's answer, given (`on`) or taken back: screens and the giver. */
  | { type: 'answer:plusOned'; answerId: string; participantId: string; on: boolean }
  /**
   * A shown wall brought up to date for phones, at most a few times a second (server/wallRefresher.ts):
   * the entries that changed (`put`) and those gone (`drop`), with their +1 counts.
   */
  | { type: 'wall:updated'; questionId: string; put: WallEntry[]; drop: string[] }
  /** The moderator's order for the projector's wall and the console's answers. */
  | { type: 'wall:ordered'; by: WallOrder };

export type EventType = SessionEvent['type'];

/** An event as stored and broadcast: its place in the session's log and the server time it happened. */
export interface EventEnvelope {
  seq: number;
  at: number;
  event: SessionEvent;
}

/**
 * Who may see an event. 'all': everyone in the room; 'screens': moderator, rapporteur and projector;
 * 'staff': moderator and rapporteur. `participantId` adds that one participant (their own data).
 */
export interface Visibility {
  to: 'all' | 'screens' | 'staff';
  participantId?: string;
}
