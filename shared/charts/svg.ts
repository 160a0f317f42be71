// SVG as strings, so the same picture is inlined in the HTML report, rasterised for Word and PDF
// on the server and shown in the console, with no DOM. Every piece of text goes through `text()`,
// which escapes it: what a participant typed is data, never markup.
import { escapeHtml } from '../report/escape.js';

export const FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
export const COLOR = {
  bar: '#2f6f9f',
  barAlt: '#9db8cc',
  over: '#c2571a',
  planned: '#c9c9c9',
  text: '#1b1b1b',
  muted: '#5a5a5a',
  grid: '#e2e2e2',
  axis: '#8a8a8a',
  accent: '#b03a2e',
} as const;
/** Word-cloud colours: dark enough on white for a 4.5:1 contrast. */
export const PALETTE = ['#1f5f8b', '#8a3b12', '#2f6b2f', '#6a3d8f', '#8b1e3f', '#35556b', '#7a5a00'] as const;

/** A drawn chart: its SVG text and size in CSS pixels (the raster scales it up for print). */
export interface Svg {
  svg: string;
  width: number;
  height: number;
}

export const num = (n: number): string => String(Math.round(n * 10) / 10);

export interface TextOpts {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** A white outline under the glyphs, so a number stays readable over a line crossing it. */
  halo?: boolean;
}

/** A text element; `content` is escaped. */
export function text(x: number, y: number, content: string, o: TextOpts = {}): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${o.size ?? 13}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${o.fill ?? COLOR.text}"`,
    o.halo ? 'stroke="#ffffff" stroke-width="3" paint-order="stroke"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeHtml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, w))}" height="${num(Math.max(0, h))}" fill="${fill}"/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, extra = ''): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}"${extra ? ` ${extra}` : ''}/>`;
}

/** The document around the parts, with its accessible name (escaped). */
export function svgDocument(width: number, height: number, title: string, parts: string[]): Svg {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${FONT_FAMILY}"><title>${escapeHtml(title)}</title><rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/**
 * A rough width of a text line, without a font engine (there is none on the server): the average
 * advance of a sans-serif face, wider for capitals and wide letters. Layout only, never shown.
 */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) {
    if (/[mwMW@]/.test(ch)) w += 0.85;
    else if (/[A-Z]/.test(ch)) w += 0.68;
    else if (/[iljtf.,;:'’!| ]/.test(ch)) w += 0.32;
    else if (/[\u3000-\u9fff\uac00-\ud7af]/.test(ch)) w += 1;
    else w += 0.56;
  }
  return w * size;
}

/** Cut to fit `width` pixels with an ellipsis (the full text is in the table beside the chart). */
export function clip(s: string, width: number, size: number): string {
  if (textWidth(s, size) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export function formatNumber(n: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(p: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(p / 100);
}
