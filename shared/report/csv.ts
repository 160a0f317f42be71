// Every answer as a spreadsheet row, for the rapporteur who sorts and filters in Excel or
// LibreOffice. UTF-8 with a BOM (so Excel reads the accents), RFC 4180 quoting and CRLF rows, and
// cells that a spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP).
import { allQuestions } from '../definition.js';
import { isClosedKind, kindOf } from '../kinds.js';
import { describeClosedAnswer } from '../results/describe.js';
import type { SessionState } from '../state.js';
import { stripControls } from './escape.js';
import { formatTimestamp } from './format.js';
import { reportLabels } from './labels.js';
import { byTime, reportText } from './model.js';

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
  ];
  const rows = [csvRow(header)];
  for (const q of allQuestions(d)) {
    const round = q.roundId === null ? l.mainQuestion : (roundTitle.get(q.roundId) ?? '');
    const question = q.roundId === null ? q.text : `${q.index}. ${q.text}`;
    const answers = Object.values(state.answers)
      .filter((a) => a.questionId === q.id && !a.withdrawn)
      .sort(byTime);
    for (const a of answers) {
      const p = state.participants[a.participantId];
      const named = !!p && !p.anonymous && !!p.name.trim();
      rows.push(
        csvRow([
          round,
          question,
          named ? p.name : l.anonymous,
          named ? p.organization : '',
          named ? p.country : '',
          // A closed answer in words: its options, value or words (its text is empty).
          isClosedKind(kindOf(q)) ? describeClosedAnswer(q, a) : reportText(a),
          formatTimestamp(a.createdAt, d.timeZone),
          a.hidden ? l.yes : l.no,
          a.featured ? l.yes : l.no,
        ]),
      );
    }
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
