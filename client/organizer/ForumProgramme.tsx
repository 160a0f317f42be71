// Importing a programme into a forum: the home page's file card and review, with the sessions made
// through the forum's route (they join the forum and inherit its settings).
import type { ProgrammeCreateResponse, ProgrammeSessionInput } from '../../shared/programme/http.js';
import type { ApiResult } from '../common/http.js';
import { ImportProgramme } from '../home/ImportProgramme.js';
import type { PreviewedRow } from '../home/programmeRows.js';
import { tfs } from '../i18n/forumSessions.js';
import { api } from './api.js';
import '../home/programme.css';

export async function createInForum(
  forumId: string,
  sessions: ProgrammeSessionInput[],
): Promise<ApiResult<ProgrammeCreateResponse>> {
  const r = await api<ProgrammeCreateResponse>('POST', `/forums/${forumId}/programme`, { sessions });
  if (r.ok) return { kind: 'ok', status: 201, body: r.body };
  return r.status === 0 ? { kind: 'network' } : { kind: 'refused', status: r.status, message: r.message };
}

export function ForumProgramme(props: { forumId: string; onReview: (rows: PreviewedRow[]) => void }) {
  return (
    <div class="org-programme">
      <ImportProgramme onReview={props.onReview} title={tfs('importTitle')} hint={tfs('importHint')} />
    </div>
  );
}
