// How people join: the code (large), the link, the QR code; who is connected now and how many
// joined so far; the projector view when this device created the session, the speaker view and
// the streaming overlay. Warns when phones could not open the address the link is built from.
import { createMemo, createResource, createSignal, Show } from 'solid-js';
import type { SpeakerLinksResponse } from '../../shared/http.js';
import { getJson } from '../common/http.js';
import { useJoinAddress } from '../common/joinAddress.js';
import { tm } from '../i18n/moderator.js';
import { tro } from '../i18n/room.js';
import { useConsole } from './context.js';
import { projectorLink } from './links.js';
import { formatNumber } from '../live/format.js';
import { LoopbackWarning } from './LoopbackWarning.js';
import { DeleteSession } from './DeleteSession.js';
import { StaffKeys } from './StaffKeys.js';

export function JoinPanel() {
  const c = useConsole();
  const address = useJoinAddress(c.code, c.moderatorKey);
  const counts = createMemo(() => {
    const ps = Object.values(c.state().participants);
    return { now: ps.filter((p) => p.connected).length, total: ps.length };
  });
  const projector = projectorLink(c.code);
  const [speakerLinks] = createResource(async () => {
    const r = await getJson<SpeakerLinksResponse>(`/api/sessions/${encodeURIComponent(c.code)}/speaker-link`, {
      authorization: `Bearer ${c.moderatorKey}`,
    });
    return r.kind === 'ok' ? r.body : null;
  });
  // Opened on this computer: the same origin as the console (the staff's address), never the LAN one.
  const local = (href: string) => {
    const u = new URL(href);
    return `${location.origin}${u.pathname}${u.hash}`;
  };
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address.link());
      setCopied(true);
      setTimeout(() => setCopied(false), 3_000);
    } catch {
      c.alert(tm('copyFailed'));
    }
  };
  return (
    <section class="join card" aria-labelledby="join-heading">
      <h2 id="join-heading">{tm('join')}</h2>
      <Show when={address.loopback()}>
        <LoopbackWarning address={address} />
      </Show>
      <p class="join-code-label">{tm('sessionCode')}</p>
      <p class="join-code" data-testid="join-code">
        {c.code}
      </p>
      <img class="join-qr" src={address.qr()} alt={tm('qrAlt', { code: c.code })} width="160" height="160" />
      <p class="join-link">
        <a href={address.link()} target="_blank" rel="noopener" data-testid="join-link">
          <LinkText link={address.link()} />
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
      <Show when={speakerLinks()}>
        {(l) => (
          <div class="row wrap join-screens">
            <a
              class="button small secondary"
              href={local(l().speaker)}
              target="_blank"
              rel="noopener"
              data-testid="open-speaker-view"
            >
              {tro('openSpeakerView')}
            </a>
            <a
              class="button small secondary"
              href={local(l().stream)}
              target="_blank"
              rel="noopener"
              data-testid="open-stream"
            >
              {tro('openStream')}
            </a>
          </div>
        )}
      </Show>
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
      <StaffKeys />
      <DeleteSession />
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
