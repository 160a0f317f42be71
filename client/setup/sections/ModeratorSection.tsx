// The moderator: name, organization, country.
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import { TextField } from '../fields.js';
import { fieldId } from '../model.js';

export function ModeratorSection(props: { ed: EditorState }) {
  const { uid, draft, setDraft } = props.ed;
  return (
    <section class="se-section" aria-labelledby={`${uid}-s-moderator`}>
      <h2 id={`${uid}-s-moderator`}>{t('section_moderator')}</h2>
      <div class="se-grid se-grid-3">
        <TextField
          id={fieldId.top('moderator.name')}
          label={t('field_name')}
          value={draft.moderator.name}
          onValue={(v) => setDraft('moderator', 'name', v)}
        />
        <TextField
          id={fieldId.top('moderator.organization')}
          label={t('field_organization')}
          value={draft.moderator.organization}
          onValue={(v) => setDraft('moderator', 'organization', v)}
        />
        <TextField
          id={fieldId.top('moderator.country')}
          label={t('field_country')}
          value={draft.moderator.country}
          onValue={(v) => setDraft('moderator', 'country', v)}
        />
      </div>
    </section>
  );
}
