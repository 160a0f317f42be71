// The home page: create a session from a pasted brief, a Word file, a past session, a JSON
// definition or nothing; review it in the setup editor; then share its links. This file keeps
// which of the three steps shows (start, review, created) and the browser history between them.
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { SessionDefinition } from '../../shared/definition.js';
import type { CreatedProgrammeSession } from '../../shared/programme/http.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { homeT as t } from '../i18n/home.js';
import { organizerT } from '../i18n/organizer.js';
import { createSession } from './api.js';
import { CreateSession } from './CreateSession.js';
import { ImportProgramme } from './ImportProgramme.js';
import { LinksSheet } from './LinksSheet.js';
import { ProgrammeReview } from './ProgrammeReview.js';
import type { PreviewedRow } from './programmeRows.js';
import { ReviewStep } from './ReviewStep.js';
import type { Review } from './review.js';
import { SessionLinks } from './SessionLinks.js';
import { saveSession, type StoredSession } from './sessions.js';
import { YourSessions } from './YourSessions.js';
import './home.css';
import './programme.css';

type Mode =
  | { kind: 'start' }
  | { kind: 'review'; review: Review }
  | { kind: 'created'; session: StoredSession; kept: boolean }
  | { kind: 'programme'; rows: PreviewedRow[] }
  | { kind: 'links'; sessions: CreatedProgrammeSession[] };

export default function HomeView() {
  const [mode, setModeSignal] = createSignal<Mode>({ kind: 'start' });
  const [briefText, setBriefText] = createSignal('');
  let headingEl: HTMLHeadingElement | undefined;
  const headingRef = (el: HTMLHeadingElement) => (headingEl = el);

  const setMode = (m: Mode, push = true) => {
    setModeSignal(m);
    if (push && m.kind !== 'start') history.pushState({ palabre: m.kind }, '');
    window.scrollTo(0, 0);
    queueMicrotask(() => headingEl?.focus());
  };
  onMount(() => {
    const onPop = () => {
      if (mode().kind !== 'start') setModeSignal({ kind: 'start' });
    };
    window.addEventListener('popstate', onPop);
    onCleanup(() => window.removeEventListener('popstate', onPop));
  });
  const backToStart = () => {
    if (history.state?.palabre) history.back();
    else setMode({ kind: 'start' }, false);
  };
  const review = (r: Review) => setMode({ kind: 'review', review: r });
  const reviewProgramme = (rows: PreviewedRow[]) => setMode({ kind: 'programme', rows });
  function programmeCreated(sessions: CreatedProgrammeSession[]) {
    // Kept in this browser's list too, like a session made one at a time.
    for (const s of sessions) saveSession({ code: s.code, title: s.title, createdAt: Date.now(), ...s.links });
    setMode({ kind: 'links', sessions }, false);
    history.replaceState({ palabre: 'links' }, '');
  }

  async function create(d: SessionDefinition): Promise<{ ok: true } | { ok: false; message: string }> {
    const res = await createSession(d);
    if (res.kind === 'network') return { ok: false, message: t('networkError') };
    if (res.kind === 'refused' || res.status !== 201)
      return {
        ok: false,
        message: t('createFailed', { detail: res.kind === 'refused' ? res.message : `HTTP ${res.status}` }),
      };
    const { code, links } = res.body;
    const session: StoredSession = { code, title: d.title, createdAt: Date.now(), ...links };
    const kept = saveSession(session);
    setMode({ kind: 'created', session, kept }, false);
    history.replaceState({ palabre: 'created' }, '');
    return { ok: true };
  }

  return (
    <>
      <header class="topbar">
        <a class="brand" href="/">
          {tc('appName')}
        </a>
        <a class="organizer-entry" href="/organizer/">
          {organizerT('area')}
        </a>
        <LanguagePicker />
      </header>
      <main
        class="home"
        classList={{
          'home-review': mode().kind === 'review',
          'home-wide': mode().kind === 'programme' || mode().kind === 'links',
        }}
      >
        <Show when={mode().kind === 'start'}>
          <h1 tabindex="-1" ref={headingRef}>
            {t('pageTitle')}
          </h1>
          <p class="lead">{t('intro')}</p>
          <CreateSession briefText={briefText()} setBriefText={setBriefText} onReview={review} />
          <ImportProgramme onReview={reviewProgramme} />
          <YourSessions onReview={review} />
        </Show>

        <Show when={mode().kind === 'review' ? (mode() as { review: Review }).review : undefined} keyed>
          {(r) => <ReviewStep review={r} headingRef={headingRef} onBack={backToStart} onCreate={create} />}
        </Show>

        <Show
          when={mode().kind === 'created' ? (mode() as { session: StoredSession; kept: boolean }) : undefined}
          keyed
        >
          {(c) => <SessionLinks session={c.session} kept={c.kept} headingRef={headingRef} onAnother={backToStart} />}
        </Show>

        <Show when={mode().kind === 'programme' ? (mode() as { rows: PreviewedRow[] }).rows : undefined} keyed>
          {(rows) => (
            <ProgrammeReview rows={rows} headingRef={headingRef} onBack={backToStart} onCreated={programmeCreated} />
          )}
        </Show>

        <Show
          when={mode().kind === 'links' ? (mode() as { sessions: CreatedProgrammeSession[] }).sessions : undefined}
          keyed
        >
          {(sessions) => <LinksSheet sessions={sessions} headingRef={headingRef} onDone={backToStart} />}
        </Show>
      </main>
    </>
  );
}
