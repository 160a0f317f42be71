// One forum: its sessions with every staff link (kept on the server), a session created in it or
// adopted into it, its organizers and invitations, its settings, and deleting it.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { ForumView, InviteLinkResponse } from '../../shared/organizerHttp.js';
import { organizerT as t } from '../i18n/organizer.js';
import { boardT } from '../i18n/board.js';
import { api } from './api.js';
import type { PreviewedRow } from '../home/programmeRows.js';
import { ProgrammeReview } from '../home/ProgrammeReview.js';
import { tfs } from '../i18n/forumSessions.js';
import { ForumProgramme, createInForum } from './ForumProgramme.js';
import { ForumReports } from './ForumReports.js';
import { ForumSessions } from './ForumSessions.js';
import { ForumSettingsForm } from './ForumSettingsForm.js';
import { FieldError } from '../common/FieldError.js';

export function ForumPage(props: { id: string; back: () => void; notice?: string }) {
  const [forum, { mutate, refetch }] = createResource(
    () => props.id,
    async (id) => {
      const r = await api<ForumView>('GET', `/forums/${id}`);
      return r.ok ? r.body : { error: r.message };
    },
  );
  const [reviewing, setReviewing] = createSignal<PreviewedRow[] | null>(null);
  const [created, setCreated] = createSignal('');
  const view = () => {
    const f = forum();
    return f && 'id' in f ? f : undefined;
  };
  return (
    <>
      <p>
        <a
          href="/organizer/"
          onClick={(e) => {
            e.preventDefault();
            props.back();
          }}
        >
          ← {t('backToForums')}
        </a>
      </p>
      <FieldError message={((forum() ?? {}) as { error?: string }).error} />
      <Show when={reviewing()}>
        {(rows) => (
          <ProgrammeReview
            rows={rows()}
            headingRef={(el) => queueMicrotask(() => el.focus())}
            onBack={() => setReviewing(null)}
            create={(sessions) => createInForum(props.id, sessions)}
            onCreated={(made) => {
              // Back to the forum once its sheet holds the new sessions: the notice then says what
              // the page shows.
              void Promise.resolve(refetch()).then(() => {
                setReviewing(null);
                setCreated(tfs('created', { count: made.length }));
                document.getElementById('org-sessions-title')?.focus();
              });
            }}
          />
        )}
      </Show>
      <Show when={!reviewing() && view()}>
        {(f) => (
          <>
            <h1 tabindex="-1">{f().settings.name}</h1>
            <Show when={props.notice || created()}>
              <p class="hint" role="status" data-testid="forum-notice">
                {created() || props.notice}
              </p>
            </Show>
            <p class="lead">
              {[f().settings.city, [f().settings.startDate, f().settings.endDate].filter(Boolean).join(' – ')]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p>
              <a class="button" href={`/organizer/forum/${f().id}/board`} data-testid="open-board">
                {boardT('openBoard')}
              </a>
            </p>
            <ForumSessions forum={f()} onChanged={(v) => mutate(v)} />
            <ForumReports forumId={f().id} />
            <ForumProgramme forumId={f().id} onReview={setReviewing} />
            <div class="org-columns">
              <NewSession forumId={f().id} onCreated={() => void refetch()} />
              <Adopt forumId={f().id} onAdopted={(v) => mutate(v)} />
            </div>
            <Members forum={f()} onChanged={(v) => mutate(v)} />
            <section class="card" aria-labelledby="org-settings-title">
              <h2 id="org-settings-title">{t('settingsTitle')}</h2>
              <ForumSettingsForm
                idPrefix="forum"
                initial={f().settings}
                full
                submitLabel={t('save')}
                onSubmit={async (s) => {
                  const r = await api<ForumView>('PUT', `/forums/${f().id}`, s);
                  return r.ok ? '' : r.message;
                }}
              />
            </section>
            <DeleteForum forum={f()} onDeleted={props.back} />
          </>
        )}
      </Show>
    </>
  );
}

function NewSession(props: { forumId: string; onCreated: () => void }) {
  const [error, setError] = createSignal('');
  let title!: HTMLInputElement;
  let date!: HTMLInputElement;
  let start!: HTMLInputElement;
  let moderator!: HTMLInputElement;
  let room!: HTMLInputElement;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setError('');
    const r = await api('POST', `/forums/${props.forumId}/sessions`, {
      title: title.value,
      date: date.value,
      startTime: start.value,
      ...(room.value.trim() ? { room: room.value.trim() } : {}),
      moderator: { name: moderator.value },
    });
    if (!r.ok) return setError(r.message);
    (e.target as HTMLFormElement).reset();
    props.onCreated();
  }
  return (
    <section class="card" aria-labelledby="org-new-session">
      <h2 id="org-new-session">{t('newSession')}</h2>
      <p class="hint">{t('newSessionHint')}</p>
      <form onSubmit={submit}>
        <div class="field">
          <label for="ns-title">{t('sessionTitle')}</label>
          <input id="ns-title" ref={title} maxLength={300} required />
        </div>
        <div class="org-grid">
          <div class="field">
            <label for="ns-date">{t('date')}</label>
            <input id="ns-date" ref={date} type="date" />
          </div>
          <div class="field">
            <label for="ns-start">{t('start')}</label>
            <input id="ns-start" ref={start} type="time" />
          </div>
          <div class="field">
            <label for="ns-room">{boardT('room')}</label>
            <input id="ns-room" ref={room} maxLength={300} />
          </div>
        </div>
        <div class="field">
          <label for="ns-moderator">{t('moderatorName')}</label>
          <input id="ns-moderator" ref={moderator} maxLength={300} />
        </div>
        <FieldError message={error()} />
        <button type="submit">{t('createSession')}</button>
      </form>
    </section>
  );
}

function Adopt(props: { forumId: string; onAdopted: (v: ForumView) => void }) {
  const [error, setError] = createSignal('');
  const fields = { moderator: undefined as HTMLInputElement | undefined } as Record<
    'moderator' | 'rapporteur' | 'projector',
    HTMLInputElement | undefined
  >;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setError('');
    const r = await api<ForumView>('POST', `/forums/${props.forumId}/adopt`, {
      moderator: fields.moderator?.value ?? '',
      rapporteur: fields.rapporteur?.value ?? '',
      projector: fields.projector?.value ?? '',
    });
    if (!r.ok) return setError(r.message);
    (e.target as HTMLFormElement).reset();
    props.onAdopted(r.body);
  }
  const label = { moderator: 'adoptModerator', rapporteur: 'adoptRapporteur', projector: 'adoptProjector' } as const;
  return (
    <section class="card" aria-labelledby="org-adopt">
      <h2 id="org-adopt">{t('adoptTitle')}</h2>
      <p class="hint">{t('adoptHint')}</p>
      <form onSubmit={submit}>
        <For each={['moderator', 'rapporteur', 'projector'] as const}>
          {(role) => (
            <div class="field">
              <label for={`adopt-${role}`}>{t(label[role])}</label>
              <input
                id={`adopt-${role}`}
                type="url"
                ref={(el) => (fields[role] = el)}
                required={role === 'moderator'}
                autocomplete="off"
              />
            </div>
          )}
        </For>
        <FieldError message={error()} />
        <button type="submit" class="secondary">
          {t('adopt')}
        </button>
      </form>
    </section>
  );
}

function Members(props: { forum: ForumView; onChanged: (v: ForumView) => void }) {
  const [error, setError] = createSignal('');
  const [invite, setInvite] = createSignal('');
  let email!: HTMLInputElement;
  async function add(e: SubmitEvent) {
    e.preventDefault();
    setError('');
    const r = await api<ForumView>('POST', `/forums/${props.forum.id}/members`, { email: email.value });
    if (!r.ok) return setError(r.message);
    email.value = '';
    props.onChanged(r.body);
  }
  async function makeInvite() {
    const r = await api<InviteLinkResponse>('POST', `/forums/${props.forum.id}/invites`, {});
    if (r.ok) setInvite(r.body.link);
    else setError(r.message);
  }
  return (
    <section class="card" aria-labelledby="org-members">
      <h2 id="org-members">{t('membersTitle')}</h2>
      <ul>
        <For each={props.forum.members}>{(m) => <li>{m.email}</li>}</For>
      </ul>
      <form class="org-inline" onSubmit={add}>
        <div class="field">
          <label for="member-email">{t('inviteEmail')}</label>
          <input id="member-email" ref={email} type="email" required />
        </div>
        <button type="submit" class="secondary">
          {t('addMember')}
        </button>
      </form>
      <button type="button" class="secondary" onClick={() => void makeInvite()}>
        {t('inviteLink')}
      </button>
      <Show when={invite()}>
        <div class="field">
          <label for="invite-link">{t('inviteLinkLabel')}</label>
          <input id="invite-link" readOnly value={invite()} onFocus={(e) => e.currentTarget.select()} />
        </div>
      </Show>
      <FieldError message={error()} />
    </section>
  );
}

function DeleteForum(props: { forum: ForumView; onDeleted: () => void }) {
  const [error, setError] = createSignal('');
  let confirm!: HTMLInputElement;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const r = await api('DELETE', `/forums/${props.forum.id}`, { confirm: confirm.value });
    if (r.ok) props.onDeleted();
    else setError(r.message);
  }
  return (
    <section class="card org-danger" aria-labelledby="org-delete">
      <h2 id="org-delete">{t('deleteTitle')}</h2>
      <p class="hint">{t('deleteHint')}</p>
      <form class="org-inline" onSubmit={submit}>
        <div class="field">
          <label for="delete-confirm">{t('deleteConfirm')}</label>
          <input id="delete-confirm" ref={confirm} required autocomplete="off" />
        </div>
        <button type="submit" class="danger">
          {t('deleteButton')}
        </button>
      </form>
      <FieldError message={error()} />
    </section>
  );
}
