// The language an answer is in: the participant's interface language, unless a detector reading
// the text says otherwise with confidence. The detector is given (the server's, from a library):
// this stays pure and out of the phone bundle.
import type { Language } from '../definition.js';

/** ISO 639-1 code of the text's language, or null when the detector cannot tell (short text). */
export type LanguageDetector = (text: string) => string | null;

export function answerLanguage(interfaceLanguage: Language, text: string, detect?: LanguageDetector): string {
  const found = detect?.(text) ?? null;
  return found ?? interfaceLanguage;
}

/** The languages the answers of a list are in, most common first (ties by code), for a filter. */
export function answerLanguages(answers: readonly { language?: string }[]): string[] {
  const n = new Map<string, number>();
  for (const a of answers) if (a.language) n.set(a.language, (n.get(a.language) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}
