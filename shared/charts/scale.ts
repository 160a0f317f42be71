// A scale question's result: how many gave each value, with the mean and the median marked.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { KindResult } from '../questionKinds.js';
import type { ChartLabels } from './labels.js';
import { COLOR, clip, formatNumber, line, rect, svgDocument, text, textWidth, type Svg } from './svg.js';

export type ScaleResult = Extract<KindResult, { kind: 'scale' }>;

const W = 480;
const PLOT = { left: 34, right: 466, top: 40, bottom: 196 };

export function scaleChart(
  r: ScaleResult,
  ends: { minLabel?: string; maxLabel?: string },
  title: string,
  l: ChartLabels,
  language: string,
): Svg {
  const values = r.counts.map((_, i) => r.min + i);
  const x = scaleBand<number>().domain(values).range([PLOT.left, PLOT.right]).paddingInner(0.25).paddingOuter(0.1);
  const max = Math.max(1, ...r.counts);
  const y = scaleLinear().domain([0, max]).range([PLOT.bottom, PLOT.top]);
  const parts: string[] = [];
  for (const t of y.ticks(Math.min(4, max))) {
    if (!Number.isInteger(t)) continue;
    parts.push(line(PLOT.left, y(t), PLOT.right, y(t), COLOR.grid));
    parts.push(text(PLOT.left - 6, y(t) + 4, String(t), { anchor: 'end', size: 11, fill: COLOR.muted }));
  }
  const bw = x.bandwidth();
  // Drawn last, over the mean and median lines.
  const countLabels: string[] = [];
  r.counts.forEach((c, i) => {
    const v = r.min + i;
    const x0 = x(v) ?? 0;
    parts.push(rect(x0, y(c), bw, PLOT.bottom - y(c), COLOR.bar));
    if (c > 0)
      countLabels.push(
        text(x0 + bw / 2, y(c) - 5, String(c), { anchor: 'middle', weight: 'bold', size: 12, halo: true }),
      );
    parts.push(text(x0 + bw / 2, PLOT.bottom + 17, String(v), { anchor: 'middle' }));
  });
  parts.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, COLOR.axis));
  // Where a fractional value sits: between the centres of the bands around it.
  const at = (v: number): number => {
    const lo = Math.max(r.min, Math.min(r.max, Math.floor(v)));
    const hi = Math.min(r.max, lo + 1);
    const c = (k: number): number => (x(k) ?? 0) + bw / 2;
    return c(lo) + (c(hi) - c(lo)) * (v - lo);
  };
  // Mean and median as lines across the plot, named in a legend above it (two labels next to
  // each other at 3.9 and 4 would overlap).
  const marks: { v: number; name: string; dash: string }[] = [];
  if (r.mean !== null) marks.push({ v: r.mean, name: l.mean, dash: 'stroke-dasharray="5 3"' });
  if (r.median !== null) marks.push({ v: r.median, name: l.median, dash: '' });
  let legendX = PLOT.left;
  for (const m of marks) {
    const mx = at(m.v);
    parts.push(line(mx, PLOT.top - 6, mx, PLOT.bottom, COLOR.accent, `stroke-width="2" ${m.dash}`));
    parts.push(line(legendX, 10, legendX + 22, 10, COLOR.accent, `stroke-width="2" ${m.dash}`));
    const label = `${m.name} ${formatNumber(m.v, language)}`;
    parts.push(text(legendX + 28, 14.5, label, { size: 12, fill: COLOR.accent, weight: 'bold' }));
    legendX += 28 + textWidth(label, 12) + 30;
  }
  parts.push(...countLabels);
  const endY = PLOT.bottom + 36;
  if (ends.minLabel) parts.push(text(PLOT.left, endY, clip(ends.minLabel, 200, 12), { size: 12, fill: COLOR.muted }));
  if (ends.maxLabel)
    parts.push(text(PLOT.right, endY, clip(ends.maxLabel, 200, 12), { size: 12, fill: COLOR.muted, anchor: 'end' }));
  return svgDocument(W, ends.minLabel || ends.maxLabel ? endY + 10 : PLOT.bottom + 28, title, parts);
}
