// A question the moderator adds during the session: appended to a "quick questions" round of the
// definition (created on first use), then put on the floor, which opens it for answers.
import type { SessionDefinition } from '../../shared/definition.js';
import { KIND_LIMITS } from '../../shared/kinds.js';
import type { KindFields, QuestionKind } from '../../shared/questionKinds.js';

export const QUICK_ROUND_ID = 'quick';

export interface QuickDraft {
  text: string;
  kind: QuestionKind;
  /** One option per line (choice and rank). */
  options: string;
}

/** The kind fields a draft gives (options trimmed, empty lines dropped, at most the kind's limit). */
export function quickFields(d: QuickDraft): KindFields {
  const options = d.options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  switch (d.kind) {
    case 'choice':
      return { kind: 'choice', options: options.slice(0, KIND_LIMITS.choiceOptions) };
    case 'rank':
      return { kind: 'rank', options: options.slice(0, KIND_LIMITS.rankOptions) };
    case 'scale':
      return { kind: 'scale', min: 1, max: 5 };
    case 'words':
      return { kind: 'words' };
    case 'text':
      return {};
  }
}

/** The definition with the quick question added, and its id. */
export function withQuickQuestion(
  d: SessionDefinition,
  draft: QuickDraft,
  roundTitle: string,
  id: string,
): { definition: SessionDefinition; questionId: string } {
  const question = { id, text: draft.text.trim(), ...quickFields(draft) };
  const has = d.rounds.some((r) => r.id === QUICK_ROUND_ID);
  const rounds = has
    ? d.rounds.map((r) => (r.id === QUICK_ROUND_ID ? { ...r, questions: [...r.questions, question] } : r))
    : [...d.rounds, { id: QUICK_ROUND_ID, title: roundTitle, questions: [question] }];
  return { definition: { ...d, rounds }, questionId: id };
}
