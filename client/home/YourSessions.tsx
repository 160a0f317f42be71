// "Your sessions": the sessions created in this browser (links kept in localStorage), each to open,
// to reuse as a template for a new one (its definition, read from the archive), or to forget.
import { createSignal, For, Show } from 'solid-js';
import { homeT as t } from '../i18n/home.js';
import { lang } from '../i18n/i18n.js';
import { fetchArchive } from './api.js';
import type { Review } from './review.js';
import { forgetSession, keyOfLink, listSessions, sameOriginPath, type StoredSession } from './sessions.js';

export function YourSessions(props: { onReview: (r: Review) => void }) {
  const [sessions, setSessions] = createSignal<StoredSession[]>(listSessions());
  const [notice, setNotice] = createSignal('');
  /** The code of the session being loaded as a template. */
  const [loading, setLoading] = createSignal<string | null>(null);

  async function useAsTemplate(s: StoredSession) {
    setNotice('');
    const key = keyOfLink(s.moderator);
    const title = s.title || t('untitled');
    if (!key) {
      setNotice(t('templateFailed', { title, detail: 'no key' }));
      return;
    }
    setLoading(s.code);
    try {
      const res = await fetchArchive(s.code, key);
      if (res.kind === 'network') {
        setNotice(t('networkError'));
        return;
      }
      if (res.kind === 'refused') {
        setNotice(t('templateFailed', { detail: res.message }));
        return;
      }
      const archive = res.body;
      if (!archive.definition) {
        setNotice(t('templateFailed', { detail: 'no definition' }));
        return;
      }
      props.onReview({
        definition: archive.definition,
        warnings: [],
        unrecognized: [],
        source: { kind: 'template', title },
      });
    } catch {
      setNotice(t('networkError'));
    } finally {
      setLoading(null);
    }
  }

  function forget(s: StoredSession, title: string) {
    forgetSession(s.code);
    setSessions(listSessions());
    setNotice(t('forgotten', { title }));
    queueMicrotask(() => document.getElementById('home-sessions-title')?.focus());
  }

  return (
    <section class="your-sessions" aria-labelledby="home-sessions-title">
      <h2 id="home-sessions-title" tabindex="-1">
        {t('yourSessions')}
      </h2>
      <Show when={notice()}>
        <p class="notice" role="status">
          {notice()}
        </p>
      </Show>
      <Show when={sessions().length > 0} fallback={<p class="hint">{t('yourSessionsEmpty')}</p>}>
        <ul class="session-list">
          <For each={sessions()}>
            {(s) => {
              const title = () => s.title || t('untitled');
              const date = () =>
                new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(s.createdAt);
              return (
                <li class="card session-item">
                  <div class="session-info">
                    <h3>{title()}</h3>
                    <p class="hint">{t('sessionMeta', { code: s.code, date: date() })}</p>
                  </div>
                  <div class="session-actions">
                    <a class="button" href={sameOriginPath(s.moderator)}>
                      {t('open')}
                      <span class="visually-hidden"> ({title()})</span>
                    </a>
                    <button
                      type="button"
                      class="secondary"
                      disabled={loading() === s.code}
                      onClick={() => void useAsTemplate(s)}
                    >
                      {loading() === s.code ? t('loadingTemplate') : t('useAsTemplate')}
                      <span class="visually-hidden"> ({title()})</span>
                    </button>
                    <button type="button" class="ghost" onClick={() => forget(s, title())}>
                      {t('forget')}
                      <span class="visually-hidden"> ({title()})</span>
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
