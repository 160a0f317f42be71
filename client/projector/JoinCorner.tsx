// Always on screen: where to join, the code, the QR code, how many have joined. The address is the
// public one (PUBLIC_URL, or the LAN address the console accepted), never a loopback one by choice.
import type { Accessor } from 'solid-js';
import type { SessionState } from '../../shared/state.js';
import type { JoinAddress } from '../common/joinAddress.js';
import { tp } from '../i18n/projector.js';

export function JoinCorner(props: { code: string; state: Accessor<SessionState>; address: JoinAddress }) {
  const count = () => Object.values(props.state().participants).filter((p) => p.connected).length;
  return (
    <div class="join-corner">
      <p class="jc-label">{tp('joinAt')}</p>
      <p class="jc-host" data-testid="projector-join-host">
        {props.address.shownHost()}
      </p>
      <p class="jc-label">{tp('withCode')}</p>
      <p class="jc-code" data-testid="projector-code">
        {props.code}
      </p>
      <img class="jc-qr" src={props.address.qr()} alt={tp('qrAlt', { code: props.code })} />
      <p class="jc-count">{tp('participants', { count: count() })}</p>
    </div>
  );
}
