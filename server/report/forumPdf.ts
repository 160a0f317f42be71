// The forum's combined report as one PDF: a title page (logo, name, city, dates, theme), a table
// of contents with each session's first page (linked), then every session's report as the single
// session's PDF draws it (pdf.ts drawReport), each from a new page, bookmarked under its title.
import type { ForumReportModel } from '../../shared/report/forumReport.js';
import { drawLogo, drawReport, finishPdf, newPdf } from './pdf.js';
import { COLOR, Layout, SIZE, type OutlineNode } from './pdfLayout.js';
import { drawLine, layoutText } from './pdfText.js';
import type { Photo } from './photo.js';

export interface ForumPdfSession {
  photos: readonly Photo[];
}

/** A table-of-contents row: the title on one line, its date under it, the page number on the right. */
const TOC_ROW = SIZE.body * 1.3 + SIZE.small * 1.3 + 8;
const PAGE_COL = 40;

export function renderForumPdf(
  report: ForumReportModel,
  extras: readonly ForumPdfSession[],
  logo?: Photo,
): Promise<Buffer> {
  const { doc, done } = newPdf(report.language, `${report.labels.forumReport} — ${report.name}`);
  const out = new Layout(doc);
  titlePage(out, report, logo);

  // The contents' pages are kept blank and filled once every session's first page is known.
  doc.addPage();
  const tocFirst = doc.bufferedPageRange().count - 1;
  const firstRows = Math.floor((out.bottom - doc.y - SIZE.h1 * 4) / TOC_ROW);
  const perPage = Math.floor((out.bottom - doc.page.margins.top) / TOC_ROW);
  const extra = Math.max(0, Math.ceil((report.sessions.length - firstRows) / perPage));
  for (let i = 0; i < extra; i++) doc.addPage();
  (doc.outline as unknown as OutlineNode).addItem(report.labels.contents);

  const starts: number[] = [];
  report.sessions.forEach((s, i) => {
    doc.addPage();
    starts.push(doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(`session-${i + 1}`);
    out.outline = (doc.outline as unknown as OutlineNode).addItem(s.title);
    drawReport(out, s.model, { photos: extras[i]?.photos ?? [], logo });
  });

  contents(out, report, starts, tocFirst);
  finishPdf(doc);
  return done;
}

function titlePage(out: Layout, r: ForumReportModel, logo: Photo | undefined): void {
  const doc = out.doc;
  doc.y = doc.page.margins.top + 120;
  if (logo) drawLogo(out, logo, { width: 260, height: 130 }, 'center');
  doc.moveDown(1);
  out.spans([{ text: r.labels.forumReport, color: COLOR.muted, size: SIZE.h2 }], { align: 'center', gap: 1 });
  out.spans([{ text: r.name, font: 'bold', size: SIZE.title + 6 }], { align: 'center', gap: 1 });
  const place = [r.city, r.dates].filter(Boolean).join(' · ');
  if (place) out.spans([{ text: place, size: SIZE.h1 }], { align: 'center', gap: 0.8 });
  if (r.theme) out.spans([{ text: r.theme, font: 'italic', color: COLOR.muted, size: SIZE.h2 }], { align: 'center' });
}

function contents(out: Layout, r: ForumReportModel, starts: number[], first: number): void {
  const doc = out.doc;
  doc.switchToPage(first);
  doc.y = doc.page.margins.top;
  out.heading(r.labels.contents, 1);
  if (!r.sessions.length) out.para(r.labels.noSessions, { font: 'italic', color: COLOR.muted });
  let page = first;
  r.sessions.forEach((s, i) => {
    if (doc.y + TOC_ROW > out.bottom) {
      doc.switchToPage(++page);
      doc.y = doc.page.margins.top;
    }
    const y = doc.y;
    const width = out.width - PAGE_COL;
    const title = oneLine(out, `${i + 1}. ${s.title}`, width - 12);
    drawLine(doc, title, out.left, y, width - 12);
    const pageNo = String((starts[i] ?? 0) + 1);
    const [num] = layoutText(doc, [{ text: pageNo }], PAGE_COL, SIZE.body);
    if (num) drawLine(doc, num, out.left + width, y, PAGE_COL, 'right');
    if (s.when) {
      const [when] = layoutText(doc, [{ text: s.when, color: COLOR.muted, size: SIZE.small }], width, SIZE.small);
      if (when) drawLine(doc, when, out.left + 14, y + title.height, width - 14);
    }
    doc.goTo(out.left, y, out.width, TOC_ROW - 6, `session-${i + 1}`);
    doc.y = y + TOC_ROW;
  });
}

/** The first line of `text` at `width`, shortened with "…" when the title is longer. */
function oneLine(out: Layout, text: string, width: number) {
  const lay = (t: string) => layoutText(out.doc, [{ text: t, font: 'bold' }], width, SIZE.body);
  let lines = lay(text);
  if (lines.length <= 1 && lines[0]) return lines[0];
  const chars = [...text];
  let n = chars.length;
  while (n > 1) {
    n = Math.floor(n * 0.9);
    lines = lay(`${chars.slice(0, n).join('').trimEnd()}…`);
    if (lines.length === 1 && lines[0]) return lines[0];
  }
  return lay('…')[0]!;
}
