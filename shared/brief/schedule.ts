// Date, times and time zone from a schedule field ("October 8th, 2021 / 20:00-21:30", "le 8 octobre
// 2021, de 11h00 à 12h30 UTC"). Composite labels ("Date / Duration") hand the whole value here.
import { parseDate } from './dates.js';
import type { Draft } from './draft.js';
import { addMinutes, parseDurationMinutes, parseTimes } from './times.js';
import { findTimeZone } from './timezones.js';
import { briefWarning } from './warnings.js';

/** Fills what the draft does not have yet; returns false when nothing in the text was usable. */
export function applySchedule(d: Draft, text: string): boolean {
  let used = false;
  const date = parseDate(text);
  if (date && !d.date) {
    d.date = date.iso;
    if (date.ambiguous) d.warnings.push(briefWarning('date_ambiguous', { text, date: date.iso }));
  }
  used ||= date !== null;
  const times = parseTimes(text);
  if (times && !d.startTime) {
    d.startTime = times.start;
    d.endTime = times.end;
    const minutes = times.end ? null : parseDurationMinutes(text);
    if (minutes) d.endTime = addMinutes(times.start, minutes);
  }
  used ||= times !== null;
  const zone = findTimeZone(text, times?.endIndex ?? 0);
  if (zone && !d.timeZone) {
    d.timeZone = zone.zone;
    if (zone.problem === 'offset_not_whole_hour')
      d.warnings.push(briefWarning('time_zone_offset_not_whole_hour', { offset: zone.offset ?? '' }));
    if (zone.problem === 'offset_out_of_range')
      d.warnings.push(briefWarning('time_zone_offset_out_of_range', { offset: zone.offset ?? '' }));
  }
  used ||= zone !== null;
  return used || parseDurationMinutes(text) !== null;
}
