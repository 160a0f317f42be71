// The report's charts in HTML: the SVG inline (its text already escaped where it was drawn) and
// the numbers in a table beside it, wrapping below it on a narrow page.
import type { ReportChart } from './chartTypes.js';
import { escapeHtml } from './escape.js';
import type { ReportSection } from './types.js';

export const CHART_CSS = `
figure.chart { display: flex; flex-wrap: wrap; align-items: flex-start; gap: .6rem 1.2rem; margin: .8em 0 1.2em; }
figure.chart .picture { flex: 1 1 27rem; min-width: 0; }
figure.chart .picture svg { display: block; width: 100%; height: auto; }
figure.chart .numbers { flex: 1 1 13rem; min-width: 0; }
figure.chart.wide .picture { flex-basis: 100%; }
figure.chart table { border-collapse: collapse; width: 100%; font-size: .9em; }
figure.chart th, figure.chart td { border: 1px solid #c8c8c8; padding: .2em .45em; text-align: left; vertical-align: top; }
figure.chart thead th { background: #f0f0f0; }
figure.chart .num { text-align: right; white-space: nowrap; }
figure.chart th.num { white-space: normal; }
figure.chart figcaption { color: #444; font-size: .9em; margin-top: .3em; }
figure.chart .notes { margin: .3em 0 0; padding-left: 1.2em; font-size: .9em; }
`;

export function chartFigure(c: ReportChart): string {
  const cls = c.table ? 'chart' : 'chart wide';
  const numbers: string[] = [];
  if (c.table) {
    const tbl = c.table;
    const n = (i: number): string => (tbl.numeric[i] ? ' class="num"' : '');
    numbers.push(
      `<table><thead><tr>${tbl.head.map((h, i) => `<th scope="col"${n(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      `<tbody>${tbl.rows.map((r) => `<tr>${r.map((x, i) => `<td${n(i)}>${escapeHtml(x)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
    );
  }
  if (c.caption) numbers.push(`<figcaption>${escapeHtml(c.caption)}</figcaption>`);
  if (c.notes.length)
    numbers.push(`<ul class="notes">${c.notes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`);
  return [
    `<figure class="${cls}" data-chart="${c.kind}">`,
    `<div class="picture">${c.svg}</div>`,
    numbers.length ? `<div class="numbers">\n${numbers.join('\n')}\n</div>` : '',
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function appendixHtml(s: Extract<ReportSection, { kind: 'appendix' }>): string {
  return `<section class="appendix">\n<h2>${escapeHtml(s.title)}</h2>\n${s.charts
    .map((c) => `<h3>${escapeHtml(c.title)}</h3>\n${chartFigure(c.chart)}`)
    .join('\n')}\n</section>`;
}
