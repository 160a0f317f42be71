import type { Accessor } from 'solid-js';
import type { ConnectionStatus } from '../sync/sessionClient.js';
import { tc } from '../i18n/common.js';

/** Always visible: whether what you do reaches the room right now. */
export function ConnectionBadge(props: { status: Accessor<ConnectionStatus> }) {
  return (
    <span class={`badge badge-${props.status()}`} role="status" aria-live="polite" data-testid="connection">
      <span class="dot" aria-hidden="true" />
      {tc(`status_${props.status()}`)}
    </span>
  );
}
