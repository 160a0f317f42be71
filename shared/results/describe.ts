// A closed answer in words, for exports (the CSV's answer column): option labels, the value, the words.
import type { ClosedAnswerFields, KindFields } from '../questionKinds.js';

export function describeClosedAnswer(q: KindFields, a: ClosedAnswerFields): string {
  const label = (i: number) => q.options?.[i] ?? a.otherText ?? '';
  if (a.choices) return a.choices.map(label).join(' · ');
  if (a.order) return a.order.map(label).join(' > ');
  if (a.value !== undefined) return String(a.value);
  return (a.words ?? []).join(' · ');
}
