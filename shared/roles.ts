// What each role is: the staff hold a secret key and see everything; the screens (staff and
// projector) see the whole room; a participant sees the room's public part and their own.
import type { Role } from './state.js';

/** Roles that hold a secret key (never sent to participants or the projector). */
export const isStaff = (role: Role): boolean => role === 'moderator' || role === 'rapporteur';

/** Roles that watch the whole room (every participant, every answer): the staff and the projector. */
export const isScreen = (role: Role): boolean => role !== 'participant';

/** The roles with a page of their own on the staff bundle (/moderator, /rapporteur, /projector, /speaker). */
export const SCREEN_ROLES = ['moderator', 'rapporteur', 'projector', 'speaker'] as const;
export type ScreenRole = (typeof SCREEN_ROLES)[number];
export const isScreenRole = (x: string): x is ScreenRole => (SCREEN_ROLES as readonly string[]).includes(x);
