// The staff links sheet as CSV, one row per session, for organizers to hand out or mail-merge.
// Cells that a spreadsheet would run as a formula ("=", "+", "-", "@") are prefixed with "'": a
// session title is data, never a formula.
import type { CreatedProgrammeSession } from './http.js';

export const LINKS_CSV_HEADERS = [
  'code',
  'title',
  'date',
  'start',
  'end',
  'time_zone',
  'room',
  'moderator',
  'rapporteur',
  'moderator_link',
  'rapporteur_link',
  'projector_link',
  'speaker_link',
  'participant_link',
] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function linksCsv(sessions: readonly CreatedProgrammeSession[]): string {
  const rows = sessions.map((s) => [
    s.code,
    s.title,
    s.date,
    s.startTime,
    s.endTime,
    s.timeZone,
    s.room,
    s.moderator,
    s.rapporteur,
    s.links.moderator,
    s.links.rapporteur,
    s.links.projector,
    s.links.speaker,
    s.links.participant,
  ]);
  // A byte-order mark so Excel opens accented names as UTF-8.
  return `\uFEFF${[[...LINKS_CSV_HEADERS], ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
