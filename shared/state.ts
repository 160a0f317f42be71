// The live state of a session: a pure value rebuilt from its events by the reducer.
import type { Cue } from './cues.js';
import type { Language, SessionDefinition } from './definition.js';
import type { ClosedAnswerFields, KindResult } from './questionKinds.js';
import type { Timer } from './timer.js';
import type { WallEntry, WallOrder } from './wall.js';
import type { AnswerLanguage, AqKind, Contributor, ReportOrder, Theme } from './contrib/types.js';

export const ROLES = ['moderator', 'rapporteur', 'participant', 'projector', 'speaker'] as const;
export type Role = (typeof ROLES)[number];

/** Where the session stands in its run of show. */
export type Phase =
  | { kind: 'lobby' }
  | { kind: 'opening' }
  | { kind: 'speaker'; speakerId: string }
  /** One question on the floor: the main question ('main') or a guiding question. */
  | { kind: 'question'; questionId: string }
  /** A whole round shown at once. */
  | { kind: 'round'; roundId: string }
  | { kind: 'audience' }
  | { kind: 'closing' }
  | { kind: 'ended' };
export type PhaseKind = Phase['kind'];

/** A speaking turn, OpenSlides style: spoken time = (endedAt ?? now) - startedAt - pausedMs. */
export interface Turn {
  speakerId: string;
  startedAt: number;
  endedAt: number | null;
  pausedMs: number;
  pausedAt: number | null;
}

export interface Participant {
  id: string;
  name: string;
  organization: string;
  country: string;
  language: Language;
  anonymous: boolean;
  joinedAt: number;
  connected: boolean;
}

/** A closed question's answer holds its kind's field (ClosedAnswerFields) and an empty `text`. */
export interface Answer extends ClosedAnswerFields {
  id: string;
  participantId: string;
  questionId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  withdrawn: boolean;
  /** Moderator: off the projector and the report. */
  hidden: boolean;
  featured: boolean;
  /** Approved for the projector's wall (sessions with `answerModeration: 'approve'`); absent: not yet. */
  approved?: boolean;
  /** Rapporteur curation: the report uses `correctedText` when set; `text` stays as typed. */
  included: boolean;
  highlight: boolean;
  correctedText: string | null;
  /** Recorded by the staff on someone's behalf (answer:record); absent for a phone's answer. */
  by?: Contributor;
  /** The language the answer was given in (interface language, corrected by detection). */
  language?: AnswerLanguage;
  /** Set when `correctedText` is an accepted translation: the language it was translated from. */
  translatedFrom?: AnswerLanguage | null;
  /** Synthesis (staff only): its theme, the answer it repeats, whether it is a key message. */
  themeId?: string | null;
  duplicateOf?: string | null;
  keyMessage?: boolean;
}

/**
 * Moderation only: where the question stands with the moderator. Whether it was answered is not a
 * status but its replies (`isAnsweredAq`), so recording a reply never un-hides a hidden question.
 */
export type AudienceQuestionStatus = 'pending' | 'published' | 'hidden' | 'merged';

/** One reply to an audience question, as the moderator or the rapporteur noted it. */
export interface AqReply {
  /** Client-generated (the `aq:answer` command's `replyId`); 'r0' for the single answer of old logs. */
  id: string;
  /** Who answered: a speaker's name or anyone else's; may be empty. */
  by: string;
  gist: string;
  /** Server time the reply was first recorded (an edit keeps it, and its place in the list). */
  at: number;
}

/** Replies to one question at most: a bound on what the staff can pile onto one question. */
export const MAX_AQ_REPLIES = 20;

/** The id given to the single answer recorded by `aq:answered` events stored before replies had ids. */
export const LEGACY_REPLY_ID = 'r0';

export interface AudienceQuestion {
  id: string;
  participantId: string;
  /** null: to the whole panel. */
  speakerId: string | null;
  text: string;
  createdAt: number;
  status: AudienceQuestionStatus;
  /**
   * Participant ids; merged questions carry their voters over, once each. In a participant's view
   * (shared/visibility.ts) only the viewer's own id, if it voted: the count is then `votes`.
   */
  voters: string[];
  /** Only in a participant's view: how many voted (read it with `voteCount`). */
  votes?: number;
  mergedInto: string | null;
  pinned: boolean;
  /** In the order they were first recorded. */
  replies: AqReply[];
  withdrawn: boolean;
  included: boolean;
  highlight: boolean;
  correctedText: string | null;
  /** A remark rather than a question (absent: a question, as every one asked from a phone). */
  kind?: AqKind;
  /** Recorded by the staff on someone's behalf (aq:record); absent for a phone's question. */
  by?: Contributor;
  /**
   * Set by the reducer: true once the whole room has received the question (asked in a 'publish'
   * session, or approved). One never published stays with the staff and its asker, whatever its
   * status becomes (a pending question hidden, merged or answered is still nobody else's business).
   */
  everPublished?: boolean;
}

/** Whether everyone in the room holds this question (see `everPublished`). */
export const isPublicAq = (q: AudienceQuestion): boolean => q.everPublished ?? q.status !== 'pending';

/** How many voted for a question, in any viewer's state (a participant's holds a count, not the voters). */
export const voteCount = (q: AudienceQuestion): number => q.votes ?? q.voters.length;

/** At least one reply recorded. Says nothing about visibility: a hidden question may have replies. */
export const isAnsweredAq = (q: AudienceQuestion): boolean => q.replies.length > 0;

/** What a list shows: a published question with a reply reads 'answered'; hidden stays hidden. */
export type AqDisplayStatus = AudienceQuestionStatus | 'answered';
export const aqDisplayStatus = (q: AudienceQuestion): AqDisplayStatus =>
  q.status === 'published' && isAnsweredAq(q) ? 'answered' : q.status;

/** A question as stored before replies: `answer` instead of `replies`, and an 'answered' status. */
type LegacyAq = Omit<AudienceQuestion, 'status' | 'replies'> & {
  status: AudienceQuestionStatus | 'answered';
  replies?: AqReply[];
  answer?: { by: string; gist: string; at: number } | null;
};

/**
 * The current shape of a question that may come from an old log (`aq:asked`, `aq:published`) or an
 * old archive's state: `answer` becomes the reply 'r0', and 'answered' becomes 'published' (the only
 * status an answered question could be shown with). Current questions come back unchanged (same object).
 */
export function upgradeAq(q: AudienceQuestion | LegacyAq): AudienceQuestion {
  if (Array.isArray(q.replies) && !('answer' in q) && q.status !== 'answered') return q as AudienceQuestion;
  const { answer, replies, status, ...rest } = q as LegacyAq;
  return {
    ...rest,
    status: status === 'answered' ? 'published' : status,
    replies: replies ?? (answer ? [{ id: LEGACY_REPLY_ID, by: answer.by, gist: answer.gist, at: answer.at }] : []),
  };
}

/**
 * `upgradeAq` over a whole state (an old archive's, or one a phone kept on the device before the
 * upgrade); the same object when nothing needed it.
 */
export function upgradeAqs(s: SessionState): SessionState {
  let qs: Record<string, AudienceQuestion> | null = null;
  for (const [id, q] of Object.entries(s.audienceQuestions)) {
    const u = upgradeAq(q);
    if (u === q) continue;
    qs ??= { ...s.audienceQuestions };
    qs[id] = u;
  }
  return qs ? { ...s, audienceQuestions: qs } : s;
}

export interface SpeakerNote {
  text: string;
  by: Role;
  at: number;
  rev: number;
  /** The version it replaced when two editors collided, so neither loses text. */
  overwritten: { text: string; by: Role; at: number } | null;
}

export interface SessionState {
  code: string;
  createdAt: number;
  /** Last applied event's sequence number. */
  seq: number;
  definition: SessionDefinition;
  phase: Phase;
  timer: Timer;
  /** Speaker ids in speaking order (reorderable live). */
  speakerOrder: string[];
  turns: Record<string, Turn>;
  participants: Record<string, Participant>;
  answers: Record<string, Answer>;
  /** Question ids open for answers. */
  openQuestions: string[];
  audienceOpen: boolean;
  audienceQuestions: Record<string, AudienceQuestion>;
  notes: Record<string, SpeakerNote>;
  conclusion: string;
  participantsExtra: string;
  /** The first photo (kept equal to `photos[0]`, for readers of the one-photo state). */
  photo: PhotoMeta | null;
  /**
   * Every photo in upload order. Absent in states saved before several photos were allowed: read it
   * with `photosOf`.
   */
  photos?: PhotoMeta[];
  endedAt: number | null;
  /** The moderator's message to the speaker (shared/cues.ts); absent in states from before cues. */
  cue?: Cue | null;
  /** The rapporteur's themes (staff only); absent in states saved before themes. */
  themes?: Record<string, Theme>;
  /** How the report lists answers; absent: by question. */
  reportOrder?: ReportOrder;
  /** The moderator chose to leave the floor's questions open when moving on; absent: they close. */
  keepFloorOpen?: boolean;
  /**
   * Closed questions whose results the moderator showed (true) or hid (false); absent: the session's
   * default (`definition.results`). Optional: states saved before question kinds lack it.
   */
  revealed?: Record<string, boolean>;
  /** Closed questions' latest tallies (`results:updated`); a phone holds only revealed ones. */
  results?: Record<string, KindResult>;
  /** The wall on phones (shared/wall.ts): per question, shown (true) or hidden again; absent: never shown. */
  walls?: Record<string, boolean>;
  /** The shown walls' answers as phones hold them (the last `wall:updated`), by question then answer. */
  wall?: Record<string, Record<string, WallEntry>>;
  /** Who gave each answer a +1, by answer id (a phone holds only its own +1s). */
  plusOnes?: Record<string, string[]>;
  /** How the projector's wall and the console's answers are ordered; absent: by time. */
  wallOrder?: WallOrder;
  /** The report's latest download by the staff; absent: never downloaded (or a state from before it was recorded). */
  reportDownloaded?: ReportDownload;
}

/** A report downloaded: when, in which format, by which staff role. */
export interface ReportDownload {
  at: number;
  format: string;
  by: Role;
}

/** A stored photo: its blob id, type and size. */
export interface PhotoMeta {
  id: string;
  mime: 'image/png' | 'image/jpeg';
  bytes: number;
}

/** The session's photos, in upload order, in states of any age. */
export function photosOf(s: Pick<SessionState, 'photo' | 'photos'>): PhotoMeta[] {
  return s.photos ?? (s.photo ? [s.photo] : []);
}

/** Photos a session keeps at most. */
export const MAX_PHOTOS = 10;

/** A new answer as it arrives: its words, nothing moderated or curated yet. */
export function freshAnswer(
  given: Pick<Answer, 'id' | 'participantId' | 'questionId' | 'text'> & Partial<Answer>,
  at: number,
): Answer {
  return {
    createdAt: at,
    updatedAt: at,
    withdrawn: false,
    hidden: false,
    featured: false,
    included: true,
    highlight: false,
    correctedText: null,
    ...given,
  };
}

export function initialState(code: string, definition: SessionDefinition, createdAt: number): SessionState {
  return {
    code,
    createdAt,
    seq: 0,
    definition,
    phase: { kind: 'lobby' },
    timer: { status: 'idle', durationMs: 0 },
    speakerOrder: definition.speakers.map((s) => s.id),
    turns: {},
    participants: {},
    answers: {},
    openQuestions: [],
    audienceOpen: definition.audienceQuestions === 'always',
    audienceQuestions: {},
    notes: {},
    conclusion: '',
    participantsExtra: '',
    photo: null,
    photos: [],
    endedAt: null,
  };
}

export function spokenMs(turn: Turn, now: number): number {
  const end = turn.endedAt ?? now;
  const paused = turn.pausedMs + (turn.pausedAt !== null && turn.endedAt === null ? now - turn.pausedAt : 0);
  return Math.max(0, end - turn.startedAt - paused);
}
