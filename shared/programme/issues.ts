// What the programme importer reports, as codes with their data; programmeMessage words them in
// French, English or Spanish. Params quote the sheet's own text: data, never markup.
import type { Language } from '../definition.js';

export type ProgrammeIssueParams = {
  /** The row has no title: it is not created. */
  no_title: Record<string, never>;
  /** A date cell could not be read; `value` is the cell. */
  date_unreadable: { value: string };
  /** 08/10/2021: read day first. */
  date_ambiguous: { value: string; date: string };
  no_date: Record<string, never>;
  time_unreadable: { value: string };
  no_start_time: Record<string, never>;
  /** The end is not after the start. */
  end_before_start: { start: string; end: string };
  language_unknown: { value: string; language: Language };
  time_zone_unknown: { value: string };
  /** A speakers cell line that could not be split into name, organization, country, talk. */
  speaker_unread: { value: string };
  /** A cell longer than the session field allows was cut. */
  cell_cut: { column: string; max: number };
  /** A brief file's own warnings, worded by the brief importer. */
  brief_warnings: { count: number };
};
export type ProgrammeIssueCode = keyof ProgrammeIssueParams;
export type ProgrammeIssue = {
  [C in ProgrammeIssueCode]: { code: C; params: ProgrammeIssueParams[C] };
}[ProgrammeIssueCode];

export function programmeIssue<C extends ProgrammeIssueCode>(code: C, params: ProgrammeIssueParams[C]): ProgrammeIssue {
  return { code, params } as ProgrammeIssue;
}

/** Faults of the whole sheet: nothing can be previewed. */
export type SheetErrorCode = 'empty' | 'no_header' | 'too_many_rows' | 'unreadable';
