// A free-text question's wall on phones (shared/wall.ts): shown or not, the toggle that shows it (or
// hides it again), and the session's order of the screens' walls, by +1 or by time.
import { Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { isClosedKind, kindOf } from '../../shared/kinds.js';
import type { QuestionRef } from '../../shared/questions.js';
import { isWallShown } from '../../shared/wall.js';
import { tw } from '../i18n/wall.js';
import { useConsole } from './context.js';
import { questionName } from './labels.js';
import { useRules } from './useRules.js';

export function WallControls(props: { question: QuestionRef }) {
  const c = useConsole();
  const r = useRules();
  const q = () => props.question;
  const shown = () => isWallShown(c.state(), q().id);
  const show = (): Command => ({ type: 'wall:show', questionId: q().id, shown: !shown() });
  const sorted = () => c.state().wallOrder === 'plusOnes';
  const sort = (): Command => ({ type: 'wall:order', by: sorted() ? 'time' : 'plusOnes' });
  const name = () => questionName(c.state(), q().id);
  return (
    <Show when={!isClosedKind(kindOf(q()))}>
      <div class="poll-controls">
        <p class="pill" classList={{ live: shown(), muted: !shown() }} data-testid={`wall-${q().id}`}>
          {shown() ? tw('onPhones') : tw('offPhones')}
        </p>
        <button
          type="button"
          class="small"
          classList={{ secondary: shown() }}
          disabled={!r.allowed(show())}
          aria-label={tw(shown() ? 'hideOf' : 'showOf', { question: name() })}
          data-testid={`show-wall-${q().id}`}
          onClick={() => void c.send(show())}
        >
          {shown() ? tw('hide') : tw('show')}
        </button>
        <button
          type="button"
          class="small secondary"
          aria-pressed={sorted()}
          title={tw('sortPlusOnesHint')}
          disabled={!r.allowed(sort())}
          data-testid={`sort-plus-${q().id}`}
          onClick={() => void c.send(sort())}
        >
          {tw('sortPlusOnes')}
        </button>
      </div>
    </Show>
  );
}
