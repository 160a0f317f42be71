// The CSV's columns for closed answers: the options picked, the value, the words and the order,
// written out as option labels so a spreadsheet reads them without the definition. Only a session
// with a closed question gets them: the CSV of a free-text session stays as it was.
import { chartLabels } from '../charts/labels.js';
import type { ClosedAnswerFields } from '../questionKinds.js';
import { questionsWithKinds, type ClosedQuestion } from '../results/closedResults.js';
import type { Answer, SessionState } from '../state.js';

export interface ClosedColumns {
  head: string[];
  cells: (a: Answer) => string[];
}

export function closedColumns(state: SessionState): ClosedColumns | null {
  const questions = new Map(questionsWithKinds(state.definition).map((q) => [q.id, q]));
  if (![...questions.values()].some((q) => (q.kind ?? 'text') !== 'text')) return null;
  const l = chartLabels(state.definition.language);
  return {
    head: [l.choicesColumn, l.valueColumn, l.wordsColumn, l.orderColumn],
    cells: (a) => closedCells(questions.get(a.questionId), a as Answer & ClosedAnswerFields, l.other),
  };
}

function closedCells(q: ClosedQuestion | undefined, a: ClosedAnswerFields, other: string): string[] {
  const options = q?.options ?? [];
  const label = (i: number): string => options[i] ?? (i === options.length && q?.other ? other : `#${i + 1}`);
  const choices = (a.choices ?? []).map(label);
  const otherText = a.otherText?.trim();
  if (otherText) choices.push(`${other}: ${otherText}`);
  return [
    choices.join('; '),
    typeof a.value === 'number' ? String(a.value) : '',
    (a.words ?? []).join('; '),
    (a.order ?? []).map(label).join(' > '),
  ];
}
