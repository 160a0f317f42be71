// The moderator's console (laptop): the run of show, the timer and schedule, speakers, answers,
// audience questions, the join panel and the report, all from the keyboard too.
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { errorMessage } from '../../shared/errors.js';
import { codeFromPath, takeStaffKey } from '../common/route.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { KeylessLink } from '../common/KeylessLink.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { lang } from '../i18n/i18n.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { memoryStorage } from '../sync/storage.js';
import { useNow, useSession } from '../sync/solid.js';
import { ConsoleContext, type Console } from './context.js';
import { HelpOverlay } from './HelpOverlay.js';
import { Toasts } from './Toasts.js';
import { ConsoleLayout } from './ConsoleLayout.js';
import { createToasts } from './toasts.js';
import { modeOfPhase, stepKey, type RoundMode } from './runOfShow.js';
import '../styles/staff.css';
import './moderator.css';

export default function ModeratorView() {
  const code = codeFromPath();
  const key = takeStaffKey('moderator', code);
  if (!key) return <KeylessLink view="moderator" code={code} />;
  // In memory, not on the device: a moderator's command should not replay after a reload.
  const session = useSession({
    url: location.origin,
    code,
    role: 'moderator',
    key,
    language: lang(),
    storage: memoryStorage(),
  });
  const now = useNow(250);
  const toasts = createToasts();
  const [announcement, setAnnouncement] = createSignal('');
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [roundMode, setRoundMode] = createSignal<RoundMode>('question');

  // Resolves once this console's own state has the command's events, so what follows (the next
  // key, the next step) is decided on what the room now sees.
  const caughtUp = (seq: number) =>
    new Promise<void>((resolve) => {
      const done = () => (session.client.state?.seq ?? 0) >= seq;
      if (done()) return resolve();
      const off = session.client.subscribe(() => {
        if (!done()) return;
        off();
        clearTimeout(timeout);
        resolve();
      });
      const timeout = setTimeout(() => {
        off();
        resolve();
      }, 5_000);
    });
  const send = async (c: Command) => {
    const ack = await session.client.send(c);
    if (!ack.ok) toasts.push(errorMessage(ack.error, lang()));
    else await caughtUp(ack.seq);
    return ack;
  };
  const announce = (m: string) => {
    // Cleared first so the same message twice is announced twice.
    setAnnouncement('');
    queueMicrotask(() => setAnnouncement(m));
  };

  // The store updates the phase in place: follow its step's key, which changes with the step.
  const phaseKey = () => {
    const p = session.state()?.phase;
    return p && stepKey(p);
  };
  createEffect(
    on(phaseKey, () => {
      const s = session.state();
      const m = s ? modeOfPhase(s.phase, s) : null;
      if (m) setRoundMode(m);
    }),
  );
  createEffect(() => {
    const title = session.state()?.definition.title;
    document.title = `${tm('consoleTitle')} · ${title || code} · ${tc('appName')}`;
  });
  onCleanup(() => (document.title = tc('appName')));

  return (
    <div class="mod">
      <header class="topbar mod-top">
        <div class="mod-top-left">
          <span class="brand">{tc('appName')}</span>
          <span class="role-label">{tm('consoleTitle')}</span>
          <span class="code-chip">
            <span class="visually-hidden">{tm('codeAria', { code })}</span>
            <span aria-hidden="true">{code}</span>
          </span>
        </div>
        <div class="mod-top-right">
          <ConnectionBadge status={session.status} />
          <LanguagePicker />
          <button
            type="button"
            class="ghost small"
            aria-keyshortcuts="Shift+?"
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
          >
            {tm('shortcutsButton')}
          </button>
        </div>
      </header>
      <Show
        // A refusal after the console was open (its link replaced) replaces the console: it can do nothing more.
        when={session.status() === 'refused' ? null : session.state()}
        fallback={
          <main class="mod-blocked">
            <Show
              when={session.status() === 'refused' ? session.client.refusal : null}
              fallback={<p role="status">{tc('loading')}</p>}
            >
              {(r) =>
                r().error === 'forbidden' ? (
                  <KeylessLink
                    view="moderator"
                    code={code}
                    wrong
                    detail={r().message !== errorMessage('forbidden', lang()) ? r().message : undefined}
                  />
                ) : (
                  <p class="error" role="alert">
                    {errorMessage(r().error, lang())}
                  </p>
                )
              }
            </Show>
          </main>
        }
      >
        {(state) => {
          const ctx: Console = {
            code,
            moderatorKey: key,
            state,
            serverNow: () => now() + session.client.offset,
            send,
            announce,
            alert: toasts.push,
            roundMode,
            setRoundMode,
          };
          return (
            <ConsoleContext.Provider value={ctx}>
              <ConsoleLayout helpOpen={helpOpen} openHelp={() => setHelpOpen(true)} />
            </ConsoleContext.Provider>
          );
        }}
      </Show>
      <Toasts items={toasts.items} dismiss={toasts.dismiss} />
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </div>
      <HelpOverlay open={helpOpen} close={() => setHelpOpen(false)} />
    </div>
  );
}
