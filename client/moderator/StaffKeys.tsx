// "Replace a staff link" in the console's join card: a new key for the moderator (with the speaker
// view), rapporteur or projector link, after a confirmation. The server cuts off the screens open
// with the old key; this console, when its own link was replaced, moves to the new one.
import { createSignal, For, Show } from 'solid-js';
import type { RotateKeyResponse } from '../../shared/http.js';
import { postJson } from '../common/http.js';
import { lang } from '../i18n/i18n.js';
import { tsk } from '../i18n/staffKeys.js';
import { useConsole } from './context.js';
import './staffKeys.css';
import { FieldError } from '../common/FieldError.js';

const ROLES = ['moderator', 'rapporteur', 'projector'] as const;
type Rotatable = (typeof ROLES)[number];

/** Keeps the new links where the home page and the console read them (palabre:links:<CODE>). */
function keepLinks(code: string, links: RotateKeyResponse['links']): void {
  const key = `palabre:links:${code}`;
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (kept) localStorage.setItem(key, JSON.stringify({ ...kept, ...links }));
  } catch {
    /* blocked storage: the new link is on screen to copy */
  }
}

export function StaffKeys() {
  const c = useConsole();
  const [asking, setAsking] = createSignal<Rotatable | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<{ role: Rotatable; link: string } | null>(null);
  const [error, setError] = createSignal('');
  const [copied, setCopied] = createSignal(false);

  async function replace(role: Rotatable) {
    setBusy(true);
    setError('');
    try {
      const r = await postJson<RotateKeyResponse>(
        `/api/sessions/${encodeURIComponent(c.code)}/keys`,
        { role },
        { authorization: `Bearer ${c.moderatorKey}`, 'accept-language': lang() },
      );
      if (r.kind !== 'ok') {
        setError(tsk('failed', { detail: r.kind === 'refused' ? r.message : 'network' }));
        return;
      }
      keepLinks(c.code, r.body.links);
      const link = r.body.links[role] ?? '';
      setAsking(null);
      setDone({ role, link });
      // This console's key is the old one now: carry on with the new link.
      if (role === 'moderator' && link) {
        // Only the fragment differs: replace the address, then load the page with the new key.
        location.replace(link);
        location.reload();
      }
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 3_000);
    } catch {
      /* the link stays selectable on screen */
    }
  }

  return (
    <details class="staff-keys">
      <summary>{tsk('title')}</summary>
      <p class="hint">{tsk('intro')}</p>
      <ul class="staff-keys-list">
        <For each={ROLES}>
          {(role) => (
            <li>
              <span>{tsk(role)}</span>
              <Show
                when={asking() === role}
                fallback={
                  <button type="button" class="small secondary" disabled={busy()} onClick={() => setAsking(role)}>
                    {tsk('replace')}
                  </button>
                }
              >
                <div role="group" aria-label={tsk('confirm', { link: tsk(role).toLowerCase() })}>
                  <p>{tsk('confirm', { link: tsk(role).toLowerCase() })}</p>
                  <button type="button" class="small danger" disabled={busy()} onClick={() => void replace(role)}>
                    {tsk('confirmYes')}
                  </button>{' '}
                  <button type="button" class="small secondary" onClick={() => setAsking(null)}>
                    {tsk('cancel')}
                  </button>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={done()}>
        {(d) => (
          <div class="staff-keys-done" role="status">
            <Show
              when={d().role === 'moderator'}
              fallback={<p>{tsk('replaced', { link: tsk(d().role).toLowerCase() })}</p>}
            >
              <p>{tsk('movingOn')}</p>
            </Show>
            <input type="text" readOnly value={d().link} aria-label={tsk(d().role)} />
            <button type="button" class="small secondary" onClick={() => void copy(d().link)}>
              {copied() ? tsk('copied') : tsk('copy')}
            </button>
          </div>
        )}
      </Show>
      <FieldError message={error()} />
    </details>
  );
}
