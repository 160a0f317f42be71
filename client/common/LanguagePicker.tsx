import { For } from 'solid-js';
import { LANGUAGES, type Language } from '../../shared/questions.js';
import { tc } from '../i18n/common.js';
import { LANGUAGE_NAMES, lang, setLang } from '../i18n/i18n.js';

export function LanguagePicker(props: { onChange?: (l: Language) => void }) {
  return (
    <label class="lang-picker">
      <span class="visually-hidden">{tc('language')}</span>
      <select
        aria-label={tc('language')}
        value={lang()}
        onChange={(e) => {
          const l = e.currentTarget.value as Language;
          setLang(l);
          props.onChange?.(l);
        }}
      >
        <For each={LANGUAGES}>
          {(l) => (
            <option value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
