// Warnings for what a moderator will have to fill in by hand after the import.
import type { SessionDefinition } from '../definition.js';
import type { Draft } from './draft.js';
import { briefWarning, type BriefWarning, type SpeakerGapField } from './warnings.js';

export function gapWarnings(d: Draft, def: SessionDefinition, languageGuessed: boolean): BriefWarning[] {
  const w: BriefWarning[] = [];
  if (!def.event.forum && !def.event.year) w.push(briefWarning('no_event'));
  if (!def.title) w.push(briefWarning('no_title'));
  if (!def.date) w.push(briefWarning('no_date'));
  if (!def.startTime) w.push(briefWarning('no_start_time'));
  else if (!def.endTime) w.push(briefWarning('no_end_time'));
  if (d.timeZone === null) w.push(briefWarning('no_time_zone'));
  if (languageGuessed)
    w.push(
      briefWarning('language_assumed', {
        language: def.language,
        from: d.headingLangs.length ? 'headings' : 'default',
      }),
    );
  if (!def.mainQuestion) w.push(briefWarning('no_main_question'));
  for (const r of d.rounds)
    if (r.title && r.questions.length === 0) w.push(briefWarning('round_without_questions', { title: r.title }));
  if (!def.rounds.length) w.push(briefWarning('no_guiding_questions'));
  if (!def.moderator.name) w.push(briefWarning('no_moderator'));
  if (!def.speakers.length) w.push(briefWarning('no_speakers'));
  def.speakers.forEach((s, i) => {
    const named = Boolean(d.speakers[i]?.name);
    const missing: SpeakerGapField[] = [];
    if (!named) missing.push('name');
    if (!s.organization) missing.push('organization');
    if (!s.country) missing.push('country');
    if (!s.talkTitle) missing.push('talkTitle');
    // Without a name of its own the speaker is shown by number only, not by its placeholder name.
    if (missing.length)
      w.push(
        briefWarning('speaker_incomplete', { speaker: i + 1, name: named ? s.name : '', missing: missing.join(',') }),
      );
  });
  return w;
}
