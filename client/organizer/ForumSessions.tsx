// A forum's sessions as the staff links sheet: every session in programme order with its room and
// every link (kept on the server), a CSV to hand out or print, and per session: replace a link,
// delete the session. The server cuts off screens that used a replaced link.
import { createSignal, For, Show } from 'solid-js';
import type { ForumSessionView, ForumView, RotateForumKeyResponse } from '../../shared/organizerHttp.js';
import { linksCsv } from '../../shared/programme/linksCsv.js';
import { tfs } from '../i18n/forumSessions.js';
import { organizerT as t } from '../i18n/organizer.js';
import { api } from './api.js';
import { FieldError } from '../common/FieldError.js';

const ROLES = ['moderator', 'rapporteur', 'projector', 'speaker', 'participant'] as const;
const REPLACEABLE = ['moderator', 'rapporteur', 'projector'] as const;
type Replaceable = (typeof REPLACEABLE)[number];

function downloadCsv(sessions: ForumSessionView[]) {
  const rows = sessions.map((s) => ({
    ...s,
    rapporteur: '',
    links: {
      moderator: s.links.moderator,
      rapporteur: s.links.rapporteur ?? '',
      projector: s.links.projector ?? '',
      speaker: s.links.speaker ?? '',
      participant: s.links.participant,
    },
  }));
  const url = URL.createObjectURL(new Blob([linksCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = tfs('sheetFile');
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ForumSessions(props: { forum: ForumView; onChanged: (v: ForumView) => void }) {
  const [status, setStatus] = createSignal('');
  return (
    <section aria-labelledby="org-sessions-title" class="org-sheet">
      <h2 id="org-sessions-title" tabindex="-1">
        {t('sessionsTitle')}
      </h2>
      <Show when={props.forum.sessions.length} fallback={<p class="hint">{t('noSessions')}</p>}>
        <p class="hint">{tfs('sheetHint')}</p>
        <div class="created-actions no-print">
          <button type="button" onClick={() => downloadCsv(props.forum.sessions)} data-testid="forum-links-csv">
            {tfs('downloadCsv')}
          </button>
          <button type="button" class="secondary" onClick={() => window.print()}>
            {tfs('printSheet')}
          </button>
        </div>
        <p role="status" class="hint" data-testid="forum-sessions-status">
          {status()}
        </p>
        <div class="org-table-wrap">
          <table class="org-sessions">
            <thead>
              <tr>
                <th scope="col">{t('sessionTitle')}</th>
                <th scope="col">{tfs('when')}</th>
                <th scope="col">{tfs('room')}</th>
                <th scope="col">{t('moderator')}</th>
                <th scope="col">{t('links')}</th>
                <th scope="col" class="no-print">
                  {tfs('actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.forum.sessions}>
                {(s) => <Row forum={props.forum} session={s} onChanged={props.onChanged} announce={setStatus} />}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

function Row(props: {
  forum: ForumView;
  session: ForumSessionView;
  onChanged: (v: ForumView) => void;
  announce: (text: string) => void;
}) {
  const s = () => props.session;
  const title = () => s().title || t('untitled');
  return (
    <tr data-code={s().code}>
      <th scope="row">
        {title()} <span class="hint">{s().code}</span>
      </th>
      <td class="nowrap">
        {[s().date, [s().startTime, s().endTime].filter(Boolean).join('–')].filter(Boolean).join(' ')}
      </td>
      <td class="org-room">{s().room}</td>
      <td>{s().moderator}</td>
      <td>
        <ul class="org-links">
          <For each={ROLES}>
            {(role) => (
              <li>
                <Show
                  when={s().links[role]}
                  fallback={
                    <span class="hint">
                      {t(`link_${role}`)}: {t('linkUnknown')}
                    </span>
                  }
                >
                  {(url) => (
                    <a
                      href={url()}
                      target="_blank"
                      rel="noopener"
                      data-role={role}
                      aria-label={`${t(`link_${role}`)} — ${title()}`}
                    >
                      {t(`link_${role}`)}
                    </a>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </td>
      <td class="no-print">
        <details class="org-manage">
          <summary aria-label={tfs('manageSession', { title: title() })}>{tfs('actions')}</summary>
          <ReplaceLink {...props} title={title()} />
          <DeleteSession {...props} title={title()} />
        </details>
      </td>
    </tr>
  );
}

function ReplaceLink(props: {
  forum: ForumView;
  session: ForumSessionView;
  title: string;
  onChanged: (v: ForumView) => void;
  announce: (text: string) => void;
}) {
  const [role, setRole] = createSignal<Replaceable>('moderator');
  const [asking, setAsking] = createSignal(false);
  const [error, setError] = createSignal('');
  const id = () => `replace-${props.session.code}`;
  async function replace() {
    setError('');
    const r = await api<RotateForumKeyResponse>(
      'POST',
      `/forums/${props.forum.id}/sessions/${props.session.code}/keys`,
      { role: role() },
    );
    setAsking(false);
    if (!r.ok) return setError(r.message);
    props.onChanged(r.body.view);
    props.announce(tfs('replaced', { role: t(`link_${role()}`), title: props.title }));
  }
  return (
    <div class="org-manage-part">
      <h3>{tfs('replaceTitle')}</h3>
      <p class="hint">{tfs('replaceHint')}</p>
      <div class="field">
        <label for={id()}>{tfs('replaceRole')}</label>
        <select id={id()} value={role()} onChange={(e) => setRole(e.currentTarget.value as Replaceable)}>
          <For each={REPLACEABLE}>{(r) => <option value={r}>{t(`link_${r}`)}</option>}</For>
        </select>
      </div>
      <Show
        when={asking()}
        fallback={
          <button type="button" class="secondary" onClick={() => setAsking(true)}>
            {tfs('replace')}
          </button>
        }
      >
        <p role="alert">{tfs('replaceConfirm', { role: t(`link_${role()}`), title: props.title })}</p>
        <div class="created-actions">
          <button type="button" onClick={() => void replace()} data-testid="confirm-replace">
            {tfs('confirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setAsking(false)}>
            {tfs('cancel')}
          </button>
        </div>
      </Show>
      <FieldError message={error()} />
    </div>
  );
}

function DeleteSession(props: {
  forum: ForumView;
  session: ForumSessionView;
  title: string;
  onChanged: (v: ForumView) => void;
  announce: (text: string) => void;
}) {
  const [error, setError] = createSignal('');
  const id = () => `delete-${props.session.code}`;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setError('');
    const confirm = (new FormData(e.currentTarget as HTMLFormElement).get('confirm') ?? '').toString();
    const r = await api<ForumView>('DELETE', `/forums/${props.forum.id}/sessions/${props.session.code}`, {
      confirm,
    });
    if (!r.ok) return setError(r.message);
    props.announce(tfs('deleted', { title: props.title }));
    props.onChanged(r.body);
    document.getElementById('org-sessions-title')?.focus();
  }
  return (
    <form class="org-manage-part org-danger" onSubmit={submit}>
      <h3>{tfs('deleteTitle')}</h3>
      <p class="hint" id={`${id()}-hint`}>
        {tfs('deleteHint', { code: props.session.code })}
      </p>
      <div class="field">
        <label for={id()}>{tfs('deleteCode')}</label>
        <input
          id={id()}
          name="confirm"
          autocomplete="off"
          spellcheck={false}
          maxLength={20}
          aria-describedby={`${id()}-hint`}
          required
        />
      </div>
      <FieldError message={error()} />
      <button type="submit" class="danger">
        {tfs('delete')}
      </button>
    </form>
  );
}
