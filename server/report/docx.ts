// The report as a Word document, the format the forum collects. Section titles use Word's own
// Heading 1/2/3 styles so the navigation pane and a table of contents work, the speakers sit in a
// real table, and the group photo is embedded. Text goes in as runs: docx escapes it as XML data.
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { exhaustive } from '../../shared/exhaustive.js';
import { stripControls } from '../../shared/report/escape.js';
import type { ReportLabels } from '../../shared/report/labels.js';
import { LOCALE, scriptLanguage, startsRightToLeft } from '../../shared/report/direction.js';
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
  type ReportSpeaker,
} from '../../shared/report/types.js';
import { appendixBlocks, chartBlocks } from './docxCharts.js';
import { fitInside, imageSize, photoKind, type Photo } from './photo.js';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The photo's largest size in pixels at 96 dpi: the text width, two thirds of a page high. */
const PHOTO_MAX = { width: Math.floor((CONTENT_WIDTH / 1440) * 96), height: 600 };
export const MUTED = '595959';

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** Runs for text that may hold line breaks: Word needs an explicit break, not "\n". */
export function runs(text: string, style: RunStyle = {}, onNewLine = false): TextRun[] {
  return stripControls(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({ ...style, ...scriptStyle(line), text: line, ...(i > 0 || onNewLine ? { break: 1 } : {}) }),
    );
}

/** Right-to-left text is marked so (w:rtl), and Arabic, Hebrew and Hangul carry their language (w:lang). */
function scriptStyle(text: string): RunStyle {
  const lang = scriptLanguage(text);
  return {
    ...(startsRightToLeft(text) ? { rightToLeft: true } : {}),
    ...(lang.bidirectional || lang.eastAsia ? { language: lang } : {}),
  };
}

interface ParaExtra {
  bullet?: number;
  numbered?: { level: number; instance: number };
  indent?: number;
  spacingAfter?: number;
  /** Kept on the page of the paragraph that follows (a question with its replies). */
  keepNext?: boolean;
  /** The paragraph's own text, to set it right to left when it starts so. */
  bidiOf?: string;
}

export const para = (children: TextRun[], extra: ParaExtra = {}): Paragraph =>
  new Paragraph({
    children,
    ...(extra.bullet !== undefined ? { bullet: { level: extra.bullet } } : {}),
    ...(extra.numbered ? { numbering: { reference: NOTES_NUMBERING, ...extra.numbered } } : {}),
    ...(extra.indent !== undefined ? { indent: { left: extra.indent } } : {}),
    ...(extra.keepNext ? { keepNext: true, keepLines: true } : {}),
    ...(extra.bidiOf !== undefined && startsRightToLeft(extra.bidiOf) ? { bidirectional: true } : {}),
    spacing: { after: extra.spacingAfter ?? 80 },
  });

/** The numbered lists of the rapporteur's notes: decimal at every level, each list restarting at 1. */
const NOTES_NUMBERING = 'notes-numbered';
const numberingConfig = {
  config: [
    {
      reference: NOTES_NUMBERING,
      levels: Array.from({ length: 6 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 + level * 360, hanging: 360 } } },
      })),
    },
  ],
};

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, children: runs(text), keepNext: true });

/** What a report adds to its model: the session's photos and, for a forum session, the forum's logo. */
export interface DocxExtras {
  photos?: readonly Photo[];
  logo?: Photo | undefined;
  /** A bookmark on the report's title (the combined report's contents point at it). */
  bookmark?: string;
}

export async function renderDocx(model: ReportModel, photos: readonly Photo[] = [], logo?: Photo): Promise<Buffer> {
  const doc = new Document({
    ...documentOptions(model.language, `${model.labels.report} — ${stripControls(model.documentTitle)}`),
    sections: [reportSection(model, { photos, logo }, { next: 1 })],
  });
  return Packer.toBuffer(doc);
}

/** The document's own settings: author, title, default font in its language, the notes' numbering. */
export function documentOptions(language: ReportModel['language'], title: string) {
  return {
    creator: 'Palabre',
    title,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: LOCALE[language] } } } },
    },
    numbering: numberingConfig,
  };
}

/** A4 with 2 cm margins. */
export const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
  },
};

export const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            color: MUTED,
            children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });

/**
 * One session's report as a Word section (from a new page, its title in the page header): the
 * single report is one such section, the forum's combined report one per session. `lists` numbers
 * the notes' lists across the whole document.
 */
export function reportSection(model: ReportModel, extras: DocxExtras, lists: { next: number }): ISectionOptions {
  const l = model.labels;
  const photos = extras.photos ?? [];
  const children: FileChild[] = model.sections.flatMap((s) =>
    isEmptySection(s) && 'title' in s
      ? [heading(s.title, HeadingLevel.HEADING_1), para(runs(l.empty, { italics: true, color: MUTED }))]
      : section(s, l, photos, lists, extras),
  );
  children.push(
    new Paragraph({
      spacing: { before: 400 },
      children: runs(model.footer, { size: 16, color: MUTED, italics: true }),
    }),
  );
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: runs(model.documentTitle, { size: 16, color: MUTED }),
          }),
        ],
      }),
    },
    footers: { default: pageNumberFooter() },
    properties: PAGE_PROPERTIES,
    children,
  };
}

function section(
  s: ReportSection,
  l: ReportLabels,
  photos: readonly Photo[],
  lists: { next: number },
  extras: DocxExtras,
): FileChild[] {
  switch (s.kind) {
    case 'header': {
      const out: FileChild[] = [];
      const logo = extras.logo && logoParagraph(extras.logo, LOGO_BOX, AlignmentType.LEFT);
      if (logo) out.push(logo);
      if (s.theme) out.push(para(runs(s.theme, { italics: true, color: MUTED })));
      const event = eventLine(s);
      if (event) out.push(para(runs(event, { bold: true })));
      const title = runs(s.heading);
      out.push(
        new Paragraph({
          heading: HeadingLevel.TITLE,
          children: extras.bookmark ? [new Bookmark({ id: extras.bookmark, children: title })] : title,
        }),
      );
      return out;
    }
    case 'facts':
      return s.facts.map((f) => para([...runs(`${f.label}${l.colon}`, { bold: true }), ...runs(f.value)]));
    case 'moderator':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...(s.moderator ? [para(runs(personLine(s.moderator, l)))] : []),
      ];
    case 'speakers':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...(s.speakers.length ? [speakersTable(s.speakers, l)] : []),
        ...(s.chart ? [new Paragraph({ children: [] }), ...chartBlocks(s.chart, CONTENT_WIDTH)] : []),
      ];
    case 'mainQuestion':
      return [heading(s.title, HeadingLevel.HEADING_1), ...(s.text ? [para(runs(s.text))] : [])];
    case 'summaries':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...s.summaries.flatMap((sum) => [heading(sum.name, HeadingLevel.HEADING_2), ...notes(sum.notes, 0, lists)]),
      ];
    case 'mainAnswers':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...(s.chart ? chartBlocks(s.chart, CONTENT_WIDTH) : answers(s.answers, l, mainAnswer)),
      ];
    case 'guidingAnswers':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...s.rounds.flatMap((r) => [
          heading(r.title, HeadingLevel.HEADING_2),
          ...r.questions.flatMap((q) => [
            heading(`${q.number}. ${q.text}`, HeadingLevel.HEADING_3),
            ...(q.chart ? chartBlocks(q.chart, CONTENT_WIDTH) : answers(q.answers, l, shortAnswer)),
          ]),
        ]),
      ];
    case 'keyMessages':
      return [heading(s.title, HeadingLevel.HEADING_1), ...answers(s.answers, l, shortAnswer)];
    case 'themes':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...s.themes.flatMap((t) => [
          heading(`${t.name} (${t.count})`, HeadingLevel.HEADING_2),
          ...answers(t.answers, l, shortAnswer),
        ]),
      ];
    case 'audienceQuestions':
      return [heading(s.title, HeadingLevel.HEADING_1), ...s.questions.flatMap((q) => audienceQuestion(q, l))];
    case 'conclusion':
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...s.paragraphs.map((p) => para(runs(p), { spacingAfter: 160, bidiOf: p })),
      ];
    case 'photo': {
      const pictures = photos.flatMap((p) => photoParagraph(s.title, p) ?? []);
      return [
        heading(s.title, HeadingLevel.HEADING_1),
        ...(pictures.length ? pictures : [para(runs(l.noPhoto, { italics: true, color: MUTED }))]),
      ];
    }
    case 'appendix':
      return appendixBlocks(
        s,
        (text, level) => heading(text, level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2),
        CONTENT_WIDTH,
      );
    default:
      return exhaustive(s, 'report section');
  }
}

function cell(text: string, width: number, opts: { bold?: boolean; right?: boolean; shade?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    ...(opts.shade ? { shading: { fill: 'EDEDED' } } : {}),
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: opts.bold ?? false, size: 20 }),
      }),
    ],
  });
}

function speakersTable(speakers: ReportSpeaker[], l: ReportLabels): Table {
  // Name, organization, country, talk, planned, spoken: the talk gets the room that is left.
  const widths = [1900, 1700, 1000, 0, 1050, 1150];
  widths[3] = CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const w = (i: number): number => widths[i] ?? 0;
  const grid = speakersGrid(speakers, l);
  const header = new TableRow({
    tableHeader: true,
    children: grid.head.map((h, i) => cell(h, w(i), { bold: true, shade: true, right: isTimeColumn(i) })),
  });
  const rows = grid.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((c, i) => cell(c, w(i), { right: isTimeColumn(i) })),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

function flag(x: { highlight: boolean; featured?: boolean }, l: ReportLabels): TextRun[] {
  return flagTexts(x, l).flatMap((f) => [
    new TextRun({ text: f, bold: true, highlight: 'yellow' }),
    new TextRun({ text: ' ' }),
  ]);
}

/** The rapporteur's notes: Word bullets and numbered lists, nested as typed (each numbered list restarts). */
function notes(list: NoteList, level: number, lists: { next: number }): Paragraph[] {
  const instance = lists.next++;
  return list.items.flatMap((item) => [
    para(runs(item.text), {
      ...(list.ordered ? { numbered: { level, instance } } : { bullet: level }),
      bidiOf: item.text,
    }),
    ...(item.children ? notes(item.children, level + 1, lists) : []),
  ]);
}

function answers(
  list: ReportAnswer[],
  l: ReportLabels,
  item: (a: ReportAnswer, l: ReportLabels) => TextRun[],
): Paragraph[] {
  if (!list.length) return [para(runs(l.noAnswers, { italics: true, color: MUTED }))];
  // Numbers typed in the text, not a Word list: the numbering stays as in the model whatever Word does.
  return list.map((a) =>
    para([new TextRun({ text: `${a.number}. `, bold: true }), ...flag(a, l), ...item(a, l)], {
      indent: 360,
      spacingAfter: 140,
    }),
  );
}

/** The template's own form: full name, organization, country, answer, one per line. */
function mainAnswer(a: ReportAnswer, l: ReportLabels): TextRun[] {
  return mainAnswerFields(a, l).flatMap(([label, value], i) => [
    ...runs(`${label}${l.colon}`, { bold: true }, i > 0),
    ...runs(value),
  ]);
}

function shortAnswer(a: ReportAnswer, l: ReportLabels): TextRun[] {
  return [...runs(personLine(a.person, l), { bold: true }), new TextRun({ text: l.colon }), ...runs(answerBody(a))];
}

function audienceQuestion(q: ReportAudienceQuestion, l: ReportLabels): Paragraph[] {
  const meta = audienceQuestionMeta(q, l);
  const out = [
    para(
      [
        ...flag(q, l),
        new TextRun({ text: `${aqLabel(q, l)}${l.colon}`, bold: true }),
        ...runs(q.text),
        ...runs(meta.join(' · '), { italics: true, color: MUTED, size: 18 }, true),
      ],
      { bullet: 0, keepNext: q.replies.length > 0 },
    ),
  ];
  // As the forum's report writes several: the first reply under "Answer:", the others after it.
  // The question and its replies stay on one page.
  q.replies.forEach((r, i) => {
    const by = r.by ? `${r.by}${l.colon}` : '';
    const label = i === 0 ? [new TextRun({ text: `${l.answer}${l.colon}`, bold: true })] : [];
    out.push(para([...label, ...runs(`${by}${r.gist}`)], { bullet: 1, keepNext: i < q.replies.length - 1 }));
  });
  return out;
}

/** The logo's largest size in pixels at 96 dpi, at the head of a report. */
const LOGO_BOX = { width: 210, height: 64 };

/** The forum's logo as a picture paragraph, or null when it cannot be read. */
export function logoParagraph(
  logo: Photo,
  box: { width: number; height: number },
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
): Paragraph | null {
  const kind = photoKind(logo.mime);
  const size = kind ? imageSize(logo.data, kind) : null;
  if (!kind || !size) return null;
  return new Paragraph({
    alignment,
    spacing: { after: 160 },
    children: [
      new ImageRun({
        type: kind,
        data: logo.data,
        transformation: fitInside(size, box.width, box.height),
        altText: { name: 'logo', title: 'logo', description: 'logo' },
      }),
    ],
  });
}

function photoParagraph(title: string, photo: Photo): Paragraph | null {
  const kind = photoKind(photo.mime);
  if (!kind) return null;
  const size = imageSize(photo.data, kind);
  if (!size) return null;
  const fit = fitInside(size, PHOTO_MAX.width, PHOTO_MAX.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: kind,
        data: photo.data,
        transformation: fit,
        altText: { name: 'photo', title: stripControls(title), description: stripControls(title) },
      }),
    ],
  });
}
