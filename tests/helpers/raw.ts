// Raw socket.io clients speaking the wire protocol directly, for what SessionClient never sends:
// duplicate envelopes, malformed payloads, wrong protocol versions, and spying on the welcome.
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ConnectRefusal,
  type ServerToClientEvents,
  type Welcome,
} from '../../shared/protocol.js';
import { waitFor } from './waitFor.js';

export type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface RawConnection {
  socket: RawSocket;
  welcome: Welcome;
  /** Every `session:events` batch received after the welcome, flattened. */
  events: EventEnvelope[];
}

const open: RawSocket[] = [];

/** A socket that does not connect until told, never reconnects on its own, and is closed by closeAllRaw. */
export function rawSocket(url: string, auth: Record<string, unknown>): RawSocket {
  const socket: RawSocket = io(url, {
    autoConnect: false,
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    auth,
  });
  open.push(socket);
  return socket;
}

/** The handshake fields of a current client; `extra` adds or overrides any of them. */
export function handshake(code: string, role: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { protocol: PROTOCOL_VERSION, code, role, language: 'en', ...extra };
}

/** Connects and resolves with the welcome; rejects with the refusal data on connect_error. */
export function connectRaw(url: string, auth: Record<string, unknown>): Promise<RawConnection> {
  const socket = rawSocket(url, auth);
  const events: EventEnvelope[] = [];
  socket.on('session:events', (envs) => events.push(...envs));
  return new Promise((resolve, reject) => {
    socket.once('session:welcome', (welcome) => resolve({ socket, welcome, events }));
    socket.once('connect_error', (err: Error & { data?: ConnectRefusal }) => reject(err.data ?? err));
    socket.connect();
  });
}

/** The refusal a handshake gets (fails the test if it connects instead). */
export async function refusalOf(url: string, auth: Record<string, unknown>): Promise<ConnectRefusal> {
  try {
    const c = await connectRaw(url, auth);
    c.socket.disconnect();
  } catch (e) {
    return e as ConnectRefusal;
  }
  throw new Error(`handshake ${JSON.stringify(auth)} was accepted`);
}

/** Emits anything as `command:send` and waits for the ack. */
export function sendRaw(socket: RawSocket, envelope: unknown, timeoutMs = 5_000): Promise<Ack> {
  return (
    socket.timeout(timeoutMs) as unknown as { emitWithAck(ev: string, ...args: unknown[]): Promise<Ack> }
  ).emitWithAck('command:send', envelope);
}

/** Waits until `socket` has received an event with `seq >= seq`. */
export function waitForSeq(c: RawConnection, seq: number): Promise<unknown> {
  return waitFor(() => c.events.some((e) => e.seq >= seq), { what: `raw socket saw seq ${seq}` });
}

export function closeAllRaw(): void {
  for (const s of open.splice(0)) s.disconnect();
}
