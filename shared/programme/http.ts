// The programme routes' bodies (docs/protocol.md, "Programme import").
import type { SessionDefinition } from '../definition.js';
import type { SessionSlot } from '../forumProgramme.js';
import type { SessionLinks } from '../http.js';
import type { ProgrammeIssue } from './issues.js';
import type { ProgrammeRow } from './parse.js';

export type WordedIssue = ProgrammeIssue & { message: string };

/** POST /api/programme/preview: a sheet's rows, or one row for a brief file. Nothing is stored. */
export interface ProgrammePreviewResponse {
  kind: 'sheet' | 'brief';
  rows: (Omit<ProgrammeRow, 'warnings' | 'errors'> & { warnings: WordedIssue[]; errors: WordedIssue[] })[];
}

export interface ProgrammeSessionInput {
  definition: SessionDefinition;
  room?: string;
  rapporteur?: string;
}

/**
 * POST /api/programme/create, and POST /api/organizer/forums/:id/programme (the sessions join the
 * forum and inherit its settings): every session or none.
 */
export interface ProgrammeCreateRequest {
  sessions: ProgrammeSessionInput[];
}

export interface CreatedProgrammeSession extends SessionSlot {
  moderator: string;
  rapporteur: string;
  links: SessionLinks;
}

export interface ProgrammeCreateResponse {
  sessions: CreatedProgrammeSession[];
}
