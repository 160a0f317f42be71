// One answer in the synthesis list: focusable and draggable, with its author, language, theme,
// key-message and selection controls, its duplicate link, and a translation on request.
import { createSignal, Show } from 'solid-js';
import type { TranslateInfo, TranslateResponse } from '../../shared/contrib/http.js';
import type { Command } from '../../shared/commands.js';
import { errorMessage, type Ack } from '../../shared/errors.js';
import type { Answer, SessionState } from '../../shared/state.js';
import { isolate } from '../../shared/bidi.js';
import { tc } from '../i18n/common.js';
import { languageName, tx } from '../i18n/contrib.js';
import { lang } from '../i18n/i18n.js';
import { tr } from '../i18n/rapporteur.js';

function authorOf(s: SessionState, a: Answer): string {
  const p = a.by ?? s.participants[a.participantId];
  const anonymous = !p || ('anonymous' in p && p.anonymous) || !p.name.trim();
  const who = anonymous ? tc('anonymous') : [p.name, p.organization, p.country].filter(Boolean).map(isolate).join(', ');
  return a.by?.public ? `${tx('public')} · ${who}` : who;
}

export function SynthesisAnswer(props: {
  answer: Answer;
  state: () => SessionState;
  themeName: string | undefined;
  selected: boolean;
  onToggle: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onDragStart: (e: DragEvent) => void;
  send: (c: Command) => Promise<Ack>;
  sessionLang: string;
  translator: TranslateInfo | null;
  code: string;
  apiKey: string;
}) {
  const a = () => props.answer;
  const [proposal, setProposal] = createSignal<TranslateResponse | null>(null);
  const [draft, setDraft] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal('');
  const language = () => a().language ?? props.sessionLang;
  const canTranslate = () => !!props.translator?.configured && language() !== props.sessionLang;
  const base = () => `syn-${a().id}`;

  const translate = async () => {
    setBusy(true);
    setFailed('');
    try {
      const r = await fetch(`/api/sessions/${encodeURIComponent(props.code)}/translate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${props.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ answerId: a().id }),
      });
      if (!r.ok) throw new Error(String(r.status));
      const p = (await r.json()) as TranslateResponse;
      setProposal(p);
      setDraft(p.text);
    } catch {
      setFailed(errorMessage('translation_failed', lang()));
    } finally {
      setBusy(false);
    }
  };
  const accept = async () => {
    const p = proposal();
    if (!p) return;
    const ack = await props.send({ type: 'answer:translation', answerId: a().id, text: draft(), from: p.from });
    if (ack.ok) setProposal(null);
  };

  return (
    // Focusable: each answer takes the keyboard's theme keys (1–9, 0, K, Space).
    <li
      class="syn-answer"
      classList={{ selected: props.selected, duplicate: !!a().duplicateOf, key: !!a().keyMessage }}
      tabindex="0"
      draggable="true"
      aria-labelledby={`${base()}-text`}
      aria-describedby={`${base()}-meta`}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
    >
      <div class="syn-head">
        <label class="check">
          <input type="checkbox" checked={props.selected} onChange={props.onToggle} tabindex="-1" />
          <span class="sr-only">{tx('select')}</span>
        </label>
        <span class="author">{authorOf(props.state(), a())}</span>
        <span id={`${base()}-meta`} class="syn-meta">
          <span class="pill muted">{tx('language', { lang: languageName(language(), lang()) })}</span>
          <Show when={a().by}>
            {(by) => <span class="pill muted">{tx('recordedBy', { channel: tx(`channel_${by().channel}`) })}</span>}
          </Show>
          <span class="pill theme-pill">{props.themeName ?? tx('noTheme')}</span>
          <Show when={a().translatedFrom && a().correctedText !== null}>
            <span class="pill muted">{tx('translatedFrom', { lang: languageName(a().translatedFrom!, lang()) })}</span>
          </Show>
        </span>
      </div>
      <p id={`${base()}-text`} class="syn-text">
        <bdi>{a().correctedText ?? a().text}</bdi>
      </p>
      <Show when={a().correctedText !== null}>
        <p class="hint">
          {tr('original')}: <bdi>{a().text}</bdi>
        </p>
      </Show>
      <div class="row syn-controls">
        <label class="check">
          <input
            type="checkbox"
            checked={!!a().keyMessage}
            onChange={(e) => void props.send({ type: 'answer:key', answerId: a().id, key: e.currentTarget.checked })}
          />
          {tx('keyMessage')}
        </label>
        <Show when={a().duplicateOf}>
          <span class="hint">{tx('duplicateOf')}</span>
          <button
            type="button"
            class="ghost small"
            onClick={() => void props.send({ type: 'answer:duplicate', answerId: a().id, of: null })}
          >
            {tx('unmerge')}
          </button>
        </Show>
        <Show when={canTranslate() && !proposal()}>
          <button type="button" class="ghost small" disabled={busy()} onClick={() => void translate()}>
            {busy() ? tx('translating') : tx('translate', { lang: languageName(props.sessionLang, lang()) })}
          </button>
        </Show>
      </div>
      <Show when={failed()}>
        <p role="alert" class="error">
          {failed()}
        </p>
      </Show>
      <Show when={proposal()}>
        <div class="field translation">
          <label for={`${base()}-tr`}>{tx('translation')}</label>
          <textarea id={`${base()}-tr`} rows={3} value={draft()} onInput={(e) => setDraft(e.currentTarget.value)} />
          <div class="row">
            <button type="button" class="small primary" onClick={() => void accept()}>
              {tx('acceptTranslation')}
            </button>
            <button type="button" class="ghost small" onClick={() => setProposal(null)}>
              {tx('discard')}
            </button>
          </div>
        </div>
      </Show>
    </li>
  );
}
