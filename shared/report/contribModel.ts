// The report's part for recorded contributions and the synthesis: who a recorded item is from,
// the notes after an answer (translated, repeated), the key messages and the answers by theme.
import type { Contributor } from '../contrib/types.js';
import type { Answer, SessionState } from '../state.js';
import { contribLabels, type ContribLabels } from './contribLabels.js';
import type { ReportAnswer, ReportPerson, ReportSection, ReportThemeGroup } from './types.js';

/** A recorded contribution's author as the report prints it; "Public" marks a member of the public. */
export function contributorPerson(by: Contributor, cl: ContribLabels): ReportPerson {
  const named = !!by.name.trim();
  return {
    name: by.name,
    organization: named ? by.organization : '',
    country: named ? by.country : '',
    anonymous: !named,
    ...(by.public ? { mark: cl.public } : {}),
  };
}

/** Answers marked as repeating another: each counts once more for the one kept. */
export function repeats(state: SessionState): Map<string, number> {
  const n = new Map<string, number>();
  for (const a of Object.values(state.answers))
    if (a.duplicateOf) n.set(a.duplicateOf, (n.get(a.duplicateOf) ?? 0) + 1);
  return n;
}

/** What follows an answer's text: the language it was translated from, how many said it. */
export function answerNote(a: Answer, repeated: number, cl: ContribLabels): string | undefined {
  const notes: string[] = [];
  if (a.translatedFrom && a.correctedText !== null) notes.push(cl.translatedFrom(a.translatedFrom));
  if (repeated > 0) notes.push(cl.repeated(repeated + 1));
  return notes.length ? notes.join(', ') : undefined;
}

/** The key messages the rapporteur picked, in the order answers came. */
export function keyMessagesSection(
  state: SessionState,
  all: (pick: (a: Answer) => boolean) => ReportAnswer[],
): ReportSection | null {
  const answers = all((a) => !!a.keyMessage);
  if (!answers.length) return null;
  return { kind: 'keyMessages', title: contribLabels(state.definition.language).keyMessages, answers };
}

/** Every answer of the report grouped by theme (themes in creation order, then those with none). */
export function themesSection(
  state: SessionState,
  all: (pick: (a: Answer) => boolean) => ReportAnswer[],
): ReportSection {
  const cl = contribLabels(state.definition.language);
  const themes = Object.values(state.themes ?? {}).sort((a, b) => a.order - b.order);
  const group = (id: string, name: string, pick: (a: Answer) => boolean): ReportThemeGroup | null => {
    const answers = all(pick);
    return answers.length ? { id, name, count: cl.answersCount(answers.length), answers } : null;
  };
  const known = new Set(themes.map((t) => t.id));
  const groups = [
    ...themes.map((t) => group(t.id, t.name, (a) => a.themeId === t.id)),
    group('', cl.noTheme, (a) => !a.themeId || !known.has(a.themeId)),
  ].filter((g): g is ReportThemeGroup => g !== null);
  return { kind: 'themes', title: cl.byTheme, themes: groups };
}
