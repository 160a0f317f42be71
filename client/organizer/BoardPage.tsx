// The forum's live status board: every session of the day with its room, state, step, schedule,
// phones, waiting questions and report readiness, filtered by day and room. The rows come from
// GET …/board, then live from the board namespace (the login cookie rides with the socket); the
// staff links from the forum's page data. State changes are announced politely, a few at a time.
import { io, type Socket } from 'socket.io-client';
import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import {
  type BoardRow,
  type BoardStep,
  boardDays,
  boardRooms,
  compareBoardRows,
  defaultBoardDay,
  filterBoard,
  NO_DATE,
} from '../../shared/board.js';
import {
  BOARD_NAMESPACE,
  type BoardClientToServer,
  type BoardRefusal,
  type BoardResponse,
  type BoardServerToClient,
} from '../../shared/boardProtocol.js';
import type { ForumView } from '../../shared/organizerHttp.js';
import { boardT as t } from '../i18n/board.js';
import { lang } from '../i18n/i18n.js';
import { api } from './api.js';
import './board.css';
import { FieldError } from '../common/FieldError.js';

/** Announcements of state changes are gathered this long, then read out together. */
const ANNOUNCE_EVERY_MS = 4000;

export default function BoardPage(props: { id: string; back: () => void }) {
  const [rows, setRows] = createSignal<Map<string, BoardRow>>(new Map());
  const [meta, setMeta] = createSignal<Omit<BoardResponse, 'rows'> | null>(null);
  const [error, setError] = createSignal('');
  const [online, setOnline] = createSignal(false);
  const [day, setDay] = createSignal<string | null>(null);
  const [room, setRoom] = createSignal('');
  const [announce, setAnnounce] = createSignal('');
  const [links] = createResource(
    () => props.id,
    async (id) => {
      const r = await api<ForumView>('GET', `/forums/${id}`);
      return new Map(r.ok ? r.body.sessions.map((s) => [s.code, s.links]) : []);
    },
  );

  const pending: string[] = [];
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const queueAnnouncement = (text: string) => {
    pending.push(text);
    announceTimer ??= setTimeout(() => {
      announceTimer = undefined;
      setAnnounce(pending.splice(0).join(' '));
    }, ANNOUNCE_EVERY_MS);
  };

  const take = (incoming: BoardRow[], removed: string[], full: boolean) => {
    const before = rows();
    const next = full ? new Map<string, BoardRow>() : new Map(before);
    for (const r of incoming) {
      const old = before.get(r.code);
      if (old && old.status !== r.status && r.status !== 'notStarted')
        queueAnnouncement(
          t(r.status === 'live' ? 'announceLive' : 'announceEnded', { title: r.title || t('untitled') }),
        );
      next.set(r.code, r);
    }
    for (const c of removed) next.delete(c);
    setRows(next);
  };
  const takeBoard = (b: BoardResponse) => {
    const { rows: all, ...rest } = b;
    setMeta(rest);
    take(all, [], true);
    if (day() === null) setDay(defaultBoardDay(all, b.serverTime, b.timeZone));
  };

  let socket: Socket<BoardServerToClient, BoardClientToServer> | undefined;
  onMount(async () => {
    const r = await api<BoardResponse>('GET', `/forums/${props.id}/board`);
    if (!r.ok) return void setError(r.message);
    takeBoard(r.body);
    socket = io(BOARD_NAMESPACE, { auth: { forumId: props.id, language: lang() }, withCredentials: true });
    socket.on('connect', () => setOnline(true));
    socket.on('disconnect', (reason) => {
      setOnline(false);
      // Cut by the server (a login ended, the forum left): connecting again says why.
      if (reason === 'io server disconnect') socket?.connect();
    });
    socket.on('connect_error', (e) => {
      setOnline(false);
      const refusal = (e as Error & { data?: BoardRefusal }).data;
      if (refusal?.message) {
        setError(refusal.message);
        socket?.close();
      }
    });
    socket.on('board:full', takeBoard);
    socket.on('board:rows', (p) => {
      setMeta((m) => (m ? { ...m, serverTime: p.serverTime } : m));
      take(p.rows, p.removed, false);
    });
  });
  onCleanup(() => {
    socket?.close();
    clearTimeout(announceTimer);
  });

  const all = createMemo(() => [...rows().values()].sort(compareBoardRows));
  const days = createMemo(() => boardDays(all()));
  const rooms = createMemo(() => boardRooms(all()));
  const shown = createMemo(() => filterBoard(all(), { day: day() ?? '', room: room() }));
  const dayName = (d: string) =>
    d
      ? new Intl.DateTimeFormat(lang(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
          Date.parse(`${d}T12:00:00Z`),
        )
      : t('noDate');
  const clock = (at: number) => new Intl.DateTimeFormat(lang(), { hour: '2-digit', minute: '2-digit' }).format(at);

  return (
    <div class="board-page">
      <p class="board-back">
        <a
          href={`/organizer/forum/${props.id}`}
          onClick={(e) => {
            e.preventDefault();
            props.back();
          }}
        >
          ← {t('backToForum')}
        </a>
      </p>
      <h1 tabindex="-1">
        {t('title')}
        <Show when={meta()}>{(m) => <span class="board-forum"> — {m().name}</span>}</Show>
      </h1>
      <FieldError message={error()} />
      <div class="board-bar">
        <label class="board-filter">
          <span>{t('day')}</span>
          <select value={day() ?? ''} onChange={(e) => setDay(e.currentTarget.value)} data-testid="board-day">
            <option value="">{t('allDays')}</option>
            <For each={days().filter((d) => d)}>{(d) => <option value={d}>{dayName(d)}</option>}</For>
            <Show when={days().includes('')}>
              <option value={NO_DATE}>{t('noDate')}</option>
            </Show>
          </select>
        </label>
        <label class="board-filter">
          <span>{t('room')}</span>
          <select value={room()} onChange={(e) => setRoom(e.currentTarget.value)} data-testid="board-room">
            <option value="">{t('allRooms')}</option>
            <For each={rooms()}>{(r) => <option value={r}>{r}</option>}</For>
          </select>
        </label>
        <span class="board-count">{t('shown', { count: shown().length })}</span>
        <span class={`board-conn ${online() ? 'on' : 'off'}`} data-testid="board-connection">
          {online() ? t('live') : t('reconnecting')}
          <Show when={meta()}>
            {(m) => <span class="hint"> · {t('updatedAt', { time: clock(m().serverTime) })}</span>}
          </Show>
        </span>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="board-announce">
        {announce()}
      </p>
      <Show when={meta() && !all().length}>
        <p class="hint">{t('empty')}</p>
      </Show>
      <Show when={all().length && !shown().length}>
        <p class="hint">{t('none')}</p>
      </Show>
      <Show when={shown().length}>
        <div class="board-scroll" tabindex="0" role="region" aria-label={t('title')}>
          <table class="board-table">
            <thead>
              <tr>
                <th scope="col">{t('colTime')}</th>
                <th scope="col">{t('colSession')}</th>
                <th scope="col">{t('colRoom')}</th>
                <th scope="col">{t('colState')}</th>
                <th scope="col">{t('colStep')}</th>
                <th scope="col">{t('colSchedule')}</th>
                <th scope="col" class="num">
                  {t('colPhones')}
                </th>
                <th scope="col" class="num">
                  {t('colWaiting')}
                </th>
                <th scope="col">{t('colNotes')}</th>
                <th scope="col">{t('colConclusion')}</th>
                <th scope="col">{t('colPhoto')}</th>
                <th scope="col">{t('colDownloaded')}</th>
                <th scope="col">{t('colOpen')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={shown()}>
                {(r) => (
                  <BoardLine row={r} showDate={!day()} dayName={dayName} clock={clock} links={links()?.get(r.code)} />
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}

function stepText(s: BoardStep): { kind: string; title: string } {
  switch (s.kind) {
    case 'speaker':
      return { kind: t('step_speaker'), title: s.title };
    case 'main':
      return { kind: t('step_main'), title: s.title };
    case 'question':
      return { kind: `${s.round ? `${s.round} · ` : ''}${t('step_question', { n: s.index })}`, title: s.title };
    case 'round':
      return { kind: t('step_round'), title: s.title };
    default:
      return { kind: t(`step_${s.kind}`), title: '' };
  }
}

/** The schedule in words (for screen readers and the tooltip), and as a short figure to show. */
function scheduleText(r: BoardRow): { text: string; short: string; cls: string } | null {
  const d = r.deltaMinutes;
  if (d === null) return null;
  const short = `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} min`;
  if (r.status === 'notStarted') return { text: t('lateStart', { count: d }), short, cls: 'behind' };
  if (d === 0) return { text: t('onTime'), short: t('onTime'), cls: 'on-time' };
  return d > 0
    ? { text: t('behind', { count: d }), short, cls: 'behind' }
    : { text: t('ahead', { count: -d }), short, cls: 'ahead' };
}

/** A readiness mark: a sign (and a short figure) shown; in words for screen readers. */
function Check(props: { ok: boolean; label?: string; sr?: string }) {
  const words = () => props.sr ?? (props.ok ? t('yes') : t('no'));
  return (
    <span class={`board-check ${props.ok ? 'yes' : 'no'}`} title={words()}>
      <span aria-hidden="true">
        {props.ok ? '✓' : '–'}
        {props.label ? ` ${props.label}` : ''}
      </span>
      <span class="visually-hidden">{words()}</span>
    </span>
  );
}

function BoardLine(props: {
  row: BoardRow;
  showDate: boolean;
  dayName: (d: string) => string;
  clock: (at: number) => string;
  links: ForumView['sessions'][number]['links'] | undefined;
}) {
  const r = () => props.row;
  const title = () => r().title || t('untitled');
  const step = () => (r().step ? stepText(r().step!) : null);
  const sched = () => scheduleText(r());
  const rd = () => r().readiness;
  return (
    <tr data-code={r().code} data-status={r().status} classList={{ 'board-live': r().status === 'live' }}>
      <td class="board-time" data-label={t('colTime')}>
        <Show when={props.showDate && r().date}>
          <span class="board-date">{props.dayName(r().date)}</span>{' '}
        </Show>
        {[r().startTime, r().endTime].filter(Boolean).join('–')}
      </td>
      <th scope="row" class="board-title">
        <span class="board-title-text" title={title()}>
          {title()} <span class="hint board-code">{r().code}</span>
        </span>
      </th>
      <td data-label={t('colRoom')}>{r().room}</td>
      <td data-label={t('colState')}>
        <span class={`board-badge ${r().status}`} data-testid="board-state">
          {t(`state_${r().status}`)}
        </span>
      </td>
      <td class="board-step" data-testid="board-step" data-label={t('colStep')}>
        <Show when={step()} fallback={<span class="hint">{t('unknown')}</span>}>
          {(s) => (
            <>
              <span class="board-step-kind">{s().kind}</span>
              <Show when={s().title}>
                <span class="board-step-title" title={s().title}>
                  {s().title}
                </span>
              </Show>
            </>
          )}
        </Show>
      </td>
      <td class="board-schedule" data-testid="board-schedule" data-label={t('colSchedule')}>
        <Show
          when={sched()}
          fallback={
            <span class="hint">
              <span aria-hidden="true">{t('unknown')}</span>
              <span class="visually-hidden">{t('unknownSr')}</span>
            </span>
          }
        >
          {(s) => (
            <span class={`board-sched ${s().cls}`} title={s().text}>
              <span aria-hidden="true">{s().short}</span>
              <span class="visually-hidden">{s().text}</span>
            </span>
          )}
        </Show>
      </td>
      <td class="num" data-testid="board-phones" data-label={t('colPhones')}>
        {r().phones}
      </td>
      <td class="num" data-testid="board-waiting" data-label={t('colWaiting')}>
        <span classList={{ 'board-waiting': r().waitingQuestions > 0 }}>{r().waitingQuestions}</span>
      </td>
      <td data-label={t('colNotes')}>
        <Check
          ok={rd().speakers > 0 && rd().speakersWithNotes === rd().speakers}
          label={`${rd().speakersWithNotes}/${rd().speakers}`}
          sr={t('notesOf', { done: rd().speakersWithNotes, total: rd().speakers })}
        />
      </td>
      <td data-label={t('colConclusion')}>
        <Check ok={rd().conclusion} />
      </td>
      <td data-label={t('colPhoto')}>
        <Check ok={rd().photos > 0} {...(rd().photos > 1 ? { label: String(rd().photos) } : {})} />
      </td>
      <td data-testid="board-downloaded" data-label={t('colDownloaded')}>
        <Check
          ok={rd().downloadedAt !== null}
          {...(rd().downloadedAt !== null
            ? {
                label: props.clock(rd().downloadedAt!),
                sr: t('downloadedAt', { time: props.clock(rd().downloadedAt!) }),
              }
            : {})}
        />
      </td>
      <td class="board-open" data-label={t('colOpen')}>
        <Show when={props.links?.moderator} fallback={<span class="hint">{t('noLink')}</span>}>
          {(href) => (
            <a
              href={href()}
              target="_blank"
              rel="noopener"
              data-role="moderator"
              aria-label={t('consoleOf', { title: title() })}
            >
              {t('console')}
            </a>
          )}
        </Show>
        <Show when={props.links?.rapporteur}>
          {(href) => (
            <a
              href={href()}
              target="_blank"
              rel="noopener"
              data-role="rapporteur"
              aria-label={t('rapporteurOf', { title: title() })}
            >
              {t('rapporteur')}
            </a>
          )}
        </Show>
      </td>
    </tr>
  );
}
