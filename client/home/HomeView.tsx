// The home page: create a session from a pasted brief, a Word file, a past session, a JSON
// definition or nothing; review it in the setup editor; then share its four links.
import { createSignal, For, lazy, onCleanup, onMount, Show, Suspense, type JSX } from 'solid-js';
import { isBriefWarning, type BriefWarning } from '../../shared/brief/warnings.js';
import { defaultDefinition, type SessionDefinition } from '../../shared/definition.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { homeT as t } from '../i18n/home.js';
import { lang } from '../i18n/i18n.js';
import { readJsonDefinition } from '../setup/definitionFile.js';
import { forgetSession, keyOfLink, listSessions, sameOriginPath, saveSession, type StoredSession } from './sessions.js';
import './home.css';

const SetupEditor = lazy(() => import('../setup/SetupEditor.js'));

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Source =
  | { kind: 'brief' }
  | { kind: 'file'; name: string }
  | { kind: 'template'; title: string }
  | { kind: 'json'; name: string }
  | { kind: 'blank' };

interface Review {
  definition: SessionDefinition;
  warnings: BriefWarning[];
  unrecognized: string[];
  source: Source;
}

type Mode =
  | { kind: 'start' }
  | { kind: 'review'; review: Review }
  | { kind: 'created'; session: StoredSession; kept: boolean };

async function errorText(r: Response): Promise<string> {
  try {
    const body = (await r.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    /* not JSON */
  }
  return `HTTP ${r.status}`;
}

export default function HomeView() {
  const [mode, setModeSignal] = createSignal<Mode>({ kind: 'start' });
  const [sessions, setSessions] = createSignal<StoredSession[]>(listSessions());
  const [briefText, setBriefText] = createSignal('');
  const [busy, setBusy] = createSignal<'paste' | 'upload' | 'json' | `template:${string}` | null>(null);
  const [pasteError, setPasteError] = createSignal('');
  const [uploadError, setUploadError] = createSignal('');
  const [jsonError, setJsonError] = createSignal('');
  const [listNotice, setListNotice] = createSignal('');
  let headingEl: HTMLHeadingElement | undefined;

  const setMode = (m: Mode, push = true) => {
    setModeSignal(m);
    if (push && m.kind !== 'start') history.pushState({ palabre: m.kind }, '');
    window.scrollTo(0, 0);
    queueMicrotask(() => headingEl?.focus());
  };
  onMount(() => {
    const onPop = () => {
      if (mode().kind !== 'start') {
        setModeSignal({ kind: 'start' });
        setSessions(listSessions());
      }
    };
    window.addEventListener('popstate', onPop);
    onCleanup(() => window.removeEventListener('popstate', onPop));
  });
  const backToStart = () => {
    if (history.state?.palabre) history.back();
    else setMode({ kind: 'start' }, false);
  };
  const review = (r: Review) => setMode({ kind: 'review', review: r });

  async function readPasted() {
    const text = briefText();
    if (!text.trim()) {
      setPasteError(t('pasteEmpty'));
      return;
    }
    setPasteError('');
    setBusy('paste');
    try {
      const { importBrief } = await import('../../shared/brief/importBrief.js');
      const r = importBrief(text);
      review({ ...r, source: { kind: 'brief' } });
    } finally {
      setBusy(null);
    }
  }

  async function readUpload(file: File) {
    setUploadError('');
    const name = file.name;
    if (/\.(doc|pdf)$/i.test(name)) {
      setUploadError(t('uploadUnsupported', { file: name }));
      return;
    }
    setBusy('upload');
    try {
      const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
      const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
      if (/\.docx$/i.test(name) || isZip) {
        let res: Response;
        try {
          res = await fetch('/api/briefs/import', {
            method: 'POST',
            body: file,
            headers: { 'content-type': DOCX_TYPE, 'accept-language': lang() },
          });
        } catch {
          setUploadError(t('networkError'));
          return;
        }
        if (!res.ok) {
          setUploadError(t('uploadFailed', { file: name, detail: await errorText(res) }));
          return;
        }
        const r = (await res.json()) as {
          definition: SessionDefinition;
          warnings?: unknown[];
          unrecognized?: string[];
        };
        // Worded here, in the interface language of the moment: the server's `message` is not used.
        const warnings = (r.warnings ?? [])
          .filter(isBriefWarning)
          .map(({ code, params }) => ({ code, params }) as BriefWarning);
        review({
          definition: r.definition,
          warnings,
          unrecognized: r.unrecognized ?? [],
          source: { kind: 'file', name },
        });
      } else {
        const { importBrief } = await import('../../shared/brief/importBrief.js');
        const r = importBrief(await file.text());
        review({ ...r, source: { kind: 'file', name } });
      }
    } finally {
      setBusy(null);
    }
  }

  async function readJson(file: File) {
    setJsonError('');
    setBusy('json');
    try {
      const r = await readJsonDefinition(file);
      if (!r.ok)
        setJsonError(
          r.reason === 'json' ? t('jsonNotJson', { file: file.name }) : t('jsonNotDefinition', { file: file.name }),
        );
      else
        review({ definition: r.definition, warnings: [], unrecognized: [], source: { kind: 'json', name: file.name } });
    } finally {
      setBusy(null);
    }
  }

  function startBlank() {
    const d = defaultDefinition();
    d.language = lang();
    try {
      d.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      /* keep UTC */
    }
    review({ definition: d, warnings: [], unrecognized: [], source: { kind: 'blank' } });
  }

  async function useAsTemplate(s: StoredSession) {
    setListNotice('');
    const key = keyOfLink(s.moderator);
    const title = s.title || t('untitled');
    if (!key) {
      setListNotice(t('templateFailed', { title, detail: 'no key' }));
      return;
    }
    setBusy(`template:${s.code}`);
    try {
      const res = await fetch(`/api/sessions/${encodeURIComponent(s.code)}/archive`, {
        headers: { authorization: `Bearer ${key}`, 'accept-language': lang() },
      });
      if (!res.ok) {
        setListNotice(t('templateFailed', { detail: await errorText(res) }));
        return;
      }
      const archive = (await res.json()) as { definition?: SessionDefinition };
      if (!archive.definition) {
        setListNotice(t('templateFailed', { detail: 'no definition' }));
        return;
      }
      review({ definition: archive.definition, warnings: [], unrecognized: [], source: { kind: 'template', title } });
    } catch {
      setListNotice(t('networkError'));
    } finally {
      setBusy(null);
    }
  }

  async function create(d: SessionDefinition): Promise<{ ok: true } | { ok: false; message: string }> {
    let res: Response;
    try {
      res = await fetch('/api/sessions', {
        method: 'POST',
        body: JSON.stringify(d),
        headers: { 'content-type': 'application/json', 'accept-language': lang() },
      });
    } catch {
      return { ok: false, message: t('networkError') };
    }
    if (res.status !== 201) return { ok: false, message: t('createFailed', { detail: await errorText(res) }) };
    const body = (await res.json()) as {
      code: string;
      links: { moderator: string; rapporteur: string; participant: string; projector: string };
    };
    const session: StoredSession = { code: body.code, title: d.title, createdAt: Date.now(), ...body.links };
    const kept = saveSession(session);
    setSessions(listSessions());
    setMode({ kind: 'created', session, kept }, false);
    history.replaceState({ palabre: 'created' }, '');
    return { ok: true };
  }

  const sourceText = (s: Source) => {
    switch (s.kind) {
      case 'brief':
        return t('reviewFromBrief');
      case 'file':
        return t('reviewFromFile', { file: s.name });
      case 'template':
        return t('reviewFromTemplate', { title: s.title });
      case 'json':
        return t('reviewFromJson', { file: s.name });
      case 'blank':
        return t('reviewBlank');
    }
  };

  return (
    <>
      <header class="topbar">
        <a class="brand" href="/">
          {tc('appName')}
        </a>
        <LanguagePicker />
      </header>
      <main class="home" classList={{ 'home-review': mode().kind === 'review' }}>
        <Show when={mode().kind === 'start'}>
          <h1 tabindex="-1" ref={headingEl}>
            {t('pageTitle')}
          </h1>
          <p class="lead">{t('intro')}</p>
          <div class="start-grid">
            <section class="card start-paste" aria-labelledby="home-paste-title">
              <h2 id="home-paste-title">{t('pasteTitle')}</h2>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void readPasted();
                }}
              >
                <div class="field">
                  <label for="home-brief">{t('pasteLabel')}</label>
                  <p class="hint" id="home-brief-hint">
                    {t('pasteHint')}
                  </p>
                  <textarea
                    id="home-brief"
                    rows={12}
                    spellcheck={false}
                    value={briefText()}
                    aria-describedby={pasteError() ? 'home-brief-hint home-brief-error' : 'home-brief-hint'}
                    aria-invalid={pasteError() ? 'true' : undefined}
                    onInput={(e) => {
                      setBriefText(e.currentTarget.value);
                      if (pasteError()) setPasteError('');
                    }}
                  />
                  <Show when={pasteError()}>
                    <p class="field-error" id="home-brief-error">
                      {pasteError()}
                    </p>
                  </Show>
                </div>
                <button type="submit" disabled={busy() === 'paste'}>
                  {busy() === 'paste' ? t('reading') : t('readBrief')}
                </button>
              </form>
            </section>
            <div class="start-side">
              <section class="card" aria-labelledby="home-upload-title">
                <h2 id="home-upload-title">{t('uploadTitle')}</h2>
                <FileField
                  id="home-upload"
                  label={t('uploadLabel')}
                  hint={t('uploadHint')}
                  accept=".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
                  error={uploadError()}
                  disabled={busy() === 'upload'}
                  onFile={(f) => void readUpload(f)}
                >
                  <Show when={busy() === 'upload'}>
                    <p role="status">{t('reading')}</p>
                  </Show>
                </FileField>
              </section>
              <section class="card" aria-labelledby="home-blank-title">
                <h2 id="home-blank-title">{t('blankTitle')}</h2>
                <p class="hint">{t('blankHint')}</p>
                <button type="button" class="secondary" onClick={startBlank} aria-describedby="home-blank-title">
                  {t('startBlank')}
                </button>
              </section>
              <section class="card" aria-labelledby="home-json-title">
                <h2 id="home-json-title">{t('jsonTitle')}</h2>
                <FileField
                  id="home-json"
                  label={t('jsonLabel')}
                  hint={t('jsonHint')}
                  accept=".json,application/json"
                  error={jsonError()}
                  onFile={(f) => void readJson(f)}
                />
              </section>
            </div>
          </div>

          <section class="your-sessions" aria-labelledby="home-sessions-title">
            <h2 id="home-sessions-title" tabindex="-1">
              {t('yourSessions')}
            </h2>
            <Show when={listNotice()}>
              <p class="notice" role="status">
                {listNotice()}
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
                            disabled={busy() === `template:${s.code}`}
                            onClick={() => void useAsTemplate(s)}
                          >
                            {busy() === `template:${s.code}` ? t('loadingTemplate') : t('useAsTemplate')}
                            <span class="visually-hidden"> ({title()})</span>
                          </button>
                          <button
                            type="button"
                            class="ghost"
                            onClick={() => {
                              forgetSession(s.code);
                              setSessions(listSessions());
                              setListNotice(t('forgotten', { title: title() }));
                              queueMicrotask(() => document.getElementById('home-sessions-title')?.focus());
                            }}
                          >
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
        </Show>

        <Show when={mode().kind === 'review' ? (mode() as { review: Review }).review : undefined} keyed>
          {(r) => (
            <>
              <div class="review-head">
                <div>
                  <h1 tabindex="-1" ref={headingEl}>
                    {t('reviewTitle')}
                  </h1>
                  <p class="lead">{sourceText(r.source)}</p>
                </div>
                <button type="button" class="ghost" onClick={backToStart}>
                  <span aria-hidden="true">←</span> {t('back')}
                </button>
              </div>
              <Suspense fallback={<p role="status">{tc('loading')}</p>}>
                <SetupEditor
                  definition={r.definition}
                  warnings={r.warnings}
                  unrecognized={r.unrecognized}
                  saveLabel={t('createSession')}
                  onSave={create}
                />
              </Suspense>
            </>
          )}
        </Show>

        <Show
          when={mode().kind === 'created' ? (mode() as { session: StoredSession; kept: boolean }) : undefined}
          keyed
        >
          {(c) => (
            <Created session={c.session} kept={c.kept} headingRef={(el) => (headingEl = el)} onAnother={backToStart} />
          )}
        </Show>
      </main>
    </>
  );
}

/** A file picker with its label and hint; `error` shows under it, `children` (a status) before that. */
function FileField(props: {
  id: string;
  label: string;
  hint: string;
  accept: string;
  error: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  children?: JSX.Element;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`}
        disabled={props.disabled}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) props.onFile(f);
        }}
      />
      {props.children}
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

function Created(props: {
  session: StoredSession;
  kept: boolean;
  headingRef: (el: HTMLHeadingElement) => void;
  onAnother: () => void;
}) {
  const s = props.session;
  const roles = ['moderator', 'participant', 'projector', 'rapporteur'] as const;
  return (
    <section class="created" aria-labelledby="home-created-title">
      <h1 id="home-created-title" tabindex="-1" ref={props.headingRef}>
        <span aria-hidden="true">✓ </span>
        {t('createdTitle')}
      </h1>
      <p class="lead">{s.title}</p>
      <div class="card join-code">
        <h2 id="home-code-label">{t('joinCode')}</h2>
        <p class="code" data-testid="join-code">
          {s.code}
        </p>
        <p class="hint">{t('joinCodeHint')}</p>
      </div>
      <p>{t('createdIntro')}</p>
      <ul class="link-list">
        <For each={roles}>{(role) => <LinkRow role={role} url={s[role]} />}</For>
      </ul>
      <p class={props.kept ? 'hint' : 'notice'}>{props.kept ? t('keepLinks') : t('notKept')}</p>
      <div class="created-actions">
        <a class="button" href={sameOriginPath(s.moderator)} data-testid="open-console">
          {t('openConsole')}
        </a>
        <button type="button" class="secondary" onClick={props.onAnother}>
          {t('createAnother')}
        </button>
      </div>
    </section>
  );
}

function LinkRow(props: { role: 'moderator' | 'rapporteur' | 'participant' | 'projector'; url: string }) {
  const [status, setStatus] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let input!: HTMLInputElement;
  const id = `home-link-${props.role}`;
  const name = () => t(`link_${props.role}`);
  async function copy() {
    let ok = false;
    try {
      await navigator.clipboard.writeText(props.url);
      ok = true;
    } catch {
      input.focus();
      input.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
    }
    setStatus(ok ? 'copied' : 'failed');
    setTimeout(() => setStatus('idle'), 4000);
  }
  return (
    <li class="card link-row">
      <label for={id}>{name()}</label>
      <p class="hint" id={`${id}-hint`}>
        {t(`link_${props.role}_hint`)}
      </p>
      <div class="link-copy">
        <input
          id={id}
          type="text"
          readOnly
          value={props.url}
          aria-describedby={`${id}-hint`}
          data-testid={`link-${props.role}`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          class="secondary"
          aria-label={t('copyLink', { name: name() })}
          onClick={() => void copy()}
        >
          {t('copy')}
        </button>
      </div>
      <p class="copy-status" role="status">
        {status() === 'copied' ? t('copied') : status() === 'failed' ? t('copyFailed') : ''}
      </p>
    </li>
  );
}
