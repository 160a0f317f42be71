// Reading the outbox: which commands are still on their way, and how to say so.
import type { Command } from '../../shared/commands.js';
import type { Ack } from '../../shared/errors.js';
import type { ConnectionStatus, OutboxItem } from '../sync/sessionClient.js';
import type { Drafts } from './drafts.js';
import type { Notices } from './notices.js';

export type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;

/** The pending commands of one type, oldest first. */
export function pendingOf<T extends Command['type']>(items: readonly OutboxItem[], type: T): CommandOf<T>[] {
  return items.filter((i) => i.command.type === type).map((i) => i.command as CommandOf<T>);
}

export type DeliveryState = 'sending' | 'waiting' | 'sent';

/** "sending" while connected, "waiting for the network" otherwise. */
export const inFlightState = (status: ConnectionStatus): DeliveryState => (status === 'online' ? 'sending' : 'waiting');

/**
 * What happens when the server has the last word on a command, even one sent before a reload:
 * refused text goes back into its draft (nothing typed is lost) and the reason is shown.
 */
export function settleHandler(deps: { drafts: Drafts; notices: Notices; onProfileRequired: () => void }) {
  return (item: OutboxItem, ack: Ack): void => {
    const c = item.command;
    if (ack.ok) {
      if (c.type === 'answer:edit') deps.drafts.get(`edit:${c.answerId}`).clear();
      return;
    }
    if (c.type === 'answer:submit' && c.text) void deps.drafts.restore(c.questionId, c.text);
    else if (c.type === 'aq:ask') void deps.drafts.restore('aq', c.text);
    if (ack.error === 'profile_required') deps.onProfileRequired();
    deps.notices.push(ack.error);
  };
}
