// A closed question on the projector: how many answered, then its chart once the moderator
// reveals the results (the chart code loads only then, and only on staff screens).
import { Show, lazy, Suspense, type Accessor } from 'solid-js';
import { isRevealed } from '../../shared/kinds.js';
import type { QuestionRef } from '../../shared/questions.js';
import type { SessionState } from '../../shared/state.js';
import { tq } from '../i18n/polls.js';

const ResultChart = lazy(() => import('../charts/ResultChart.js'));

export function PollResult(props: { state: Accessor<SessionState>; question: QuestionRef }) {
  const result = () => props.state().results?.[props.question.id];
  const shown = () => isRevealed(props.state(), props.question.id);
  return (
    <div class="poll-result" data-testid="projector-poll">
      <Show
        when={shown() && result()}
        fallback={
          <p class="wall-empty" data-testid="results-hidden">
            {tq('hiddenResults')}
          </p>
        }
      >
        {(r) => (
          <Suspense>
            <ResultChart
              result={r()}
              options={props.question.options ?? []}
              label={tq('chartOf', { question: props.question.text })}
              big
            />
          </Suspense>
        )}
      </Show>
    </div>
  );
}
