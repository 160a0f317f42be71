// A closed question's answers added up (the live flow's stand-in: the charts work brings the
// maintained stemmer and stop-words; the coordinator keeps one `tallyKind` at merge). Pure.
import type { Language } from '../questions.js';
import type { ClosedAnswerFields, KindFields, KindResult, WordGroup } from '../questionKinds.js';

/** Word-cloud groups kept in a result: enough for any cloud, bounded for the log. */
const MAX_GROUPS = 60;

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The key two spellings of one word share: no case, no accents, no simple plural. */
export function wordKey(w: string, _language: Language): string {
  const base = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return base
    .split(' ')
    .map((x) => (x.length > 3 ? x.replace(/(es|s|x)$/, (m) => (m === 'es' && x.length > 4 ? 'e' : '')) : x))
    .map((x) => x.replace(/e$/, ''))
    .join(' ');
}

function groupWords(answers: ClosedAnswerFields[], language: Language): WordGroup[] {
  const groups = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const a of answers) {
    // One person's words count once per group, however many variants they typed.
    const seen = new Set<string>();
    for (const w of a.words ?? []) {
      const k = wordKey(w, language);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      const g = groups.get(k) ?? { count: 0, forms: new Map<string, number>() };
      g.count++;
      g.forms.set(w, (g.forms.get(w) ?? 0) + 1);
      groups.set(k, g);
    }
  }
  return [...groups.values()]
    .map((g) => {
      const forms = [...g.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return { label: forms[0]![0], count: g.count, variants: forms.map((f) => f[0]) };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, MAX_GROUPS);
}

export function tallyKind(question: KindFields, answers: ClosedAnswerFields[], language: Language): KindResult {
  const n = question.options?.length ?? 0;
  switch (question.kind ?? 'text') {
    case 'choice': {
      const counts = new Array<number>(n).fill(0);
      let otherCount = 0;
      const others: string[] = [];
      let respondents = 0;
      for (const a of answers) {
        if (!a.choices) continue;
        respondents++;
        for (const c of a.choices) {
          if (c < n) counts[c]!++;
          else if (question.other && c === n) {
            otherCount++;
            if (a.otherText) others.push(a.otherText);
          }
        }
      }
      return { kind: 'choice', respondents, counts, otherCount, others };
    }
    case 'scale': {
      const min = question.min ?? 1;
      const max = question.max ?? 5;
      const counts = new Array<number>(Math.max(0, max - min + 1)).fill(0);
      const values = answers.map((a) => a.value).filter((x): x is number => x !== undefined && x >= min && x <= max);
      for (const x of values) counts[x - min]!++;
      const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
      return { kind: 'scale', respondents: values.length, min, max, counts, mean, median: median(values) };
    }
    case 'words': {
      const withWords = answers.filter((a) => a.words?.length);
      return { kind: 'words', respondents: withWords.length, groups: groupWords(withWords, language) };
    }
    case 'rank': {
      const sums = new Array<number>(n).fill(0);
      const times = new Array<number>(n).fill(0);
      let respondents = 0;
      for (const a of answers) {
        if (!a.order) continue;
        respondents++;
        a.order.forEach((o, i) => {
          if (o < n) {
            sums[o]! += i + 1;
            times[o]!++;
          }
        });
      }
      const averagePosition = sums.map((s, i) => (times[i] ? s / times[i]! : null));
      const order = [...averagePosition.keys()].sort(
        (a, b) => (averagePosition[a] ?? Infinity) - (averagePosition[b] ?? Infinity) || a - b,
      );
      return { kind: 'rank', respondents, averagePosition, order };
    }
    case 'text':
      throw new Error('tallyKind: a text question has no tally');
  }
}
