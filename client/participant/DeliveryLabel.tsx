// "Sending…", "Waiting for the network" or "Sent", announced politely as it changes.
import { Show } from 'solid-js';
import { t } from '../i18n/participant.js';
import type { DeliveryState } from './outbox.js';

export function DeliveryLabel(props: { state: DeliveryState; sending?: string }) {
  return (
    <span class={`delivery delivery-${props.state}`} role="status" data-testid="delivery" data-state={props.state}>
      <Show when={props.state === 'sent'}>
        <span aria-hidden="true">✓ </span>
      </Show>
      {props.state === 'sent'
        ? t('sent')
        : props.state === 'waiting'
          ? t('waitingNetwork')
          : (props.sending ?? t('sending'))}
    </span>
  );
}
