// A closed question on the console: its kind, "31 of 45 answered", the live tally (the chart code
// loads lazily) and the control that reveals the results to the room, or hides them again.
import { Show, lazy, Suspense } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { isClosedKind, isRevealed, kindOf } from '../../shared/kinds.js';
import type { QuestionRef } from '../../shared/questions.js';
import { tq } from '../i18n/polls.js';
import { useConsole } from './context.js';
import { questionName } from './labels.js';
import { useRules } from './useRules.js';

const ResultChart = lazy(() => import('../charts/ResultChart.js'));

/** The question's kind, for every question (free text included); the response rate sits beside it. */
export function KindLine(props: { question: QuestionRef }) {
  return (
    <p class="qa-kind" data-testid={`kind-${props.question.id}`}>
      <span class="pill muted">{tq(`kind_${kindOf(props.question)}`)}</span>
    </p>
  );
}

export function PollControls(props: { question: QuestionRef }) {
  const c = useConsole();
  const r = useRules();
  const q = () => props.question;
  const shown = () => isRevealed(c.state(), q().id);
  const command = (): Command => ({ type: 'results:reveal', questionId: q().id, shown: !shown() });
  const name = () => questionName(c.state(), q().id);
  return (
    <Show when={isClosedKind(kindOf(q()))}>
      <div class="poll-controls">
        <p class="pill" classList={{ live: shown(), muted: !shown() }} data-testid={`revealed-${q().id}`}>
          {shown() ? tq('revealed') : tq('notRevealed')}
        </p>
        <button
          type="button"
          class="small"
          classList={{ secondary: shown() }}
          disabled={!r.allowed(command())}
          aria-label={tq(shown() ? 'hideOf' : 'revealOf', { question: name() })}
          data-testid={`reveal-${q().id}`}
          onClick={() => void c.send(command())}
        >
          {shown() ? tq('hide') : tq('reveal')}
        </button>
      </div>
      <Show when={c.state().results?.[q().id]}>
        {(result) => (
          <Suspense>
            <ResultChart result={result()} options={q().options ?? []} label={tq('chartOf', { question: name() })} />
          </Suspense>
        )}
      </Show>
    </Show>
  );
}
