// The projector (big screen, read-only): the join code and QR always visible; the current speaker
// with the timer, or the question with its answers, or the audience's questions.
import { createEffect, Show } from 'solid-js';
import { errorMessage } from '../../shared/errors.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { TimerDisplay } from '../common/TimerDisplay.js';
import { tc } from '../i18n/common.js';
import { lang } from '../i18n/i18n.js';
import { tp } from '../i18n/projector.js';
import { memoryStorage } from '../sync/storage.js';
import { useNow, useSession } from '../sync/solid.js';
import { JoinCorner } from './JoinCorner.js';
import { Stage } from './Stage.js';
import './projector.css';

export default function ProjectorView() {
  const code = codeFromPath();
  const key = takeStaffKey('projector', code);
  if (!key) {
    return (
      <main class="proj-blocked">
        <p role="alert">{tp('missingKey')}</p>
      </main>
    );
  }
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
              <JoinCorner code={code} state={state} />
            </aside>
            <footer class="proj-foot">
              <span class="proj-session">{state().definition.title}</span>
              <Show when={state().phase.kind !== 'speaker' && state().timer.status !== 'idle'}>
                <TimerDisplay timer={() => state().timer} serverNow={serverNow} class="proj-small-timer" />
              </Show>
              <span class="proj-tools">
                <ConnectionBadge status={session.status} />
                <LanguagePicker />
              </span>
            </footer>
          </>
        )}
      </Show>
    </div>
  );
}
