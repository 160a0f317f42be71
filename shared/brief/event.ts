// The event from a brief's letterhead: "MEXICO CITY 2021 / GLOBAL SOCIAL / ECONOMY FORUM" (city and
// year on one line, the forum's name wrapped over the next), "FORO GLOBAL DE ECONOMÍA SOCIAL /
// BILBAO 2018", "GSEF 2021 Mexico City".
import { titleCase } from './casing.js';
import { foldKey } from './fold.js';
import { cleanInline } from './normalize.js';

const FORUM_WORD =
  /\b(?:forum|foro|summit|sommet|cumbre|conference|conferencia|congress|congres|congreso|festival|assembly|assemblee|asamblea|rencontres?|encuentro|week|semaine|semana|gsef)\b/;
const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/;
const MAX_FORUM_WORDS = 12;

export interface ParsedEvent {
  forum: string;
  city: string;
  year: number | null;
  /** Header lines that were not part of the event. */
  rest: string[];
}

function hasForumWord(s: string): boolean {
  return FORUM_WORD.test(foldKey(s));
}

function isShortPlace(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && !/\d/.test(s) && !hasForumWord(s) && /^\p{Lu}/u.test(s);
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function parseEvent(rawLines: string[]): ParsedEvent {
  const lines = rawLines
    .map(cleanInline)
    .map((l) => l.replace(/^#+\s*/, ''))
    .filter(Boolean);
  const out: ParsedEvent = { forum: '', city: '', year: null, rest: [] };
  const yearAt = lines.findIndex((l) => YEAR.test(l) && words(l) <= 8);
  const forumLine = lines.findIndex((l, i) => i !== yearAt && hasForumWord(l));
  const forumParts: { at: number; text: string }[] = [];
  const used = new Set<number>();

  if (yearAt >= 0) {
    used.add(yearAt);
    const line = lines[yearAt] ?? '';
    const m = YEAR.exec(line);
    const at = m?.index ?? 0;
    out.year = Number(m?.[1]);
    const before = line
      .slice(0, at)
      .replace(/[\s,–—-]+$/, '')
      .trim();
    const after = line
      .slice(at + 4)
      .replace(/^[\s,–—-]+/, '')
      .trim();
    const sides = [before, after].filter(Boolean);
    const isForumSide = (side: string) =>
      hasForumWord(side) || (isAcronym(side) && (sides.length === 2 || forumLine < 0));
    for (const side of sides) {
      // "4-8 October 2020": the rest of a date is neither the city nor the forum.
      if (/\d/.test(side)) out.rest.push(side);
      else if (!out.city && !isForumSide(side) && isShortPlace(side)) out.city = side;
      else forumParts.push({ at: yearAt, text: side });
    }
  }

  // The forum's name: the line with a forum word and the short lines it wraps onto.
  if (forumLine >= 0) {
    const joinable = (i: number) =>
      i !== yearAt && i >= 0 && i < lines.length && words(lines[i] ?? '') <= 5 && !/\d/.test(lines[i] ?? '');
    let from = forumLine;
    let to = forumLine;
    while (joinable(from - 1)) from--;
    while (joinable(to + 1)) to++;
    for (let i = from; i <= to; i++) {
      forumParts.push({ at: i, text: lines[i] ?? '' });
      used.add(i);
    }
  }
  const forum = forumParts
    .sort((a, b) => a.at - b.at)
    .map((p) => (isAcronym(p.text) ? p.text : titleCase(p.text)))
    .join(' ');
  if (forum && words(forum) <= MAX_FORUM_WORDS) out.forum = forum;
  else if (forum) out.rest.push(forum);
  out.city = titleCase(out.city);
  lines.forEach((l, i) => {
    if (!used.has(i)) out.rest.push(l);
  });
  return out;
}

/** "GSEF": a short all-capitals word is the forum's acronym, not its city. */
function isAcronym(s: string): boolean {
  return /^[A-Z]{2,6}$/.test(s.trim());
}
