// The report's charts in Markdown: the SVG as an embedded image (a data URL, so the file stands
// alone) and the numbers as a GFM table. Every cell and caption is Markdown-escaped.
import type { ReportChart } from './chartTypes.js';
import { escapeMarkdown } from './escape.js';
import type { ReportSection } from './types.js';

/** One line per cell: a line break would end the table row. */
const cell = (x: string): string => escapeMarkdown(x.replace(/[\r\n]+/g, ' '));

export function chartMarkdown(c: ReportChart): string {
  const blocks = [`![${cell(c.alt)}](<data:image/svg+xml,${encodeURIComponent(c.svg)}>)`];
  if (c.table) {
    const t = c.table;
    blocks.push(
      [
        `| ${t.head.map(cell).join(' | ')} |`,
        `| ${t.head.map((_, i) => (t.numeric[i] ? '---:' : '---')).join(' | ')} |`,
        ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n'),
    );
  }
  if (c.caption) blocks.push(`*${cell(c.caption)}*`);
  if (c.notes.length) blocks.push(c.notes.map((n) => `- ${cell(n)}`).join('\n'));
  return blocks.join('\n\n');
}

export function appendixMarkdown(s: Extract<ReportSection, { kind: 'appendix' }>): string {
  return [`## ${cell(s.title)}`, ...s.charts.map((c) => `### ${cell(c.title)}\n\n${chartMarkdown(c.chart)}`)].join(
    '\n\n',
  );
}
