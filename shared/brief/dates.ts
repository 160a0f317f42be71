// Session dates as briefs write them: "October 8th, 2021", "le 8 octobre 2021", "8 de octubre de
// 2021", "2021-10-08", "08/10/2021" (day first, as in French and Spanish briefs).
import { foldKey } from './fold.js';

const MONTHS: Record<string, number> = {};
const NAMES: [number, string][] = [
  [1, 'january jan janvier janv enero ene'],
  [2, 'february feb fevrier fevr fev febrero'],
  [3, 'march mar mars marzo'],
  [4, 'april apr avril avr abril abr'],
  [5, 'may mai mayo'],
  [6, 'june jun juin junio'],
  [7, 'july jul juillet juil julio'],
  [8, 'august aug aout agosto ago'],
  [9, 'september sept sep septembre septiembre setiembre'],
  [10, 'october oct octobre octubre'],
  [11, 'november nov novembre noviembre'],
  [12, 'december dec decembre diciembre dic'],
];
for (const [n, names] of NAMES) for (const name of names.split(' ')) MONTHS[name] = n;
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const MDY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\d{4})\\b`);
const DMY = new RegExp(
  `\\b(\\d{1,2})(?:er|eme|st|nd|rd|th|o|e)?\\s+(?:de\\s+)?(${MONTH})\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`,
);
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/;

export interface ParsedDate {
  /** YYYY-MM-DD */
  iso: string;
  /** The day and month could be read either way (08/10/2021); day-first was assumed. */
  ambiguous: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 3000 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date found in the text, or null. */
export function parseDate(text: string): ParsedDate | null {
  const iso = ISO.exec(text);
  if (iso) {
    const r = toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (r) return { iso: r, ambiguous: false };
  }
  const folded = foldKey(text);
  const named = [MDY.exec(folded), DMY.exec(folded)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index);
  for (const m of named) {
    // MDY captures the month first, DMY the day first.
    const [month, day] = /^[a-z]/.test(m[1] ?? '')
      ? [MONTHS[m[1] ?? ''], Number(m[2])]
      : [MONTHS[m[2] ?? ''], Number(m[1])];
    const r = month ? toIso(Number(m[3]), month, day) : null;
    if (r) return { iso: r, ambiguous: false };
  }
  const num = NUMERIC.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const y = Number(num[3]);
    const dayFirst = toIso(y, b, a);
    if (dayFirst) return { iso: dayFirst, ambiguous: a <= 12 && b <= 12 && a !== b };
    const monthFirst = toIso(y, a, b);
    if (monthFirst) return { iso: monthFirst, ambiguous: false };
  }
  return null;
}

/** The text with numeric dates blanked out, so "1/07/2021" is not read as a time. */
export function blankNumericDates(text: string): string {
  return text.replace(new RegExp(NUMERIC.source, 'g'), ' ').replace(new RegExp(ISO.source, 'g'), ' ');
}
