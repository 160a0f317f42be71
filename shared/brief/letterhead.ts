// The unlabeled lines above a brief's first heading. Concept notes open with a few of them:
//   "Foro Global de Economía Social – GSEF 2023" / "Ciudad de México" / "16 al 18 de octubre de 2023"
//   / "Eje 2: Territorios solidarios" / "Martes 17 de octubre de 2023" / "10:00 a 11:30 hora del
//   centro de México". A careful reader tells the event, its city and its dates (a range: the
//   forum's days, not the session's) from the session's own date and time, and reads the one
//   remaining sentence as the sub-theme. Whatever is left is returned, never dropped.
import { parseDate } from './dates.js';
import type { Draft } from './draft.js';
import { parseEvent } from './event.js';
import { foldKey } from './fold.js';
import { cleanInline } from './normalize.js';
import { applySchedule } from './schedule.js';
import { parseTimes } from './times.js';
import { findTimeZone } from './timezones.js';

const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/;
const FORUM_WORD =
  /\b(?:forum|foro|summit|sommet|cumbre|conference|conferencia|congress|congres|congreso|festival|assembly|assemblee|asamblea|rencontres?|encuentro|week|semaine|semana|gsef)\b/;
/** "16 al 18 de octubre", "du 16 au 18 octobre", "October 16–18", "4-8 October". */
const DAY_RANGE =
  /\b(\d{1,2})(?:er|st|nd|rd|th)?\s*(?:[-–—]|al|au|a|to|y|et|and)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:h.]\s*\d)/i;
const MAX_PLACE_WORDS = 4;
const MIN_THEME_WORDS = 3;

export interface Letterhead {
  /** Lines it could not place. */
  rest: string[];
  /** The session's date and time lines, read after the labelled fields (which win). */
  schedule: string;
}

/** Reads the event from the letterhead into the draft. */
export function readLetterhead(d: Draft, rawLines: string[]): Letterhead {
  const lines = rawLines.map((l) => cleanInline(l).replace(/^#+\s*/, '')).filter(Boolean);
  const eventLines: string[] = [];
  const rest: string[] = [];
  let forumDates: string | null = null;
  let sessionDate: string | null = null;
  let sessionTime: string | null = null;
  for (const line of lines) {
    const folded = foldKey(line);
    const isEvent = FORUM_WORD.test(folded);
    const date = isEvent ? null : parseDate(line);
    const times = isEvent || date ? null : timeOf(line);
    if (!isEvent && isDateRange(line)) forumDates ??= line;
    else if (date && !sessionDate) sessionDate = line;
    else if (times && !sessionTime) sessionTime = line;
    else eventLines.push(line);
  }
  const e = parseEvent(eventLines);
  d.event = { ...d.event, forum: e.forum, city: e.city, year: e.year };
  if (d.event.year === null && forumDates) d.event.year = Number(YEAR.exec(forumDates)?.[1]) || null;
  // Only a header that dates the session is a concept note's, whose spare sentence is the sub-theme.
  const datesSession = sessionDate !== null || sessionTime !== null;
  for (const line of e.rest) {
    if (!d.event.city && isPlace(line)) d.event.city = line;
    else if (!d.event.theme && datesSession && isSentence(line)) d.event.theme = line;
    else rest.push(line);
  }
  // The forum's days have no field of their own: said as not placed.
  if (forumDates) rest.push(forumDates);
  // Date and time together: one schedule, so the zone after the time is the session's.
  const schedule = [sessionDate, sessionTime].filter((l): l is string => l !== null).join(' ');
  return { rest, schedule };
}

/** The letterhead's date and time, where the labelled fields left gaps; false if unusable. */
export function applyLetterheadSchedule(d: Draft, schedule: string): boolean {
  return !schedule || applySchedule(d, schedule);
}

function timeOf(line: string): boolean {
  const t = parseTimes(line);
  return t !== null && (t.end !== '' || /\d[:h.]\d{2}/i.test(line));
}

/** A range of days is a date once the range is cut to its first day. */
function isDateRange(line: string): boolean {
  const first = line.replace(DAY_RANGE, '$1');
  return first !== line && parseDate(first) !== null;
}

/** "Ciudad de México", "Dakar, Sénégal": a short line naming a place the importer knows. */
function isPlace(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= MAX_PLACE_WORDS && !/\d/.test(line) && /^\p{Lu}/u.test(line) && findTimeZone(line) !== null;
}

function isSentence(line: string): boolean {
  return line.split(/\s+/).length >= MIN_THEME_WORDS && /\p{Ll}/u.test(line) && !/[.;]$/.test(line);
}
