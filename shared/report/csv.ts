// Every answer as a spreadsheet row, for the rapporteur who sorts and filters in Excel or
// LibreOffice. UTF-8 with a BOM (so Excel reads the accents), RFC 4180 quoting and CRLF rows, and
// cells that a spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP).
import { plusOneCount, wallEverShown } from '../wall.js';
import { plusOneColumn } from './plusOneLabel.js';
import { allQuestions } from '../definition.js';
import { isClosedKind, kindOf } from '../kinds.js';
import { describeClosedAnswer } from '../results/describe.js';
import { voteCount, type SessionState } from '../state.js';
import { closedColumns } from './csvClosed.js';
import { contribLabels } from './contribLabels.js';
import { stripControls } from './escape.js';
import { formatTimestamp } from './format.js';
import { reportLabels } from './labels.js';
import { aqInReport, byTime, inReport, reportText } from './model.js';

const BOM = '\uFEFF';

/** =, +, -, @ start a formula; a leading tab or line break can smuggle one past a naive check. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvCell(value: string): string {
  const clean = stripControls(value.replace(/\r\n?/g, '\n'));
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * One row per answer (withdrawn ones excepted: their author took them back), hidden ones
 * included and marked, in run-of-show order then arrival order. The answer column carries the
 * rapporteur's corrected text when there is one, as the report does.
 */
export function renderCsv(state: SessionState): string {
  const d = state.definition;
  const l = reportLabels(d.language);
  const cl = contribLabels(d.language);
  const themeName = (id: string | null | undefined): string => (id ? (state.themes?.[id]?.name ?? '') : '');
  const roundTitle = new Map(d.rounds.map((r) => [r.id, r.title]));
  const header = [
    l.round,
    l.question,
    l.fullName,
    l.organization,
    l.country,
    l.answer,
    l.answeredAt,
    l.hidden,
    l.featured,
    l.inReport,
    // Recorded contributions, languages and the synthesis; the original stays beside any translation.
    cl.recordedFrom,
    cl.language,
    cl.original,
    cl.theme,
    cl.keyMessage,
  ];
  const closed = closedColumns(state);
  if (closed) header.push(...closed.head);
  // Sessions that showed a wall on phones: each answer's +1 count (older sessions' CSV is unchanged).
  const walls = allQuestions(d).some((q) => wallEverShown(state, q.id));
  if (walls) header.push(plusOneColumn(d.language));
  const rows = [csvRow(header)];
  for (const q of allQuestions(d)) {
    const round = q.roundId === null ? l.mainQuestion : (roundTitle.get(q.roundId) ?? '');
    const question = q.roundId === null ? q.text : `${q.index}. ${q.text}`;
    const answers = Object.values(state.answers)
      .filter((a) => a.questionId === q.id && !a.withdrawn)
      .sort(byTime);
    for (const a of answers) {
      const p = a.by ?? state.participants[a.participantId];
      const named = !!p && !('anonymous' in p && p.anonymous) && !!p.name.trim();
      const publicMark = a.by?.public ? `${cl.public}${l.colon}` : '';
      rows.push(
        csvRow([
          round,
          question,
          `${publicMark}${named ? p.name : l.anonymous}`,
          named ? p.organization : '',
          named ? p.country : '',
          // A closed answer in words: its options, value or words (its text is empty).
          isClosedKind(kindOf(q)) ? describeClosedAnswer(q, a) : reportText(a),
          formatTimestamp(a.createdAt, d.timeZone),
          a.hidden ? l.yes : l.no,
          a.featured ? l.yes : l.no,
          inReport(a) ? l.yes : l.no,
          a.by ? cl.channel[a.by.channel] : '',
          a.language ?? '',
          a.correctedText !== null ? a.text : '',
          themeName(a.themeId),
          a.keyMessage ? l.yes : l.no,
          ...(closed ? closed.cells(a) : []),
          ...(walls ? [String(plusOneCount(state, a.id))] : []),
        ]),
      );
    }
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/**
 * The second file: audience questions (withdrawn ones excepted), each followed by one row per
 * reply, oldest first, with the same columns so a spreadsheet filter on the question keeps its
 * replies. Question rows say whether the question is in the report and whether it was hidden.
 */
export function renderAudienceCsv(state: SessionState): string {
  const d = state.definition;
  const l = reportLabels(d.language);
  const speakerName = new Map(d.speakers.map((s) => [s.id, s.name]));
  const header = [
    l.kind,
    l.question,
    l.addressedTo,
    l.fullName,
    l.organization,
    l.country,
    l.votes,
    l.answeredAt,
    l.hidden,
    l.inReport,
    l.repliedBy,
    l.reply,
  ];
  const rows = [csvRow(header)];
  const questions = Object.values(state.audienceQuestions)
    .filter((q) => !q.withdrawn)
    .sort(byTime);
  for (const q of questions) {
    const p = state.participants[q.participantId];
    const named = !!p && !p.anonymous && !!p.name.trim();
    const text = reportText(q);
    const to = q.speakerId === null ? l.wholePanel : (speakerName.get(q.speakerId) ?? '');
    rows.push(
      csvRow([
        l.question,
        text,
        to,
        named ? p.name : l.anonymous,
        named ? p.organization : '',
        named ? p.country : '',
        String(voteCount(q)),
        formatTimestamp(q.createdAt, d.timeZone),
        q.status === 'hidden' ? l.yes : l.no,
        aqInReport(q) ? l.yes : l.no,
        '',
        '',
      ]),
    );
    for (const r of q.replies) rows.push(csvRow([l.reply, text, to, '', '', '', '', '', '', '', r.by, r.gist]));
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
