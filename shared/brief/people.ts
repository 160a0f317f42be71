// People as briefs write them: "Kevin / OJEDD", "Kevin Ossah, Directeur exécutif, Organisation …
// (OJEDD)", "Ana Pérez (Ayuntamiento de Bilbao, España)", "M. Ben Amar Zeghadi".
import { isCountry, splitCountry } from './countries.js';
import { cleanInline } from './normalize.js';
import { findRoleStart, startsWithRole } from './roles.js';

const HONORIFIC =
  /^(?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Dre\.?|Pr\.?|Prof\.?|Sr\.?|Sra\.?|Srta\.?|Dra\.?|Lic\.?|Ing\.?)\s+(?=\p{Lu})/u;
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'di',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'y',
  'e',
  'bin',
  'ibn',
  'al',
  'el',
  "d'",
]);
const LIST_MARKER = /^(?:[-*+•·○◦▪►➢➤]|o(?=\s)|\d{1,2}[.)])\s*/u;
const SPEAKER_LABEL =
  /^(?:speaker|intervenant(?:e)?|ponente|orador(?:a)?|panelist|panéliste)\s*\d{1,2}\s*[:.)–—-]\s*/iu;

export function hasHonorific(s: string): boolean {
  return HONORIFIC.test(s.trim());
}

export function stripHonorific(s: string): string {
  return s.trim().replace(HONORIFIC, '').trim();
}

/**
 * A '?' or U+FFFD standing for a letter whose accent extraction lost: "L?a", "\uFFFDlodie", "Andr? Gide".
 * A '?' ending the text is a question mark.
 */
const LOST_LETTER = /\uFFFD|(?<=\p{L})\?(?=\p{L}|\s+\S)|(?<!\S)\?(?=\p{Ll})/gu;

/** Looks like a person's name: 1-6 capitalised words (particles allowed), no digits or sentence punctuation. */
export function isNameLike(text: string, minWords = 1): boolean {
  // Lost letters count as capitals, so a name that began with "É" still starts with one.
  const s = text.replace(LOST_LETTER, 'X');
  const words = s.trim().split(/\s+/).filter(Boolean);
  if (words.length < minWords || words.length > 6 || s.length > 60) return false;
  if (/[\d:;?!@«»"“”]/.test(s)) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

export interface Affiliation {
  organization: string;
  country: string;
}

/** Organization and country out of an affiliation line; the job title, which has no field, is dropped. */
export function parseAffiliation(text: string): Affiliation {
  const { rest, country } = splitCountry(cleanInline(text));
  if (!country && isCountry(rest)) return { organization: '', country: rest };
  const parts = rest.split(/\s*,\s*/).filter(Boolean);
  const first = parts[0] ?? '';
  if (parts.length > 1 && startsWithRole(first)) {
    let i = 0;
    while (i < parts.length - 1 && startsWithRole(parts[i] ?? '')) i++;
    return { organization: parts.slice(i).join(', '), country };
  }
  const cut = findRoleStart(first);
  if (cut > 0) return { organization: first.slice(0, cut).trim(), country };
  if (parts.length === 1 && startsWithRole(first)) return { organization: '', country };
  return { organization: rest, country };
}

export interface PersonLine extends Affiliation {
  name: string;
  talkTitle: string;
}

/** One line naming a person, with optional affiliation and talk title; null if it does not start with a name. */
export function parsePersonLine(text: string): PersonLine | null {
  const t = cleanInline(text).replace(LIST_MARKER, '').replace(SPEAKER_LABEL, '').trim();
  if (!t || t.length > 400) return null;
  let left = t;
  let talkTitle = '';
  const afterParen = /^(.*?\))\s*(?::|[–—]|\s-\s)\s*(.+)$/.exec(t);
  const afterColon = /^([^:]+?,[^:]+?)\s*:\s+(.+)$/.exec(t);
  const split = afterParen ?? afterColon;
  if (split) [left, talkTitle] = [(split[1] ?? '').trim(), (split[2] ?? '').trim()];

  let name = left;
  let affiliation = '';
  const paren = /^([^(),]+?)\s*\(([^()]+)\)\s*$/.exec(left);
  const sep = /\s+[/|]\s+|\s+[–—-]\s+|\s*,\s*/.exec(left);
  const beforeSep = sep ? left.slice(0, sep.index) : '';
  // "Malick Diop – RACTES (Senegal)" splits at the dash; "Ana Pérez (Ayuntamiento, España)" at the parenthesis.
  if (sep && isNameLike(stripHonorific(beforeSep)))
    [name, affiliation] = [beforeSep, left.slice(sep.index + sep[0].length)];
  else if (paren) [name, affiliation] = [paren[1] ?? '', paren[2] ?? ''];
  name = stripHonorific(name);
  if (!isNameLike(name)) return null;
  return { name, ...parseAffiliation(affiliation), talkTitle };
}
