// The main area follows the phase.
import { Match, Switch, type Accessor } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import { AudienceStage } from './AudienceStage.js';
import { QuestionStage } from './QuestionStage.js';
import { SpeakerStage } from './SpeakerStage.js';
import { WelcomeStage } from './WelcomeStage.js';

export interface StageProps {
  state: Accessor<SessionState>;
  serverNow: Accessor<number>;
}

export function Stage(props: StageProps) {
  const kind = () => props.state().phase.kind;
  return (
    <Switch fallback={<WelcomeStage state={props.state} />}>
      <Match when={kind() === 'speaker'}>
        <SpeakerStage {...props} />
      </Match>
      <Match when={kind() === 'question' || kind() === 'round'}>
        <QuestionStage state={props.state} />
      </Match>
      <Match when={kind() === 'audience'}>
        <AudienceStage state={props.state} serverNow={props.serverNow} />
      </Match>
    </Switch>
  );
}
