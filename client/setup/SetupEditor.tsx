// The setup editor: every field of a session definition, before the session (home page, after a
// brief is imported) and during it (the moderator console's Setup tab). It edits a local draft and
// hands a validated definition to onSave; nothing leaves it until the moderator saves.
// The state is in editorState.ts; each part of the form is in sections/.
import { Show } from 'solid-js';
import type { BriefWarning } from '../../shared/brief/warnings.js';
import type { SessionDefinition } from '../../shared/definition.js';
import { setupT as t } from '../i18n/setup.js';
import { createEditorState } from './editorState.js';
import { ErrorContext } from './fields.js';
import { validate } from './model.js';
import { DefinitionFile } from './sections/DefinitionFile.js';
import { ImportReport } from './sections/ImportReport.js';
import { ModeratorSection } from './sections/ModeratorSection.js';
import { ParticipationSection } from './sections/ParticipationSection.js';
import { RoundsSection } from './sections/RoundsSection.js';
import { SaveBar } from './sections/SaveBar.js';
import { SessionFacts } from './sections/SessionFacts.js';
import { SpeakersSection } from './sections/SpeakersSection.js';
import { ValidationSummary } from './sections/ValidationSummary.js';
import './setup.css';

export interface SetupEditorProps {
  definition: SessionDefinition;
  onSave: (d: SessionDefinition) => Promise<{ ok: true } | { ok: false; message: string }>;
  saveLabel?: string;
  /** The brief importer's warnings, worded here in the interface language. */
  warnings?: BriefWarning[];
  unrecognized?: string[];
}

export default function SetupEditor(props: SetupEditorProps) {
  const ed = createEditorState(props);
  const { uid } = ed;
  let summaryEl: HTMLDivElement | undefined;

  async function save() {
    ed.setSubmitted(true);
    const r = validate(ed.draft);
    if (!r.ok) {
      ed.setStatus({ kind: 'idle' });
      queueMicrotask(() => summaryEl?.focus());
      return;
    }
    ed.setStatus({ kind: 'saving' });
    let res: Awaited<ReturnType<SetupEditorProps['onSave']>>;
    try {
      res = await props.onSave(r.definition);
    } catch (e) {
      res = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    if (res.ok) ed.saved(r.definition);
    else ed.setStatus({ kind: 'failed', message: res.message });
  }

  return (
    <ErrorContext.Provider value={ed.errorFor}>
      <form
        class="setup-editor"
        novalidate
        aria-labelledby={`${uid}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          // Enter in a one-line field must not create or save the session by accident.
          const el = e.target as HTMLElement;
          if (e.key === 'Enter' && el instanceof HTMLInputElement && el.type !== 'submit' && el.type !== 'button')
            e.preventDefault();
        }}
        onFocusOut={(e) => ed.touch((e.target as HTMLElement).id)}
        onInput={ed.edited}
      >
        <h2 id={`${uid}-title`} class="visually-hidden">
          {t('editorTitle')}
        </h2>

        <Show when={ed.conflict()}>
          {(latest) => (
            <div class="notice se-conflict" role="alert">
              <p>{t('changedElsewhere')}</p>
              <div class="se-actions">
                <button type="button" class="secondary" onClick={() => ed.load(latest(), true)}>
                  {t('loadLatest')}
                </button>
                <button type="button" class="ghost" onClick={() => ed.setConflict(null)}>
                  {t('keepMine')}
                </button>
              </div>
            </div>
          )}
        </Show>

        <ValidationSummary ed={ed} summaryRef={(el) => (summaryEl = el)} />
        <ImportReport ed={ed} warnings={props.warnings} unrecognized={props.unrecognized} />
        <DefinitionFile ed={ed} />
        <SessionFacts ed={ed} />
        <RoundsSection ed={ed} />
        <ModeratorSection ed={ed} />
        <SpeakersSection ed={ed} />
        <ParticipationSection ed={ed} />
        <SaveBar ed={ed} saveLabel={props.saveLabel} />
        <p class="visually-hidden" role="status" aria-live="polite">
          {ed.announcement()}
        </p>
      </form>
    </ErrorContext.Provider>
  );
}
