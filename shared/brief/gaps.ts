// Warnings for what a moderator will have to fill in by hand after the import.
import type { SessionDefinition } from '../definition.js';
import type { Draft } from './draft.js';

const LANGUAGE_NAMES = { fr: 'French', en: 'English', es: 'Spanish' } as const;

export function gapWarnings(d: Draft, def: SessionDefinition, languageGuessed: boolean): string[] {
  const w: string[] = [];
  if (!def.event.forum && !def.event.year) w.push('No event (forum, city, year) found.');
  if (!def.title) w.push('No session title found.');
  if (!def.date) w.push('No date found.');
  if (!def.startTime) w.push('No start time found.');
  else if (!def.endTime) w.push('No end time found.');
  if (d.timeZone === null) w.push('No time zone named; times are taken as UTC.');
  if (languageGuessed) {
    const from = d.headingLangs.length ? ' from the headings' : '';
    w.push(`Session language not stated; assumed ${LANGUAGE_NAMES[def.language]}${from}.`);
  }
  if (!def.mainQuestion) w.push('No main question found.');
  for (const r of d.rounds) if (r.title && r.questions.length === 0) w.push(`"${r.title}" has no questions; left out.`);
  if (!def.rounds.length) w.push('No guiding questions found.');
  if (!def.moderator.name) w.push('No moderator found.');
  if (!def.speakers.length) w.push('No speakers found.');
  def.speakers.forEach((s, i) => {
    const missing = [
      d.speakers[i]?.name ? '' : 'name',
      s.organization ? '' : 'organization',
      s.country ? '' : 'country',
      s.talkTitle ? '' : 'talk title',
    ].filter(Boolean);
    if (missing.length) w.push(`Speaker ${i + 1} (${s.name}): no ${missing.join(', no ')}.`);
  });
  return w;
}
