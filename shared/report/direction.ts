// Which way a piece of text runs, and which script it needs a language tag for: the Word writer
// marks right-to-left runs and tags Arabic, Hebrew and Korean text so Word picks fonts and
// proofing for them. Judged by the first strong letter, as the Unicode bidi algorithm does (P2).

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[\p{L}]/u;

/** True when the first letter of `text` is written right to left (Hebrew, Arabic and their kin). */
export function startsRightToLeft(text: string): boolean {
  for (const c of text) if (STRONG.test(c)) return RTL.test(c);
  return false;
}

export function hasRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/** The language tag for the complex-script or East Asian text in a run, when it has any. */
export function scriptLanguage(text: string): { bidirectional?: string; eastAsia?: string } {
  if (/[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text)) return { bidirectional: 'ar-SA' };
  if (/[\u0590-\u05FF\uFB1D-\uFB4F]/.test(text)) return { bidirectional: 'he-IL' };
  if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/.test(text)) return { eastAsia: 'ko-KR' };
  return {};
}

/** The session language's Word locale. */
export const LOCALE = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES' } as const;
