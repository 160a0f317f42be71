// Notes on one speaker's talk, saved continuously. If the moderator saves the same notes while
// this editor has unsaved text, neither loses anything: the server keeps the version it replaced
// (`overwritten`), and this editor offers it back.
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { SessionClient } from '../sync/sessionClient.js';
import type { Role, SessionState, SpeakerNote } from '../../shared/state.js';
import { debounce } from '../common/debounce.js';
import { lang } from '../i18n/i18n.js';
import { tr } from '../i18n/rapporteur.js';

export function SpeakerNotes(props: {
  client: SessionClient;
  role: Role;
  speakerId: string;
  name: string;
  speaking: boolean;
  note: () => SpeakerNote | undefined;
}) {
  const [text, setText] = createSignal(props.note()?.text ?? '');
  const [baseRev, setBaseRev] = createSignal(props.note()?.rev ?? 0);
  const [dirty, setDirty] = createSignal(false);
  const [saving, setSaving] = createSignal(false);
  const [other, setOther] = createSignal<string | null>(null);
  let sentText: string | null = null;

  const save = debounce(async () => {
    const t = text();
    sentText = t;
    setSaving(true);
    const ack = await props.client.send({
      type: 'notes:save',
      speakerId: props.speakerId,
      text: t,
      baseRev: baseRev(),
    });
    setSaving(false);
    if (!ack.ok) return;
    if (text() === t) setDirty(false);
  }, 700);

  // Remote changes: adopt them when nothing local is pending; otherwise keep both.
  createEffect(
    // A copy of its fields: the store updates the note in place, so the object itself never changes.
    on(
      () => {
        const n = props.note();
        return n && { ...n };
      },
      (n) => {
        if (!n) return;
        const mine = n.by === props.role && n.text === sentText;
        if (mine) {
          setBaseRev(n.rev);
          if (n.overwritten && n.overwritten.text !== n.text && n.overwritten.by !== props.role)
            setOther(n.overwritten.text);
          return;
        }
        if (!dirty() && !save.pending()) {
          setText(n.text);
          setBaseRev(n.rev);
        } else {
          // Our next save carries the stale revision; the server will keep this text as `overwritten`.
          setOther(n.text);
        }
      },
    ),
  );

  const id = `notes-${props.speakerId}`;
  const when = (at: number) => new Intl.DateTimeFormat(lang(), { hour: '2-digit', minute: '2-digit' }).format(at);
  return (
    <section class="card notes" classList={{ speaking: props.speaking }} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        {tr('notesFor', { name: props.name })}
        <Show when={props.speaking}>
          <span class="pill live">{tr('speaking')}</span>
        </Show>
      </h3>
      <label class="visually-hidden" for={id}>
        {tr('notesFor', { name: props.name })}
      </label>
      <textarea
        id={id}
        rows={6}
        value={text()}
        aria-describedby={`${id}-hint ${id}-status`}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setDirty(true);
          save();
        }}
        onBlur={() => save.flush()}
      />
      <p class="hint" id={`${id}-hint`}>
        {tr('notesHint')}
      </p>
      <p class="hint" id={`${id}-status`} aria-live="polite">
        {saving() ? tr('saving') : dirty() ? tr('unsaved') : props.note() ? tr('saved') : ''}
        <Show when={props.note()}>
          {(n) => (
            <>
              {' '}
              ·{' '}
              {tr('lastWrittenBy', {
                who: tr(`who_${n().by === 'moderator' ? 'moderator' : 'rapporteur'}`),
                time: when(n().at),
              })}
            </>
          )}
        </Show>
      </p>
      <Show when={other()}>
        {(o) => (
          <div class="notice conflict" role="alert">
            <p>{tr('conflict')}</p>
            <blockquote class="other-version">{o()}</blockquote>
            <div class="row">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setText(o());
                  setDirty(true);
                  setOther(null);
                  save();
                }}
              >
                {tr('restoreOther')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setText(`${text()}\n${o()}`);
                  setDirty(true);
                  setOther(null);
                  save();
                }}
              >
                {tr('appendOther')}
              </button>
              <button type="button" class="ghost" onClick={() => setOther(null)}>
                {tr('dismiss')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}

export type { SessionState };
