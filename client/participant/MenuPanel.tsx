// The menu's content: who you are here, edit it, the language, another session.
import { LanguagePicker } from '../common/LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { t } from '../i18n/participant.js';
import { displayCode } from './code.js';

export function MenuPanel(props: {
  id: string;
  ref: (el: HTMLDivElement) => void;
  code: string;
  who: string;
  onEditProfile: () => void;
}) {
  return (
    <div class="menu-panel card" id={props.id} ref={props.ref}>
      <p class="menu-code">{t('codeIs', { code: displayCode(props.code) })}</p>
      <p class="label">{t('yourProfile')}</p>
      <p class="who" data-testid="who">
        {props.who}
      </p>
      <button type="button" class="secondary wide" onClick={() => props.onEditProfile()} data-testid="edit-profile">
        {t('editProfile')}
      </button>
      <p class="label">{tc('language')}</p>
      <LanguagePicker />
      <a class="menu-link" href="/join">
        {t('otherSession')}
      </a>
    </div>
  );
}
