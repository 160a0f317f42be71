// The server's language detector (franc-min, a maintained library), lent to decide(): it corrects
// an answer's language when the text is clearly in another one than the participant's interface.
// Short texts are left to the interface language, where detectors guess.
import { franc } from 'franc-min';
import type { LanguageDetector } from '../../shared/contrib/language.js';

/** ISO 639-3 (what franc gives) → ISO 639-1 (what the session and translation servers use). */
const CODES: Record<string, string> = { fra: 'fr', eng: 'en', spa: 'es', por: 'pt', ita: 'it', deu: 'de' };

/** Below this many letters the interface language is kept: one-word answers fool every detector. */
const MIN_LETTERS = 24;

/**
 * Only the start is read: enough to tell a language, and it bounds the time decide() spends on
 * the committer's hot path (about 0.1 ms for a 100-character answer here, 0.4 ms for 1,800).
 */
const MAX_CHARS = 400;

export const detectLanguage: LanguageDetector = (text) => {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return null;
  const code = franc(text.slice(0, MAX_CHARS), { only: Object.keys(CODES), minLength: MIN_LETTERS });
  return CODES[code] ?? null;
};
