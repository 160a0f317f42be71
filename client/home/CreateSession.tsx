// The ways to start a session draft: paste a brief, upload one (.docx read by the server; .txt or
// .md read here), start blank, or import a definition exported as JSON. Each hands a Review on.
// (A past session as a template is offered from the sessions list, YourSessions.tsx.)
import { createSignal, Show } from 'solid-js';
import { isBriefWarning, type BriefWarning } from '../../shared/brief/warnings.js';
import { defaultDefinition } from '../../shared/definition.js';
import { homeT as t } from '../i18n/home.js';
import { lang } from '../i18n/i18n.js';
import { readJsonDefinition } from '../setup/definitionFile.js';
import { importDocxBrief } from './api.js';
import { FileField } from './FileField.js';
import type { Review } from './review.js';

export interface CreateSessionProps {
  /** The pasted brief: kept by the page, so it is still there on coming back from the review. */
  briefText: string;
  setBriefText: (text: string) => void;
  onReview: (r: Review) => void;
}

export function CreateSession(props: CreateSessionProps) {
  return (
    <div class="start-grid">
      <PasteBrief {...props} />
      <div class="start-side">
        <UploadBrief onReview={props.onReview} />
        <StartBlank onReview={props.onReview} />
        <ImportDefinition onReview={props.onReview} />
      </div>
    </div>
  );
}

function PasteBrief(props: CreateSessionProps) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  async function readPasted() {
    const text = props.briefText;
    if (!text.trim()) {
      setError(t('pasteEmpty'));
      return;
    }
    setError('');
    setBusy(true);
    try {
      const { importBrief } = await import('../../shared/brief/importBrief.js');
      const r = importBrief(text);
      props.onReview({ ...r, source: { kind: 'brief' } });
    } finally {
      setBusy(false);
    }
  }

  return (
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
            value={props.briefText}
            aria-describedby={error() ? 'home-brief-hint home-brief-error' : 'home-brief-hint'}
            aria-invalid={error() ? 'true' : undefined}
            onInput={(e) => {
              props.setBriefText(e.currentTarget.value);
              if (error()) setError('');
            }}
          />
          <Show when={error()}>
            <p class="field-error" id="home-brief-error">
              {error()}
            </p>
          </Show>
        </div>
        <button type="submit" disabled={busy()}>
          {busy() ? t('reading') : t('readBrief')}
        </button>
      </form>
    </section>
  );
}

function UploadBrief(props: { onReview: (r: Review) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  async function readUpload(file: File) {
    setError('');
    const name = file.name;
    if (/\.(doc|pdf)$/i.test(name)) {
      setError(t('uploadUnsupported', { file: name }));
      return;
    }
    setBusy(true);
    try {
      const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
      const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
      if (/\.docx$/i.test(name) || isZip) {
        const res = await importDocxBrief(file);
        if (res.kind === 'network') {
          setError(t('networkError'));
          return;
        }
        if (res.kind === 'refused') {
          setError(t('uploadFailed', { file: name, detail: res.message }));
          return;
        }
        const r = res.body;
        // Worded here, in the interface language of the moment: the server's `message` is not used.
        const warnings = (r.warnings ?? [])
          .filter(isBriefWarning)
          .map(({ code, params }) => ({ code, params }) as BriefWarning);
        props.onReview({
          definition: r.definition,
          warnings,
          unrecognized: r.unrecognized ?? [],
          source: { kind: 'file', name },
        });
      } else {
        const { importBrief } = await import('../../shared/brief/importBrief.js');
        const r = importBrief(await file.text());
        props.onReview({ ...r, source: { kind: 'file', name } });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="home-upload-title">
      <h2 id="home-upload-title">{t('uploadTitle')}</h2>
      <FileField
        id="home-upload"
        label={t('uploadLabel')}
        hint={t('uploadHint')}
        accept=".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
        error={error()}
        disabled={busy()}
        onFile={(f) => void readUpload(f)}
      >
        <Show when={busy()}>
          <p role="status">{t('reading')}</p>
        </Show>
      </FileField>
    </section>
  );
}

function StartBlank(props: { onReview: (r: Review) => void }) {
  function startBlank() {
    const d = defaultDefinition();
    d.language = lang();
    try {
      d.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      /* keep UTC */
    }
    props.onReview({ definition: d, warnings: [], unrecognized: [], source: { kind: 'blank' } });
  }
  return (
    <section class="card" aria-labelledby="home-blank-title">
      <h2 id="home-blank-title">{t('blankTitle')}</h2>
      <p class="hint">{t('blankHint')}</p>
      <button type="button" class="secondary" onClick={startBlank} aria-describedby="home-blank-title">
        {t('startBlank')}
      </button>
    </section>
  );
}

function ImportDefinition(props: { onReview: (r: Review) => void }) {
  const [error, setError] = createSignal('');
  async function readJson(file: File) {
    setError('');
    const r = await readJsonDefinition(file);
    if (!r.ok)
      setError(
        r.reason === 'json' ? t('jsonNotJson', { file: file.name }) : t('jsonNotDefinition', { file: file.name }),
      );
    else
      props.onReview({
        definition: r.definition,
        warnings: [],
        unrecognized: [],
        source: { kind: 'json', name: file.name },
      });
  }
  return (
    <section class="card" aria-labelledby="home-json-title">
      <h2 id="home-json-title">{t('jsonTitle')}</h2>
      <FileField
        id="home-json"
        label={t('jsonLabel')}
        hint={t('jsonHint')}
        accept=".json,application/json"
        error={error()}
        onFile={(f) => void readJson(f)}
      />
    </section>
  );
}
