// Drawing primitives for the PDF report on top of pdfkit: headings kept with what follows them,
// paragraphs of mixed bold/italic spans, bullets, a table, a centred picture. Text is laid out by
// pdfText.ts with the embedded Unicode fonts, so any script prints, right-to-left set right to left.
import { drawLine, layoutText, textHeight, type Doc, type TextSpan } from './pdfText.js';

export type { Doc } from './pdfText.js';

export const FONT = { regular: 'regular', bold: 'bold', italic: 'italic' } as const;
export const SIZE = { title: 22, h1: 14, h2: 11.5, h3: 10.5, body: 10, small: 8.5 } as const;
export const COLOR = { text: '#1b1b1b', muted: '#5a5a5a', rule: '#bdbdbd', shade: '#eeeeee', flag: '#fff1cc' } as const;

export interface Span {
  text: string;
  font?: keyof typeof FONT;
  color?: string;
  size?: number;
}

/** Where h1 headings go in the PDF's bookmarks: the document's outline, or a session's item in a combined report. */
export interface OutlineNode {
  addItem(title: string): OutlineNode;
}

export class Layout {
  outline: OutlineNode;
  constructor(readonly doc: Doc) {
    this.outline = doc.outline as unknown as OutlineNode;
  }

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

  /** Mixed spans as one wrapped paragraph at `indent` points from the left margin; "\n" starts a new line. */
  spans(spans: Span[], opts: { indent?: number; gap?: number; align?: 'start' | 'center' } = {}): void {
    const doc = this.doc;
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    for (const line of layoutText(doc, spans as TextSpan[], width, SIZE.body)) {
      this.ensure(line.height);
      const y = doc.y;
      drawLine(doc, line, this.left + indent, y, width, opts.align ?? 'start');
      doc.y = y + line.height;
    }
    doc.x = this.left;
    doc.y += (opts.gap ?? 0.35) * SIZE.body * 1.2;
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
    for (const line of layoutText(doc, [{ text, font: 'bold', size }], this.width, size)) {
      const y = doc.y;
      drawLine(doc, line, this.left, y, this.width);
      doc.y = y + line.height;
    }
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

  /** A list item at `level`: a dot, or `marker` ("2.") for a numbered list. */
  bullet(spans: Span[], level = 0, marker?: string): void {
    const doc = this.doc;
    const x = 6 + level * 16;
    this.ensure(SIZE.body * 2.2);
    const y = doc.y;
    if (marker) {
      const [line] = layoutText(doc, [{ text: marker }], 40, SIZE.body);
      if (line) drawLine(doc, line, this.left + x - 6, y, 40);
      doc.y = y;
      this.spans(spans, { indent: x + 6 + marker.length * 5, gap: 0.2 });
      return;
    }
    doc
      .circle(this.left + x, y + SIZE.body * 0.75, level === 0 ? 1.7 : 1.3)
      .fillColor(COLOR.text)
      .fill();
    doc.y = y;
    this.spans(spans, { indent: x + 8, gap: 0.2 });
  }

  /** A table whose rows never split across pages; the header row is repeated after a page break. */
  table(header: string[], rows: string[][], widths: number[], numeric: (col: number) => boolean): void {
    const doc = this.doc;
    const pad = 4;
    const size = SIZE.small + 0.5;
    const cellSpans = (c: string, bold: boolean): TextSpan[] => [{ text: c, font: bold ? 'bold' : 'regular', size }];
    const heightOf = (cells: string[], bold: boolean): number =>
      Math.max(...cells.map((c, i) => textHeight(doc, cellSpans(c, bold), (widths[i] ?? 0) - 2 * pad, size))) + 2 * pad;
    const drawRow = (cells: string[], bold: boolean): void => {
      const h = heightOf(cells, bold);
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
        let ly = y + pad;
        for (const line of layoutText(doc, cellSpans(c, bold), w - 2 * pad, size)) {
          drawLine(doc, line, x + pad, ly, w - 2 * pad, numeric(i) ? 'right' : 'start');
          ly += line.height;
        }
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
