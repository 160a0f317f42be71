// A word cloud laid out without a canvas, so the server draws the same picture as the browser: the
// most mentioned word in the centre, the others placed along an elliptic spiral at the first spot
// where their box overlaps nothing. Deterministic: the same groups always give the same picture.
import type { WordGroup } from '../questionKinds.js';
import { PALETTE, svgDocument, text, textWidth, type Svg } from './svg.js';

const W = 480;
const H = 280;
const MIN_SIZE = 13;
const MAX_SIZE = 40;
/** Words drawn at most: the table beside the cloud lists the top ones anyway. */
export const CLOUD_WORDS = 40;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export interface PlacedWord {
  label: string;
  count: number;
  size: number;
  /** Centre of the text's box. */
  x: number;
  y: number;
}

export function layoutCloud(groups: readonly WordGroup[], width = W, height = H): PlacedWord[] {
  const words = groups.slice(0, CLOUD_WORDS);
  const max = Math.max(1, ...words.map((g) => g.count));
  // Many words share the room: the largest size shrinks so the most mentioned still fit around it.
  const top = words.length > 20 ? MAX_SIZE * 0.8 : MAX_SIZE;
  const placed: PlacedWord[] = [];
  const boxes: Box[] = [];
  const tryAt = (label: string, size: number): PlacedWord | null => {
    const w = textWidth(label, size) + 6;
    const h = size * 1.15;
    for (let t = 0; t < 900; t += 0.25) {
      const r = 1.6 * t;
      if (r > width) break;
      const cx = width / 2 + r * Math.cos(t) * 1.8;
      const cy = height / 2 + r * Math.sin(t);
      const box = { x: cx - w / 2, y: cy - h / 2, w, h };
      if (box.x < 4 || box.y < 4 || box.x + w > width - 4 || box.y + h > height - 4) continue;
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      return { label, count: 0, size: Math.round(size), x: cx, y: cy };
    }
    return null;
  };
  for (const g of words) {
    // Area, not height, follows the count: sqrt keeps a 10-vote word from dwarfing the rest.
    let size = MIN_SIZE + (top - MIN_SIZE) * Math.sqrt(g.count / max);
    // A word too long for the cloud at its size is shrunk until it fits the width.
    while (textWidth(g.label, size) > width - 16 && size > MIN_SIZE) size -= 2;
    // No room left at its size: a smaller size (down to the smallest) rather than leaving it out.
    let spot: PlacedWord | null = null;
    for (let s = size; !spot && s >= MIN_SIZE; s = s > MIN_SIZE ? Math.max(MIN_SIZE, s * 0.8) : 0)
      spot = tryAt(g.label, s);
    if (spot) placed.push({ ...spot, count: g.count });
  }
  return placed;
}

export function wordCloudChart(groups: readonly WordGroup[], title: string): Svg {
  const parts = layoutCloud(groups).map((p, i) =>
    // The baseline sits about a third of the size below the box's centre.
    text(p.x, p.y + p.size * 0.35, p.label, {
      size: p.size,
      anchor: 'middle',
      weight: i < 3 ? 'bold' : 'normal',
      fill: PALETTE[i % PALETTE.length],
    }),
  );
  return svgDocument(W, H, title, parts);
}
