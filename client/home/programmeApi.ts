// The programme import's calls: preview one file, create every reviewed session.
import type {
  ProgrammeCreateResponse,
  ProgrammePreviewResponse,
  ProgrammeSessionInput,
} from '../../shared/programme/http.js';
import { postJson } from '../common/http.js';
import { lang } from '../i18n/i18n.js';

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  txt: 'text/plain',
  md: 'text/plain',
};

export function previewFile(file: File) {
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const query = new URLSearchParams({ name: file.name, language: lang() });
  return postJson<ProgrammePreviewResponse>(`/api/programme/preview?${query}`, file, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'accept-language': lang(),
  });
}

export const createProgramme = (sessions: ProgrammeSessionInput[]) =>
  postJson<ProgrammeCreateResponse>('/api/programme/create', { sessions }, { 'accept-language': lang() });
