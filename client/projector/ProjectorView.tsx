// The projector (big screen, read-only): the join code and QR always visible; the current speaker
// with the timer, or the question with its answers, or the audience's questions.
import { createEffect, Show } from 'solid-js';
import { errorMessage } from '../../shared/errors.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { KeylessLink } from '../common/KeylessLink.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { TimerDisplay } from '../common/TimerDisplay.js';
import { tc } from '../i18n/common.js';
import { lang, showLanguage } from '../i18n/i18n.js';
import { useJoinAddress } from '../common/joinAddress.js';
import { CueFlash } from './CueFlash.js';
import { projectorLanguage } from './projectorLanguage.js';
import { tp } from '../i18n/projector.js';
import { memoryStorage } from '../sync/storage.js';
import { useNow, useSession } from '../sync/solid.js';
import { JoinCorner } from './JoinCorner.js';
import { Stage } from './Stage.js';
import './projector.css';

export default function ProjectorView() {
  const code = codeFromPath();
  const key = takeStaffKey('projector', code);
  if (!key) return <KeylessLink view="projector" code={code} />;
  const address = useJoinAddress(code, key);
  const session = useSession({
    url: location.origin,
    code,
    role: 'projector',
    key,
    language: lang(),
    storage: memoryStorage(),
  });
  const now = useNow(250);
  const serverNow = () => now() + session.client.offset;
  // The room reads the session's language unless someone picked another on this projector.
  const override = projectorLanguage(code);
  createEffect(() => {
    const l = session.state()?.definition.language;
    if (l && !override.chosen()) showLanguage(l);
  });
  createEffect(() => {
    const t = session.state()?.definition.title;
    document.title = `${tp('title')} · ${t || code} · ${tc('appName')}`;
  });
  return (
    <div class="proj">
      <Show
        when={session.state()}
        fallback={
          <main class="proj-blocked">
            <Show
              when={session.status() === 'refused' ? session.client.refusal : null}
              fallback={<p role="status">{tc('loading')}</p>}
            >
              {(r) => <p role="alert">{errorMessage(r().error, lang())}</p>}
            </Show>
          </main>
        }
      >
        {(state) => (
          <>
            <main class="proj-stage">
              <Stage state={state} serverNow={serverNow} />
            </main>
            <aside class="proj-join">
              <JoinCorner code={code} state={state} address={address} />
            </aside>
            <footer class="proj-foot">
              <span class="proj-session">{state().definition.title}</span>
              <Show when={state().phase.kind !== 'speaker' && state().timer.status !== 'idle'}>
                <TimerDisplay timer={() => state().timer} serverNow={serverNow} class="proj-small-timer" />
              </Show>
              <span class="proj-tools">
                <ConnectionBadge status={session.status} />
                <LanguagePicker onChange={override.choose} />
              </span>
            </footer>
            <CueFlash state={state} serverNow={serverNow} />
          </>
        )}
      </Show>
    </div>
  );
}
