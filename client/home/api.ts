// The home page's calls to the server: read a Word brief, fetch a past session's archive to reuse
// its definition, create a session. Bodies are typed by shared/http.ts.
import type { SessionDefinition } from '../../shared/definition.js';
import type { ArchiveResponse, BriefImportResponse, CreateSessionResponse } from '../../shared/http.js';
import { getJson, postJson } from '../common/http.js';
import { lang } from '../i18n/i18n.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const importDocxBrief = (file: File) =>
  postJson<BriefImportResponse>('/api/briefs/import', file, { 'content-type': DOCX_TYPE, 'accept-language': lang() });

/** A staff key opens the archive (the moderator's, from the link kept on this device). */
export const fetchArchive = (code: string, key: string) =>
  getJson<ArchiveResponse>(`/api/sessions/${encodeURIComponent(code)}/archive`, {
    authorization: `Bearer ${key}`,
    'accept-language': lang(),
  });

export const createSession = (d: SessionDefinition) =>
  postJson<CreateSessionResponse>('/api/sessions', d, { 'accept-language': lang() });
