// One entry point for every report format, used by the HTTP export and the CLI: the state in,
// the bytes, their content type and a file name out. The heavy Word and PDF writers load lazily.
import type { ForumSettings } from '../../shared/forum.js';
import { safeNamePart } from '../../shared/forumProgramme.js';
import { buildForumReport } from '../../shared/report/forumReport.js';
import { buildReport } from '../../shared/report/model.js';
import { renderAudienceCsv, renderCsv } from '../../shared/report/csv.js';
import { renderHtml } from '../../shared/report/html.js';
import { photoDataUrl } from '../../shared/report/imageSrc.js';
import { reportLabels } from '../../shared/report/labels.js';
import { renderMarkdown } from '../../shared/report/markdown.js';
import { exhaustive } from '../../shared/exhaustive.js';
import type { SessionState } from '../../shared/state.js';
import { logoPath, photoPaths, renderMarkdownZip } from './markdownZip.js';
import { photoKind, type Photo } from './photo.js';

export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'csvAudience', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (x: string): x is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(x);

export interface RenderOptions {
  now: number;
  /** The session's photos, in the order the report shows them. */
  photos?: Photo[];
  /** What 'json' returns (the session archive); the state itself when absent. */
  archive?: unknown;
  /** The forum's logo, for a session in a forum: at the head of every format, a file in the Markdown zip. */
  logo?: Photo | undefined;
}

export interface RenderedReport {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  csvAudience: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** "rapport-GSEF21.docx": the report's own word in the session language, then the session code. */
export function reportFilename(state: SessionState, format: ReportFormat | 'zip', reportWord: string): string {
  const code = state.code.replace(/[^A-Za-z0-9_-]/g, '') || 'session';
  const word = format === 'json' ? 'archive' : reportWord.toLowerCase();
  // The audience questions' CSV sits beside the answers' one: "rapport-GSEF21-public.csv".
  if (format === 'csvAudience') return `${word}-${code}-${AUDIENCE_WORD[state.definition.language]}.csv`;
  return `${word}-${code}.${format}`;
}

const AUDIENCE_WORD = { fr: 'public', en: 'audience', es: 'publico' } as const;

/** An embeddable data URL for HTML, or nothing for a format a browser may not show. */
function photoSrc(photo: Photo): string | undefined {
  const kind = photoKind(photo.mime);
  if (!kind) return undefined;
  return photoDataUrl(kind === 'png' ? 'image/png' : 'image/jpeg', photo.data.toString('base64'));
}

export async function renderReport(
  state: SessionState,
  format: ReportFormat,
  opts: RenderOptions,
): Promise<RenderedReport> {
  const out = (body: Buffer | string): RenderedReport => ({
    body,
    contentType: CONTENT_TYPES[format],
    filename: reportFilename(state, format, reportLabels(state.definition.language).report),
  });
  const photos = opts.photos ?? [];
  const logo = opts.logo;
  const srcs = photos.map(photoSrc).filter((x): x is string => !!x);
  const logoSrc = logo && photoSrc(logo);
  switch (format) {
    case 'docx': {
      const { renderDocx } = await import('./docx.js');
      return out(await renderDocx(buildReport(state, opts.now), photos, logo));
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf.js');
      return out(await renderPdf(buildReport(state, opts.now), photos, logo));
    }
    case 'html':
      return out(renderHtml(buildReport(state, opts.now), { photoSrcs: srcs, ...(logoSrc ? { logoSrc } : {}) }));
    case 'md': {
      const model = buildReport(state, opts.now);
      if (!photoPaths(photos).length && !logoPath(logo)) return out(renderMarkdown(model, {}));
      // With photos or a logo: a zip of the .md and the pictures beside it (not base64 inside the text).
      const mdName = reportFilename(state, 'md', reportLabels(state.definition.language).report);
      return {
        body: await renderMarkdownZip(model, mdName, photos, logo),
        contentType: 'application/zip',
        filename: reportFilename(state, 'zip', reportLabels(state.definition.language).report),
      };
    }
    case 'csv':
      return out(renderCsv(state));
    case 'csvAudience':
      return out(renderAudienceCsv(state));
    case 'json':
      return out(`${JSON.stringify(opts.archive ?? state, null, 2)}\n`);
    default:
      return exhaustive(format, 'report format');
  }
}

/** "GSEF 2026 – Rapport du forum.pdf": the forum's name, then the combined report's own word. */
export function forumReportFilename(settings: ForumSettings, format: 'docx' | 'pdf'): string {
  const word = buildForumReport(settings, [], 0).labels.forumReport;
  return `${safeNamePart(settings.name) || 'forum'} – ${word}.${format}`;
}

/** The forum's combined report, its sessions in programme order whatever order they come in. */
export async function renderForumReport(
  format: 'docx' | 'pdf',
  settings: ForumSettings,
  sessions: readonly { state: SessionState; photos: Photo[] }[],
  opts: { now: number; logo?: Photo | undefined },
): Promise<RenderedReport> {
  const report = buildForumReport(
    settings,
    sessions.map((s) => s.state),
    opts.now,
  );
  // The model sorted the sessions; their photos follow them by code.
  const photosOf = new Map(sessions.map((s) => [s.state.code, s.photos]));
  const extras = report.sessions.map((s) => ({ photos: photosOf.get(s.code) ?? [] }));
  const body =
    format === 'pdf'
      ? await (await import('./forumPdf.js')).renderForumPdf(report, extras, opts.logo)
      : await (await import('./forumDocx.js')).renderForumDocx(report, extras, opts.logo);
  return { body, contentType: CONTENT_TYPES[format], filename: forumReportFilename(settings, format) };
}
