// Reads one section of the brief into the draft. Whatever a section holds that its reader cannot
// use goes to draft.unrecognized, never nowhere.
import { sentenceCase } from './casing.js';
import type { Draft } from './draft.js';
import { parseEvent } from './event.js';
import { foldKey } from './fold.js';
import { roundName } from './headings.js';
import { cleanInline } from './normalize.js';
import { detectLanguages, stripLanguages } from './language.js';
import { toParagraphs } from './paragraphs.js';
import { parsePersonLine } from './people.js';
import { choiceOf } from './choices.js';
import { parseQuestions } from './questions.js';
import { applySchedule } from './schedule.js';
import type { Section } from './sections.js';
import { parseSpeakers } from './speakers.js';
import { briefWarning } from './warnings.js';

const QUESTION_END = /[?？]\s*$/;

function paragraphs(s: Section): string[] {
  return toParagraphs(s.value ? [s.value, '', ...s.lines] : s.lines);
}

/** The section's single value (inline after the label, or its first paragraph) and the rest. */
function valueAndRest(s: Section): [string, string[]] {
  const value = cleanInline(s.value);
  const body = toParagraphs(s.lines);
  return value ? [value, body] : [body[0] ?? '', body.slice(1)];
}

function setLanguage(d: Draft, text: string): boolean {
  const langs = detectLanguages(text);
  const first = langs[0];
  if (!first) return false;
  if (!d.language) {
    d.language = first;
    if (langs.length > 1) d.warnings.push(briefWarning('several_languages', { text, language: first }));
  }
  return true;
}

export function applySection(d: Draft, s: Section): void {
  if (s.lang) d.headingLangs.push(s.lang);
  const unrecognized = (items: string[]) => d.unrecognized.push(...items.filter(Boolean));
  switch (s.key) {
    case 'title':
    case 'theme': {
      const [value, rest] = valueAndRest(s);
      const field = s.key === 'title' ? d.title : d.event.theme;
      if (field) unrecognized([value]);
      else if (s.key === 'title') d.title = value;
      else d.event.theme = value;
      unrecognized(rest);
      return;
    }
    case 'event': {
      const e = parseEvent([s.value, ...s.lines]);
      d.event.forum ||= e.forum;
      d.event.city ||= e.city;
      d.event.year ??= e.year;
      unrecognized(e.rest);
      return;
    }
    case 'schedule': {
      const text = paragraphs(s).join(' ');
      if (text && !applySchedule(d, text)) unrecognized([text]);
      return;
    }
    case 'format': {
      const [value, rest] = valueAndRest(s);
      setLanguage(d, value);
      const type = stripLanguages(value);
      if (type && !d.sessionType) d.sessionType = type;
      unrecognized(rest);
      return;
    }
    case 'language': {
      const [value, rest] = valueAndRest(s);
      if (value && !setLanguage(d, value)) {
        d.warnings.push(briefWarning('language_unknown', { value }));
        unrecognized([`${s.label}: ${value}`]);
      }
      unrecognized(rest);
      return;
    }
    case 'background':
    case 'description':
      d.background.push(...paragraphs(s));
      return;
    case 'objectives':
      d.objectives.push(...paragraphs(s));
      return;
    case 'mainQuestion':
      d.mainQuestion.push(...paragraphs(s));
      return;
    case 'guidingQuestions': {
      const q = parseQuestions([s.value, ...s.lines]);
      if (q.questions.length) d.rounds.push({ title: null, questions: q.questions });
      unrecognized(q.unrecognized);
      return;
    }
    case 'round': {
      const value = cleanInline(s.value);
      // "Round 2: vote on the priorities: A / B / C" is a round whose question lists its options
      // (a choice question, see buildDefinition).
      const choice = choiceOf(value) !== null;
      const isQuestion = QUESTION_END.test(value) || choice;
      const label = roundName(s.label);
      const title = value && !isQuestion ? `${label} – ${value}` : label;
      const q = parseQuestions(isQuestion && !choice ? [value, ...s.lines] : s.lines);
      d.rounds.push({ title, questions: choice ? [value, ...q.questions] : q.questions });
      unrecognized(q.unrecognized);
      return;
    }
    case 'moderator': {
      const [value, rest] = valueAndRest(s);
      if (!value) return;
      if (d.moderator) {
        unrecognized([`${s.label}: ${value}`, ...rest]);
        return;
      }
      const p = parsePersonLine(value);
      d.moderator = p
        ? { name: p.name, organization: p.organization, country: p.country }
        : { name: value, organization: '', country: '' };
      if (!p) d.warnings.push(briefWarning('moderator_unsplit', { value }));
      unrecognized(rest);
      return;
    }
    case 'speakers':
    case 'people': {
      const found = parseSpeakers(s.value ? [s.value, ...s.lines] : s.lines);
      d.speakers.push(...found.speakers);
      unrecognized(found.unrecognized);
      return;
    }
    case 'sessionInfo': {
      // "SESSION D'ATELIER" names the session type; "WORKSHOP SESSION INFO" only introduces the fields.
      if (
        !/\b(?:info|information|informations|informacion|fiche|ficha|details|brief|concept|conceptual|conceptuelle|cadrage)\b/.test(
          foldKey(s.label),
        )
      ) {
        d.sessionTypeHint ||= sentenceCase(s.label);
      }
      unrecognized([cleanInline(s.value), ...toParagraphs(s.lines)]);
      return;
    }
    case 'unknown': {
      const value = cleanInline(s.value);
      unrecognized([value ? `${s.label}: ${value}` : s.label, ...toParagraphs(s.lines)]);
      return;
    }
  }
}
