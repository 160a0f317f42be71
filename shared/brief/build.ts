// Draft → definition input, with ids, defaults for what the brief leaves out, and the schema's limits.
import { LIMITS, type DefinitionInput, type Language } from '../definition.js';
import { Clamp } from './clamp.js';
import type { Draft } from './draft.js';
import { defaultRoundTitle } from './headings.js';
import { joinParagraphs, mergeBroken } from './paragraphs.js';

export function buildDefinition(d: Draft, language: Language): DefinitionInput {
  const c = new Clamp(d.warnings);
  const rounds = c.list(
    d.rounds.filter((r) => r.questions.length > 0),
    LIMITS.rounds,
    'rounds',
  ).map((r, i) => {
    const id = `r${i + 1}`;
    const title = c.short(r.title ?? defaultRoundTitle(language, i + 1), `Round ${i + 1} title`);
    const questions = c.list(r.questions, LIMITS.questionsPerRound, `questions of ${title}`);
    return { id, title, questions: questions.map((q, j) => ({ id: `${id}q${j + 1}`, text: c.question(q, `Question ${j + 1} of ${title}`) })) };
  });
  const speakers = c.list(d.speakers, LIMITS.speakers, 'speakers').map((s, i) => ({
    id: `s${i + 1}`,
    name: c.short(s.name || s.label || `Speaker ${i + 1}`, `Speaker ${i + 1} name`),
    organization: c.short(s.organization, `Speaker ${i + 1} organization`),
    country: c.short(s.country, `Speaker ${i + 1} country`),
    talkTitle: c.short(s.talkTitle, `Speaker ${i + 1} talk title`),
    description: c.long(s.description, `Speaker ${i + 1} description`),
  }));
  const m = d.moderator;
  return {
    event: {
      forum: c.short(d.event.forum, 'Forum'),
      city: c.short(d.event.city, 'City'),
      year: d.event.year,
      theme: c.short(d.event.theme, 'Theme'),
    },
    title: c.short(d.title, 'Title'),
    sessionType: c.short(d.sessionType || d.sessionTypeHint, 'Session type'),
    language,
    date: d.date,
    startTime: d.startTime,
    endTime: d.endTime,
    timeZone: d.timeZone ?? 'UTC',
    background: c.long(joinParagraphs(mergeBroken(d.background)), 'Background'),
    objectives: c.long(joinParagraphs(d.objectives), 'Objectives'),
    mainQuestion: c.question(mergeBroken(d.mainQuestion).join('\n'), 'Main question'),
    rounds,
    moderator: {
      name: c.short(m?.name ?? '', 'Moderator name'),
      organization: c.short(m?.organization ?? '', 'Moderator organization'),
      country: c.short(m?.country ?? '', 'Moderator country'),
    },
    speakers,
  };
}
