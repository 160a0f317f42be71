// The IANA time zone a schedule names: "UTC", "GMT+1", "20:00 Seoul", "hora de Bilbao",
// "heure de Paris", "Europe/Paris". Only the schedule text is searched: a city in the background
// or the event header ("Mexico City 2021") says where the forum is, not which clock the times use.
import { isTimeZone } from '../timeZone.js';
import { foldKey } from './fold.js';

const PLACES: [string, string][] = [
  ['seoul|coree|korea|corea|gwangju', 'Asia/Seoul'],
  ['mexico city|ciudad de mexico|cdmx|mexico|mexique', 'America/Mexico_City'],
  ['paris|france|bordeaux|lyon|marseille|lille', 'Europe/Paris'],
  ['montreal|quebec|toronto|ottawa', 'America/Toronto'],
  ['dakar|senegal', 'Africa/Dakar'],
  ['abidjan|cote d ivoire', 'Africa/Abidjan'],
  ['lome|togo', 'Africa/Lome'],
  ['tunis|tunisie|tunisia', 'Africa/Tunis'],
  ['mayotte|mamoudzou', 'Indian/Mayotte'],
  ['ile de la reunion|saint denis de la reunion', 'Indian/Reunion'],
  ['madrid|barcelona|barcelone|bilbao|espana|espagne|spain', 'Europe/Madrid'],
  ['bogota|colombia|colombie', 'America/Bogota'],
  ['lima|peru|perou', 'America/Lima'],
  ['buenos aires|argentina|argentine', 'America/Argentina/Buenos_Aires'],
  ['santiago de chile|santiago|chile|chili', 'America/Santiago'],
  ['sao paulo|brasilia|rio de janeiro|brazil|bresil|brasil', 'America/Sao_Paulo'],
  ['new york|washington|boston|eastern time', 'America/New_York'],
  ['los angeles|san francisco|pacific time', 'America/Los_Angeles'],
  ['london|londres', 'Europe/London'],
  ['brussels|bruxelles|bruselas', 'Europe/Brussels'],
  ['geneva|geneve|ginebra|zurich', 'Europe/Zurich'],
  ['rome|roma', 'Europe/Rome'],
  ['berlin', 'Europe/Berlin'],
  ['lisbon|lisbonne|lisboa', 'Europe/Lisbon'],
  ['tokyo', 'Asia/Tokyo'],
  ['casablanca|rabat|maroc|morocco', 'Africa/Casablanca'],
  ['nairobi|kenya', 'Africa/Nairobi'],
  ['johannesburg|pretoria|cape town', 'Africa/Johannesburg'],
  ['bamako|mali', 'Africa/Bamako'],
  ['ouagadougou|burkina faso', 'Africa/Ouagadougou'],
  ['cotonou|porto novo|benin', 'Africa/Porto-Novo'],
  ['kinshasa', 'Africa/Kinshasa'],
  ['yaounde|douala|cameroun|cameroon', 'Africa/Douala'],
  ['niamey', 'Africa/Niamey'],
  ['conakry', 'Africa/Conakry'],
  ['alger|algiers|argel', 'Africa/Algiers'],
  ['cairo|le caire|el cairo', 'Africa/Cairo'],
  ['lagos|nigeria', 'Africa/Lagos'],
  ['manila|manille', 'Asia/Manila'],
];

const PLACE_RE = new RegExp(
  `(?<![a-z0-9])(${PLACES.flatMap(([names]) => names.split('|'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z0-9])`,
  'g',
);
const ZONE_OF = new Map<string, string>(
  PLACES.flatMap(([names, zone]) => names.split('|').map((n) => [n, zone] as [string, string])),
);
// Abbreviations only in capitals: "est" is French for "is".
const ABBREVIATIONS: Record<string, string> = {
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  KST: 'Asia/Seoul',
  JST: 'Asia/Tokyo',
  BST: 'Europe/London',
  WAT: 'Africa/Lagos',
  EAT: 'Africa/Nairobi',
  CAT: 'Africa/Maputo',
};
const ABBREVIATION = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`);
const IANA =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+-]+(?:\/[A-Za-z_]+)?/;
const OFFSET = /\b(?:UTC|GMT|TU)(?:\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?)?(?![A-Za-z])/;

export interface FoundZone {
  zone: string;
  /** Set when a zone was named but cannot be represented (UTC+5:30 has no Etc/ zone); UTC is used. */
  problem?: 'offset_not_whole_hour' | 'offset_out_of_range';
  /** The offset as the text wrote it ("UTC+5:30"), with a problem. */
  offset?: string;
}

function fromOffset(m: RegExpExecArray): FoundZone {
  if (!m[1] || Number(m[2]) === 0) return { zone: 'UTC' };
  if (m[3] && m[3] !== '00') return { zone: 'UTC', problem: 'offset_not_whole_hour', offset: m[0] };
  // Etc/GMT signs are inverted: UTC+2 is Etc/GMT-2.
  const zone = `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
  return isTimeZone(zone) ? { zone } : { zone: 'UTC', problem: 'offset_out_of_range', offset: m[0] };
}

/**
 * The time zone named in the text. When several are named ("11:00 UTC / 20:00 Seoul") the one
 * right after `from` (where the parsed time range ends) wins, else the first one.
 */
export function findTimeZone(text: string, from = 0): FoundZone | null {
  const candidates: { at: number; found: FoundZone }[] = [];
  const iana = IANA.exec(text);
  if (iana && isTimeZone(iana[0])) candidates.push({ at: iana.index, found: { zone: iana[0] } });
  const abbr = ABBREVIATION.exec(text);
  const abbrZone = abbr ? ABBREVIATIONS[abbr[1] ?? ''] : undefined;
  if (abbr && abbrZone) candidates.push({ at: abbr.index, found: { zone: abbrZone } });
  const offset = OFFSET.exec(text);
  if (offset) candidates.push({ at: offset.index, found: fromOffset(offset) });
  // Place names are matched on folded text; folding keeps lengths close enough to order by position.
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ' ');
  for (const m of folded.matchAll(PLACE_RE)) {
    const zone = ZONE_OF.get(foldKey(m[1] ?? ''));
    if (zone && isTimeZone(zone)) candidates.push({ at: m.index ?? 0, found: { zone } });
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.at - b.at);
  const after = candidates.find((c) => c.at >= from);
  return (after ?? candidates[0])?.found ?? null;
}
