// A staff link opened without its key (or with a wrong one): what the link is, where the right one
// is found, and a way home, in the reader's language, instead of a bare refusal.
import { LanguagePicker } from './LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { tro } from '../i18n/room.js';
import './keyless.css';

export type KeyedRole = 'moderator' | 'rapporteur' | 'projector' | 'speaker';

export function KeylessLink(props: {
  view: KeyedRole;
  code: string;
  wrong?: boolean;
  /** The server's own words for the refusal, when they say more (a link the moderator replaced). */
  detail?: string;
}) {
  const code = () => props.code || '—';
  return (
    <main class="keyless" data-testid="keyless-link">
      <div class="keyless-card card">
        <div class="keyless-top">
          <span class="brand">{tc('appName')}</span>
          <LanguagePicker />
        </div>
        <h1>{props.wrong ? tro('keylessWrong', { code: code() }) : tro(`keyless_${props.view}`)}</h1>
        {props.detail ? (
          <p class="keyless-detail" role="alert">
            {props.detail}
          </p>
        ) : null}
        <p>{tro('keylessWhat', { code: code() })}</p>
        <p>{tro('keylessWhere')}</p>
        <p>
          <a class="button" href="/">
            {tro('keylessHome')}
          </a>
        </p>
      </div>
    </main>
  );
}
