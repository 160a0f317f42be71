// The report's charts in the PDF: the chart as a PNG at (up to) the text width, then its numbers
// in a table, its caption and notes. Drawn with the Layout primitives, so the fonts the layout
// uses are the fonts here.
import type { ReportChart } from '../../shared/report/chartTypes.js';
import type { ReportSection } from '../../shared/report/types.js';
import { chartPng } from './chartImage.js';
import { COLOR, SIZE, type Layout } from './pdfLayout.js';

/** CSS pixels to points. */
const PX = 0.75;

export function drawChart(out: Layout, c: ReportChart): void {
  const png = chartPng(c.svg);
  const width = Math.min(out.width, c.width * PX);
  const height = (c.height * width) / c.width;
  out.image(png.data, { width, height });
  if (c.table) {
    const t = c.table;
    const numW = 70;
    const numericCols = t.numeric.filter(Boolean).length;
    const textW = Math.floor((out.width * 0.7 - numericCols * numW) / Math.max(1, t.head.length - numericCols));
    out.table(
      t.head,
      t.rows,
      t.numeric.map((n) => (n ? numW : textW)),
      (col) => t.numeric[col] ?? false,
    );
  }
  if (c.caption) out.para(c.caption, { font: 'italic', color: COLOR.muted, size: SIZE.small });
  for (const n of c.notes) out.bullet([{ text: n, size: SIZE.small + 0.5 }]);
  out.doc.moveDown(0.5);
}

/** Keeps a heading on the same page as the chart under it. */
export function chartHeight(out: Layout, c: ReportChart): number {
  return (c.height * Math.min(out.width, c.width * PX)) / c.width;
}

export function drawAppendix(
  out: Layout,
  s: Extract<ReportSection, { kind: 'appendix' }>,
  h1: (title: string) => void,
): void {
  const first = s.charts[0];
  if (first) out.ensure(chartHeight(out, first.chart) + SIZE.h1 * 8);
  h1(s.title);
  for (const c of s.charts) {
    out.ensure(chartHeight(out, c.chart) + SIZE.h2 * 5);
    out.heading(c.title, 2);
    drawChart(out, c.chart);
  }
}
