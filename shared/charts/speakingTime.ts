// Planned against spoken minutes, one pair of bars per speaker; a speaker over time in orange.
import { scaleLinear } from 'd3-scale';
import type { ChartLabels } from './labels.js';
import { COLOR, clip, line, rect, svgDocument, text, textWidth, type Svg } from './svg.js';

export interface SpeakingRow {
  name: string;
  plannedMinutes: number;
  /** null: never took the floor. */
  spokenMinutes: number | null;
}

const W = 640;
const LABEL_W = 170;
const GROUP = 46;
const BAR = 14;

export function speakingTimeChart(rows: readonly SpeakingRow[], title: string, l: ChartLabels): Svg {
  const top = 30;
  const height = top + rows.length * GROUP + 10;
  const max = Math.max(1, ...rows.flatMap((r) => [r.plannedMinutes, r.spokenMinutes ?? 0]));
  const x = scaleLinear()
    .domain([0, max])
    .range([LABEL_W, W - 70]);
  const parts: string[] = [];
  // Legend: the over-time colour only when someone went over.
  const legend: [string, string][] = [
    [COLOR.planned, l.planned],
    [COLOR.bar, l.spoken],
  ];
  if (rows.some((r) => r.spokenMinutes !== null && r.spokenMinutes > r.plannedMinutes))
    legend.push([COLOR.over, l.spokenOver]);
  let lx = LABEL_W;
  for (const [color, name] of legend) {
    parts.push(rect(lx, 8, 14, 10, color), text(lx + 20, 17, name, { size: 12 }));
    lx += 20 + textWidth(name, 12) + 24;
  }
  rows.forEach((r, i) => {
    const y = top + i * GROUP;
    parts.push(text(LABEL_W - 8, y + GROUP / 2 + 3, clip(r.name, LABEL_W - 14, 13), { anchor: 'end' }));
    parts.push(rect(LABEL_W, y + 5, x(r.plannedMinutes) - LABEL_W, BAR, COLOR.planned));
    parts.push(
      text(x(r.plannedMinutes) + 5, y + 5 + BAR - 3, `${r.plannedMinutes} min`, { size: 11, fill: COLOR.muted }),
    );
    const spoken = r.spokenMinutes;
    if (spoken === null) {
      parts.push(text(LABEL_W + 4, y + 7 + 2 * BAR - 2, '—', { size: 11, fill: COLOR.muted }));
    } else {
      const over = spoken > r.plannedMinutes;
      parts.push(rect(LABEL_W, y + 7 + BAR, x(spoken) - LABEL_W, BAR, over ? COLOR.over : COLOR.bar));
      parts.push(text(x(spoken) + 5, y + 7 + 2 * BAR - 3, `${spoken} min`, { size: 11, weight: 'bold' }));
    }
  });
  parts.push(line(LABEL_W, top, LABEL_W, top + rows.length * GROUP, COLOR.axis));
  return svgDocument(W, height, title, parts);
}
