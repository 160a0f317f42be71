// The working area under the timer: speakers, answers, audience questions (and the setup editor
// when it is built). It follows the run of show: a speaker's step opens Speakers, a question
// Answers, the audience step Audience questions; the moderator can switch at any time.
import { awaitingApproval } from '../../shared/audience.js';
import { createEffect, createMemo, createSignal, For, Match, on, Switch } from 'solid-js';
import { tm } from '../i18n/moderator.js';
import { AnswersPanel } from './AnswersPanel.js';
import { AudiencePanel } from './AudiencePanel.js';
import { useConsole } from './context.js';
import { hasSetupEditor, SetupSlot } from './SetupSlot.js';
import { SpeakersPanel } from './SpeakersPanel.js';

type Tab = 'speakers' | 'answers' | 'audience' | 'setup';

export function WorkTabs() {
  const c = useConsole();
  const tabs: Tab[] = ['speakers', 'answers', 'audience', ...(hasSetupEditor ? (['setup'] as const) : [])];
  const [tab, setTab] = createSignal<Tab>('speakers');
  // A memo, so only a change of phase (not every event) moves the tab.
  const phaseKind = createMemo(() => c.state().phase.kind);
  createEffect(
    on(phaseKind, (k) => {
      if (k === 'speaker') setTab('speakers');
      else if (k === 'question' || k === 'round') setTab('answers');
      else if (k === 'audience') setTab('audience');
    }),
  );
  const pending = () => awaitingApproval(c.state());
  const label = (t: Tab) => {
    if (t === 'speakers') return tm('tabSpeakers');
    if (t === 'answers') return tm('tabAnswers');
    if (t === 'audience') return pending() ? tm('tabAudiencePending', { count: pending() }) : tm('tabAudience');
    return tm('tabSetup');
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabs.length - 1;
    if (j < 0) return;
    e.preventDefault();
    setTab(tabs[j]!);
    document.getElementById(`tab-${tabs[j]}`)?.focus();
  };
  return (
    <section class="work card">
      <div class="tabs" role="tablist" aria-label={tm('workArea')}>
        <For each={tabs}>
          {(t, i) => (
            <button
              type="button"
              role="tab"
              class="tab"
              id={`tab-${t}`}
              aria-selected={tab() === t}
              aria-controls={`panel-${t}`}
              tabindex={tab() === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => onKey(e, i())}
            >
              {label(t)}
            </button>
          )}
        </For>
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${tab()}`} aria-labelledby={`tab-${tab()}`}>
        <Switch>
          <Match when={tab() === 'speakers'}>
            <SpeakersPanel />
          </Match>
          <Match when={tab() === 'answers'}>
            <AnswersPanel />
          </Match>
          <Match when={tab() === 'audience'}>
            <AudiencePanel />
          </Match>
          <Match when={tab() === 'setup'}>
            <SetupSlot />
          </Match>
        </Switch>
      </div>
    </section>
  );
}
