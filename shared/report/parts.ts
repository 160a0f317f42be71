// The pieces of the report every renderer (HTML, Markdown, Word, PDF) words the same way; each
// renderer only decides how to draw them. `esc`, where given, escapes each piece of session or
// label text for the output (Markdown); without it the text is left as it is.
import { formatMinutes, plural } from './format.js';
import { exhaustive } from '../exhaustive.js';
import type { ReportLabels } from './labels.js';
import {
  personLine,
  personName,
  type ReportAnswer,
  type ReportAudienceQuestion,
  type ReportSection,
  type ReportSpeaker,
} from './types.js';

type Esc = (text: string) => string;
const asIs: Esc = (text) => text;

/** The header's event line: "Forum — City Year", leaving out what is empty. */
export function eventLine(h: Extract<ReportSection, { kind: 'header' }>, esc: Esc = asIs): string {
  return [h.forum, h.edition]
    .filter(Boolean)
    .map((x) => esc(x))
    .join(' — ');
}

/** The speakers table: its column headings and one row of cells per speaker (times last). */
export function speakersGrid(speakers: ReportSpeaker[], l: ReportLabels): { head: string[]; rows: string[][] } {
  return {
    head: [l.speaker, l.organization, l.country, l.talk, l.planned, l.spoken],
    rows: speakers.map((sp) => [
      sp.name,
      sp.organization,
      sp.country,
      sp.talkTitle,
      formatMinutes(sp.plannedMinutes),
      sp.spokenMinutes === null ? '—' : formatMinutes(sp.spokenMinutes),
    ]),
  };
}

/** Whether a column of the speakers table holds a time (aligned right). */
export const isTimeColumn = (col: number): boolean => col >= 4;

/** The template's own form of a main-question answer: label and value, one field per line. */
export function mainAnswerFields(a: ReportAnswer, l: ReportLabels): [string, string][] {
  // A member of the public reads as the forum's report writes it: "Public : Honoré Quantchi".
  const who = a.person.mark ? personName({ ...a.person, mark: '' }, l) : personName(a.person, l);
  const fields: [string, string][] = [[a.person.mark || l.fullName, who]];
  if (a.person.organization) fields.push([l.organization, a.person.organization]);
  if (a.person.country) fields.push([l.country, a.person.country]);
  fields.push([l.answer, answerBody(a)]);
  return fields;
}

/**
 * An answer's text with its note ("translated from Spanish", "said 3 times") after it, and its +1
 * count when its question's wall was shown on phones.
 */
export const answerBody = (a: ReportAnswer): string =>
  `${a.note ? `${a.text} (${a.note})` : a.text}${a.plusOnes === undefined ? '' : ` [+1: ${a.plusOnes}]`}`;

/** What an audience item is called where it is printed: "Question", or "Remark". */
export const aqLabel = (q: ReportAudienceQuestion, l: ReportLabels): string => q.kindLabel ?? l.question;

/** The line under an audience question: to whom, asked by whom, and the votes when there are any. */
export function audienceQuestionMeta(q: ReportAudienceQuestion, l: ReportLabels, esc: Esc = asIs): string[] {
  // A remark is put to nobody: only who made it.
  const meta = [
    ...(q.remark ? [] : [`${esc(l.addressedTo)}${l.colon}${esc(q.addressedTo ?? l.wholePanel)}`]),
    `${esc(q.byLabel ?? l.askedBy)}${l.colon}${esc(personLine(q.askedBy, l))}`,
  ];
  if (q.votes > 0) meta.push(esc(plural(q.votes, { one: l.vote, other: l.votes }, l.lang)));
  return meta;
}

/**
 * The marks an item carries, worded alike in every format: the rapporteur's key point and the
 * moderator's featured answer.
 */
export function flagTexts(x: { highlight: boolean; featured?: boolean }, l: ReportLabels): string[] {
  const out: string[] = [];
  if (x.highlight) out.push(`★ ${l.highlight}`);
  if (x.featured) out.push(`◆ ${l.featured}`);
  return out;
}

/** Whether a section has nothing to print under its title (then it prints `labels.empty`). */
export function isEmptySection(s: ReportSection): boolean {
  switch (s.kind) {
    case 'moderator':
      return s.moderator === null;
    case 'speakers':
      return s.speakers.length === 0;
    case 'mainQuestion':
      return !s.text.trim();
    case 'summaries':
      return s.summaries.length === 0;
    case 'audienceQuestions':
      return s.questions.length === 0;
    case 'conclusion':
      return s.paragraphs.length === 0;
    case 'guidingAnswers':
      return s.rounds.length === 0;
    case 'keyMessages':
      return s.answers.length === 0;
    case 'themes':
      return s.themes.length === 0;
    case 'appendix':
      return s.charts.length === 0;
    // Answers and photos have their own words ("No answers.", "No photo."); the header and facts always print.
    case 'mainAnswers':
    case 'photo':
    case 'header':
    case 'facts':
      return false;
    default:
      return exhaustive(s, 'report section');
  }
}
