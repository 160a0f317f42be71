// The speaker view, for a confidence monitor or the speaker's own laptop: a very large timer in
// wrap-up colours, who speaks now and next, the pinned audience question, and the moderator's cue,
// large until dismissed. Read-only but for dismissing the cue.
import { createEffect, createMemo, Show } from 'solid-js';
import { pinnedQuestion } from '../../shared/audience.js';
import { currentCue } from '../../shared/cues.js';
import { errorMessage } from '../../shared/errors.js';
import { allowed } from '../../shared/rules.js';
import { currentSpeakerId, nextSpeakerId } from '../../shared/speakerFlow.js';
import type { SessionState } from '../../shared/state.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { KeylessLink } from '../common/KeylessLink.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { tc } from '../i18n/common.js';
import { lang } from '../i18n/i18n.js';
import { tro } from '../i18n/room.js';
import { speakerById } from '../live/phase.js';
import { memoryStorage } from '../sync/storage.js';
import { useNow, useSession } from '../sync/solid.js';
import { BigTimer } from './BigTimer.js';
import { cueText } from './cueText.js';
import './speaker.css';

const ME = { role: 'speaker', participantId: null } as const;

export default function SpeakerView() {
  const code = codeFromPath();
  const key = takeStaffKey('speaker', code);
  if (!key) return <KeylessLink view="speaker" code={code} />;
  const session = useSession({
    url: location.origin,
    code,
    role: 'speaker',
    key,
    language: lang(),
    storage: memoryStorage(),
  });
  const now = useNow(250);
  const serverNow = () => now() + session.client.offset;
  createEffect(() => {
    const t = session.state()?.definition.title;
    document.title = `${tro('speakerTitle')} · ${t || code} · ${tc('appName')}`;
  });
  return (
    <Show
      when={session.state()}
      fallback={
        <Show
          when={session.status() === 'refused' ? session.client.refusal : null}
          fallback={
            <main class="spk spk-blocked">
              <p role="status">{tc('loading')}</p>
            </main>
          }
        >
          {(r) =>
            r().error === 'forbidden' ? (
              <KeylessLink view="speaker" code={code} wrong />
            ) : (
              <main class="spk spk-blocked">
                <p role="alert">{errorMessage(r().error, lang())}</p>
              </main>
            )
          }
        </Show>
      }
    >
      {(state) => (
        <SpeakerScreen
          state={state}
          serverNow={serverNow}
          status={session.status}
          dismiss={(cueId) => void session.client.send({ type: 'cue:dismiss', cueId })}
        />
      )}
    </Show>
  );
}

function SpeakerScreen(props: {
  state: () => SessionState;
  serverNow: () => number;
  status: Parameters<typeof ConnectionBadge>[0]['status'];
  dismiss: (cueId: string) => void;
}) {
  const s = () => props.state();
  const current = createMemo(() => {
    const id = currentSpeakerId(s());
    return id ? speakerById(s(), id) : undefined;
  });
  const next = createMemo(() => {
    const id = nextSpeakerId(s());
    return id ? speakerById(s(), id) : undefined;
  });
  const pinned = createMemo(() => pinnedQuestion(s()));
  const cue = createMemo(() => currentCue(s()));
  const to = () => {
    const q = pinned();
    const sp = q?.speakerId ? speakerById(s(), q.speakerId) : undefined;
    return sp ? tro('toSpeaker', { name: sp.name }) : tro('toPanel');
  };
  let dismissButton: HTMLButtonElement | undefined;
  // A new cue takes the focus to its button, so the speaker's laptop dismisses it with Enter.
  createEffect(() => {
    if (cue()) queueMicrotask(() => dismissButton?.focus({ preventScroll: true }));
  });
  return (
    <div class="spk" classList={{ 'spk-has-cue': !!cue() }}>
      <header class="spk-top">
        <span class="spk-title">
          <span class="spk-role">{tro('speakerTitle')}</span> · <bdi>{s().definition.title}</bdi>
        </span>
        <span class="spk-tools">
          <ConnectionBadge status={props.status} />
          <LanguagePicker />
        </span>
      </header>
      <Show when={cue()}>
        {(c) => (
          <section class="spk-cue" role="alert" aria-labelledby="spk-cue-label" data-testid="speaker-cue">
            <p id="spk-cue-label" class="spk-cue-label">
              {tro('messageFromModerator')}
            </p>
            <p class="spk-cue-text">
              <bdi>{cueText(c())}</bdi>
            </p>
            <Show when={allowed(s(), ME, { type: 'cue:dismiss', cueId: c().id }, props.serverNow())}>
              <button
                ref={dismissButton}
                type="button"
                class="spk-cue-dismiss"
                data-testid="dismiss-cue"
                onClick={() => props.dismiss(c().id)}
              >
                {tro('dismiss')}
              </button>
            </Show>
          </section>
        )}
      </Show>
      <main class="spk-main">
        <h1 class="visually-hidden">{tro('speakerTitle')}</h1>
        <BigTimer timer={() => s().timer} serverNow={props.serverNow} class="spk-timer" />
        <div class="spk-people">
          <div class="spk-now">
            <p class="spk-label">{tro('nowSpeaking')}</p>
            <p class="spk-name" data-testid="speaker-current">
              <Show when={current()} fallback={tro('noSpeaker')}>
                {(sp) => <bdi>{sp().name}</bdi>}
              </Show>
            </p>
            <Show when={current()?.talkTitle}>
              <p class="spk-talk">
                <bdi>{current()?.talkTitle}</bdi>
              </p>
            </Show>
          </div>
          <div class="spk-next">
            <p class="spk-label">{tro('nextUp')}</p>
            <p class="spk-name spk-name-next" data-testid="speaker-next">
              <Show when={next()} fallback={tro('noNext')}>
                {(sp) => <bdi>{sp().name}</bdi>}
              </Show>
            </p>
          </div>
        </div>
        <Show when={pinned()}>
          {(q) => (
            <section class="spk-pinned" aria-labelledby="spk-pinned-label" data-testid="speaker-pinned">
              <p id="spk-pinned-label" class="spk-label">
                {tro('pinnedForYou')} · {to()}
              </p>
              <p class="spk-pinned-text">
                <bdi>{q().text}</bdi>
              </p>
            </section>
          )}
        </Show>
      </main>
    </div>
  );
}
