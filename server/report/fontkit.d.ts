// The little of fontkit (pdfkit's font engine, a direct dependency here) the PDF fonts use.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
