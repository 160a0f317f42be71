// Participation over the session: a step line of phones joined above, answers per minute below,
// on one time axis in the session's time zone.
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line as linePath } from 'd3-shape';
import { formatClockTime } from '../report/format.js';
import type { Timeline, TimelineBin } from '../results/timeline.js';
import { fill, type ChartLabels } from './labels.js';
import { COLOR, line, rect, svgDocument, text, type Svg } from './svg.js';

const W = 640;
const LEFT = 44;
const RIGHT = 612;
const TOP = { y0: 26, y1: 116 };
const BOTTOM = { y0: 166, y1: 250 };

export function timelineChart(t: Timeline, title: string, l: ChartLabels, timeZone: string): Svg {
  const bins = t.bins;
  const height = BOTTOM.y1 + 30;
  if (!bins.length)
    return svgDocument(W, 60, title, [text(W / 2, 34, l.noData, { anchor: 'middle', fill: COLOR.muted })]);
  const step = t.stepMinutes * 60_000;
  const start = bins[0]?.at ?? 0;
  const end = (bins[bins.length - 1]?.at ?? 0) + step;
  const x = scaleLinear().domain([start, end]).range([LEFT, RIGHT]);
  const maxJoined = Math.max(1, ...bins.map((b) => b.joined));
  const maxAnswers = Math.max(1, ...bins.map((b) => b.answers));
  const yJ = scaleLinear().domain([0, maxJoined]).nice(4).range([TOP.y1, TOP.y0]);
  const yA = scaleLinear().domain([0, maxAnswers]).nice(4).range([BOTTOM.y1, BOTTOM.y0]);
  const parts: string[] = [];
  const grid = (y: ReturnType<typeof scaleLinear<number, number>>, ticks: number) => {
    for (const v of y.ticks(ticks).filter(Number.isInteger)) {
      parts.push(line(LEFT, y(v), RIGHT, y(v), COLOR.grid));
      parts.push(text(LEFT - 6, y(v) + 4, String(v), { anchor: 'end', size: 11, fill: COLOR.muted }));
    }
  };
  grid(yJ, 3);
  grid(yA, 3);
  parts.push(text(LEFT, 14, l.phonesJoined, { size: 12, weight: 'bold' }));
  parts.push(text(LEFT, BOTTOM.y0 - 14, stepLabel(l, t.stepMinutes), { size: 12, weight: 'bold' }));
  // The joined count holds from each step's start; one more point closes the last step.
  const points: [number, number][] = bins.map((b) => [x(b.at), yJ(b.joined)]);
  points.push([x(end), yJ(bins[bins.length - 1]?.joined ?? 0)]);
  const path = linePath().curve(curveStepAfter)(points) ?? '';
  parts.push(`<path d="${path}" fill="none" stroke="${COLOR.bar}" stroke-width="2"/>`);
  // The final count at the line's end: the axis ticks may stop below it (12 over a 0–10 axis).
  const joined = bins[bins.length - 1]?.joined ?? 0;
  parts.push(text(RIGHT + 4, yJ(joined) + 4, String(joined), { size: 11, weight: 'bold', fill: COLOR.bar }));
  const bw = Math.max(1, x(start + step) - x(start) - 1);
  for (const b of bins as TimelineBin[])
    if (b.answers > 0) parts.push(rect(x(b.at), yA(b.answers), bw, BOTTOM.y1 - yA(b.answers), COLOR.over));
  parts.push(line(LEFT, TOP.y1, RIGHT, TOP.y1, COLOR.axis));
  parts.push(line(LEFT, BOTTOM.y1, RIGHT, BOTTOM.y1, COLOR.axis));
  for (const tick of minuteTicks(start, end)) {
    const tx = x(tick);
    parts.push(line(tx, BOTTOM.y1, tx, BOTTOM.y1 + 4, COLOR.axis));
    parts.push(
      text(tx, BOTTOM.y1 + 17, formatClockTime(tick, timeZone), {
        anchor: 'middle',
        size: 11,
        fill: COLOR.muted,
      }),
    );
  }
  return svgDocument(W, height, title, parts);
}

/** Times on whole minutes (a round step: 1, 2, 5… 120 minutes), at most 7 of them. */
export function minuteTicks(start: number, end: number): number[] {
  const minute = 60_000;
  const span = Math.max(minute, end - start);
  const step = ([1, 2, 5, 10, 15, 30, 60, 120].find((m) => span / (m * minute) <= 6) ?? 240) * minute;
  const out: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) out.push(t);
  return out;
}

function stepLabel(l: ChartLabels, stepMinutes: number): string {
  return stepMinutes === 1 ? l.answersPerMinute : fill(l.answersPerStep, { n: stepMinutes });
}

/** "45 answers in all · busiest minute: 14:37 (5 answers)" */
export function timelineCaption(t: Timeline, l: ChartLabels, timeZone: string): string {
  const parts = [fill(l.answersTotal, { n: t.totalAnswers })];
  const busiest = t.bins.reduce<TimelineBin | null>((m, b) => (b.answers > (m?.answers ?? 0) ? b : m), null);
  if (busiest && t.stepMinutes === 1)
    parts.push(fill(l.busiest, { time: formatClockTime(busiest.at, timeZone), n: busiest.answers }));
  return parts.join(' · ');
}
