// A suggested grouping of answers into themes by shared key words: a starting point the
// rapporteur accepts, renames or ignores, never applied on its own. Greedy: the word most answers
// share becomes a theme of those answers, then the next word among the answers left, and so on.
const STOP = new Set(
  // French, English and Spanish function words and the workshop's own filler.
  (
    'les des une pour dans avec sur par pas plus que qui est sont aux ces cette leur leurs mais ' +
    'tout tous faut faire être avoir entre comme elle elles nous vous ils ont sans sous ' +
    'the and for with that this are from have not but all can should more their they them will ' +
    'into our your what which when there about also need needs ' +
    'los las una para con por que del como más pero sus son está esta este estos entre sin ' +
    'sobre todo todos hay debe deben tiene nuestro nuestra'
  ).split(' '),
);

/** Lower case without accents, so "Économie" and "economie" are one word. */
const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The distinct content words of a text (four letters or more, not a function word), folded. */
export function keyWords(text: string): Set<string> {
  return new Set(wordForms(text).keys());
}

/** Each folded content word of a text with its first form as written (elision removed). */
function wordForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const written = m[0].replace(/^\p{L}['’]/u, '');
    const w = fold(written);
    if (w.length >= 4 && !STOP.has(w) && !out.has(w)) out.set(w, written.toLowerCase());
  }
  return out;
}

export interface ThemeSuggestion {
  /** The shared word as first written (accents kept), a first name for the theme. */
  keyword: string;
  answerIds: string[];
}

/** At most `max` groups of at least `min` answers each; an answer is in one group at most. */
export function suggestThemes(answers: readonly { id: string; text: string }[], max = 8, min = 2): ThemeSuggestion[] {
  const forms = new Map(answers.map((a) => [a.id, wordForms(a.text)]));
  const words = new Map(answers.map((a) => [a.id, new Set(forms.get(a.id)!.keys())]));
  const left = new Set(answers.map((a) => a.id));
  const out: ThemeSuggestion[] = [];
  while (out.length < max) {
    const count = new Map<string, number>();
    for (const id of left) for (const w of words.get(id)!) count.set(w, (count.get(w) ?? 0) + 1);
    let best: string | null = null;
    let bestN = min - 1;
    for (const [w, n] of count) if (n > bestN || (n === bestN && best !== null && w < best)) [best, bestN] = [w, n];
    if (best === null || bestN < min) break;
    const ids = answers.filter((a) => left.has(a.id) && words.get(a.id)!.has(best)).map((a) => a.id);
    for (const id of ids) left.delete(id);
    out.push({ keyword: forms.get(ids[0]!)!.get(best) ?? best, answerIds: ids });
  }
  return out;
}
