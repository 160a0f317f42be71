// Ask a question to one speaker or to the whole panel; the draft and the target stay on the device.
import { For, createUniqueId } from 'solid-js';
import { ta } from '../i18n/participantAudience.js';
import { newClientId } from '../sync/ids.js';
import { Composer } from './Composer.js';
import { stateOf, useLive } from './context.js';

export function AskForm() {
  const live = useLive();
  const id = createUniqueId();
  const draft = live.drafts.get('aq');
  const target = live.drafts.get('aq-to');
  // In the current speaking order (the moderator may reorder it live).
  const speakers = () => {
    const s = stateOf(live);
    return s.speakerOrder.flatMap((sid) => s.definition.speakers.filter((sp) => sp.id === sid));
  };
  /** '' is the whole panel; a speaker who left the definition falls back to it. */
  const to = () => (speakers().some((sp) => sp.id === target.text()) ? target.text() : '');

  let queueing = false;
  const send = (text: string) => {
    if (queueing) return;
    queueing = true;
    const questionId = newClientId();
    void live.send({ type: 'aq:ask', questionId, speakerId: to() || null, text }, questionId).then(() => {
      draft.clear();
      queueing = false;
    });
  };

  return (
    <div class="card ask" data-testid="ask">
      <div class="field">
        <label for={`${id}-to`}>{ta('askTo')}</label>
        <select id={`${id}-to`} value={to()} onChange={(e) => target.set(e.currentTarget.value)} data-testid="ask-to">
          <option value="">{ta('wholePanel')}</option>
          <For each={speakers()}>{(sp) => <option value={sp.id}>{sp.name}</option>}</For>
        </select>
      </div>
      <Composer
        label={ta('askLabel')}
        draft={draft}
        max={stateOf(live).definition.maxAnswerLength}
        sendLabel={ta('ask')}
        canSend={true}
        onSend={send}
        testid="aq"
      />
    </div>
  );
}
