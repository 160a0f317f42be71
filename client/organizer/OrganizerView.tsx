// The organizers' area (/organizer/...): first-visit setup or login, then the forum list and a
// forum's page. An invitation link (/organizer/#invite=…) is accepted once logged in.
import { createSignal, lazy, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import type { OrganizerMe } from '../../shared/organizerHttp.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { organizerT as t } from '../i18n/organizer.js';
import { api } from './api.js';
import { ForumList } from './ForumList.js';
import { ForumPage } from './ForumPage.js';
import { LoginView } from './LoginView.js';
import { PasswordChange } from './PasswordChange.js';
import './organizer.css';
import { FieldError } from '../common/FieldError.js';

const forumFromPath = () => /^\/organizer\/forum\/([A-Za-z0-9_-]+)/.exec(location.pathname)?.[1] ?? '';
/** A forum's status board: /organizer/forum/:id/board (loaded only when opened). */
const boardFromPath = () => /^\/organizer\/forum\/[A-Za-z0-9_-]+\/board\/?$/.test(location.pathname);
const BoardPage = lazy(() => import('./BoardPage.js'));

export default function OrganizerView() {
  const [me, setMe] = createSignal<OrganizerMe | null>(null);
  const [forum, setForum] = createSignal(forumFromPath());
  const [board, setBoard] = createSignal(boardFromPath());
  const [notice, setNotice] = createSignal('');
  const [loadError, setLoadError] = createSignal('');
  let invite = /#invite=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1];
  if (invite) history.replaceState(null, '', location.pathname);

  const go = (id: string) => {
    setForum(id);
    setBoard(false);
    history.pushState(null, '', id ? `/organizer/forum/${id}` : '/organizer/');
    window.scrollTo(0, 0);
    queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };

  async function loggedIn(m: OrganizerMe) {
    setMe(m);
    if (m.organizer && invite) {
      const token = invite;
      invite = undefined;
      const r = await api<{ forumId: string }>('POST', '/invites/accept', { token });
      if (r.ok) {
        setNotice(t('inviteAccepted'));
        go(r.body.forumId);
      } else setLoadError(r.message);
    }
  }

  onMount(async () => {
    const r = await api<OrganizerMe>('GET', '/me');
    if (r.ok) await loggedIn(r.body);
    else setLoadError(r.message);
    const onPop = () => {
      setForum(forumFromPath());
      setBoard(boardFromPath());
    };
    window.addEventListener('popstate', onPop);
    onCleanup(() => window.removeEventListener('popstate', onPop));
  });

  async function logout() {
    await api('POST', '/logout');
    setMe({ setupNeeded: false, organizer: null });
  }

  return (
    <>
      <header class="topbar org-topbar">
        <a class="brand" href="/">
          {tc('appName')}
        </a>
        <span class="org-area">{t('area')}</span>
        <Show when={me()?.organizer}>
          {(o) => (
            <span class="org-who">
              <span class="hint">{t('loggedInAs', { email: o().email })}</span>
              <button type="button" class="ghost" onClick={() => void logout()}>
                {t('logout')}
              </button>
            </span>
          )}
        </Show>
        <LanguagePicker />
      </header>
      <main class="organizer" classList={{ 'org-wide': board() && !!forum() }}>
        <FieldError message={loadError()} />
        <Switch>
          <Match when={me() && !me()!.organizer}>
            <LoginView setup={me()!.setupNeeded} onDone={(m) => void loggedIn(m)} />
          </Match>
          <Match when={me()?.organizer && forum() && board()}>
            <BoardPage id={forum()} back={() => go(forum())} />
          </Match>
          <Match when={me()?.organizer && forum()}>
            <ForumPage id={forum()} back={() => go('')} notice={notice()} />
          </Match>
          <Match when={me()?.organizer}>
            <ForumList open={go} />
            <PasswordChange />
          </Match>
        </Switch>
      </main>
    </>
  );
}
