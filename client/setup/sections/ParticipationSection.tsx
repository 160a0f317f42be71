// How participants take part: the identity asked of them, when audience questions are open,
// whether answers need approval, and how long an answer may be.
import { AUDIENCE_QUESTION_MODES, IDENTITY_MODES, MODERATION_MODES } from '../../../shared/definition.js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import { NumberField, RadioGroup } from '../fields.js';
import { fieldId } from '../model.js';

export function ParticipationSection(props: { ed: EditorState }) {
  const { uid, draft, setDraft } = props.ed;
  return (
    <section class="se-section" aria-labelledby={`${uid}-s-participation`}>
      <h2 id={`${uid}-s-participation`}>{t('section_participation')}</h2>
      <RadioGroup
        id={fieldId.top('identity')}
        name={`${uid}-identity`}
        legend={t('field_identity')}
        value={draft.identity}
        onValue={(v) => setDraft('identity', v)}
        options={IDENTITY_MODES.map((v) => ({
          value: v,
          label: t(`identity_${v}`),
          hint: t(`identity_${v}_hint`),
        }))}
      />
      <RadioGroup
        id={fieldId.top('audienceQuestions')}
        name={`${uid}-aq`}
        legend={t('field_audienceQuestions')}
        value={draft.audienceQuestions}
        onValue={(v) => setDraft('audienceQuestions', v)}
        options={AUDIENCE_QUESTION_MODES.map((v) => ({ value: v, label: t(`aq_${v}`) }))}
      />
      <RadioGroup
        id={fieldId.top('moderation')}
        name={`${uid}-moderation`}
        legend={t('field_moderation')}
        value={draft.moderation}
        onValue={(v) => setDraft('moderation', v)}
        options={MODERATION_MODES.map((v) => ({ value: v, label: t(`moderation_${v}`) }))}
      />
      <RadioGroup
        id={fieldId.top('answerModeration')}
        name={`${uid}-answer-moderation`}
        legend={t('field_answerModeration')}
        value={draft.answerModeration}
        onValue={(v) => setDraft('answerModeration', v)}
        options={MODERATION_MODES.map((v) => ({ value: v, label: t(`answerModeration_${v}`) }))}
      />
      <NumberField
        id={fieldId.top('maxAnswerLength')}
        label={t('field_maxAnswerLength')}
        hint={t('hint_maxAnswerLength')}
        value={draft.maxAnswerLength}
        min={20}
        max={20_000}
        onValue={(v) => setDraft('maxAnswerLength', v ?? NaN)}
        class="se-narrow"
      />
    </section>
  );
}
