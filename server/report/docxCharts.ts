// The report's charts in Word: the chart as a PNG at the text width, then its numbers in a real
// table (a page is too narrow for both side by side at a readable size), its caption and notes.
import {
  AlignmentType,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ReportChart } from '../../shared/report/chartTypes.js';
import { stripControls } from '../../shared/report/escape.js';
import type { ReportSection } from '../../shared/report/types.js';
import { chartPng } from './chartImage.js';

const MUTED = '595959';

export function chartBlocks(c: ReportChart, contentWidthTwips: number): FileChild[] {
  const png = chartPng(c.svg);
  // docx sizes images in pixels at 96 dpi: the chart's own CSS size, capped at the text width.
  const maxWidth = Math.floor((contentWidthTwips / 1440) * 96);
  const width = Math.min(maxWidth, c.width);
  const height = Math.round((c.height * width) / c.width);
  const out: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png.data,
          transformation: { width, height },
          altText: { name: c.kind, title: stripControls(c.alt), description: stripControls(c.alt) },
        }),
      ],
    }),
  ];
  if (c.table) out.push(numbersTable(c.table, contentWidthTwips));
  if (c.caption)
    out.push(
      new Paragraph({
        spacing: { before: 60, after: 80 },
        children: [new TextRun({ text: stripControls(c.caption), italics: true, color: MUTED, size: 18 })],
      }),
    );
  for (const n of c.notes)
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: stripControls(n), size: 20 })] }));
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

function numbersTable(t: NonNullable<ReportChart['table']>, contentWidthTwips: number): Table {
  // Numbers get narrow columns; the text column (option, word) the rest of half the page.
  const total = Math.floor(contentWidthTwips * 0.6);
  const numericCols = t.numeric.filter(Boolean).length;
  const numW = 1300;
  const textW = Math.floor((total - numericCols * numW) / Math.max(1, t.head.length - numericCols));
  const widths = t.numeric.map((n) => (n ? numW : textW));
  const cell = (x: string, i: number, head: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? numW, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { fill: 'EDEDED' } } : {}),
      children: [
        new Paragraph({
          alignment: t.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: stripControls(x), bold: head, size: 19 })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, children: t.head.map((h, i) => cell(h, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x, i) => cell(x, i, false)) })),
    ],
  });
}

export function appendixBlocks(
  s: Extract<ReportSection, { kind: 'appendix' }>,
  heading: (text: string, level: 1 | 2) => Paragraph,
  contentWidthTwips: number,
): FileChild[] {
  return [
    heading(s.title, 1),
    ...s.charts.flatMap((c) => [heading(c.title, 2), ...chartBlocks(c.chart, contentWidthTwips)]),
  ];
}
