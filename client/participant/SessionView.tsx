// /j/CODE: a returning device goes straight to the live view; a new one checks the code, then asks
// what the session's identity mode requires.
import { Match, Switch, createSignal, onMount } from 'solid-js';
import { tc } from '../i18n/common.js';
import { t } from '../i18n/participant.js';
import type { KeyValue } from '../sync/storage.js';
import { fetchSessionInfo, type SessionInfo } from './api.js';
import { Brand } from './Brand.js';
import { preconnect } from '../sync/sessionClient.js';
import type { Manager } from 'socket.io-client';
import { JoinView } from './JoinView.js';
import { ProfileForm } from './ProfileForm.js';
import { LiveView } from './LiveView.js';
import { joinedHere, loadLastProfile, loadProfile, markJoined, saveProfile, type LocalProfile } from './profile.js';

type Step =
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'network' }
  | { kind: 'profile'; info: SessionInfo; last: LocalProfile | null }
  | { kind: 'live'; profile: LocalProfile };

export function SessionView(props: {
  code: string;
  storage: KeyValue;
  info: SessionInfo | undefined;
  onJoined: (info: SessionInfo) => void;
}) {
  const [step, setStep] = createSignal<Step>({ kind: 'loading' });

  const start = async () => {
    const reads = Promise.all([loadProfile(props.storage, props.code), loadLastProfile(props.storage)]);
    // A newcomer with the session's facts in the page sees the form at once, without waiting for
    // the device's storage (tens of milliseconds on a slow phone); a device that joined before
    // (its flag in localStorage) waits for its saved profile instead of flashing the form.
    const early = props.info && !joinedHere(props.code) ? props.info : null;
    if (early) showForm(early, null);
    else setStep({ kind: 'loading' });
    const [saved, last] = await reads;
    if (saved) return setStep({ kind: 'live', profile: saved });
    if (early) return last && showForm(early, last);
    const r = props.info ? ({ kind: 'ok', info: props.info } as const) : await fetchSessionInfo(props.code);
    if (r.kind !== 'ok') return setStep({ kind: r.kind });
    showForm(r.info, last);
  };
  // While a newcomer fills in the form, the connection's transport opens (no handshake: nobody is
  // counted as joined before entering), so entering costs one round trip instead of two or three.
  let warm: Manager | undefined;
  const showForm = (info: SessionInfo, last: LocalProfile | null) => {
    warm ??= preconnect(location.origin);
    document.title = `${info.title || props.code} · ${tc('appName')}`;
    setStep({ kind: 'profile', info, last });
    // For measuring (tests, field timing): the form is in the page from here on.
    performance.mark('palabre:form-ready');
  };
  onMount(() => void start());

  const live = () => {
    const s = step();
    return s.kind === 'live' ? s : null;
  };
  const asking = () => {
    const s = step();
    return s.kind === 'profile' ? s : null;
  };

  const enter = async (p: LocalProfile) => {
    await saveProfile(props.storage, props.code, p);
    markJoined(props.code);
    setStep({ kind: 'live', profile: p });
  };

  return (
    <Switch>
      <Match when={step().kind === 'notFound'}>
        <JoinView initialCode={props.code} initialError="session_not_found" onJoined={props.onJoined} />
      </Match>
      <Match when={live()} keyed>
        {(s) => <LiveView code={props.code} storage={props.storage} initialProfile={s.profile} manager={warm} />}
      </Match>
      <Match when={true}>
        <div class="page">
          <header class="topbar">
            <Brand />
          </header>
          <main class="content">
            <Switch>
              <Match when={step().kind === 'loading'}>
                <p class="card" role="status">
                  {tc('loading')}
                </p>
              </Match>
              <Match when={step().kind === 'network'}>
                <div class="card" role="alert">
                  <p>{t('networkError')}</p>
                  <button type="button" onClick={() => void start()}>
                    {t('retry')}
                  </button>
                </div>
              </Match>
              <Match when={asking()} keyed>
                {(s) => (
                  <ProfileForm
                    title={s.info.title}
                    mode={s.info.identity}
                    initial={s.last}
                    submitLabel={t('enter')}
                    onSubmit={(p) => void enter(p)}
                  />
                )}
              </Match>
            </Switch>
          </main>
        </div>
      </Match>
    </Switch>
  );
}
