// Draft → definition input, with ids, defaults for what the brief leaves out, and the schema's limits.
import { DEFINITION_DEFAULTS, LIMITS, type DefinitionInput, type Language } from '../definition.js';
import { choiceOf } from './choices.js';
import { Clamp } from './clamp.js';
import type { Draft } from './draft.js';
import { defaultRoundTitle, defaultSpeakerName } from './headings.js';
import { joinParagraphs, mergeBroken } from './paragraphs.js';
import { briefWarning, type CutField, type SpeakerCutField } from './warnings.js';

export function buildDefinition(d: Draft, language: Language): DefinitionInput {
  const c = new Clamp(d.warnings);
  const field = (f: CutField) => (max: number) => briefWarning('field_cut', { field: f, max });
  const speakerField = (speaker: number, f: SpeakerCutField) => (max: number) =>
    briefWarning('speaker_field_cut', { speaker, field: f, max });
  const rounds = c
    .list(
      d.rounds.filter((r) => r.questions.length > 0),
      LIMITS.rounds,
      (max, found) => briefWarning('rounds_cut', { max, found }),
    )
    .map((r, i) => {
      const id = `r${i + 1}`;
      const title = c.short(r.title ?? defaultRoundTitle(language, i + 1), (max) =>
        briefWarning('round_title_cut', { round: i + 1, max }),
      );
      const questions = c.list(r.questions, LIMITS.questionsPerRound, (max, found) =>
        briefWarning('round_questions_cut', { round: title, max, found }),
      );
      return {
        id,
        title,
        questions: questions.map((q, j) => {
          // "Vote on the priorities: A / B / C": a choice question with its options.
          const choice = choiceOf(q);
          return {
            id: `${id}q${j + 1}`,
            text: c.question(choice?.text ?? q, (max) =>
              briefWarning('question_cut', { question: j + 1, round: title, max }),
            ),
            ...(choice ? { kind: 'choice' as const, options: choice.options } : {}),
          };
        }),
      };
    });
  const speakers = c
    .list(d.speakers, LIMITS.speakers, (max, found) => briefWarning('speakers_cut', { max, found }))
    .map((s, i) => ({
      id: `s${i + 1}`,
      name: c.short(s.name || s.label || defaultSpeakerName(language, i + 1), speakerField(i + 1, 'name')),
      organization: c.short(s.organization, speakerField(i + 1, 'organization')),
      country: c.short(s.country, speakerField(i + 1, 'country')),
      talkTitle: c.short(s.talkTitle, speakerField(i + 1, 'talkTitle')),
      description: c.long(s.description, speakerField(i + 1, 'description')),
    }));
  const m = d.moderator;
  return {
    event: {
      forum: c.short(d.event.forum, field('forum')),
      city: c.short(d.event.city, field('city')),
      year: d.event.year,
      theme: c.short(d.event.theme, field('theme')),
    },
    title: c.short(d.title, field('title')),
    sessionType: c.short(d.sessionType || d.sessionTypeHint, field('sessionType')),
    language,
    date: d.date,
    startTime: d.startTime,
    endTime: d.endTime,
    timeZone: d.timeZone ?? DEFINITION_DEFAULTS.timeZone,
    background: c.long(joinParagraphs(mergeBroken(d.background)), field('background')),
    objectives: c.long(joinParagraphs(d.objectives), field('objectives')),
    mainQuestion: c.question(mergeBroken(d.mainQuestion).join('\n'), field('mainQuestion')),
    rounds,
    moderator: {
      name: c.short(m?.name ?? '', field('moderatorName')),
      organization: c.short(m?.organization ?? '', field('moderatorOrganization')),
      country: c.short(m?.country ?? '', field('moderatorCountry')),
    },
    speakers,
  };
}
