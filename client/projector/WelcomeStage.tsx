// Before, between and after: the session's title, and a word to the room.
import { Match, Show, Switch, type Accessor } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';

export function WelcomeStage(props: { state: Accessor<SessionState> }) {
  const d = () => props.state().definition;
  const kind = () => props.state().phase.kind;
  const event = () =>
    [d().event.forum, d().event.city, d().event.year ? String(d().event.year) : ''].filter(Boolean).join(' · ');
  return (
    <section class="stage stage-welcome" aria-labelledby="stage-title">
      <Show when={event()}>
        <p class="kicker">{event()}</p>
      </Show>
      <h1 id="stage-title" class="welcome-title">
        {d().title || tc('appName')}
      </h1>
      <Switch>
        <Match when={kind() === 'lobby'}>
          <p class="welcome-note">{tp('startingSoon')}</p>
        </Match>
        <Match when={kind() === 'opening'}>
          <p class="welcome-note">{tp('welcome')}</p>
          <Show when={d().mainQuestion}>
            <p class="kicker">{tc('mainQuestion')}</p>
            <p class="welcome-question">{d().mainQuestion}</p>
          </Show>
        </Match>
        <Match when={kind() === 'closing'}>
          <p class="welcome-note">{tp('thanks')}</p>
        </Match>
        <Match when={kind() === 'ended'}>
          <p class="welcome-note">{tp('endedNote')}</p>
        </Match>
      </Switch>
    </section>
  );
}
