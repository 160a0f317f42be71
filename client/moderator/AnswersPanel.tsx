// Rounds and answers: one guiding question at a time or a whole round; open and close answering;
// answers arriving live, with counts; hide or feature each one.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { allQuestions, type QuestionRef } from '../../shared/questions.js';
import { tm } from '../i18n/moderator.js';
import { floorQuestions } from '../../shared/floor.js';
import { useConsole } from './context.js';
import { questionName, roundName } from './labels.js';
import { QuestionAnswers } from './QuestionAnswers.js';
import type { RoundMode } from './runOfShow.js';

const FLOOR = '';

export function AnswersPanel() {
  const c = useConsole();
  const [viewing, setViewing] = createSignal<string>(FLOOR);
  const questions = createMemo(() => allQuestions(c.state().definition));
  // Ids (strings): each question's section stays in place while the phase or the definition changes.
  const shown = createMemo(() => {
    const id = viewing();
    return (id === FLOOR ? floorQuestions(c.state()) : questions().filter((q) => q.id === id)).map((q) => q.id);
  });

  const setMode = (m: RoundMode) => {
    c.setRoundMode(m);
    const s = c.state();
    const p = s.phase;
    // Switching while a round is on the floor switches what the room sees too.
    if (m === 'round' && p.kind === 'question') {
      const r = questions().find((q) => q.id === p.questionId)?.roundId;
      if (r) void c.send({ type: 'phase:set', phase: { kind: 'round', roundId: r } });
    } else if (m === 'question' && p.kind === 'round') {
      const first = s.definition.rounds.find((r) => r.id === p.roundId)?.questions[0];
      if (first) void c.send({ type: 'phase:set', phase: { kind: 'question', questionId: first.id } });
    }
  };

  const optionLabel = (q: QuestionRef) => {
    const name = questionName(c.state(), q.id);
    return q.roundId ? `${roundName(c.state(), q.roundId)} · ${name}` : name;
  };

  return (
    <div class="answers-panel">
      <div class="answers-head">
        <fieldset class="mode-choice">
          <legend>{tm('roundMode')}</legend>
          <label class="check">
            <input
              type="radio"
              name="round-mode"
              value="question"
              checked={c.roundMode() === 'question'}
              onChange={() => setMode('question')}
            />
            {tm('modeQuestion')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="round-mode"
              value="round"
              checked={c.roundMode() === 'round'}
              onChange={() => setMode('round')}
            />
            {tm('modeRound')}
          </label>
        </fieldset>
        <div class="field view-choice">
          <label for="answers-view">{tm('answersTo')}</label>
          <select id="answers-view" value={viewing()} onChange={(e) => setViewing(e.currentTarget.value)}>
            <option value={FLOOR}>{tm('answersToFloor')}</option>
            <For each={questions()}>{(q) => <option value={q.id}>{optionLabel(q)}</option>}</For>
          </select>
        </div>
      </div>
      <Show
        when={shown().length > 0}
        fallback={<p class="hint empty">{questions().length ? tm('noQuestionOnFloor') : tm('noQuestions')}</p>}
      >
        <For each={shown()}>{(id) => <QuestionAnswers questionId={id} />}</For>
      </Show>
    </div>
  );
}
