// A choice question's result: one horizontal bar per option, with its count and percentage.
import { scaleLinear } from 'd3-scale';
import type { KindResult } from '../questionKinds.js';
import { percentages } from '../results/tally.js';
import type { ChartLabels } from './labels.js';
import { COLOR, clip, formatPercent, line, rect, svgDocument, text, type Svg } from './svg.js';

export type ChoiceResult = Extract<KindResult, { kind: 'choice' }>;

export interface ChoiceRow {
  label: string;
  count: number;
  percent: number;
}

/** The rows a choice chart and its table show: each option, then "other" when the question has it. */
export function choiceRows(
  r: ChoiceResult,
  options: readonly string[],
  q: { multiple?: boolean; other?: boolean },
  l: ChartLabels,
): ChoiceRow[] {
  const counts = q.other ? [...r.counts, r.otherCount] : r.counts;
  const pct = percentages(counts, r.respondents, q.multiple ?? false);
  const labels = q.other ? [...options, l.other] : options;
  return counts.map((count, i) => ({ label: labels[i] ?? String(i + 1), count, percent: pct[i] ?? 0 }));
}

// Narrow enough to sit beside its table at a readable size.
const W = 480;
const ROW = 30;
const LABEL_W = 170;
const VALUE_W = 84;

export function choiceChart(rows: ChoiceRow[], title: string, language: string): Svg {
  const top = 8;
  const height = top + rows.length * ROW + 12;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const x = scaleLinear()
    .domain([0, max])
    .range([LABEL_W, W - VALUE_W]);
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    parts.push(text(LABEL_W - 8, y + ROW / 2 + 4.5, clip(r.label, LABEL_W - 14, 13), { anchor: 'end' }));
    parts.push(rect(LABEL_W, y + 5, x(r.count) - LABEL_W, ROW - 10, COLOR.bar));
    parts.push(
      text(x(r.count) + 6, y + ROW / 2 + 4.5, `${r.count} · ${formatPercent(r.percent, language)}`, {
        weight: 'bold',
      }),
    );
  });
  parts.push(line(LABEL_W, top, LABEL_W, top + rows.length * ROW, COLOR.axis));
  return svgDocument(W, height, title, parts);
}
