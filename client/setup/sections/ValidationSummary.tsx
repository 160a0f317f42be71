// After a save is tried with problems: the list of them, in form order, each a link to its field.
import { For, Show } from 'solid-js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';
import type { Problem } from '../model.js';

export function ValidationSummary(props: { ed: EditorState; summaryRef: (el: HTMLDivElement) => void }) {
  const ed = props.ed;
  return (
    <Show when={ed.submitted() && ed.sortedProblems().length > 0}>
      <div
        class="se-error-summary"
        role="alert"
        tabindex="-1"
        ref={props.summaryRef}
        aria-labelledby={`${ed.uid}-summary`}
      >
        <h2 id={`${ed.uid}-summary`}>{t('errorSummary', { count: ed.sortedProblems().length })}</h2>
        <ul>
          <For each={ed.sortedProblems()}>
            {(p) => (
              <li>
                <a
                  href={`#${p.fieldId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(p.fieldId);
                    el?.scrollIntoView({ block: 'center' });
                    el?.focus();
                  }}
                >
                  {fieldName(ed, p)}: {ed.messageOf(p)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/** The field a problem is about, as the summary names it ("Speaker 2 — Name"). */
function fieldName(ed: EditorState, p: Problem): string {
  const r = p.ref;
  switch (r.kind) {
    case 'speaker':
      return `${t('speakerN', { n: r.index + 1 })} — ${t(FIELD_LABELS[r.field] ?? 'field_name')}`;
    case 'round':
      return t('roundN', { n: r.index + 1 });
    case 'question':
      return `${ed.roundLabel(r.round)} — ${t('questionN', { n: r.index + 1 })}`;
    case 'field': {
      const label = t(FIELD_LABELS[r.field] ?? 'field_title');
      return r.field.startsWith('moderator.') ? `${t('section_moderator')} — ${label}` : label;
    }
  }
}

const FIELD_LABELS: Record<string, Parameters<typeof t>[0]> = {
  'event.forum': 'field_forum',
  'event.city': 'field_city',
  'event.year': 'field_year',
  'event.theme': 'field_theme',
  title: 'field_title',
  sessionType: 'field_sessionType',
  language: 'field_language',
  date: 'field_date',
  startTime: 'field_startTime',
  endTime: 'field_endTime',
  timeZone: 'field_timeZone',
  room: 'field_room',
  background: 'field_background',
  objectives: 'field_objectives',
  mainQuestion: 'field_mainQuestion',
  rounds: 'section_questions',
  speakers: 'section_speakers',
  'moderator.name': 'field_name',
  'moderator.organization': 'field_organization',
  'moderator.country': 'field_country',
  name: 'field_name',
  organization: 'field_organization',
  country: 'field_country',
  talkTitle: 'field_talkTitle',
  description: 'field_description',
  minutes: 'field_minutes',
  identity: 'field_identity',
  audienceQuestions: 'field_audienceQuestions',
  moderation: 'field_moderation',
  answerModeration: 'field_answerModeration',
  maxAnswerLength: 'field_maxAnswerLength',
};
