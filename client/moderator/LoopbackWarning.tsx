// The join panel's warning when the console was opened on localhost (or 127.x, ::1) and PUBLIC_URL
// is unset: phones cannot open such a link. Suggests this machine's LAN address, to use at a click.
import { For, Show } from 'solid-js';
import type { JoinAddress } from '../common/joinAddress.js';
import { tro } from '../i18n/room.js';

const bare = (origin: string) => origin.replace(/^https?:\/\//, '');

export function LoopbackWarning(props: { address: JoinAddress }) {
  const a = props.address;
  const host = () => location.host;
  return (
    <div class="loopback-warning" role="region" aria-labelledby="loopback-title" data-testid="loopback-warning">
      <h3 id="loopback-title">
        <span aria-hidden="true">⚠ </span>
        {tro('loopbackTitle')}
      </h3>
      <Show
        when={a.accepted()}
        fallback={
          <>
            <p>
              {a.lan().length
                ? tro('loopbackBody', { host: host(), lan: a.lan().map(bare).join(', ') })
                : tro('loopbackNoLan', { host: host() })}
            </p>
            <div class="row wrap">
              <For each={a.lan()}>
                {(o) => (
                  <button type="button" class="small" onClick={() => a.accept(o)} data-testid="use-lan">
                    {tro('loopbackUse', { lan: bare(o) })}
                  </button>
                )}
              </For>
            </div>
          </>
        }
      >
        {(o) => (
          <>
            <p role="status">{tro('loopbackUsing', { lan: bare(o()) })}</p>
            <button type="button" class="small secondary" onClick={() => a.accept(null)}>
              {tro('loopbackUndo', { host: host() })}
            </button>
          </>
        )}
      </Show>
      <p class="hint">{tro('loopbackHint')}</p>
    </div>
  );
}
