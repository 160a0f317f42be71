// After creating: the join code and the links to share, each with a copy button.
import { createSignal, For, Show } from 'solid-js';
import { homeT as t } from '../i18n/home.js';
import { sameOriginPath, type StoredSession } from './sessions.js';

type LinkRole = 'moderator' | 'rapporteur' | 'participant' | 'projector' | 'speaker';
/** Offered when the session has one (sessions kept from before the speaker view do not). */
const SPEAKER: LinkRole = 'speaker';

export function SessionLinks(props: {
  session: StoredSession;
  /** False when this browser could not keep the links (storage blocked or full). */
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
        <Show when={s.speaker}>{(url) => <LinkRow role={SPEAKER} url={url()} />}</Show>
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

function LinkRow(props: { role: LinkRole; url: string }) {
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
          ref={input}
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
