// The CSV's +1 column title, in the report's language. Words first: a cell starting with "+" would
// be neutralised as a formula (an apostrophe before it).
import type { Language } from '../definition.js';

const LABELS: Record<Language, string> = { en: 'Number of +1s', fr: 'Nombre de +1', es: 'Número de +1' };

export const plusOneColumn = (lang: Language): string => LABELS[lang];
