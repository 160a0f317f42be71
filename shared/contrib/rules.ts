// What the contribution and synthesis commands need to be accepted (their part of shared/rules.ts
// `refusal`): a recorded contribution names someone and says something; synthesis commands point
// at answers and themes that exist. Free of valibot.
import { isClosedQuestion } from '../kinds.js';
import type { Command } from '../commands.js';
import type { ErrorCode } from '../errors.js';
import { exhaustive } from '../exhaustive.js';
import { findQuestion } from '../questions.js';
import type { SessionState } from '../state.js';

export type ContribCommand = Extract<
  Command,
  {
    type:
      | 'answer:record'
      | 'aq:record'
      | 'theme:set'
      | 'theme:remove'
      | 'answer:theme'
      | 'answer:duplicate'
      | 'answer:key'
      | 'report:order'
      | 'answer:translation';
  }
>;

const clean = (t: string): string => t.replace(/\r\n?/g, '\n').trim();

/** A recorded contribution must say who: a name, or the mark "from the public". */
export const authorMissing = (by: { name: string; public?: boolean }): boolean => !by.name.trim() && !by.public;

function textRefusal(s: SessionState, text: string): ErrorCode | null {
  const t = clean(text);
  if (!t) return 'invalid_payload';
  return t.length > s.definition.maxAnswerLength ? 'text_too_long' : null;
}

export function contribRefusal(s: SessionState, c: ContribCommand): ErrorCode | null {
  switch (c.type) {
    case 'answer:record': {
      // A re-send of what is stored is acknowledged (exactly once); the id of someone else's answer is not ours.
      const existing = s.answers[c.answerId];
      if (existing) return existing.by ? null : 'forbidden';
      if (!findQuestion(s.definition, c.questionId)) return 'not_found';
      // Recorded contributions are words: a closed question takes votes from phones only.
      if (isClosedQuestion(s, c.questionId)) return 'wrong_answer_kind';
      if (authorMissing(c.by)) return 'author_required';
      return textRefusal(s, c.text);
    }
    case 'aq:record': {
      const existing = s.audienceQuestions[c.questionId];
      if (existing) return existing.by ? null : 'forbidden';
      if (c.speakerId && !s.definition.speakers.some((sp) => sp.id === c.speakerId)) return 'not_found';
      // A voice from the floor may stay unnamed (the forum's report lists such remarks bare).
      return textRefusal(s, c.text);
    }
    case 'theme:set':
      return clean(c.name) ? null : 'invalid_payload';
    case 'theme:remove':
      return s.themes?.[c.themeId] ? null : 'not_found';
    case 'answer:theme':
      if (c.themeId !== null && !s.themes?.[c.themeId]) return 'not_found';
      return c.answerIds.every((id) => s.answers[id]) ? null : 'not_found';
    case 'answer:duplicate': {
      const a = s.answers[c.answerId];
      if (!a) return 'not_found';
      if (c.of === null) return null;
      const into = s.answers[c.of];
      if (!into || into.id === a.id) return 'not_found';
      // One level only: the kept answer is not itself a duplicate, and a kept answer is not made one.
      if (into.duplicateOf) return 'invalid_state';
      return Object.values(s.answers).some((x) => x.duplicateOf === a.id) ? 'invalid_state' : null;
    }
    case 'answer:key':
      return s.answers[c.answerId] ? null : 'not_found';
    case 'report:order':
      return null;
    case 'answer:translation':
      if (!s.answers[c.answerId]) return 'not_found';
      return textRefusal(s, c.text);
    default:
      return exhaustive(c, 'command');
  }
}
