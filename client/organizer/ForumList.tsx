// The organizer's forums, and a form to create one.
import { createResource, For, Show } from 'solid-js';
import type { ForumSummary, ForumView } from '../../shared/organizerHttp.js';
import { organizerT as t } from '../i18n/organizer.js';
import { api } from './api.js';
import { EMPTY_FORUM, ForumSettingsForm } from './ForumSettingsForm.js';

export function ForumList(props: { open: (id: string) => void }) {
  const [forums] = createResource(async () => {
    const r = await api<ForumSummary[]>('GET', '/forums');
    return r.ok ? r.body : [];
  });
  return (
    <>
      <h1 tabindex="-1">{t('forumsTitle')}</h1>
      <Show when={forums()}>
        {(list) => (
          <Show when={list().length} fallback={<p class="hint">{t('noForums')}</p>}>
            <ul class="org-forums">
              <For each={list()}>
                {(f) => (
                  <li class="card">
                    <a
                      href={`/organizer/forum/${f.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        props.open(f.id);
                      }}
                    >
                      {f.settings.name}
                    </a>
                    <span class="hint">
                      {[f.settings.city, f.settings.startDate].filter(Boolean).join(' · ')}
                      {' · '}
                      {t('sessionsCount', { count: f.sessions })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <section class="card" aria-labelledby="org-new-forum">
        <h2 id="org-new-forum">{t('newForum')}</h2>
        <ForumSettingsForm
          idPrefix="new-forum"
          initial={EMPTY_FORUM}
          full={false}
          submitLabel={t('createForum')}
          onSubmit={async (s) => {
            const r = await api<ForumView>('POST', '/forums', s);
            if (!r.ok) return r.message;
            props.open(r.body.id);
            return '';
          }}
        />
      </section>
    </>
  );
}
