// After a brief import: the importer's warnings (worded here, in the interface language) and the
// passages it did not place, each of which can be appended to the background.
import { createSignal, For, Show } from 'solid-js';
import { formatBriefWarning, type BriefWarning } from '../../../shared/brief/warnings.js';
import { lang } from '../../i18n/i18n.js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';

export function ImportReport(props: { ed: EditorState; warnings?: BriefWarning[]; unrecognized?: string[] }) {
  const ed = props.ed;
  const [appended, setAppended] = createSignal<ReadonlySet<number>>(new Set());
  const appendToBackground = (i: number, text: string) => {
    ed.setDraft('background', (b) => (b.trim() ? `${b.trimEnd()}\n\n${text}` : text));
    setAppended(new Set([...appended(), i]));
    ed.edited();
    ed.announce(t('addedToBackground'));
  };
  return (
    <Show when={(props.warnings?.length ?? 0) > 0 || (props.unrecognized?.length ?? 0) > 0}>
      <section class="se-import-report" aria-labelledby={`${ed.uid}-import`}>
        <h2 id={`${ed.uid}-import`}>{t('importReportTitle')}</h2>
        <Show when={(props.warnings?.length ?? 0) > 0}>
          <div class="notice">
            <h3>{t('warningsTitle', { count: props.warnings!.length })}</h3>
            <ul>
              <For each={props.warnings}>{(w) => <li>{formatBriefWarning(w, lang())}</li>}</For>
            </ul>
          </div>
        </Show>
        <Show when={(props.unrecognized?.length ?? 0) > 0}>
          <div class="se-unrecognized" data-testid="unrecognized">
            <h3>{t('unrecognizedTitle', { count: props.unrecognized!.length })}</h3>
            <p class="hint">{t('unrecognizedHint')}</p>
            <ol>
              <For each={props.unrecognized}>
                {(text, i) => (
                  <li>
                    <p class="se-fragment">{text}</p>
                    <Show
                      when={!appended().has(i())}
                      fallback={
                        <p class="hint">
                          <span aria-hidden="true">✓ </span>
                          {t('addedToBackground')}
                        </p>
                      }
                    >
                      <button type="button" class="secondary se-small" onClick={() => appendToBackground(i(), text)}>
                        {t('appendToBackground')}
                        <span class="visually-hidden"> ({t('passageN', { n: i() + 1 })})</span>
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </div>
        </Show>
      </section>
    </Show>
  );
}
