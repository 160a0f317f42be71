// Word-cloud grouping: the words people typed, grouped when they differ only by case, accents or a
// simple plural (Snowball stemmers for French, English and Spanish), with each language's stop
// words dropped (the `stopword` package's maintained lists). Pure; the label is the most-typed form.
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { eng, fra, spa } from 'stopword';
import type { WordGroup } from '../questionKinds.js';

export type WordLanguage = 'fr' | 'en' | 'es';

/** Groups a result keeps: enough for any cloud, bounded for the event log. */
export const MAX_WORD_GROUPS = 60;

const STEM: Record<WordLanguage, (w: string) => string> = { fr: stemFr, en: stemEn, es: stemEs };

/** Case and accents folded: "Coopération" and "cooperation" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const STOP: Record<WordLanguage, Set<string>> = {
  fr: new Set(fra.map(fold)),
  en: new Set(eng.map(fold)),
  es: new Set(spa.map(fold)),
};

/** Whether a single word is a stop word in the language (case and accents ignored). */
export function isStopWord(word: string, language: WordLanguage): boolean {
  return STOP[language].has(fold(word));
}

/** A word or phrase as shown: trimmed, inner spaces collapsed, composed (NFC). */
export function cleanVariant(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The key every spelling of a word or phrase shares: each word lower-cased, stripped of accents and
 * stemmed; stop words and elided articles ("l'", "d'") dropped. '' when nothing is left.
 */
export function wordKey(text: string, language: WordLanguage): string {
  const stem = STEM[language];
  return (
    (
      cleanVariant(text)
        .toLowerCase()
        .match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []
    )
      .filter((w) => w.length > 1 || /\p{N}/u.test(w))
      .filter((w) => !isStopWord(w, language))
      // Accents folded before stemming too, so a word typed without them (on a phone without the
      // keyboard, or in a session of another language) stems with the accented spelling.
      .map((w) => stem(fold(w)))
      .join(' ')
  );
}

/**
 * Groups the words of many answers (each answer a list of 1–3 words or phrases, in arrival order).
 * A group counts people: one answer's two spellings of a word count once. Most mentioned first, then
 * alphabetically; the label is the variant typed most often (the earliest typed on a tie).
 */
export function groupWords(answers: readonly (readonly string[])[], language: WordLanguage): WordGroup[] {
  const groups = new Map<string, { count: number; forms: Map<string, number>; first: number }>();
  let order = 0;
  for (const words of answers) {
    const seen = new Set<string>();
    for (const raw of words) {
      const variant = cleanVariant(raw);
      const key = wordKey(variant, language);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const g = groups.get(key) ?? { count: 0, forms: new Map<string, number>(), first: order++ };
      g.count++;
      g.forms.set(variant, (g.forms.get(variant) ?? 0) + 1);
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .map((g) => {
      // Map keeps insertion order, so a stable sort leaves the earliest typed first on a tie.
      const forms = [...g.forms.entries()].sort((a, b) => b[1] - a[1]);
      return { label: forms[0]?.[0] ?? '', count: g.count, variants: forms.map((f) => f[0]) };
    })
    .sort((a, b) => b.count - a.count || fold(a.label).localeCompare(fold(b.label)) || (a.label < b.label ? -1 : 1))
    .slice(0, MAX_WORD_GROUPS);
}
