// Sending cues to the speaker view from the console (buttons and keys alike): one new id per cue,
// so a resent command shows it once; whether to flash it on the projector is remembered here.
import { createSignal } from 'solid-js';
import type { CueKind } from '../../shared/cues.js';
import { currentCue } from '../../shared/cues.js';
import { cueText } from '../speaker/cueText.js';
import { tro } from '../i18n/room.js';
import { newClientId } from '../sync/ids.js';
import { useConsole } from './context.js';

const [flash, setFlash] = createSignal(true);
/** The free-text field, focused by the M key. */
let textField: HTMLInputElement | undefined;

export function useCues() {
  const c = useConsole();
  const send = async (kind: CueKind, text = '') => {
    const ack = await c.send({ type: 'cue:send', cueId: newClientId(), kind, text, flash: flash() });
    if (ack.ok) c.announce(tro('cueSent', { text: cueText({ kind, text }) }));
    return ack;
  };
  const dismiss = () => {
    const cue = currentCue(c.state());
    return cue ? c.send({ type: 'cue:dismiss', cueId: cue.id }) : undefined;
  };
  return {
    send,
    dismiss,
    flash,
    setFlash,
    focusText: () => textField?.focus(),
    setTextField: (el: HTMLInputElement) => {
      textField = el;
    },
  };
}
