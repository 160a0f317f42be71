// How the contribution and synthesis events change the state (their part of shared/reducer.ts).
import type { SessionEvent } from '../events.js';
import { exhaustive } from '../exhaustive.js';
import { freshAnswer, type Answer, type SessionState } from '../state.js';

export type ContribEvent = Extract<
  SessionEvent,
  {
    type:
      | 'answer:recorded'
      | 'aq:recorded'
      | 'theme:set'
      | 'theme:removed'
      | 'answers:themed'
      | 'answer:duplicate'
      | 'answer:keyed'
      | 'report:ordered'
      | 'answer:translated';
  }
>;

function updateAnswer(s: SessionState, id: string, f: (a: Answer) => Answer): SessionState {
  const a = s.answers[id];
  return a ? { ...s, answers: { ...s.answers, [id]: f(a) } } : s;
}

export function applyContrib(s: SessionState, e: ContribEvent, at: number): SessionState {
  switch (e.type) {
    case 'answer:recorded':
      return {
        ...s,
        answers: {
          ...s.answers,
          [e.answerId]: freshAnswer(
            {
              id: e.answerId,
              participantId: '',
              questionId: e.questionId,
              text: e.text,
              by: e.by,
              language: e.language,
            },
            at,
          ),
        },
      };
    case 'aq:recorded':
      return { ...s, audienceQuestions: { ...s.audienceQuestions, [e.question.id]: e.question } };
    case 'theme:set': {
      const themes = s.themes ?? {};
      const prev = themes[e.themeId];
      const order = prev ? prev.order : Object.keys(themes).length;
      return { ...s, themes: { ...themes, [e.themeId]: { id: e.themeId, name: e.name, order } } };
    }
    case 'theme:removed': {
      const { [e.themeId]: _gone, ...themes } = s.themes ?? {};
      // Its answers go back to "no theme"; nothing typed is lost.
      const answers = { ...s.answers };
      for (const a of Object.values(answers)) if (a.themeId === e.themeId) answers[a.id] = { ...a, themeId: null };
      return { ...s, themes, answers };
    }
    case 'answers:themed': {
      const answers = { ...s.answers };
      for (const id of e.answerIds) {
        const a = answers[id];
        if (a) answers[id] = { ...a, themeId: e.themeId };
      }
      return { ...s, answers };
    }
    case 'answer:duplicate':
      return updateAnswer(s, e.answerId, (a) => ({ ...a, duplicateOf: e.of }));
    case 'answer:keyed':
      return updateAnswer(s, e.answerId, (a) => ({ ...a, keyMessage: e.key }));
    case 'report:ordered':
      return { ...s, reportOrder: e.by };
    case 'answer:translated':
      return updateAnswer(s, e.answerId, (a) => ({ ...a, correctedText: e.text, translatedFrom: e.from }));
    default:
      return exhaustive(e, 'event');
  }
}
