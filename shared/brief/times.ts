// Start and end times: "20:00-21:30", "20h-21h30", "de 11h00 à 12h30", "3:00 pm to 4:30 pm",
// "de 15:00 a 16:30"; a bare "90 minutes" gives the end from the start.
import { blankNumericDates } from './dates.js';

const TOKEN = String.raw`(?<![\d:.,])(\d{1,2})(?:\s*([:hH.])\s*(\d{2})?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d])`;
// "?" and U+FFFD: "à" mangled by the extraction ("de 11h00 ? 12h30").
const SEP = String.raw`\s*(?:-|–|—|to|until|till|à|a|au|jusqu'à|hasta|-\s*>|\?|\uFFFD)\s*`;
const RANGE = new RegExp(TOKEN + SEP + TOKEN, 'gi');
const SINGLE = new RegExp(TOKEN, 'gi');
const DURATION = /(\d{1,3})\s*(?:min|mins|minutes|minutos)\b|(\d)\s*(?:hours?|heures?|horas?)\b/i;

export interface TimeRange {
  start: string;
  end: string;
}

function toHHMM(
  h: string | undefined,
  sep: string | undefined,
  mm: string | undefined,
  ampm: string | undefined,
): string | null {
  // A bare number ("2021", "8") is not a time; it needs a separator or am/pm.
  if (!sep && !ampm) return null;
  let hour = Number(h);
  const minute = mm ? Number(mm) : 0;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (!Number.isInteger(hour) || hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The first time range in the text (or a lone start time), with where it ends in the text. */
export function parseTimes(text: string): (TimeRange & { endIndex: number }) | null {
  const t = blankNumericDates(text);
  for (const m of t.matchAll(RANGE)) {
    // "3 - 4:30 pm": the am/pm of the end applies to a bare start.
    const start = toHHMM(m[1], m[2], m[3], m[4] ?? (m[2] ? undefined : m[8]));
    const end = toHHMM(m[5], m[6], m[7], m[8]);
    if (start && end) return { start, end, endIndex: (m.index ?? 0) + m[0].length };
  }
  for (const m of t.matchAll(SINGLE)) {
    const start = toHHMM(m[1], m[2], m[3], m[4]);
    if (start) return { start, end: '', endIndex: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** Minutes of a stated duration ("90 minutes", "1 hour"), or null. */
export function parseDurationMinutes(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const minutes = m[1] ? Number(m[1]) : Number(m[2]) * 60;
  return minutes > 0 && minutes <= 24 * 60 ? minutes : null;
}

export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
