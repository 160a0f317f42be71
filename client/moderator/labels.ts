// How steps and phases are named on the console.
import { MAIN_QUESTION_ID, allQuestions } from '../../shared/questions.js';
import type { Phase, SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { roundNumber, roundTitle, speakerById } from '../live/phase.js';
import type { Step } from './runOfShow.js';

export function roundName(s: SessionState, roundId: string | null): string {
  return roundTitle(s, roundId) || tm('roundN', { n: roundNumber(s, roundId) });
}

/** "Question 2" (in its round) or "Main question". */
export function questionName(s: SessionState, questionId: string): string {
  if (questionId === MAIN_QUESTION_ID) return tc('mainQuestion');
  const q = allQuestions(s.definition).find((x) => x.id === questionId);
  return q ? tc('questionN', { n: q.index }) : tc('phase_question');
}

export function questionText(s: SessionState, questionId: string): string {
  return allQuestions(s.definition).find((x) => x.id === questionId)?.text ?? '';
}

/** A step's kind label and its title. */
export function stepLabel(s: SessionState, st: Step): { kind: string; title: string; detail: string } {
  switch (st.kind) {
    case 'opening':
      return { kind: '', title: tc('phase_opening'), detail: '' };
    case 'speaker': {
      const sp = st.phase.kind === 'speaker' ? speakerById(s, st.phase.speakerId) : undefined;
      return { kind: tc('phase_speaker'), title: sp?.name || tc('phase_speaker'), detail: sp?.talkTitle ?? '' };
    }
    case 'main':
      return { kind: '', title: tc('mainQuestion'), detail: s.definition.mainQuestion };
    case 'round':
      return { kind: tm('wholeRound'), title: roundName(s, st.roundId), detail: '' };
    case 'question': {
      const id = st.phase.kind === 'question' ? st.phase.questionId : '';
      return { kind: roundName(s, st.roundId), title: questionName(s, id), detail: questionText(s, id) };
    }
    case 'audience':
      return { kind: '', title: tc('phase_audience'), detail: '' };
    case 'closing':
      return { kind: '', title: tc('phase_closing'), detail: '' };
  }
}

/** The phase in words, for the "now" heading. */
export function phaseTitle(s: SessionState, p: Phase): string {
  switch (p.kind) {
    case 'lobby':
      return tc('phase_lobby');
    case 'opening':
      return tc('phase_opening');
    case 'speaker':
      return speakerById(s, p.speakerId)?.name || tc('phase_speaker');
    case 'question':
      return p.questionId === MAIN_QUESTION_ID
        ? tc('mainQuestion')
        : `${roundName(s, allQuestions(s.definition).find((q) => q.id === p.questionId)?.roundId ?? null)} · ${questionName(s, p.questionId)}`;
    case 'round':
      return roundName(s, p.roundId);
    case 'audience':
      return tc('phase_audience');
    case 'closing':
      return tc('phase_closing');
    case 'ended':
      return tc('phase_ended');
  }
}
