// The moderator's cue to the speaker, flashed across the projector for a few seconds when sent with
// "also on the projector" (shared/cues.ts decides when).
import { Show, type Accessor } from 'solid-js';
import { cueFlashing, currentCue } from '../../shared/cues.js';
import type { SessionState } from '../../shared/state.js';
import { cueText } from '../speaker/cueText.js';
import './cue.css';

export function CueFlash(props: { state: Accessor<SessionState>; serverNow: Accessor<number> }) {
  return (
    <Show when={cueFlashing(props.state(), props.serverNow()) ? currentCue(props.state()) : null}>
      {(c) => (
        <div class="proj-cue" role="status" data-testid="projector-cue">
          <bdi>{cueText(c())}</bdi>
        </div>
      )}
    </Show>
  );
}
