// The current speaker: who, from where, the talk, and the shared timer, large.
import { Show } from 'solid-js';
import { TimerDisplay } from '../common/TimerDisplay.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';
import { speakerById } from '../live/phase.js';
import type { StageProps } from './Stage.js';

export function SpeakerStage(props: StageProps) {
  const id = () => {
    const p = props.state().phase;
    return p.kind === 'speaker' ? p.speakerId : '';
  };
  const sp = () => speakerById(props.state(), id());
  const order = () => props.state().speakerOrder;
  const org = () => [sp()?.organization, sp()?.country].filter(Boolean).join(', ');
  return (
    <section class="stage stage-speaker" aria-labelledby="stage-title">
      <p class="kicker">{tp('speakerN', { n: order().indexOf(id()) + 1, total: order().length })}</p>
      <h1 id="stage-title" class="speaker-big" data-testid="projector-speaker">
        {sp()?.name || tc('phase_speaker')}
      </h1>
      <Show when={org()}>
        <p class="speaker-org-big">{org()}</p>
      </Show>
      <Show when={sp()?.talkTitle}>
        <p class="talk-big">{sp()?.talkTitle}</p>
      </Show>
      <TimerDisplay timer={() => props.state().timer} serverNow={props.serverNow} class="timer-huge" />
    </section>
  );
}
