// The organizers' status board on the wire: GET /api/organizer/forums/:id/board, and the live
// Socket.IO namespace BOARD_NAMESPACE (authenticated by the organizer's login cookie, like the HTTP
// routes; its `auth` names the forum). Event names are `domain:verb`, typed below.
import * as v from 'valibot';
import type { BoardRow } from './board.js';
import { LANGUAGES } from './definition.js';
import type { OrganizerError } from './organizerErrors.js';

export const BOARD_NAMESPACE = '/board';

/** A whole board: every session of the forum in programme order. */
export interface BoardResponse {
  forumId: string;
  /** The forum's name and time zone (the day a board opens on is today there). */
  name: string;
  timeZone: string;
  /** Server time the rows were computed at. */
  serverTime: number;
  rows: BoardRow[];
}

/** Rows that changed since the last message (by code), and sessions no longer in the forum. */
export interface BoardPatch {
  serverTime: number;
  rows: BoardRow[];
  removed: string[];
}

/** Sent as Socket.IO `auth` on every (re)connect to BOARD_NAMESPACE. */
export const BoardHandshakeSchema = v.object({
  forumId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  language: v.optional(v.picklist(LANGUAGES)),
});
export type BoardHandshake = v.InferOutput<typeof BoardHandshakeSchema>;

/** A board connect refusal (connect_error's `data`), worded in the handshake's language. */
export interface BoardRefusal {
  error: OrganizerError;
  message: string;
}

export interface BoardServerToClient {
  /** The whole board: on connect, and whenever the forum's sessions changed. */
  'board:full': (b: BoardResponse) => void;
  /** Changed rows, at most about once a second per forum. */
  'board:rows': (p: BoardPatch) => void;
}

/** The board listens only: nothing is sent but the handshake. */
export type BoardClientToServer = Record<string, never>;
