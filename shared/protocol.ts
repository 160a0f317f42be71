// The wire protocol: one typed Socket.IO event map shared by server and client, the handshake, and
// the protocol version checked at connect. Event names are `domain:verb`.
import * as v from 'valibot';
import { LANGUAGES, isSafeId, type IdentityMode, type Language } from './definition.js';
import type { Ack, ErrorCode } from './errors.js';
import type { EventEnvelope } from './events.js';
import type { CommandEnvelope } from './commands.js';
import { ROLES, type Role, type SessionState } from './state.js';

/**
 * Bumped on any incompatible change to commands, events or this map. 2: several replies per audience
 * question (`aq:answer` takes a `replyId`; new event `aq:replyRemoved`, which a version-1 reducer rejects).
 * 3: the speaker view (role `speaker`) and the moderator's cues (`cue:send`, `cue:dismiss`; events
 * `cue:sent`, `cue:dismissed`), question kinds (closed answers, `results:revealed` and
 * `results:updated`), recorded contributions and the synthesis: events a version-2 reducer rejects.
 */
export const PROTOCOL_VERSION = 3;

/** Sent as Socket.IO `auth` on every (re)connect. */
export const HandshakeSchema = v.object({
  protocol: v.pipe(v.number(), v.integer()),
  code: v.pipe(v.string(), v.maxLength(16)),
  role: v.picklist(ROLES),
  /** The staff role's key (moderator, rapporteur, projector, speaker). */
  key: v.optional(v.pipe(v.string(), v.maxLength(128))),
  /** A returning participant's identity, kept on the device. */
  participantId: v.optional(
    v.pipe(v.string(), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/), v.check(isSafeId, 'reserved id')),
  ),
  participantToken: v.optional(v.pipe(v.string(), v.maxLength(128))),
  /** The last event sequence this client applied; the server sends what came after. */
  lastSeq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  language: v.optional(v.picklist(LANGUAGES)),
});
export type Handshake = v.InferOutput<typeof HandshakeSchema>;

/** The first message after a successful connect: either the missed events or a snapshot. */
export type Welcome = {
  role: Role;
  serverTime: number;
  /** Only for participants: their identity, to keep on the device. */
  participant?: { id: string; token: string };
} & ({ kind: 'events'; events: EventEnvelope[] } | { kind: 'snapshot'; state: SessionState });

/**
 * What a join page may know before connecting: `GET /api/sessions/:code`, and the same facts
 * embedded in the participant's page (server/http/participantPage.ts) in the element `BOOT_ID`.
 */
export interface PublicSessionInfo {
  code: string;
  title: string;
  language: Language;
  identity: IdentityMode;
}
export const BOOT_ID = 'palabre-boot';

/** A connect refusal (Socket.IO connect_error's `data`). */
export interface ConnectRefusal {
  error: ErrorCode;
  message: string;
}

export interface ServerToClientEvents {
  'session:welcome': (w: Welcome) => void;
  /** Events in sequence order, one broadcast per committed batch. */
  'session:events': (events: EventEnvelope[]) => void;
}

export interface ClientToServerEvents {
  'command:send': (envelope: CommandEnvelope, ack: (a: Ack) => void) => void;
  /** Clock sync: the server answers with its time; the client keeps the sample with the shortest round trip. */
  'time:ping': (ack: (serverTime: number) => void) => void;
}

export type { Language };
