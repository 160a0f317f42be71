// A closed question's answers added up, for the projector, the console and the report. Pure and
// defensive: an option index that does not exist, a value out of range or a duplicate is ignored
// (validation refuses them upstream; an old log or a changed definition must not break a tally).
import type { ClosedAnswerFields, KindFields, KindResult } from '../questionKinds.js';
import { groupWords, type WordLanguage } from './words.js';

/** A scale without its range set: 1–5, as the setup editor proposes. */
export const SCALE_DEFAULT = { min: 1, max: 5 } as const;

export const scaleRange = (q: KindFields): { min: number; max: number } => ({
  min: q.min ?? SCALE_DEFAULT.min,
  max: q.max ?? SCALE_DEFAULT.max,
});

/** null for free text (no picture: its answers are read). */
export function tallyKind(
  question: KindFields,
  answers: ClosedAnswerFields[],
  language: WordLanguage,
): KindResult | null {
  switch (question.kind ?? 'text') {
    case 'text':
      return null;
    case 'choice':
      return tallyChoice(question, answers);
    case 'scale':
      return tallyScale(question, answers);
    case 'words':
      return tallyWords(answers, language);
    case 'rank':
      return tallyRank(question, answers);
    default:
      return null;
  }
}

/** Distinct valid option indexes, in the order given. */
function validIndexes(xs: readonly number[] | undefined, n: number): number[] {
  const out: number[] = [];
  for (const x of xs ?? []) if (Number.isInteger(x) && x >= 0 && x < n && !out.includes(x)) out.push(x);
  return out;
}

function tallyChoice(q: KindFields, answers: ClosedAnswerFields[]): KindResult {
  const n = q.options?.length ?? 0;
  const counts = new Array<number>(n).fill(0);
  let respondents = 0;
  let otherCount = 0;
  const others: string[] = [];
  for (const a of answers) {
    let picked = validIndexes(a.choices, n);
    const otherText = q.other ? (a.otherText ?? '').trim() : '';
    const other = !!q.other && (otherText.length > 0 || (a.choices ?? []).includes(n));
    // A single-choice question counts one pick per person, whatever arrived.
    if (!q.multiple) picked = other ? [] : picked.slice(0, 1);
    if (!picked.length && !other) continue;
    respondents++;
    for (const i of picked) counts[i] = (counts[i] ?? 0) + 1;
    if (other) {
      otherCount++;
      if (otherText) others.push(otherText);
    }
  }
  return { kind: 'choice', respondents, counts, otherCount, others };
}

function tallyScale(q: KindFields, answers: ClosedAnswerFields[]): KindResult {
  const { min, max } = scaleRange(q);
  const counts = new Array<number>(Math.max(0, max - min + 1)).fill(0);
  const values: number[] = [];
  for (const a of answers) {
    const v = a.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) continue;
    values.push(v);
    counts[v - min] = (counts[v - min] ?? 0) + 1;
  }
  return { kind: 'scale', respondents: values.length, min, max, counts, mean: mean(values), median: median(values) };
}

function tallyWords(answers: ClosedAnswerFields[], language: WordLanguage): KindResult {
  const lists = answers.map((a) => (a.words ?? []).filter((w) => typeof w === 'string' && w.trim().length > 0));
  const given = lists.filter((l) => l.length > 0);
  return { kind: 'words', respondents: given.length, groups: groupWords(given, language) };
}

function tallyRank(q: KindFields, answers: ClosedAnswerFields[]): KindResult {
  const n = q.options?.length ?? 0;
  const sums = new Array<number>(n).fill(0);
  const times = new Array<number>(n).fill(0);
  let respondents = 0;
  for (const a of answers) {
    const order = validIndexes(a.order, n);
    if (!order.length) continue;
    respondents++;
    order.forEach((option, i) => {
      sums[option] = (sums[option] ?? 0) + i + 1;
      times[option] = (times[option] ?? 0) + 1;
    });
  }
  const averagePosition = sums.map((s, i) => (times[i] ? s / (times[i] ?? 1) : null));
  return { kind: 'rank', respondents, averagePosition, order: rankOrder(averagePosition) };
}

/** Option indexes by average position, best (lowest) first; options nobody ranked last, in their order. */
export function rankOrder(averagePosition: readonly (number | null)[]): number[] {
  return averagePosition
    .map((avg, i) => ({ avg, i }))
    .sort((a, b) => (a.avg ?? Number.POSITIVE_INFINITY) - (b.avg ?? Number.POSITIVE_INFINITY) || a.i - b.i)
    .map((x) => x.i);
}

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/**
 * Whole percentages of `total` that add up to 100 when the counts do (largest remainder), so a
 * single-choice chart never reads 33 + 33 + 33. With several picks per person (`multiple`), each is
 * its own share of the respondents and the sum may pass 100.
 */
export function percentages(counts: readonly number[], total: number, multiple = false): number[] {
  if (total <= 0) return counts.map(() => 0);
  if (multiple) return counts.map((c) => Math.round((100 * c) / total));
  const exact = counts.map((c) => (100 * c) / total);
  const floors = exact.map(Math.floor);
  const sum = counts.reduce((a, b) => a + b, 0);
  const target = Math.round((100 * sum) / total);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ r: x - Math.floor(x), i })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
