// The live session on the phone: connects, keeps the profile in step with the server, and shows
// what is happening now, the questions to answer and the audience questions.
import { Match, Show, Switch, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import type { Language } from '../../shared/definition.js';
import { errorMessage } from '../../shared/errors.js';
import { ConnectionBadge } from '../common/ConnectionBadge.js';
import { tc } from '../i18n/common.js';
import { lang } from '../i18n/i18n.js';
import { t } from '../i18n/participant.js';
import { newClientId } from '../sync/ids.js';
import { useNow, useSession } from '../sync/solid.js';
import type { KeyValue } from '../sync/storage.js';
import { AnswerSection } from './AnswerSection.js';
import { LiveContext, type Live } from './context.js';
import { AudienceSection } from './AudienceSection.js';
import { ProfileForm } from './ProfileForm.js';
import { createDrafts } from './drafts.js';
import { Menu } from './Menu.js';
import { createNotices } from './notices.js';
import { NoticeList } from './NoticeList.js';
import { NowCard } from './NowCard.js';
import { settleHandler } from './outbox.js';
import { countsAnonymous, missingProfileFields } from '../../shared/rules.js';
import { saveProfile, type LocalProfile } from './profile.js';
import { Brand } from './Brand.js';
import type { Manager } from 'socket.io-client';
import { displayCode } from './code.js';

export function LiveView(props: {
  code: string;
  storage: KeyValue;
  initialProfile: LocalProfile;
  manager?: Manager | undefined;
}) {
  const code = props.code;
  const [profile, setProfile] = createSignal(props.initialProfile);
  const [editing, setEditing] = createSignal(false);
  const drafts = createDrafts(props.storage, code);
  const notices = createNotices();
  const session = useSession({
    manager: props.manager,
    url: location.origin,
    code,
    role: 'participant',
    language: lang(),
    storage: props.storage,
    onSettled: settleHandler({ drafts, notices, onProfileRequired: () => setEditing(true) }),
  });
  const { client, status, state } = session;
  const now = useNow();
  // Resolves once the command is stored in the outbox on the device (a draft may then be cleared).
  const send = (command: Command, id = newClientId()) =>
    new Promise<void>((resolve) => {
      const off = client.subscribe(() => {
        if (!client.pending().some((i) => i.id === id)) return;
        off();
        resolve();
      });
      void client.send(command, id);
    });
  const live: Live = { ...session, state, code, drafts, serverNow: () => now() + client.offset, send };

  // A phone that knows it is offline says so at once (and a socket left open by the emulator or a
  // captive network is not trusted); back online, it reconnects without waiting for the back-off.
  const goOffline = () => client.goOffline();
  const goOnline = () => client.goOnline();
  const wake = () => document.visibilityState === 'visible' && navigator.onLine && client.goOnline();
  addEventListener('offline', goOffline);
  addEventListener('online', goOnline);
  document.addEventListener('visibilitychange', wake);
  // Should an 'online' event never come, try again now and then while the device says it is online.
  const retry = setInterval(() => navigator.onLine && client.status === 'offline' && client.goOnline(), 15_000);
  onCleanup(() => {
    removeEventListener('offline', goOffline);
    removeEventListener('online', goOnline);
    document.removeEventListener('visibilitychange', wake);
    clearInterval(retry);
  });

  const mode = () => state()?.definition.identity ?? 'optional';
  const profileCommand = (p: LocalProfile, language: Language): Command => ({
    type: 'profile:set',
    name: p.name.trim(),
    organization: p.organization.trim(),
    country: p.country.trim(),
    language,
    anonymous: countsAnonymous(mode(), p.anonymous),
  });

  // On every (re)connect: if the server's record differs from what this device holds (first join,
  // or a server that forgot us), send the profile again. The identity mode may also have changed.
  createEffect(
    on(status, (st) => {
      // Read from the client itself: the signals are updated one after another.
      const s = client.state;
      const pid = client.participantId;
      if (st !== 'online' || !s || !pid) return;
      const p = profile();
      if (missingProfileFields(s.definition.identity, p).length) return void setEditing(true);
      const me = s.participants[pid];
      const want = profileCommand(p, lang());
      if (want.type !== 'profile:set') return;
      const same =
        me &&
        me.name === want.name &&
        me.organization === want.organization &&
        me.country === want.country &&
        me.anonymous === want.anonymous &&
        // The language is chosen by reloading into its page (client/i18n/i18n.ts): sent from here.
        me.language === want.language;
      if (!same && !client.pending().some((i) => i.command.type === 'profile:set')) void send(want);
    }),
  );

  // The interface language follows the person; the server keeps it with the profile.
  createEffect(on(lang, (l) => state() && void send(profileCommand(profile(), l)), { defer: true }));

  createEffect(() => {
    const title = state()?.definition.title;
    document.title = `${title || displayCode(code)} · ${tc('appName')}`;
  });

  const saveEdited = async (p: LocalProfile) => {
    await saveProfile(props.storage, code, p);
    setProfile(p);
    setEditing(false);
    void send(profileCommand(p, lang()));
  };

  return (
    <LiveContext.Provider value={live}>
      <div class="page">
        <header class="topbar live-top">
          <Brand />
          <ConnectionBadge status={status} />
          <Menu code={code} profile={profile} onEditProfile={() => setEditing(true)} />
        </header>
        <NoticeList notices={notices} />
        <main class="content">
          <Switch
            fallback={
              <p class="card" role="status">
                {tc('loading')}
              </p>
            }
          >
            <Match when={status() === 'refused'}>
              <div class="card" role="alert" data-testid="refused">
                <p class="error">
                  {client.refusal ? errorMessage(client.refusal.error, lang()) : tc('status_refused')}
                </p>
                <Show
                  when={client.refusal?.error === 'protocol_mismatch'}
                  fallback={
                    <a class="button" href="/join">
                      {t('otherSession')}
                    </a>
                  }
                >
                  <button type="button" onClick={() => location.reload()}>
                    {tc('reload')}
                  </button>
                </Show>
              </div>
            </Match>
            <Match when={state() && editing()}>
              <ProfileForm
                title={state()!.definition.title}
                mode={mode()}
                initial={profile()}
                submitLabel={t('save')}
                onSubmit={(p) => void saveEdited(p)}
                onCancel={missingProfileFields(mode(), profile()).length ? undefined : () => setEditing(false)}
              />
            </Match>
            <Match when={state()}>
              <NowCard />
              <AnswerSection />
              <AudienceSection />
            </Match>
          </Switch>
        </main>
      </div>
    </LiveContext.Provider>
  );
}
