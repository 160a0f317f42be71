// The review step: the draft from the chosen source in the setup editor (loaded only now), whose
// save button creates the session.
import { lazy, Suspense } from 'solid-js';
import type { SessionDefinition } from '../../shared/definition.js';
import { tc } from '../i18n/common.js';
import { homeT as t } from '../i18n/home.js';
import type { Review, Source } from './review.js';

const SetupEditor = lazy(() => import('../setup/SetupEditor.js'));

const sourceText = (s: Source) => {
  switch (s.kind) {
    case 'brief':
      return t('reviewFromBrief');
    case 'file':
      return t('reviewFromFile', { file: s.name });
    case 'template':
      return t('reviewFromTemplate', { title: s.title });
    case 'json':
      return t('reviewFromJson', { file: s.name });
    case 'blank':
      return t('reviewBlank');
  }
};

export function ReviewStep(props: {
  review: Review;
  headingRef: (el: HTMLHeadingElement) => void;
  onBack: () => void;
  onCreate: (d: SessionDefinition) => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  return (
    <>
      <div class="review-head">
        <div>
          <h1 tabindex="-1" ref={props.headingRef}>
            {t('reviewTitle')}
          </h1>
          <p class="lead">{sourceText(props.review.source)}</p>
        </div>
        <button type="button" class="ghost" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {t('back')}
        </button>
      </div>
      <Suspense fallback={<p role="status">{tc('loading')}</p>}>
        <SetupEditor
          definition={props.review.definition}
          warnings={props.review.warnings}
          unrecognized={props.review.unrecognized}
          saveLabel={t('createSession')}
          onSave={props.onCreate}
        />
      </Suspense>
    </>
  );
}
