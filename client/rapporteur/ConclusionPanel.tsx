// The moderator's conclusion, the participants figure and the group photo.
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { photosOf, type SessionState } from '../../shared/state.js';
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
  /** Object URLs of the photos shown, by photo id. */
  const [photoUrls, setPhotoUrls] = createSignal<Record<string, string>>({});
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
  const photos = () => photosOf(props.state());
  // Each photo is fetched once; a removed one's URL is released.
  createEffect(
    on(
      () =>
        photos()
          .map((p) => p.id)
          .join(' '),
      async () => {
        const ids = photos().map((p) => p.id);
        const known = photoUrls();
        for (const [id, u] of Object.entries(known)) if (!ids.includes(id)) URL.revokeObjectURL(u);
        const next: Record<string, string> = Object.fromEntries(
          Object.entries(known).filter(([id]) => ids.includes(id)),
        );
        for (const id of ids) {
          if (next[id]) continue;
          const r = await fetch(`/api/sessions/${props.code}/photo?id=${encodeURIComponent(id)}`, {
            headers: headers(),
          });
          if (r.ok) next[id] = URL.createObjectURL(await r.blob());
        }
        setPhotoUrls(next);
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
  const remove = (id: string) => sendPhoto({ method: 'DELETE', headers: headers() }, `?id=${encodeURIComponent(id)}`);
  /** An upload or a removal; a refusal or no network at all says so (never an unhandled rejection). */
  const sendPhoto = async (init: RequestInit, query = '') => {
    const ok = await fetch(`/api/sessions/${encodeURIComponent(props.code)}/photo${query}`, init).then(
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
        <ul class="photo-list">
          <For each={photos()}>
            {(p, i) => (
              <li>
                <Show when={photoUrls()[p.id]}>
                  {(u) => <img class="photo-preview" src={u()} alt={tr('photoAltN', { n: i() + 1 })} />}
                </Show>
                <button type="button" class="ghost" onClick={() => void remove(p.id)}>
                  {tr('photoRemoveN', { n: i() + 1 })}
                </button>
              </li>
            )}
          </For>
        </ul>
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
