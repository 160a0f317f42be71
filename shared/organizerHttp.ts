// Bodies of the organizer API (/api/organizer/..., docs/protocol.md "Organizers and forums").
import type { ForumSettings } from './forum.js';
import type { ForumFigures } from './forumSummary.js';
import type { SessionSlot } from './forumProgramme.js';
import type { SessionLinks } from './http.js';

export interface OrganizerMe {
  /** No organizer exists yet: the first visit offers to create one. */
  setupNeeded: boolean;
  organizer: { id: string; email: string } | null;
}

export interface ForumSummary {
  id: string;
  settings: ForumSettings;
  sessions: number;
}

export interface ForumSessionView extends SessionSlot {
  moderator: string;
  /** A link whose key is not known (adopted with the moderator link only) is absent. */
  links: Pick<SessionLinks, 'moderator' | 'participant'> & Partial<SessionLinks>;
}

export interface ForumView {
  id: string;
  settings: ForumSettings;
  members: { id: string; email: string }[];
  sessions: ForumSessionView[];
}

/** POST /api/organizer/forums/:id/sessions/:code/keys: the forum with the new link in place. */
export interface RotateForumKeyResponse {
  view: ForumView;
  role: 'moderator' | 'rapporteur' | 'projector';
}

export interface InviteLinkResponse {
  link: string;
  expiresAt: number;
}

/** The double-submit CSRF token: cookie name and the header that must repeat it. */
export const CSRF_COOKIE = 'palabre_csrf';
export const CSRF_HEADER = 'x-palabre-csrf';
export const LOGIN_COOKIE = 'palabre_organizer';

/** GET /api/organizer/forums/:id/summary: the forum's figures, sessions in programme order. */
export interface ForumFiguresResponse {
  forum: { id: string; name: string };
  figures: ForumFigures;
}
