// Cues to the speaker: "2 minutes", "please conclude", "a question from the floor" or a few words,
// each one click (or one key: 2, C, F, M, X), shown on the speaker view until dismissed and, when
// ticked, flashed on the projector.
import { createSignal, Show } from 'solid-js';
import { currentCue, MAX_CUE_TEXT } from '../../shared/cues.js';
import { offered } from '../../shared/rules.js';
import { tro } from '../i18n/room.js';
import { cueText } from '../speaker/cueText.js';
import { useConsole } from './context.js';
import { ariaKeys } from './shortcuts.js';
import { useCues } from './useCues.js';
import './room.css';

const ME = { role: 'moderator', participantId: null } as const;

export function CuePanel() {
  const c = useConsole();
  const cues = useCues();
  const [draft, setDraft] = createSignal('');
  const cue = () => currentCue(c.state());
  const open = () =>
    offered(
      c.state(),
      ME,
      { type: 'cue:send', cueId: 'probe', kind: 'conclude', text: '', flash: false },
      c.serverNow(),
    );
  const sendText = async (e: SubmitEvent) => {
    e.preventDefault();
    const text = draft().trim();
    if (!text) return;
    const ack = await cues.send('text', text);
    if (ack.ok) setDraft('');
  };
  return (
    <section class="cues card" aria-labelledby="cues-heading" data-testid="cue-panel">
      <h2 id="cues-heading">{tro('cuesTitle')}</h2>
      <p class="hint">{tro('cuesHint')}</p>
      <div class="row wrap cue-buttons">
        <button
          type="button"
          class="small"
          disabled={!open()}
          aria-keyshortcuts={ariaKeys('cueTwoMinutes')}
          data-testid="cue-twoMinutes"
          onClick={() => void cues.send('twoMinutes')}
        >
          {tro('cue_twoMinutes')}
        </button>
        <button
          type="button"
          class="small"
          disabled={!open()}
          aria-keyshortcuts={ariaKeys('cueConclude')}
          data-testid="cue-conclude"
          onClick={() => void cues.send('conclude')}
        >
          {tro('cue_conclude')}
        </button>
        <button
          type="button"
          class="small"
          disabled={!open()}
          aria-keyshortcuts={ariaKeys('cueFloorQuestion')}
          data-testid="cue-floorQuestion"
          onClick={() => void cues.send('floorQuestion')}
        >
          {tro('cue_floorQuestion')}
        </button>
      </div>
      <form class="cue-text" onSubmit={(e) => void sendText(e)}>
        <label for="cue-text-input">{tro('cueCustomLabel')}</label>
        <div class="row">
          <input
            id="cue-text-input"
            ref={cues.setTextField}
            type="text"
            maxLength={MAX_CUE_TEXT}
            value={draft()}
            aria-keyshortcuts={ariaKeys('cueText')}
            onInput={(e) => setDraft(e.currentTarget.value)}
            data-testid="cue-text"
          />
          <button type="submit" class="small" disabled={!open() || !draft().trim()}>
            {tro('cueSend')}
          </button>
        </div>
      </form>
      <label class="cue-flash">
        <input type="checkbox" checked={cues.flash()} onChange={(e) => cues.setFlash(e.currentTarget.checked)} />
        {tro('cueFlash')}
      </label>
      <div class="cue-current" role="status">
        <Show when={cue()} fallback={<p class="hint">{tro('cueNone')}</p>}>
          {(q) => (
            <div class="row wrap">
              <p class="cue-showing" data-testid="cue-showing">
                {tro('cueShowing', { text: cueText(q()) })}
              </p>
              <button
                type="button"
                class="small secondary"
                aria-keyshortcuts={ariaKeys('cueDismiss')}
                onClick={() => void cues.dismiss()}
              >
                {tro('cueDismiss')}
              </button>
            </div>
          )}
        </Show>
      </div>
    </section>
  );
}
