// Recording a contribution on someone's behalf (moderator and rapporteur): an answer to any
// question, an audience question or a remark, with who said it and where it came from. The draft
// keeps its client id until it is stored, so a second click or a re-send records it once.
import { createSignal, For, Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { CHANNELS, type Channel } from '../../shared/contrib/types.js';
import { errorMessage, type Ack } from '../../shared/errors.js';
import { allQuestions } from '../../shared/questions.js';
import type { SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tx } from '../i18n/contrib.js';
import { lang } from '../i18n/i18n.js';
import { newClientId } from '../sync/ids.js';
import './contrib.css';

type Kind = 'answer' | 'question' | 'remark';
const KINDS: Kind[] = ['answer', 'question', 'remark'];

export function RecordForm(props: { state: () => SessionState; send: (c: Command) => Promise<Ack>; idPrefix: string }) {
  const id = (x: string) => `${props.idPrefix}-${x}`;
  const [kind, setKind] = createSignal<Kind>('answer');
  const [questionId, setQuestionId] = createSignal('main');
  const [speakerId, setSpeakerId] = createSignal('');
  const [text, setText] = createSignal('');
  const [name, setName] = createSignal('');
  const [organization, setOrganization] = createSignal('');
  const [country, setCountry] = createSignal('');
  const [isPublic, setPublic] = createSignal(false);
  const [channel, setChannel] = createSignal<Channel>('room');
  const [draftId, setDraftId] = createSignal(newClientId());
  const [status, setStatus] = createSignal<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const questions = () => allQuestions(props.state().definition);
  const questionLabel = (q: ReturnType<typeof questions>[number]) =>
    q.roundId === null ? tc('mainQuestion') : `${tc('questionN', { n: q.index })} — ${q.text}`;

  const command = (): Command => {
    const by = { name: name(), organization: organization(), country: country(), public: isPublic() };
    if (kind() === 'answer')
      return {
        type: 'answer:record',
        answerId: draftId(),
        questionId: questionId(),
        text: text(),
        by,
        channel: channel(),
      };
    return {
      type: 'aq:record',
      questionId: draftId(),
      kind: kind() === 'remark' ? 'remark' : 'question',
      speakerId: kind() === 'question' && speakerId() ? speakerId() : null,
      text: text(),
      by,
      channel: channel(),
    };
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy()) return;
    setBusy(true);
    setStatus(null);
    const ack = await props.send(command());
    setBusy(false);
    if (ack.ok) {
      // The next contribution is a new one; who and where often stay the same (one panel, one channel).
      setText('');
      setDraftId(newClientId());
      setStatus({ ok: true, message: tx('recorded') });
    } else {
      // The draft stays as typed: nothing is lost, the message says what to fix.
      setStatus({ ok: false, message: errorMessage(ack.error, lang()) });
    }
  };

  return (
    // Titled by where it sits (the rapporteur's tab heading, the console's summary): no second heading.
    <form class="record-form" onSubmit={submit} aria-label={tx('recordTitle')}>
      <p class="hint">{tx('recordHint')}</p>
      <fieldset class="kinds">
        <legend>{tx('kind')}</legend>
        <For each={KINDS}>
          {(k) => (
            <label class="check">
              <input
                type="radio"
                name={id('kind')}
                value={k}
                checked={kind() === k}
                onChange={() => {
                  setKind(k);
                  setDraftId(newClientId());
                }}
              />
              {tx(`kind_${k}`)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={kind() === 'answer'}>
        <div class="field">
          <label for={id('question')}>{tx('question')}</label>
          <select id={id('question')} value={questionId()} onChange={(e) => setQuestionId(e.currentTarget.value)}>
            <For each={questions()}>{(q) => <option value={q.id}>{questionLabel(q)}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={kind() === 'question'}>
        <div class="field">
          <label for={id('to')}>{tx('to')}</label>
          <select id={id('to')} value={speakerId()} onChange={(e) => setSpeakerId(e.currentTarget.value)}>
            <option value="">{tx('toPanel')}</option>
            <For each={props.state().definition.speakers}>{(sp) => <option value={sp.id}>{sp.name}</option>}</For>
          </select>
        </div>
      </Show>
      <div class="field">
        <label for={id('text')}>{tx('text')}</label>
        <textarea id={id('text')} rows={3} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="record-who">
        <div class="field">
          <label for={id('name')}>{tx('name')}</label>
          <input id={id('name')} value={name()} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
        </div>
        <div class="field">
          <label for={id('org')}>{tx('organization')}</label>
          <input
            id={id('org')}
            value={organization()}
            onInput={(e) => setOrganization(e.currentTarget.value)}
            autocomplete="off"
          />
        </div>
        <div class="field">
          <label for={id('country')}>{tx('country')}</label>
          <input
            id={id('country')}
            value={country()}
            onInput={(e) => setCountry(e.currentTarget.value)}
            autocomplete="off"
          />
        </div>
      </div>
      <div class="row record-where">
        <label class="check">
          <input type="checkbox" checked={isPublic()} onChange={(e) => setPublic(e.currentTarget.checked)} />
          {tx('public')}
        </label>
        <div class="field inline">
          <label for={id('channel')}>{tx('channel')}</label>
          <select id={id('channel')} value={channel()} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
            <For each={CHANNELS}>{(c) => <option value={c}>{tx(`channel_${c}`)}</option>}</For>
          </select>
        </div>
        <button type="submit" class="primary" disabled={busy()}>
          {tx('record')}
        </button>
      </div>
      <p role="status" class={status()?.ok === false ? 'error' : 'hint'}>
        {status()?.ok ? status()!.message : ''}
      </p>
      <Show when={status()?.ok === false}>
        <p role="alert" class="error">
          {status()!.message}
        </p>
      </Show>
    </form>
  );
}
