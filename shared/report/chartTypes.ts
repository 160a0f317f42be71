// A chart as the report carries it: the picture (SVG text, drawn once in shared/charts) and the
// numbers beside it, already worded, so each renderer only places them.

export interface ChartTable {
  head: string[];
  rows: string[][];
  /** Per column: right-aligned numbers. */
  numeric: boolean[];
}

export interface ReportChart {
  kind: 'choice' | 'scale' | 'words' | 'rank' | 'speakingTime' | 'timeline';
  svg: string;
  /** CSS pixels; Word and PDF scale the raster to the text width. */
  width: number;
  height: number;
  /** The picture's text alternative. */
  alt: string;
  /** "31 respondents · mean 3.8 · median 4" */
  caption: string;
  table: ChartTable | null;
  /** Lines under the table: what people wrote under "other". Participant text. */
  notes: string[];
}
