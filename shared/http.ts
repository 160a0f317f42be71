// The JSON bodies of the HTTP API, defined once: server/http produces values of these types and
// the client reads them (client/common/http.ts) as these types. Sockets have their own map in
// protocol.ts; binary replies (report files, the photo, the QR code) are not JSON and not here.
import type { SessionArchive } from './archive.js';
import type { BriefWarning } from './brief/warnings.js';
import type { SessionDefinition } from './definition.js';
import type { ErrorCode } from './errors.js';
import type { PublicSessionInfo } from './protocol.js';

/** One schema problem in a refused definition (`POST /api/sessions` with `invalid_payload`). */
export interface PayloadIssue {
  path: string;
  message: string;
}

/** Every refusal: a named code and the message in the Accept-Language language. */
export interface ApiError {
  error: ErrorCode;
  message: string;
  issues?: PayloadIssue[];
}

/** The links of a session; staff keys ride in the fragment (#key=…). */
export interface SessionLinks {
  moderator: string;
  rapporteur: string;
  participant: string;
  projector: string;
  /** The speaker view (confidence monitor, the speaker's laptop): read-only but for dismissing a cue. */
  speaker: string;
}

/** `GET /api/sessions/:code/speaker-link` → 200 (moderator key): the speaker's views, to hand out. */
export interface SpeakerLinksResponse {
  /** The speaker view. */
  speaker: string;
  /** The streaming overlay (transparent: timer and join QR, for OBS), opened with the speaker's key. */
  stream: string;
}

/**
 * `GET /api/sessions/:code/addresses` → 200 (any staff or screen key): where phones can reach this
 * server. `publicUrl` is PUBLIC_URL when set; otherwise null, and `lan` lists this machine's
 * non-internal IPv4 addresses as origins on the port the request came to (suggestions only).
 */
export interface AddressesResponse {
  publicUrl: string | null;
  lan: string[];
}

/** `POST /api/sessions` → 201. */
export interface CreateSessionResponse {
  code: string;
  links: SessionLinks;
}

/** `GET /api/sessions/:code` → 200: what a join page may know before connecting. */
export type SessionInfoResponse = PublicSessionInfo;

/** A brief warning as `{code, params}` plus `message`, worded in the Accept-Language language. */
export type WordedBriefWarning = BriefWarning & { message: string };

/** `POST /api/briefs/import` → 200: the definition to review; nothing is stored. */
export interface BriefImportResponse {
  definition: SessionDefinition;
  warnings: WordedBriefWarning[];
  unrecognized: string[];
}

/** `GET /api/sessions/:code/archive` → 200 (staff key). */
export type ArchiveResponse = SessionArchive;

/** `POST` or `DELETE /api/sessions/:code/photo` → 200 (staff key); `photo` is null once removed. */
export interface PhotoResponse {
  ok: true;
  photo: { id: string; mime: 'image/png' | 'image/jpeg'; bytes: number } | null;
}

/** `GET /healthz` → 200. */
/** GET /healthz: 200 when the store answers a read, 503 with the reason when it does not. */
export type HealthResponse = { ok: true; time: number; sessionsLoaded: number } | { ok: false; reason: string };

/** POST /api/sessions/:code/keys: the replaced links (the moderator's comes with the speaker view's). */
export interface RotateKeyResponse {
  links: Partial<Pick<SessionLinks, 'moderator' | 'rapporteur' | 'projector' | 'speaker'>>;
}
