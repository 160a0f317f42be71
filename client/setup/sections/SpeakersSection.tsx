// The speakers: each with name, organization, country, talk title, minutes and description
// (add, reorder, remove), and their total speaking time.
import { createMemo, For, Show } from 'solid-js';
import { DEFINITION_DEFAULTS, LIMITS } from '../../../shared/definition.js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import { ItemActions, NumberField, TextField } from '../fields.js';
import { fieldId, moved, newItemId, usedIds } from '../model.js';

export function SpeakersSection(props: { ed: EditorState }) {
  const { uid, draft, setDraft, edited, announce, keepFocus, withUndo, focusLater, moveKeys } = props.ed;
  function addSpeaker() {
    const id = newItemId('s', usedIds(draft));
    setDraft('speakers', (ss) => [
      ...ss,
      {
        id,
        name: '',
        organization: '',
        country: '',
        talkTitle: '',
        description: '',
        minutes: DEFINITION_DEFAULTS.speakerMinutes,
      },
    ]);
    edited();
    announce(t('speakerAdded', { n: draft.speakers.length }));
    focusLater(fieldId.speaker(id, 'name'));
  }
  function moveSpeaker(si: number, dir: -1 | 1) {
    const to = si + dir;
    if (to < 0 || to >= draft.speakers.length) return;
    keepFocus(() => setDraft('speakers', (ss) => moved(ss, si, to)));
    edited();
    announce(t('movedPos', { pos: to + 1, total: draft.speakers.length }));
  }
  function removeSpeaker(si: number) {
    const name = draft.speakers[si]?.name.trim() || t('speakerN', { n: si + 1 });
    withUndo(t('speakerRemoved', { name }), () => setDraft('speakers', (ss) => ss.filter((_, i) => i !== si)));
    const next = draft.speakers[si] ?? draft.speakers[si - 1];
    focusLater(next ? fieldId.speaker(next.id, 'name') : 'f-speakers-add');
  }

  const totalMinutes = createMemo(() =>
    draft.speakers.reduce((n, s) => n + (Number.isFinite(s.minutes) ? s.minutes : 0), 0),
  );

  return (
    <section class="se-section" aria-labelledby={`${uid}-s-speakers`}>
      <h2 id={`${uid}-s-speakers`}>{t('section_speakers')}</h2>
      <p class="hint">
        {t('speakersSummary', { count: draft.speakers.length })} {t('totalMinutes', { count: totalMinutes() })}
      </p>
      <Show when={draft.speakers.length === 0}>
        <p class="se-empty">{t('noSpeakers')}</p>
      </Show>
      <ol class="se-speakers">
        <For each={draft.speakers}>
          {(sp, si) => (
            <li
              class="se-speaker card"
              data-item
              onKeyDown={moveKeys((d) => moveSpeaker(si(), d))}
              aria-labelledby={`${uid}-sh-${sp.id}`}
            >
              <div class="se-item-head">
                <h3 id={`${uid}-sh-${sp.id}`}>
                  {t('speakerN', { n: si() + 1 })}
                  <Show when={sp.name.trim()}>
                    <span class="se-item-sub">: {sp.name}</span>
                  </Show>
                </h3>
                <ItemActions
                  id={`f-sp-${sp.id}`}
                  removeId="remove"
                  labels={{
                    up: t('moveSpeakerUp', { n: si() + 1 }),
                    down: t('moveSpeakerDown', { n: si() + 1 }),
                    remove: t('removeSpeaker', { n: si() + 1 }),
                  }}
                  canUp={si() > 0}
                  canDown={si() < draft.speakers.length - 1}
                  onMove={(by) => moveSpeaker(si(), by)}
                  onRemove={() => removeSpeaker(si())}
                />
              </div>
              <div class="se-grid se-grid-3">
                <TextField
                  id={fieldId.speaker(sp.id, 'name')}
                  label={t('field_name')}
                  value={sp.name}
                  onValue={(v) => setDraft('speakers', si(), 'name', v)}
                />
                <TextField
                  id={fieldId.speaker(sp.id, 'organization')}
                  label={t('field_organization')}
                  value={sp.organization}
                  onValue={(v) => setDraft('speakers', si(), 'organization', v)}
                />
                <TextField
                  id={fieldId.speaker(sp.id, 'country')}
                  label={t('field_country')}
                  value={sp.country}
                  onValue={(v) => setDraft('speakers', si(), 'country', v)}
                />
              </div>
              <div class="se-grid se-grid-talk">
                <TextField
                  id={fieldId.speaker(sp.id, 'talkTitle')}
                  label={t('field_talkTitle')}
                  value={sp.talkTitle}
                  onValue={(v) => setDraft('speakers', si(), 'talkTitle', v)}
                />
                <NumberField
                  id={fieldId.speaker(sp.id, 'minutes')}
                  label={t('field_minutes')}
                  value={sp.minutes}
                  min={1}
                  max={240}
                  onValue={(v) => setDraft('speakers', si(), 'minutes', v ?? NaN)}
                />
              </div>
              <TextField
                id={fieldId.speaker(sp.id, 'description')}
                multiline
                rows={3}
                label={t('field_description')}
                value={sp.description}
                onValue={(v) => setDraft('speakers', si(), 'description', v)}
              />
            </li>
          )}
        </For>
      </ol>
      <button
        type="button"
        class="secondary"
        id="f-speakers-add"
        disabled={draft.speakers.length >= LIMITS.speakers}
        onClick={addSpeaker}
      >
        <span aria-hidden="true">+</span> {t('addSpeaker')}
      </button>
    </section>
  );
}
