// A forum's reports in one place: every report as a zip, the combined report in PDF and Word, the
// summary as CSV, and the forum's figures (computed on the server by shared/forumSummary.ts).
import { createResource, createSignal, For, Show } from 'solid-js';
import type { ForumFiguresResponse } from '../../shared/organizerHttp.js';
import type { SessionFigures } from '../../shared/forumSummary.js';
import { lang } from '../i18n/i18n.js';
import { forumReportsT as t } from '../i18n/forumReports.js';
import { api } from './api.js';
import { FieldError } from '../common/FieldError.js';

const DOWNLOADS = [
  { key: 'zip', path: 'reports.zip' },
  { key: 'pdf', path: 'report.pdf' },
  { key: 'docx', path: 'report.docx' },
  { key: 'csv', path: 'summary.csv' },
] as const;

/** The file name the server gave (RFC 6266 filename*, else filename). */
function fileName(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      /* fall through */
    }
  }
  return /filename="([^"]+)"/.exec(cd)?.[1] ?? fallback;
}

export function ForumReports(props: { forumId: string }) {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  // Fetched rather than linked: the organizer sees it being prepared, and a refusal in words.
  async function download(path: string, label: string) {
    setBusy(true);
    setError('');
    setStatus(t('preparing', { file: label }));
    try {
      const res = await fetch(`/api/organizer/forums/${props.forumId}/${path}`, {
        credentials: 'same-origin',
        headers: { 'accept-language': lang() },
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? `HTTP ${res.status}`);
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(res, path);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('ready', { file: label }));
    } catch (e) {
      setStatus('');
      setError(t('failed', { file: label, detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="org-reports-title">
      <h2 id="org-reports-title">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      <div class="org-downloads">
        <For each={DOWNLOADS}>
          {(d) => (
            <button
              type="button"
              class="secondary"
              data-download={d.key}
              disabled={busy()}
              onClick={() => void download(d.path, t(d.key))}
            >
              {t(d.key)}
            </button>
          )}
        </For>
      </div>
      <p class="hint" role="status">
        {status()}
      </p>
      <FieldError message={error()} />
      <Summary forumId={props.forumId} />
    </section>
  );
}

/** Names in any script, each isolated so a right-to-left one does not reorder its neighbours. */
function List(props: { items: string[] }) {
  return (
    <For each={props.items}>
      {(x, i) => (
        <>
          {i() > 0 ? ', ' : ''}
          <bdi>{x}</bdi>
        </>
      )}
    </For>
  );
}

const minutes = (ms: number) => Math.round(ms / 60_000);

function Summary(props: { forumId: string }) {
  const [data, { refetch }] = createResource(
    () => props.forumId,
    async (id) => {
      const r = await api<ForumFiguresResponse>('GET', `/forums/${id}/summary`);
      return r.ok ? r.body.figures : { error: r.message };
    },
  );
  const figures = () => {
    const d = data();
    return d && 'sessions' in d ? d : undefined;
  };
  return (
    <div class="org-summary">
      <div class="org-summary-head">
        <h3 id="org-summary-title">{t('summaryTitle')}</h3>
        <button type="button" class="secondary" onClick={() => void refetch()}>
          {t('refresh')}
        </button>
      </div>
      <Show when={data.loading && !figures()}>
        <p class="hint">{t('loading')}</p>
      </Show>
      <FieldError message={((data() ?? {}) as { error?: string }).error} />
      <Show when={figures()}>
        {(f) => (
          <>
            <dl class="org-figures">
              <div>
                <dt>{t('held')}</dt>
                <dd data-figure="held">{t('heldValue', { held: f().held, count: f().sessions.length })}</dd>
              </div>
              <div>
                <dt>{t('participants')}</dt>
                <dd data-figure="participants">{f().participants}</dd>
              </div>
              <div>
                <dt>{t('countries')}</dt>
                <dd data-figure="countries">
                  {f().countries.length}
                  <Show when={f().countries.length}>
                    <span class="org-figure-list">
                      <List items={f().countries} />
                    </span>
                  </Show>
                </dd>
              </div>
              <div>
                <dt>{t('organizations')}</dt>
                <dd data-figure="organizations">
                  {f().organizations.length}
                  <Show when={f().organizations.length}>
                    <span class="org-figure-list">
                      <List items={f().organizations} />
                    </span>
                  </Show>
                </dd>
              </div>
              <div>
                <dt>{t('answers')}</dt>
                <dd data-figure="answers">{f().answers}</dd>
              </div>
              <div>
                <dt>{t('questions')}</dt>
                <dd data-figure="questions">{f().questions}</dd>
              </div>
              <div>
                <dt>{t('speaking')}</dt>
                <dd data-figure="speaking">
                  {t('minutes', { used: minutes(f().spokenMs), planned: f().plannedMinutes })}
                </dd>
              </div>
            </dl>
            <Show when={f().sessions.length} fallback={<p class="hint">{t('noSessions')}</p>}>
              <div class="org-table-wrap">
                <table class="org-sessions org-summary-table">
                  <caption class="visually-hidden">{t('summaryTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('session')}</th>
                      <th scope="col">{t('when')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('participants')}</th>
                      <th scope="col">{t('answers')}</th>
                      <th scope="col">{t('questions')}</th>
                      <th scope="col">{t('speaking')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={f().sessions}>{(s) => <SessionRow s={s} />}</For>
                  </tbody>
                </table>
              </div>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

/** On a phone the table becomes one block per session: each number says what it is. */
function SessionRow(props: { s: SessionFigures }) {
  const s = props.s;
  const cell = (label: string, value: string | number) => (
    <td>
      <span class="org-cell-label">{label}: </span>
      {value}
    </td>
  );
  return (
    <tr data-code={s.code}>
      <th scope="row">{s.title || t('untitled')}</th>
      {cell(t('when'), [s.date, s.startTime].filter(Boolean).join(' '))}
      {cell(t('status'), t(`status_${s.status}`))}
      {cell(t('participants'), s.participants)}
      {cell(t('answers'), s.answers)}
      {cell(t('questions'), s.questions)}
      {cell(t('speaking'), t('minutes', { used: minutes(s.spokenMs), planned: s.plannedMinutes }))}
    </tr>
  );
}
