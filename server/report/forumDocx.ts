// The forum's combined report as one Word document: a title page (logo, name, city, dates, theme),
// a contents list, then every session's report as the single report's Word writer makes it
// (docx.ts reportSection), each a section of its own starting on a new page.
//
// The contents are a generated table rather than a TOC field: each row names a session (linked to
// a bookmark on its title) and its page as a PAGEREF field. The titles read correctly in any viewer
// without a field update; Word and LibreOffice fill in the page numbers (the document asks Word to
// update its fields on opening).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  BorderStyle,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageReference,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ForumReportModel } from '../../shared/report/forumReport.js';
import {
  CONTENT_WIDTH,
  MUTED,
  PAGE_PROPERTIES,
  documentOptions,
  logoParagraph,
  pageNumberFooter,
  reportSection,
  runs,
} from './docx.js';
import type { Photo } from './photo.js';

export interface ForumDocxSession {
  photos: readonly Photo[];
}

const bookmarkOf = (i: number) => `session_${i + 1}`;
/** The contents' page numbers column, in twentieths of a point. */
const PAGE_COLUMN = 800;

export async function renderForumDocx(
  report: ForumReportModel,
  extras: readonly ForumDocxSession[],
  logo?: Photo,
): Promise<Buffer> {
  const lists = { next: 1 };
  const doc = new Document({
    ...documentOptions(report.language, `${report.labels.forumReport} — ${report.name}`),
    features: { updateFields: true },
    sections: [
      front(report, logo),
      ...report.sessions.map((s, i) =>
        reportSection(s.model, { photos: extras[i]?.photos ?? [], logo, bookmark: bookmarkOf(i) }, lists),
      ),
    ],
  });
  return Packer.toBuffer(doc);
}

/** The title page and the contents, numbered in the footer like the rest. */
function front(r: ForumReportModel, logo: Photo | undefined): ISectionOptions {
  const centred = (text: string, style: Parameters<typeof runs>[1], after = 240) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs(text, style) });
  const cover = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    ...(logo ? [logoParagraph(logo, { width: 340, height: 170 }, AlignmentType.CENTER)].filter((p) => !!p) : []),
    centred(r.labels.forumReport, { size: 26, color: MUTED }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(r.name) }),
    ...([r.city, r.dates].some(Boolean) ? [centred([r.city, r.dates].filter(Boolean).join(' · '), { size: 28 })] : []),
    ...(r.theme ? [centred(r.theme, { italics: true, color: MUTED, size: 24 })] : []),
  ];
  // A borderless table: titles wrap in their column, page numbers stand in theirs (a tab beyond a
  // right indent, Word's own way, is cut off by LibreOffice).
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const cellOf = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 40, bottom: 80 }, children });
  const rows = r.sessions.map(
    (s, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cellOf(CONTENT_WIDTH - PAGE_COLUMN, [
            new Paragraph({
              children: [
                new InternalHyperlink({
                  anchor: bookmarkOf(i),
                  children: runs(`${i + 1}. ${s.title}`, { bold: true }),
                }),
                ...(s.when ? runs(s.when, { size: 18, color: MUTED }, true) : []),
              ],
            }),
          ]),
          cellOf(PAGE_COLUMN, [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new PageReference(bookmarkOf(i), { hyperlink: true })],
            }),
          ]),
        ],
      }),
  );
  const table = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH - PAGE_COLUMN, PAGE_COLUMN],
    borders,
    rows,
  });
  return {
    footers: { default: pageNumberFooter() },
    properties: PAGE_PROPERTIES,
    children: [
      ...cover,
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(r.labels.contents) }),
      ...(rows.length
        ? [table]
        : [new Paragraph({ children: runs(r.labels.noSessions, { italics: true, color: MUTED }) })]),
    ],
  };
}
