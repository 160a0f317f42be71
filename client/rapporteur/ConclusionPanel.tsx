// The moderator's conclusion, the participants figure and the group photo.
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import type { SessionClient } from '../sync/sessionClient.js';
import { debounce } from '../common/debounce.js';
import { tr } from '../i18n/rapporteur.js';

const PHOTO_LIMIT = 5 * 1024 * 1024;

export function ConclusionPanel(props: {
  client: SessionClient;
  state: () => SessionState;
  code: string;
  apiKey: string;
}) {
  const [conclusion, setConclusion] = createSignal(props.state().conclusion);
  const [extra, setExtra] = createSignal(props.state().participantsExtra);
  const [photoError, setPhotoError] = createSignal('');
  const [photoUrl, setPhotoUrl] = createSignal<string | null>(null);
  const saveConclusion = debounce((t: string) => void props.client.send({ type: 'conclusion:set', text: t }), 700);
  const saveExtra = debounce((t: string) => void props.client.send({ type: 'participantsExtra:set', text: t }), 700);

  // Follow remote edits when this editor has nothing pending.
  createEffect(
    on(
      () => props.state().conclusion,
      (c) => {
        if (!saveConclusion.pending()) setConclusion(c);
      },
    ),
  );
  createEffect(
    on(
      () => props.state().participantsExtra,
      (c) => {
        if (!saveExtra.pending()) setExtra(c);
      },
    ),
  );

  const headers = () => ({ authorization: `Bearer ${props.apiKey}` });
  createEffect(
    on(
      () => props.state().photo?.id,
      async (id) => {
        const old = photoUrl();
        if (old) URL.revokeObjectURL(old);
        setPhotoUrl(null);
        if (!id) return;
        const r = await fetch(`/api/sessions/${props.code}/photo`, { headers: headers() });
        if (r.ok) setPhotoUrl(URL.createObjectURL(await r.blob()));
      },
    ),
  );

  const upload = async (file: File | undefined) => {
    setPhotoError('');
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setPhotoError(tr('photoWrongType'));
    if (file.size > PHOTO_LIMIT) return setPhotoError(tr('photoTooLarge'));
    await sendPhoto({ method: 'POST', headers: { ...headers(), 'content-type': file.type }, body: file });
  };
  const remove = () => sendPhoto({ method: 'DELETE', headers: headers() });
  /** An upload or a removal; a refusal or no network at all says so (never an unhandled rejection). */
  const sendPhoto = async (init: RequestInit) => {
    const ok = await fetch(`/api/sessions/${encodeURIComponent(props.code)}/photo`, init).then(
      (r) => r.ok,
      () => false,
    );
    if (!ok) setPhotoError(tr('photoFailed'));
  };
  const counted = () => Object.keys(props.state().participants).length;

  return (
    <div class="conclusion-panel">
      <section class="card">
        <div class="field">
          <label for="conclusion">{tr('conclusion')}</label>
          <textarea
            id="conclusion"
            rows={7}
            value={conclusion()}
            aria-describedby="conclusion-hint"
            onInput={(e) => {
              setConclusion(e.currentTarget.value);
              saveConclusion(e.currentTarget.value);
            }}
            onBlur={() => saveConclusion.flush()}
          />
          <p class="hint" id="conclusion-hint">
            {tr('conclusionHint')}
          </p>
        </div>
      </section>
      <section class="card">
        <h3>{tr('participantsFigure')}</h3>
        <p data-testid="participants-counted">{tr('participantsCounted', { count: counted() })}</p>
        <div class="field">
          <label for="participants-extra">{tr('participantsExtra')}</label>
          <input
            id="participants-extra"
            value={extra()}
            maxLength={300}
            onInput={(e) => {
              setExtra(e.currentTarget.value);
              saveExtra(e.currentTarget.value);
            }}
            onBlur={() => saveExtra.flush()}
          />
        </div>
      </section>
      <section class="card">
        <h3>{tr('photo')}</h3>
        <p class="hint" id="photo-hint">
          {tr('photoHint')}
        </p>
        <Show when={photoUrl()}>{(u) => <img class="photo-preview" src={u()} alt={tr('photoAlt')} />}</Show>
        <div class="row">
          <label class="button secondary file-button">
            {tr('photoUpload')}
            <input
              type="file"
              accept="image/png,image/jpeg"
              class="visually-hidden"
              aria-describedby="photo-hint"
              onChange={(e) => {
                void upload(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <Show when={props.state().photo}>
            <button type="button" class="ghost" onClick={() => void remove()}>
              {tr('photoRemove')}
            </button>
          </Show>
        </div>
        <Show when={photoError()}>
          <p class="error" role="alert">
            {photoError()}
          </p>
        </Show>
      </section>
    </div>
  );
}
