// The streaming overlay, for OBS beside a video call: a transparent page with the timer and the
// join QR code, nothing else (add it as a browser source). Opened with the speaker view's key.
import { createEffect, Show } from 'solid-js';
import { useJoinAddress } from '../common/joinAddress.js';
import { KeylessLink } from '../common/KeylessLink.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { tc } from '../i18n/common.js';
import { lang } from '../i18n/i18n.js';
import { tro } from '../i18n/room.js';
import { BigTimer } from '../speaker/BigTimer.js';
import { memoryStorage } from '../sync/storage.js';
import { useNow, useSession } from '../sync/solid.js';
import './stream.css';

export default function StreamView() {
  const code = codeFromPath();
  const key = takeStaffKey('speaker', code);
  if (!key) return <KeylessLink view="speaker" code={code} />;
  // The page itself is see-through: OBS composes it over the video.
  document.documentElement.classList.add('stream-page');
  const session = useSession({
    url: location.origin,
    code,
    role: 'speaker',
    key,
    language: lang(),
    storage: memoryStorage(),
  });
  const address = useJoinAddress(code, key);
  const now = useNow(250);
  const serverNow = () => now() + session.client.offset;
  createEffect(() => {
    document.title = `${tro('streamTitle')} · ${session.state()?.definition.title || code} · ${tc('appName')}`;
  });
  return (
    <main class="stream" data-testid="stream">
      <h1 class="visually-hidden">{tro('streamTitle')}</h1>
      <Show when={session.state()}>
        {(s) => (
          <Show when={s().timer.status !== 'idle'}>
            <BigTimer timer={() => s().timer} serverNow={serverNow} class="stream-timer" />
          </Show>
        )}
      </Show>
      <figure class="stream-join">
        <img class="stream-qr" src={address.qr()} alt={tro('scanToJoin', { code })} width="180" height="180" />
        <figcaption>
          <span class="stream-host">{address.shownHost()}</span>
          <span class="stream-code">{code}</span>
        </figcaption>
      </figure>
    </main>
  );
}
