// The session's facts: its title, type and language; the event it belongs to; when it takes place
// (with the time zone); its background and objectives.
import { createMemo, For } from 'solid-js';
import { LANGUAGES } from '../../../shared/definition.js';
import { LANGUAGE_NAMES } from '../../i18n/i18n.js';
import { SESSION_TYPE_SUGGESTIONS, setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import { NumberField, SelectField, TextField } from '../fields.js';
import { fieldId } from '../model.js';
import { formatZoneHint, timeZones } from '../timeZones.js';

export function SessionFacts(props: { ed: EditorState }) {
  const { uid, draft, setDraft } = props.ed;
  const zones = timeZones();
  const zoneHint = createMemo(() =>
    formatZoneHint(draft.timeZone, draft.date, draft.startTime, draft.endTime, (k, v) => t(k, v)),
  );
  const sessionTypes = () => SESSION_TYPE_SUGGESTIONS[draft.language];

  return (
    <>
      <section class="se-section" aria-labelledby={`${uid}-s-session`}>
        <h2 id={`${uid}-s-session`}>{t('section_session')}</h2>
        <TextField
          id={fieldId.top('title')}
          label={t('field_title')}
          value={draft.title}
          onValue={(v) => setDraft('title', v)}
          class="se-wide"
          lang={draft.language}
        />
        <div class="se-grid">
          <TextField
            id={fieldId.top('sessionType')}
            label={t('field_sessionType')}
            hint={t('hint_sessionType')}
            value={draft.sessionType}
            list={`${uid}-types`}
            onValue={(v) => setDraft('sessionType', v)}
          />
          <datalist id={`${uid}-types`}>
            <For each={sessionTypes()}>{(s) => <option value={s} />}</For>
          </datalist>
          <SelectField
            id={fieldId.top('language')}
            label={t('field_language')}
            hint={t('hint_language')}
            value={draft.language}
            onValue={(v) => setDraft('language', v)}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
          />
        </div>
      </section>

      <section class="se-section" aria-labelledby={`${uid}-s-event`}>
        <h2 id={`${uid}-s-event`}>{t('section_event')}</h2>
        <div class="se-grid">
          <TextField
            id={fieldId.top('event.forum')}
            label={t('field_forum')}
            value={draft.event.forum}
            onValue={(v) => setDraft('event', 'forum', v)}
          />
          <TextField
            id={fieldId.top('event.theme')}
            label={t('field_theme')}
            value={draft.event.theme}
            onValue={(v) => setDraft('event', 'theme', v)}
          />
          <TextField
            id={fieldId.top('event.city')}
            label={t('field_city')}
            value={draft.event.city}
            onValue={(v) => setDraft('event', 'city', v)}
          />
          <NumberField
            id={fieldId.top('event.year')}
            label={t('field_year')}
            value={draft.event.year}
            min={1900}
            max={3000}
            emptyIsNull
            onValue={(v) => setDraft('event', 'year', v)}
          />
        </div>
      </section>

      <section class="se-section" aria-labelledby={`${uid}-s-when`}>
        <h2 id={`${uid}-s-when`}>{t('section_schedule')}</h2>
        <div class="se-grid se-grid-4">
          <TextField
            id={fieldId.top('date')}
            type="date"
            label={t('field_date')}
            value={draft.date}
            onValue={(v) => setDraft('date', v)}
          />
          <TextField
            id={fieldId.top('startTime')}
            type="time"
            label={t('field_startTime')}
            value={draft.startTime}
            onValue={(v) => setDraft('startTime', v)}
          />
          <TextField
            id={fieldId.top('endTime')}
            type="time"
            label={t('field_endTime')}
            value={draft.endTime}
            onValue={(v) => setDraft('endTime', v)}
          />
          <TextField
            id={fieldId.top('timeZone')}
            label={t('field_timeZone')}
            hint={zoneHint()}
            value={draft.timeZone}
            list={`${uid}-zones`}
            spellcheck={false}
            onValue={(v) => setDraft('timeZone', v.trim())}
          />
          <datalist id={`${uid}-zones`}>
            <For each={zones}>{(z) => <option value={z} />}</For>
          </datalist>
          <TextField
            id={fieldId.top('room')}
            label={t('field_room')}
            hint={t('hint_room')}
            value={draft.room}
            onValue={(v) => setDraft('room', v)}
          />
        </div>
      </section>

      <section class="se-section" aria-labelledby={`${uid}-s-content`}>
        <h2 id={`${uid}-s-content`}>{t('section_content')}</h2>
        <TextField
          id={fieldId.top('background')}
          multiline
          rows={6}
          label={t('field_background')}
          value={draft.background}
          onValue={(v) => setDraft('background', v)}
          lang={draft.language}
        />
        <TextField
          id={fieldId.top('objectives')}
          multiline
          rows={5}
          label={t('field_objectives')}
          value={draft.objectives}
          onValue={(v) => setDraft('objectives', v)}
          lang={draft.language}
        />
      </section>
    </>
  );
}
