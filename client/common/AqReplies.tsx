// The replies to one audience question on a staff screen (moderator console, rapporteur view):
// who answered and the gist of each, in the order recorded, each to edit or remove, and a form to
// add one (who: a speaker, or someone else by name). A new reply's id is made when its form opens,
// so a double submit or a resent command records it once; an edit sends the reply's own id.
import { createSignal, For, Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import type { Speaker } from '../../shared/definition.js';
import type { Ack } from '../../shared/errors.js';
import type { AqReply, AudienceQuestion } from '../../shared/state.js';
import { tq } from '../i18n/aqReplies.js';
import { newClientId } from '../sync/ids.js';

const OTHER = '__other';

export interface AqRepliesProps {
  question: AudienceQuestion;
  /** In speaking order: offered first in "Answered by". */
  speakers: Speaker[];
  send: (c: Command) => Promise<Ack>;
  /** Whether a reply may be added or edited now (removing one always may). */
  canAdd: boolean;
  /** The question, shortened, for the accessible name of "Add a reply". */
  label: string;
}

export function AqReplies(props: AqRepliesProps) {
  const [adding, setAdding] = createSignal<string | null>(null);
  const [editing, setEditing] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const editButtons = new Map<string, HTMLButtonElement>();
  const removeButtons = new Map<string, HTMLButtonElement>();
  let addButton: HTMLButtonElement | undefined;
  let region: HTMLDivElement | undefined;
  const focusLater = (el: () => HTMLElement | undefined) => queueMicrotask(() => el()?.focus());
  const base = () => `aqr-${props.question.id}`;
  const nameOf = (r: AqReply) => r.by || tq('noName');

  const save = async (replyId: string, by: string, gist: string): Promise<boolean> => {
    const ack = await props.send({ type: 'aq:answer', questionId: props.question.id, replyId, by, gist });
    return ack.ok;
  };
  const remove = async (r: AqReply) => {
    const ack = await props.send({
      type: 'aq:answer',
      questionId: props.question.id,
      replyId: r.id,
      by: '',
      gist: '',
      remove: true,
    });
    if (!ack.ok) return;
    setConfirming(null);
    focusLater(() => addButton ?? region);
  };
  const closeAdd = () => {
    setAdding(null);
    // A first reply may move the question within its list: the item is the same (the lists are
    // keyed by the store's records), so its button is still there to take the focus back.
    focusLater(() => addButton);
  };
  const closeEdit = (id: string) => {
    setEditing(null);
    focusLater(() => editButtons.get(id) ?? addButton ?? region);
  };

  return (
    <div class="aq-replies" ref={region} tabIndex={-1} data-testid="aq-replies" data-aq-replies={props.question.id}>
      <Show when={props.question.replies.length > 0}>
        <ul class="aq-reply-list" aria-label={tq('replies')}>
          <For each={props.question.replies}>
            {(r) => (
              <li class="aq-reply" data-reply={r.id}>
                <Show
                  when={editing() !== r.id}
                  fallback={
                    <ReplyForm
                      idBase={`${base()}-${r.id}`}
                      question={props.question}
                      speakers={props.speakers}
                      initial={r}
                      submit={(by, gist) => save(r.id, by, gist)}
                      done={() => closeEdit(r.id)}
                    />
                  }
                >
                  <p class="aq-reply-text" id={`${base()}-${r.id}-text`}>
                    <Show when={r.by}>
                      <strong>{tq('replyBy', { name: r.by })}</strong>{' '}
                    </Show>
                    {r.gist}
                  </p>
                  <div class="row wrap aq-reply-actions">
                    <Show when={props.canAdd}>
                      <button
                        type="button"
                        class="small ghost"
                        ref={(el) => editButtons.set(r.id, el)}
                        aria-label={tq('editReplyFrom', { name: nameOf(r) })}
                        aria-describedby={`${base()}-${r.id}-text`}
                        onClick={() => {
                          setConfirming(null);
                          setEditing(r.id);
                        }}
                      >
                        {tq('edit')}
                      </button>
                    </Show>
                    <button
                      type="button"
                      class="small ghost"
                      ref={(el) => removeButtons.set(r.id, el)}
                      aria-label={tq('removeReplyFrom', { name: nameOf(r) })}
                      aria-describedby={`${base()}-${r.id}-text`}
                      aria-expanded={confirming() === r.id}
                      onClick={() => setConfirming(confirming() === r.id ? null : r.id)}
                    >
                      {tq('remove')}
                    </button>
                  </div>
                  <Show when={confirming() === r.id}>
                    <div class="confirm row wrap" role="group" aria-label={tq('confirmRemove')}>
                      <p>{tq('confirmRemove')}</p>
                      <button
                        type="button"
                        class="small danger"
                        ref={(el) => focusLater(() => el)}
                        onClick={() => void remove(r)}
                      >
                        {tq('yesRemove')}
                      </button>
                      <button
                        type="button"
                        class="small ghost"
                        onClick={() => {
                          setConfirming(null);
                          focusLater(() => removeButtons.get(r.id));
                        }}
                      >
                        {tq('cancel')}
                      </button>
                    </div>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.canAdd}>
        <Show
          when={adding()}
          fallback={
            <button
              ref={addButton}
              type="button"
              class="small secondary"
              aria-label={tq('addReplyTo', { text: props.label })}
              onClick={() => {
                setEditing(null);
                setAdding(newClientId());
              }}
            >
              {tq('addReply')}
            </button>
          }
        >
          {(replyId) => (
            <ReplyForm
              idBase={`${base()}-new`}
              question={props.question}
              speakers={props.speakers}
              submit={(by, gist) => save(replyId(), by, gist)}
              done={closeAdd}
            />
          )}
        </Show>
      </Show>
    </div>
  );
}

function ReplyForm(props: {
  idBase: string;
  question: AudienceQuestion;
  speakers: Speaker[];
  initial?: AqReply;
  submit: (by: string, gist: string) => Promise<boolean>;
  done: () => void;
}) {
  const existing = props.initial;
  const addressed = props.question.speakerId
    ? props.speakers.find((s) => s.id === props.question.speakerId)
    : undefined;
  const initialWho = existing
    ? (props.speakers.find((s) => s.name === existing.by)?.id ?? OTHER)
    : (addressed?.id ?? props.speakers[0]?.id ?? OTHER);
  const [who, setWho] = createSignal(initialWho);
  const [other, setOther] = createSignal(existing && initialWho === OTHER ? existing.by : '');
  const [gist, setGist] = createSignal(existing?.gist ?? '');
  const [busy, setBusy] = createSignal(false);
  const by = () => (who() === OTHER ? other().trim() : (props.speakers.find((s) => s.id === who())?.name ?? ''));
  const canSubmit = () => !busy() && (!!by() || !!gist().trim());
  const b = props.idBase;
  return (
    <form
      class="aq-form aq-reply-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!canSubmit()) return;
        setBusy(true);
        const ok = await props.submit(by(), gist()).finally(() => setBusy(false));
        if (ok) props.done();
      }}
    >
      <div class="field">
        <label for={`${b}-who`}>{tq('answeredBy')}</label>
        <select
          id={`${b}-who`}
          value={who()}
          onChange={(e) => setWho(e.currentTarget.value)}
          ref={(el) => queueMicrotask(() => el.focus())}
        >
          <For each={props.speakers}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          <option value={OTHER}>{tq('someoneElse')}</option>
        </select>
      </div>
      <Show when={who() === OTHER}>
        <div class="field">
          <label for={`${b}-name`}>{tq('otherName')}</label>
          <input
            id={`${b}-name`}
            type="text"
            maxLength={300}
            value={other()}
            onInput={(e) => setOther(e.currentTarget.value)}
            autocomplete="off"
          />
        </div>
      </Show>
      <div class="field">
        <label for={`${b}-gist`}>{tq('gist')}</label>
        <textarea id={`${b}-gist`} value={gist()} onInput={(e) => setGist(e.currentTarget.value)} rows={3} />
      </div>
      <div class="row">
        <button type="submit" class="small" disabled={!canSubmit()}>
          {tq('saveReply')}
        </button>
        <button type="button" class="small ghost" onClick={props.done}>
          {tq('cancel')}
        </button>
      </div>
    </form>
  );
}
