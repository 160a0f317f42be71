// The bench's moderator: one raw socket.io-client in the bench process, sending the run of show and
// noting when each command left, so fan-out is measured from the moderator's click.
import { io, type Socket } from 'socket.io-client';
import type { Command } from '../../shared/commands.js';
import type { Ack } from '../../shared/errors.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';

export interface BenchModerator {
  /** Sends a command; resolves with its ack and the time it was sent (Date.now()). */
  send(command: Command): Promise<{ ack: Ack; sentAt: number }>;
  close(): void;
}

let n = 0;

export function connectModerator(url: string, code: string, key: string): Promise<BenchModerator> {
  const socket: Socket = io(url, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, code, role: 'moderator', key, language: 'en' },
  });
  // The moderator sees every answer: drop them unread, as quickly as possible.
  socket.on('session:events', () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('moderator did not connect within 30 s')), 30_000);
    socket.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.once('session:welcome', () => {
      clearTimeout(timer);
      resolve({
        async send(command) {
          const id = `mod${process.pid}_${++n}`;
          const sentAt = Date.now();
          const ack = (await socket.timeout(30_000).emitWithAck('command:send', { id, command })) as Ack;
          return { ack, sentAt };
        },
        close: () => void socket.disconnect(),
      });
    });
  });
}

export interface BenchScreen {
  /** `session:events` messages received since the last reset. */
  messages(): number;
  reset(): void;
  close(): void;
}

/**
 * A screen (the projector; on the bare server, the moderator's screens room): counts the messages
 * it receives, to show how many updates a poll costs every screen.
 */
export function connectScreen(
  url: string,
  code: string,
  role: 'projector' | 'moderator',
  key: string,
): Promise<BenchScreen> {
  const socket: Socket = io(url, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, code, role, key, language: 'en' },
  });
  let count = 0;
  socket.on('session:events', () => {
    count++;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('screen did not connect within 30 s')), 30_000);
    socket.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.once('session:welcome', () => {
      clearTimeout(timer);
      resolve({
        messages: () => count,
        reset: () => {
          count = 0;
        },
        close: () => void socket.disconnect(),
      });
    });
  });
}
