// A rank question's result: options best first, each bar as long as its lead (1st place fills it).
import { scaleLinear } from 'd3-scale';
import type { KindResult } from '../questionKinds.js';
import { COLOR, clip, formatNumber, line, rect, svgDocument, text, type Svg } from './svg.js';

export type RankResult = Extract<KindResult, { kind: 'rank' }>;

const W = 480;
const ROW = 30;
const LABEL_W = 190;
const VALUE_W = 48;

export function rankChart(r: RankResult, options: readonly string[], title: string, language: string): Svg {
  const n = Math.max(1, options.length);
  const top = 8;
  const height = top + r.order.length * ROW + 12;
  // Average position 1 (everyone put it first) is a full bar; n (always last) a sliver.
  const x = scaleLinear()
    .domain([n + 0.5, 1])
    .range([LABEL_W, W - VALUE_W]);
  const parts: string[] = [];
  r.order.forEach((option, i) => {
    const y = top + i * ROW;
    const avg = r.averagePosition[option] ?? null;
    const label = `${i + 1}. ${options[option] ?? ''}`;
    parts.push(text(LABEL_W - 8, y + ROW / 2 + 4.5, clip(label, LABEL_W - 14, 13), { anchor: 'end' }));
    if (avg !== null) {
      parts.push(rect(LABEL_W, y + 5, x(avg) - LABEL_W, ROW - 10, i === 0 ? COLOR.bar : COLOR.barAlt));
      parts.push(text(x(avg) + 6, y + ROW / 2 + 4.5, formatNumber(avg, language), { weight: 'bold' }));
    } else {
      parts.push(text(LABEL_W + 6, y + ROW / 2 + 4.5, '—', { fill: COLOR.muted }));
    }
  });
  parts.push(line(LABEL_W, top, LABEL_W, top + r.order.length * ROW, COLOR.axis));
  return svgDocument(W, height, title, parts);
}
