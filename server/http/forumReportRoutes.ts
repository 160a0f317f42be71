// A forum's reports in one place, for its organizers (organizerRoutes.ts checks the login and the
// forum's membership before these run):
//   GET /api/organizer/forums/:id/reports.zip   every format of every session's report
//   GET /api/organizer/forums/:id/report.pdf    the combined report (title page, contents, sessions)
//   GET /api/organizer/forums/:id/report.docx   the same in Word
//   GET /api/organizer/forums/:id/summary       the forum's figures (JSON, shared/forumSummary.ts)
//   GET /api/organizer/forums/:id/summary.csv   the same as a spreadsheet
// Reports are written (and zipped) in the render pool's workers, so the event loop keeps serving.
import type { ServerResponse } from 'node:http';
import type { Language } from '../../shared/definition.js';
import {
  inProgrammeOrder,
  programmeEntryOf,
  reportBaseName,
  safeNamePart,
  uniqueNames,
} from '../../shared/forumProgramme.js';
import { forumFigures } from '../../shared/forumSummary.js';
import { renderForumSummaryCsv } from '../../shared/forumSummaryCsv.js';
import { organizerMessage } from '../../shared/organizerErrors.js';
import type { ForumFiguresResponse } from '../../shared/organizerHttp.js';
import type { SessionState } from '../../shared/state.js';
import { readPhotos } from '../archive.js';
import type { Committer } from '../committer.js';
import type { Registry } from '../registry.js';
import { logoPhoto } from '../report/logo.js';
import type { Photo } from '../report/photo.js';
import type { RenderedReport } from '../report/render.js';
import type { ForumRecord } from '../store/forumStore.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { BoardSource } from '../board/boardSource.js';
import { HttpError, sendJson } from './util.js';

export interface ForumReportDeps {
  store: SessionStore;
  registry: Registry;
  clock: () => number;
  /** Reads wait for what is being committed (as the session report does). */
  committer?: Committer;
  /** Reads sessions' states without loading their rooms (the summary's figures). */
  board?: BoardSource;
}

const ROUTE =
  /^\/api\/organizer\/forums\/([A-Za-z0-9_-]{1,64})\/(reports\.zip|report\.pdf|report\.docx|summary|summary\.csv)$/;

/** The formats of a session's report in the forum's zip, with the extension each takes there. */
const ZIP_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'csvAudience'] as const;
const AUDIENCE_WORD = { fr: 'public', en: 'audience', es: 'público' } as const;

interface LoadedSession {
  state: SessionState;
  photos: Photo[];
}

/** Handles a forum report route; false for any other path. `forumOf` refuses a forum not the organizer's. */
export async function handleForumReports(
  res: ServerResponse,
  path: string,
  method: string,
  lang: Language,
  forumOf: (id: string) => Promise<ForumRecord>,
  deps: ForumReportDeps,
): Promise<boolean> {
  const m = ROUTE.exec(path);
  if (!m || method !== 'GET') return false;
  const forum = await forumOf(m[1]!);
  const what = m[2]!;
  const now = deps.clock();
  const summary = what === 'summary' || what === 'summary.csv';
  // The figures need only the states: read without loading every room; the reports need photos.
  const sessions =
    summary && deps.board
      ? await readStates(forum.id, deps.board, deps.store)
      : await loadSessions(forum.id, deps, !summary);
  const logo = logoPhoto(forum.settings.logo);
  switch (what) {
    case 'summary':
      sendJson(res, 200, {
        forum: { id: forum.id, name: forum.settings.name },
        figures: forumFigures(
          sessions.map((s) => s.state),
          now,
        ),
      } satisfies ForumFiguresResponse);
      return true;
    case 'summary.csv': {
      const csv = renderForumSummaryCsv(
        forumFigures(
          sessions.map((s) => s.state),
          now,
        ),
        lang,
      );
      sendFile(
        res,
        'text/csv; charset=utf-8',
        `${safeNamePart(forum.settings.name) || 'forum'} – ${SUMMARY_WORD[lang]}.csv`,
        csv,
      );
      return true;
    }
    case 'report.pdf':
    case 'report.docx': {
      const format = what === 'report.pdf' ? 'pdf' : 'docx';
      const { renderPool, RenderBusyError } = await import('../report/renderPool.js');
      try {
        const out = await renderPool().renderForum(format, forum.settings, sessions, { now, logo });
        sendFile(res, out.contentType, out.filename, out.body);
      } catch (e) {
        if (e instanceof RenderBusyError) throw busy(lang);
        throw e;
      }
      return true;
    }
    case 'reports.zip': {
      const name = `${safeNamePart(forum.settings.name) || 'forum'} – ${REPORTS_WORD[forum.settings.language]}.zip`;
      const out = await forumZip(sessions, now, logo, name, lang);
      sendFile(res, out.contentType, name, out.body);
      return true;
    }
    default:
      return false;
  }
}

const SUMMARY_WORD = { fr: 'synthèse', en: 'summary', es: 'resumen' } as const;
const REPORTS_WORD = { fr: 'rapports', en: 'reports', es: 'informes' } as const;

const busy = (lang: Language) =>
  new HttpError(503, { error: 'render_busy', message: organizerMessage('render_busy', lang) });

const programmeEntry = ({ state }: LoadedSession) => programmeEntryOf(state);

/** The forum's sessions' states, read without loading their rooms, in programme order. */
async function readStates(forumId: string, board: BoardSource, store: SessionStore): Promise<LoadedSession[]> {
  const codes = (await store.listForumSessions(forumId)).map((s) => s.code);
  const read = await board.states(codes);
  return inProgrammeOrder(
    read.map(({ state }) => ({ state, photos: [] })),
    programmeEntry,
  );
}

/** The forum's sessions that still exist, their states committed, with their photos when asked. */
async function loadSessions(forumId: string, deps: ForumReportDeps, withPhotos: boolean): Promise<LoadedSession[]> {
  const out: LoadedSession[] = [];
  for (const s of await deps.store.listForumSessions(forumId)) {
    const room = await deps.registry.load(s.code);
    if (!room) continue;
    await deps.committer?.idle(room);
    const state = room.state;
    const photos = withPhotos
      ? (await readPhotos(s.code, state, deps.store)).map((b) => ({ data: b.data, mime: b.mime }))
      : [];
    out.push({ state, photos });
  }
  return inProgrammeOrder(out, programmeEntry);
}

/** The file names of one session's reports in the zip, from its base name ("2026-11-20 14h00 – Title"). */
export function zipEntryName(
  base: string,
  format: (typeof ZIP_FORMATS)[number],
  mdZipped: boolean,
  lang: Language,
): string {
  switch (format) {
    case 'csvAudience':
      return `${base} – ${AUDIENCE_WORD[lang]}.csv`;
    case 'md':
      // With photos or a logo, the Markdown report is its own zip (the .md and its pictures).
      return mdZipped ? `${base} – Markdown.zip` : `${base}.md`;
    default:
      return `${base}.${format}`;
  }
}

/**
 * Every session's every format, one render at a time in the render pool (a bulk download leaves
 * the pool's other worker, and the machine's other core, to the rapporteurs and the event loop),
 * then packed into a zip there too: even a CSV of 500 answers takes a tenth of a second to write,
 * and compressing is CPU work.
 */
async function forumZip(
  sessions: LoadedSession[],
  now: number,
  logo: Photo | undefined,
  filename: string,
  lang: Language,
): Promise<RenderedReport> {
  const { renderPool, RenderBusyError } = await import('../report/renderPool.js');
  const bases = uniqueNames(sessions.map(({ state }) => reportBaseName(programmeEntryOf(state))));
  try {
    const files: { name: string; data: Buffer | string; store: boolean }[] = [];
    for (const [i, s] of sessions.entries()) {
      for (const format of ZIP_FORMATS) {
        const out = await renderPool().render(s.state, format, { now, photos: s.photos, logo });
        const zipped = out.contentType === 'application/zip';
        files.push({
          name: zipEntryName(bases[i]!, format, zipped, s.state.definition.language),
          data: out.body,
          // Word, PDF and zips are compressed already.
          store: zipped || format === 'docx' || format === 'pdf',
        });
      }
    }
    return await renderPool().zip(filename, files);
  } catch (e) {
    if (e instanceof RenderBusyError) throw busy(lang);
    throw e;
  }
}

/** An attachment name in any script (RFC 6266), with a plain fallback for old clients. */
function disposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[–—]/g, '-')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_')
      .replace(/ {2,}/g, ' ') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendFile(res: ServerResponse, contentType: string, name: string, body: Buffer | string): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-disposition': disposition(name),
    'cache-control': 'no-store',
  });
  res.end(body);
}
