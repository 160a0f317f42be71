// The report as a PDF (A4) drawn with pdfkit and embedded, subsetted Noto fonts (pdfFonts.ts), so
// every name prints in its own script. Bookmarks mirror the section headings; pages are numbered
// "n / total".
import PDFDocument from 'pdfkit';
import { exhaustive } from '../../shared/exhaustive.js';
import type { ReportLabels } from '../../shared/report/labels.js';
import type { NoteList } from '../../shared/report/lines.js';
import {
  answerBody,
  aqLabel,
  audienceQuestionMeta,
  eventLine,
  flagTexts,
  isEmptySection,
  isTimeColumn,
  mainAnswerFields,
  speakersGrid,
} from '../../shared/report/parts.js';
import {
  personLine,
  type ReportAnswer,
  type ReportAudienceQuestion,
  type ReportModel,
  type ReportSection,
} from '../../shared/report/types.js';
import { chartHeight, drawAppendix, drawChart } from './pdfCharts.js';
import { fitInside, imageSize, photoKind, type Photo } from './photo.js';
import { COLOR, Layout, SIZE, type Doc, type Span } from './pdfLayout.js';
import { drawLine, layoutText } from './pdfText.js';

const MARGIN = 56;
const FLAG_COLOR = '#8a5a00';

/** What a report adds to its model: the session's photos and, for a forum session, the forum's logo. */
export interface PdfExtras {
  photos?: readonly Photo[];
  logo?: Photo | undefined;
}

export function renderPdf(model: ReportModel, photos: readonly Photo[] = [], logo?: Photo): Promise<Buffer> {
  const { doc, done } = newPdf(model.language, `${model.labels.report} — ${model.documentTitle}`);
  drawReport(new Layout(doc), model, { photos, logo });
  finishPdf(doc);
  return done;
}

/** An A4 document with the report's margins, its pages kept until the end (numbering, a table of contents). */
export function newPdf(language: string, title: string): { doc: Doc; done: Promise<Buffer> } {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: { Title: title, Creator: 'Palabre', Producer: 'Palabre' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** One session's report from where the layout stands: the single report and the forum's combined one. */
export function drawReport(out: Layout, model: ReportModel, extras: PdfExtras = {}): void {
  const photos = extras.photos ?? [];
  for (const s of model.sections) {
    if (isEmptySection(s) && 'title' in s) {
      h1(out, s.title);
      out.para(model.labels.empty, { font: 'italic', color: COLOR.muted });
    } else section(out, s, model.labels, photos, extras.logo);
  }
  out.doc.moveDown(1.5);
  out.para(model.footer, { font: 'italic', color: COLOR.muted, size: SIZE.small });
}

/** Numbers the pages and ends the document. */
export function finishPdf(doc: Doc): void {
  numberPages(doc);
  doc.end();
}

function h1(out: Layout, title: string): void {
  out.heading(title, 1);
  out.outline.addItem(title);
}

function section(out: Layout, s: ReportSection, l: ReportLabels, photos: readonly Photo[], logo?: Photo): void {
  switch (s.kind) {
    case 'header': {
      if (logo) drawLogo(out, logo, LOGO_BOX);
      if (s.theme) out.para(s.theme, { font: 'italic', color: COLOR.muted });
      const event = eventLine(s);
      if (event) out.para(event, { font: 'bold' });
      out.doc.moveDown(0.3);
      out.para(s.heading, { font: 'bold', size: SIZE.title }, { gap: 0.6 });
      return;
    }
    case 'facts':
      for (const f of s.facts)
        out.spans([{ text: `${f.label}${l.colon}`, font: 'bold' }, { text: f.value }], { gap: 0.15 });
      return;
    case 'moderator':
      h1(out, s.title);
      if (s.moderator) out.para(personLine(s.moderator, l));
      return;
    case 'speakers': {
      h1(out, s.title);
      if (!s.speakers.length) return;
      const w = out.width;
      const widths = [0.19, 0.17, 0.1, 0.3, 0.11, 0.13].map((f) => Math.floor(w * f));
      const grid = speakersGrid(s.speakers, l);
      out.table(grid.head, grid.rows, widths, isTimeColumn);
      if (s.chart) {
        out.ensure(chartHeight(out, s.chart) + 10);
        drawChart(out, s.chart);
      }
      return;
    }
    case 'mainQuestion':
      h1(out, s.title);
      if (s.text) out.para(s.text);
      return;
    case 'summaries':
      h1(out, s.title);
      for (const sum of s.summaries) {
        out.heading(sum.name, 2);
        notes(out, sum.notes, 0);
      }
      return;
    case 'mainAnswers':
      if (s.chart) out.ensure(chartHeight(out, s.chart) + SIZE.h1 * 5);
      h1(out, s.title);
      if (s.chart) drawChart(out, s.chart);
      else answers(out, s.answers, l, mainAnswer);
      return;
    case 'guidingAnswers':
      h1(out, s.title);
      for (const r of s.rounds) {
        out.heading(r.title, 2);
        for (const q of r.questions) {
          if (q.chart) out.ensure(chartHeight(out, q.chart) + SIZE.h3 * 5);
          out.heading(`${q.number}. ${q.text}`, 3);
          if (q.chart) drawChart(out, q.chart);
          else answers(out, q.answers, l, shortAnswer);
        }
      }
      return;
    case 'keyMessages':
      h1(out, s.title);
      answers(out, s.answers, l, shortAnswer);
      return;
    case 'themes':
      h1(out, s.title);
      for (const t of s.themes) {
        out.heading(`${t.name} (${t.count})`, 2);
        answers(out, t.answers, l, shortAnswer);
      }
      return;
    case 'audienceQuestions':
      h1(out, s.title);
      for (const q of s.questions) audienceQuestion(out, q, l);
      return;
    case 'conclusion':
      h1(out, s.title);
      for (const p of s.paragraphs) out.para(p, {}, { gap: 0.6 });
      return;
    case 'photo': {
      const pictures = photos.flatMap((p) => photoToDraw(out, p) ?? []);
      // Keep the heading on the first picture's page.
      const first = pictures[0];
      if (first) out.ensure(first.size.height + SIZE.h1 * 5);
      h1(out, s.title);
      const drawn = pictures.filter((picture) => drawPhoto(out, picture)).length;
      if (!drawn) out.para(l.noPhoto, { font: 'italic', color: COLOR.muted });
      return;
    }
    case 'appendix':
      drawAppendix(out, s, (title) => h1(out, title));
      return;
    default:
      exhaustive(s, 'report section');
  }
}

const flag = (x: { highlight: boolean; featured?: boolean }, l: ReportLabels): Span[] =>
  flagTexts(x, l).map((f) => ({ text: `${f}  `, font: 'bold', color: FLAG_COLOR }));

/** The rapporteur's notes, nested and numbered as typed. */
function notes(out: Layout, list: NoteList, level: number): void {
  list.items.forEach((item, i) => {
    out.bullet([{ text: item.text }], level, list.ordered ? `${list.start + i}.` : undefined);
    if (item.children) notes(out, item.children, level + 1);
  });
}

function answers(
  out: Layout,
  list: ReportAnswer[],
  l: ReportLabels,
  item: (a: ReportAnswer, l: ReportLabels) => Span[],
): void {
  if (!list.length) {
    out.para(l.noAnswers, { font: 'italic', color: COLOR.muted });
    return;
  }
  for (const a of list) {
    out.ensure(SIZE.body * 3);
    out.spans([{ text: `${a.number}. `, font: 'bold' }, ...flag(a, l), ...item(a, l)], {
      indent: 8,
      gap: 0.5,
    });
  }
}

/** The template's own form: one field per line. */
function mainAnswer(a: ReportAnswer, l: ReportLabels): Span[] {
  return mainAnswerFields(a, l).flatMap(([label, value], i): Span[] => [
    { text: `${i > 0 ? '\n' : ''}${label}${l.colon}`, font: 'bold' },
    { text: value },
  ]);
}

function shortAnswer(a: ReportAnswer, l: ReportLabels): Span[] {
  return [{ text: personLine(a.person, l), font: 'bold' }, { text: `${l.colon}${answerBody(a)}` }];
}

function audienceQuestion(out: Layout, q: ReportAudienceQuestion, l: ReportLabels): void {
  const meta = audienceQuestionMeta(q, l);
  out.ensure(SIZE.body * 4);
  out.bullet([
    ...flag(q, l),
    { text: `${aqLabel(q, l)}${l.colon}`, font: 'bold' },
    { text: q.text },
    { text: `\n${meta.join(' · ')}`, font: 'italic', color: COLOR.muted, size: SIZE.small },
  ]);
  // As the forum's report writes several: the first reply under "Answer:", the others after it.
  q.replies.forEach((r, i) => {
    const by = r.by ? `${r.by}${l.colon}` : '';
    out.bullet(
      [...(i === 0 ? [{ text: `${l.answer}${l.colon}`, font: 'bold' as const }] : []), { text: `${by}${r.gist}` }],
      1,
    );
  });
  out.doc.moveDown(0.3);
}

/** The photo and its size on the page, when it is a PNG or JPEG whose header can be read. */
function photoToDraw(
  out: Layout,
  photo: Photo | undefined,
): { data: Buffer; size: { width: number; height: number } } | null {
  if (!photo) return null;
  const kind = photoKind(photo.mime);
  const size = kind ? imageSize(photo.data, kind) : null;
  return size ? { data: photo.data, size: fitInside(size, out.width, 360) } : null;
}

function drawPhoto(out: Layout, picture: { data: Buffer; size: { width: number; height: number } }): boolean {
  try {
    out.image(picture.data, picture.size);
    return true;
  } catch {
    // A corrupt picture must not cost the rapporteur the whole report.
    return false;
  }
}

/** The forum's logo in a box of `box` points (the report's head, the combined report's title page), left-aligned. */
export function drawLogo(
  out: Layout,
  logo: Photo,
  box: { width: number; height: number },
  align: 'start' | 'center' = 'start',
): void {
  const kind = photoKind(logo.mime);
  const size = kind ? imageSize(logo.data, kind) : null;
  if (!size) return;
  const fit = fitInside(size, box.width, box.height);
  const y = out.doc.y;
  try {
    const x = align === 'center' ? out.left + (out.width - fit.width) / 2 : out.left;
    out.doc.image(logo.data, x, y, { width: fit.width, height: fit.height });
  } catch {
    // An unreadable logo must not cost the organizers the report.
    return;
  }
  out.doc.x = out.left;
  out.doc.y = y + fit.height + 10;
}

const LOGO_BOX = { width: 160, height: 48 };

/** "2 / 5" centred in the bottom margin of every page. */
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const [line] = layoutText(doc, [{ text: `${i + 1} / ${range.count}`, color: COLOR.muted }], width, SIZE.small);
    if (line) drawLine(doc, line, doc.page.margins.left, doc.page.height - MARGIN / 2 - SIZE.small, width, 'center');
    doc.page.margins.bottom = bottom;
  }
}
