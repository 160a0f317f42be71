// Always on screen: where to join, the code, the QR code, how many have joined.
import type { Accessor } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import { tp } from '../i18n/projector.js';

export function JoinCorner(props: { code: string; state: Accessor<SessionState> }) {
  const host = `${location.host}/j`;
  const count = () => Object.values(props.state().participants).filter((p) => p.connected).length;
  return (
    <div class="join-corner">
      <p class="jc-label">{tp('joinAt')}</p>
      <p class="jc-host">{host}</p>
      <p class="jc-label">{tp('withCode')}</p>
      <p class="jc-code" data-testid="projector-code">
        {props.code}
      </p>
      <img
        class="jc-qr"
        src={`/api/sessions/${encodeURIComponent(props.code)}/qr.svg`}
        alt={tp('qrAlt', { code: props.code })}
      />
      <p class="jc-count">{tp('participants', { count: count() })}</p>
    </div>
  );
}
