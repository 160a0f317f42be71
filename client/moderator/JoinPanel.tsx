// How people join: the code (large), the link, the QR code; who is connected now and how many
// joined so far; the projector view when this device created the session.
import { createMemo, createSignal, Show } from 'solid-js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { projectorLink } from './links.js';
import { formatNumber } from '../live/format.js';

export function JoinPanel() {
  const c = useConsole();
  const link = `${location.origin}/j/${c.code}`;
  const counts = createMemo(() => {
    const ps = Object.values(c.state().participants);
    return { now: ps.filter((p) => p.connected).length, total: ps.length };
  });
  const projector = projectorLink(c.code);
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 3_000);
    } catch {
      c.alert(tm('copyFailed'));
    }
  };
  return (
    <section class="join card" aria-labelledby="join-heading">
      <h2 id="join-heading">{tm('join')}</h2>
      <p class="join-code-label">{tm('sessionCode')}</p>
      <p class="join-code" data-testid="join-code">
        {c.code}
      </p>
      <img
        class="join-qr"
        src={`/api/sessions/${encodeURIComponent(c.code)}/qr.svg`}
        alt={tm('qrAlt', { code: c.code })}
        width="160"
        height="160"
      />
      <p class="join-link">
        <a href={link} target="_blank" rel="noopener">
          <LinkText link={link} />
        </a>
      </p>
      <div class="row wrap">
        <button type="button" class="small secondary" onClick={() => void copy()}>
          {copied() ? tm('copied') : tm('copyLink')}
        </button>
        <Show when={projector}>
          {(href) => (
            <a class="button small" href={href()} target="_blank" rel="noopener" data-testid="open-projector">
              {tm('openProjector')}
            </a>
          )}
        </Show>
      </div>
      <dl class="join-counts">
        <div>
          <dt>{tm('connectedNow')}</dt>
          <dd data-testid="connected-now">{formatNumber(counts().now)}</dd>
        </div>
        <div>
          <dt>{tm('joinedSoFar')}</dt>
          <dd data-testid="joined-total">{formatNumber(counts().total)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The address without its scheme; the address may wrap, the code at its end never does. */
function LinkText(props: { link: string }) {
  const text = () => props.link.replace(/^https?:\/\//, '');
  const cut = () => text().lastIndexOf('/') + 1;
  return (
    <>
      {text().slice(0, cut())}
      <span class="nowrap" data-testid="join-link-code">
        {text().slice(cut())}
      </span>
    </>
  );
}
