// Drawing primitives for the PDF report on top of pdfkit: headings kept with what follows them,
// paragraphs of mixed bold/italic spans, bullets, a table, a centred picture. All text goes through
// toWinAnsi because the standard fonts only hold WinAnsi characters.
import type PDFDocument from 'pdfkit';
import { toWinAnsi } from './winAnsi.js';

export type Doc = InstanceType<typeof PDFDocument>;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
export const SIZE = { title: 22, h1: 14, h2: 11.5, h3: 10.5, body: 10, small: 8.5 } as const;
export const COLOR = { text: '#1b1b1b', muted: '#5a5a5a', rule: '#bdbdbd', shade: '#eeeeee', flag: '#fff1cc' } as const;

export interface Span {
  text: string;
  font?: keyof typeof FONT;
  color?: string;
  size?: number;
}

export class Layout {
  constructor(readonly doc: Doc) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /**
   * Mixed spans as one wrapped paragraph at `indent` points from the left margin. Line breaks in
   * the text start a new line at the same indent: pdfkit misplaces "\n" inside continued text.
   */
  spans(spans: Span[], opts: { indent?: number; gap?: number } = {}): void {
    const doc = this.doc;
    const indent = opts.indent ?? 0;
    for (const line of splitLines(spans)) {
      const parts = line.filter((s) => s.text.length > 0);
      if (!parts.length) {
        doc.font(FONT.regular).fontSize(SIZE.body).moveDown(1);
        continue;
      }
      parts.forEach((s, i) => {
        doc
          .font(FONT[s.font ?? 'regular'])
          .fontSize(s.size ?? SIZE.body)
          .fillColor(s.color ?? COLOR.text);
        const continued = i < parts.length - 1;
        const text = toWinAnsi(s.text);
        if (i === 0) doc.text(text, this.left + indent, doc.y, { width: this.width - indent, continued, lineGap: 1.5 });
        else doc.text(text, { continued });
      });
    }
    doc.x = this.left;
    doc.moveDown(opts.gap ?? 0.35);
  }

  para(text: string, span: Omit<Span, 'text'> = {}, opts: { indent?: number; gap?: number } = {}): void {
    this.spans([{ ...span, text }], opts);
  }

  /** A heading, moved to the next page rather than left alone at the bottom of this one. */
  heading(text: string, level: 1 | 2 | 3): void {
    const doc = this.doc;
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    doc.moveDown(level === 1 ? 0.9 : 0.5);
    this.ensure(size * 4.5);
    doc.font(FONT.bold).fontSize(size).fillColor(COLOR.text);
    doc.text(toWinAnsi(text), this.left, doc.y, { width: this.width, lineGap: 1 });
    if (level === 1) {
      const y = doc.y + 2;
      doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.6)
        .strokeColor(COLOR.rule)
        .stroke();
      doc.y = y + 5;
    } else {
      doc.moveDown(0.2);
    }
  }

  bullet(spans: Span[], level = 0): void {
    const doc = this.doc;
    const x = 6 + level * 16;
    this.ensure(SIZE.body * 2.2);
    const y = doc.y;
    doc
      .circle(this.left + x, y + SIZE.body * 0.45, level === 0 ? 1.7 : 1.3)
      .fillColor(COLOR.text)
      .fill();
    doc.y = y;
    this.spans(spans, { indent: x + 8, gap: 0.2 });
  }

  /** A table whose rows never split across pages; the header row is repeated after a page break. */
  table(header: string[], rows: string[][], widths: number[], numeric: (col: number) => boolean): void {
    const doc = this.doc;
    const pad = 4;
    const heightOf = (cells: string[], font: string): number =>
      Math.max(
        ...cells.map((c, i) => {
          doc.font(font).fontSize(SIZE.small + 0.5);
          return doc.heightOfString(toWinAnsi(c), { width: (widths[i] ?? 0) - 2 * pad });
        }),
      ) +
      2 * pad;
    const drawRow = (cells: string[], bold: boolean): void => {
      const font = bold ? FONT.bold : FONT.regular;
      const h = heightOf(cells, font);
      if (doc.y + h > this.bottom) {
        doc.addPage();
        if (!bold) drawRow(header, true);
      }
      const y = doc.y;
      let x = this.left;
      cells.forEach((c, i) => {
        const w = widths[i] ?? 0;
        if (bold) doc.rect(x, y, w, h).fillColor(COLOR.shade).fill();
        doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
        doc
          .font(font)
          .fontSize(SIZE.small + 0.5)
          .fillColor(COLOR.text)
          .text(toWinAnsi(c), x + pad, y + pad, { width: w - 2 * pad, align: numeric(i) ? 'right' : 'left' });
        x += w;
      });
      doc.x = this.left;
      doc.y = y + h;
    };
    drawRow(header, true);
    for (const r of rows) drawRow(r, false);
    doc.moveDown(0.5);
  }

  /** A picture centred on the text width, scaled down to fit `maxHeight`, on this page or the next. */
  image(data: Buffer, size: { width: number; height: number }): void {
    const doc = this.doc;
    this.ensure(size.height + 6);
    const y = doc.y + 4;
    doc.image(data, this.left + (this.width - size.width) / 2, y, { width: size.width, height: size.height });
    doc.x = this.left;
    doc.y = y + size.height + 6;
  }
}

/** Spans regrouped into visual lines at each "\n", each piece keeping its span's style. */
export function splitLines(spans: Span[]): Span[][] {
  const lines: Span[][] = [[]];
  for (const s of spans) {
    s.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((piece, i) => {
        if (i > 0) lines.push([]);
        lines[lines.length - 1]?.push({ ...s, text: piece });
      });
  }
  return lines;
}
