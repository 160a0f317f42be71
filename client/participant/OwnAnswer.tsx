// One of the participant's own answers: its text and delivery state; edit or withdraw it while
// the question is open.
import { Match, Show, Switch, createMemo, createSignal } from 'solid-js';
import { t } from '../i18n/participant.js';
import { Composer } from './Composer.js';
import { stateOf, useLive } from './context.js';
import { DeliveryLabel } from './DeliveryLabel.js';
import { inFlightState, pendingOf, type DeliveryState } from './outbox.js';

export interface OwnItem {
  id: string;
  text: string;
  /** Known to the server (in the state); false while only in the outbox. */
  stored: boolean;
}

export function OwnAnswer(props: { item: OwnItem; open: boolean }) {
  const live = useLive();
  const [mode, setMode] = createSignal<'view' | 'edit' | 'confirm'>('view');
  const editDraft = live.drafts.get(`edit:${props.item.id}`);

  const pendingEdit = createMemo(() =>
    pendingOf(live.pending(), 'answer:edit')
      .filter((c) => c.answerId === props.item.id)
      .at(-1),
  );
  const pendingWithdraw = createMemo(() =>
    pendingOf(live.pending(), 'answer:withdraw').some((c) => c.answerId === props.item.id),
  );
  const text = () => pendingEdit()?.text ?? props.item.text;
  const delivery = (): DeliveryState =>
    props.item.stored && !pendingEdit() && !pendingWithdraw() ? 'sent' : inFlightState(live.status());
  const busy = () => delivery() !== 'sent';
  const max = () => stateOf(live).definition.maxAnswerLength;

  const startEdit = async () => {
    await editDraft.loaded;
    // A previous edit that was refused is still in its draft: pick it up, else start from the text.
    if (!editDraft.text()) editDraft.set(text());
    setMode('edit');
  };
  const saveEdit = (value: string) => {
    setMode('view');
    // The edit draft is cleared once the server accepts (see settleHandler).
    void live.send({ type: 'answer:edit', answerId: props.item.id, text: value });
  };

  return (
    <li class="own" data-testid="my-answer">
      <Switch>
        <Match when={mode() === 'edit'}>
          <Composer
            label={t('editLabel')}
            draft={editDraft}
            max={max()}
            sendLabel={t('save')}
            canSend={props.open}
            onSend={saveEdit}
            testid="edit"
          >
            <button
              type="button"
              class="secondary"
              onClick={() => {
                editDraft.clear();
                setMode('view');
              }}
            >
              {t('cancel')}
            </button>
          </Composer>
        </Match>
        <Match when={true}>
          <p class="own-text" data-testid="my-answer-text">
            <bdi>{text()}</bdi>
          </p>
          <div class="own-meta">
            <DeliveryLabel state={delivery()} sending={pendingWithdraw() ? t('withdrawing') : undefined} />
            <Show when={props.open && props.item.stored && !busy() && mode() === 'view'}>
              <span class="own-actions">
                <button type="button" class="ghost small" onClick={() => void startEdit()} data-testid="edit-answer">
                  {t('edit')}
                </button>
                <button
                  type="button"
                  class="ghost small"
                  onClick={() => setMode('confirm')}
                  data-testid="withdraw-answer"
                >
                  {t('withdraw')}
                </button>
              </span>
            </Show>
          </div>
          <Show when={mode() === 'confirm'}>
            <div class="confirm" role="group" aria-label={t('confirmWithdraw')}>
              <p>{t('confirmWithdraw')}</p>
              <button
                type="button"
                class="danger small"
                onClick={() => {
                  setMode('view');
                  void live.send({ type: 'answer:withdraw', answerId: props.item.id });
                }}
                data-testid="confirm-withdraw"
              >
                {t('yesWithdraw')}
              </button>
              <button type="button" class="secondary small" onClick={() => setMode('view')}>
                {t('cancel')}
              </button>
            </div>
          </Show>
        </Match>
      </Switch>
    </li>
  );
}
