// The server's refusals, in the reader's language, each dismissible.
import { For } from 'solid-js';
import { errorMessage } from '../../shared/errors.js';
import { lang } from '../i18n/i18n.js';
import { t } from '../i18n/participant.js';
import type { Notices } from './notices.js';

export function NoticeList(props: { notices: Notices }) {
  return (
    <div class="notices" role="alert" aria-label={t('notices')} data-testid="notices">
      <For each={props.notices.list()}>
        {(n) => (
          <div class="notice notice-row">
            <p>{errorMessage(n.code, lang())}</p>
            <button type="button" class="ghost small" onClick={() => props.notices.dismiss(n.id)}>
              {t('dismiss')}
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
