// The sync client, framework-free so the views, the tests and the bench all use the same code:
// connect with the handshake, apply events with the shared reducer, keep the clock offset, and
// send every command through a persistent outbox that re-sends until the server acknowledges.
import { Manager, type Socket } from 'socket.io-client';
import { bestOffset, type ClockSample } from '../../shared/clock.js';
import type { Command } from '../../shared/commands.js';
import type { Language } from '../../shared/definition.js';
import { errorMessage, type Ack, type ErrorCode } from '../../shared/errors.js';
import { commandTooLarge } from '../../shared/limits.js';
import type { EventEnvelope } from '../../shared/events.js';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ConnectRefusal,
  type ServerToClientEvents,
  type Welcome,
} from '../../shared/protocol.js';
import { applyBatch } from '../../shared/batchState.js';
import { upgradeAqs, type Role, type SessionState } from '../../shared/state.js';
import { newClientId } from './ids.js';
import type { KeyValue } from './storage.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface OutboxItem {
  id: string;
  command: Command;
  queuedAt: number;
}

export interface ClientOptions {
  url: string;
  code: string;
  role: Role;
  key?: string;
  language: Language;
  storage: KeyValue;
  /** Socket.IO connection options merged in (tests pass e.g. `transports`). */
  socketOptions?: Record<string, unknown>;
  /** A connection opened ahead of time by `preconnect` (its transport already up). */
  manager?: Manager;
  now?: () => number;
  /** Called with every command's final ack, including items restored from the device after a reload. */
  onSettled?: (item: OutboxItem, ack: Ack) => void;
}

const CONNECTION_OPTIONS = {
  autoConnect: false,
  transports: ['websocket', 'polling'],
  // WebSocket is opened first and the server offers no upgrade from it: no probe to run (the
  // participant page's build leaves the probe out, vite.config.ts).
  upgrade: false,
  reconnectionDelay: 1_000,
  reconnectionDelayMax: 10_000,
  randomizationFactor: 0.5,
};

/**
 * Opens the connection's transport ahead of time, without the session handshake: nobody joins and
 * nothing is counted, but when the client starts on it, only the handshake's round trip is left
 * (the phone opens it while its owner fills in the profile form). The server closes a transport
 * left without a handshake after 45 s; the connection then opens again by itself.
 */
export function preconnect(url: string): Manager {
  const manager = new Manager(url, CONNECTION_OPTIONS);
  manager.open();
  return manager;
}

/** Refusals after which re-sending cannot help: the command is dropped and the caller told. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['internal', 'rate_limited']);

type Listener = () => void;

interface KeptState {
  state: SessionState;
  offset: number;
}

/** Commands awaiting their ack at once; the rest of the outbox waits its turn. */
const MAX_IN_FLIGHT = 8;

export class SessionClient {
  state: SessionState | null = null;
  status: ConnectionStatus = 'connecting';
  refusal: ConnectRefusal | null = null;
  participantId: string | null = null;
  /** serverTime ≈ Date.now() + offset. */
  offset = 0;
  rtt = 0;
  outbox: OutboxItem[] = [];
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Set<Listener>();
  private readonly waiters = new Map<string, ((a: Ack) => void)[]>();
  private readonly inFlight = new Set<string>();
  private token: string | null = null;
  private ready: Promise<void>;
  private closed = false;
  private manualOffline = false;
  private readonly now: () => number;
  private syncTimer: ReturnType<typeof setInterval> | null = null;
  private keepTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly o: ClientOptions) {
    this.now = o.now ?? Date.now;
    const manager =
      o.manager ?? new Manager(o.url, { ...CONNECTION_OPTIONS, query: { s: o.code }, ...o.socketOptions });
    this.socket = manager.socket('/', {
      // Re-read on every (re)connect, so the server always gets our identity and last sequence.
      auth: (cb: (data: object) => void) =>
        cb({
          protocol: PROTOCOL_VERSION,
          code: o.code,
          role: o.role,
          ...(o.key ? { key: o.key } : {}),
          ...(this.participantId && this.token
            ? { participantId: this.participantId, participantToken: this.token }
            : {}),
          ...(this.state ? { lastSeq: this.state.seq } : {}),
          language: o.language,
        }),
    });
    this.ready = this.restore();
    this.socket.on('session:welcome', (w) => void this.onWelcome(w));
    this.socket.on('session:events', (envs) => this.onEvents(envs));
    this.socket.on('disconnect', (reason) => {
      this.inFlight.clear();
      this.setStatus('offline');
      // Socket.IO does not reconnect after the server closed the connection (e.g. cut for
      // flooding, or a restart's shutdown): come back after a pause, unless we closed it ourselves.
      if (reason === 'io server disconnect' && !this.closed && !this.manualOffline) {
        setTimeout(
          () => {
            if (!this.closed && !this.manualOffline && !this.socket.connected) this.socket.connect();
          },
          2_000 + Math.random() * 3_000,
        );
      }
    });
    this.socket.on('connect_error', (err: Error & { data?: ConnectRefusal }) => {
      if (err.data?.error) {
        void this.onRefused(err.data);
      } else this.setStatus('offline');
    });
    this.socket.io.on('reconnect_attempt', () => this.setStatus('connecting'));
  }

  private get storeKey() {
    return `palabre:${this.o.code}:${this.o.role}`;
  }

  private async restore() {
    if (this.o.role === 'participant') {
      const id = await this.o.storage.get<{ participantId: string; token: string }>(`${this.storeKey}:identity`);
      if (id) {
        this.participantId = id.participantId;
        this.token = id.token;
      }
    }
    // (One kept by an older version over the size limit is dropped: it can never be sent.)
    this.outbox = ((await this.o.storage.get<OutboxItem[]>(`${this.storeKey}:outbox`)) ?? []).filter(
      (x) => !commandTooLarge(x.command),
    );
    if (this.o.role === 'participant' && !this.state) {
      // The last state this device saw: a page reloaded without a network still shows the session,
      // and the next handshake asks only for the events after it.
      const kept = await this.o.storage.get<KeptState>(`${this.storeKey}:state`);
      if (kept?.state?.code === this.o.code && !this.state) {
        // One kept from before replies is read in today's shape.
        this.state = upgradeAqs(kept.state);
        this.offset = kept.offset;
        this.emit();
      }
    }
  }

  /** Participants keep their (small) state on the device, at most once a second. */
  private keepState() {
    if (this.o.role !== 'participant' || this.keepTimer || this.closed) return;
    this.keepTimer = setTimeout(() => {
      this.keepTimer = null;
      if (this.state && !this.closed)
        void this.o.storage.set(`${this.storeKey}:state`, {
          state: this.state,
          offset: this.offset,
        } satisfies KeptState);
    }, 1_000);
  }

  connect(): this {
    void this.ready.then(() => {
      if (!this.closed) this.socket.connect();
    });
    return this;
  }

  close(): void {
    this.closed = true;
    if (this.syncTimer) clearInterval(this.syncTimer);
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.socket.disconnect();
  }

  /** Simulates losing the network (tests): the socket drops and reconnects only on `goOnline`. */
  goOffline(): void {
    this.manualOffline = true;
    this.socket.disconnect();
  }

  goOnline(): void {
    this.manualOffline = false;
    if (!this.socket.connected) this.socket.connect();
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit() {
    for (const fn of this.listeners) fn();
  }

  private setStatus(s: ConnectionStatus) {
    if (this.status === s) return;
    this.status = s;
    this.emit();
  }

  /** The server's clock, as best this device knows it. */
  serverNow(): number {
    return this.now() + this.offset;
  }

  private async onRefused(r: ConnectRefusal) {
    if (this.o.role === 'participant' && r.error === 'forbidden' && this.participantId) {
      // The server no longer knows this device's identity (e.g. a new database): join afresh.
      this.participantId = null;
      this.token = null;
      await this.o.storage.del(`${this.storeKey}:identity`);
      this.socket.connect();
      return;
    }
    if (r.error === 'rate_limited') {
      // Too many newcomers (or failed attempts) from this address just now: try again shortly.
      this.setStatus('offline');
      setTimeout(
        () => {
          if (!this.closed && !this.manualOffline && !this.socket.connected) this.socket.connect();
        },
        3_000 + Math.random() * 5_000,
      );
      return;
    }
    this.refusal = r;
    this.setStatus('refused');
  }

  private async onWelcome(w: Welcome) {
    let saving: Promise<void> | null = null;
    if (w.participant) {
      const changed = w.participant.id !== this.participantId;
      this.participantId = w.participant.id;
      if (w.participant.token) {
        this.token = w.participant.token;
        saving = this.o.storage.set(`${this.storeKey}:identity`, {
          participantId: this.participantId,
          token: this.token,
        });
      } else if (changed) this.token = null;
    }
    // Apply the welcome before any await: events broadcast while the identity is being saved
    // (IndexedDB is slow) come after it and must find this state, or they would be lost.
    this.offset = w.serverTime - this.now();
    if (w.kind === 'snapshot') this.state = w.state;
    else if (this.state) this.state = applyBatch(this.state, w.events);
    this.refusal = null;
    this.emit();
    this.keepState();
    // Nothing is sent under a new identity before the device has kept it.
    if (saving) {
      await saving;
      if (!this.socket.connected) return;
    }
    this.setStatus('online');
    this.emit();
    void this.syncClock();
    if (!this.syncTimer) this.syncTimer = setInterval(() => void this.syncClock(), 5 * 60_000);
    this.flushOutbox();
  }

  private onEvents(envs: EventEnvelope[]) {
    if (!this.state) return;
    this.state = applyBatch(this.state, envs);
    this.emit();
    this.keepState();
  }

  /** Five timed round trips; keeps the one with the shortest round trip. */
  async syncClock(rounds = 5): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < rounds && this.socket.connected; i++) {
      const sentAt = this.now();
      try {
        const serverTime = await this.socket.timeout(5_000).emitWithAck('time:ping');
        samples.push({ sentAt, receivedAt: this.now(), serverTime });
      } catch {
        break;
      }
    }
    const best = bestOffset(samples);
    if (best) {
      this.offset = best.offset;
      this.rtt = best.rtt;
      this.emit();
    }
  }

  /**
   * Sends a command through the outbox: stored on the device first, re-sent after every reconnect
   * until acknowledged, applied once by the server thanks to its id. Resolves with the final ack.
   */
  async send(command: Command, id = newClientId()): Promise<Ack> {
    await this.ready;
    const item: OutboxItem = { id, command, queuedAt: this.now() };
    // Measured before anything is kept or sent: a command over the limit would be refused by the
    // server at best, and re-sent after every reconnect at worst. Refused here, in the user's language.
    if (commandTooLarge(command)) {
      const ack: Ack = { ok: false, error: 'too_large', message: errorMessage('too_large', this.o.language) };
      this.o.onSettled?.(item, ack);
      return ack;
    }
    // Several callers may wait on one id (a retried send): all get the same final ack.
    const done = new Promise<Ack>((resolve) => this.waiters.set(id, [...(this.waiters.get(id) ?? []), resolve]));
    if (!this.outbox.some((x) => x.id === id)) {
      this.outbox = [...this.outbox, item];
      await this.saveOutbox();
      this.emit();
    }
    this.flushOutbox();
    return done;
  }

  private async saveOutbox() {
    await this.o.storage.set(`${this.storeKey}:outbox`, this.outbox);
  }

  private flushOutbox() {
    if (!this.socket.connected || this.status !== 'online') return;
    for (const item of this.outbox) {
      // A few at a time, in order: a long offline queue drains without tripping the rate limit.
      if (this.inFlight.size >= MAX_IN_FLIGHT) break;
      if (this.inFlight.has(item.id)) continue;
      this.inFlight.add(item.id);
      this.socket.emit(
        'command:send',
        { id: item.id, command: item.command },
        (ack: Ack) => void this.onAck(item, ack),
      );
    }
  }

  private async onAck(item: OutboxItem, ack: Ack) {
    this.inFlight.delete(item.id);
    if (!ack.ok && RETRYABLE.has(ack.error)) {
      setTimeout(() => this.flushOutbox(), 1_000 + Math.random() * 1_000);
      return;
    }
    this.outbox = this.outbox.filter((x) => x.id !== item.id);
    await this.saveOutbox();
    const ws = this.waiters.get(item.id) ?? [];
    this.waiters.delete(item.id);
    for (const w of ws) w(ack);
    this.o.onSettled?.(item, ack);
    this.emit();
    this.flushOutbox();
  }

  /** Items not yet acknowledged (shown as "sending" or "waiting for the network"). */
  pending(): readonly OutboxItem[] {
    return this.outbox;
  }

  get connected(): boolean {
    return this.status === 'online';
  }
}
