// Socket.IO transport: the handshake (protocol version, code, role, key or participant token),
// then commands in labelled steps: validate, authorize, decide + append (committer), ack, broadcast.
import type { Server, Socket } from 'socket.io';
import * as v from 'valibot';
import { decide, joinEvent, type Actor, type Decision } from '../shared/decide.js';
import type { Command } from '../shared/commands.js';
import type { Language } from '../shared/definition.js';
import { errorMessage, type Ack, type ErrorCode } from '../shared/errors.js';
import type { EventEnvelope } from '../shared/events.js';
import { can } from '../shared/permissions.js';
import {
  HandshakeSchema,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ConnectRefusal,
  type ServerToClientEvents,
} from '../shared/protocol.js';
import type { Role, SessionState } from '../shared/state.js';
import type { Committer } from './committer.js';
import { parseEnvelope } from './envelope.js';
import { hashSecret, newId, newToken, normalizeCode, secretMatches } from './keys.js';
import type { Logger } from './log.js';
import { newBucket, take, type Bucket, type RateLimitOptions } from './rateLimit.js';
import type { Registry } from './registry.js';
import type { PublishGroup, Room, RoomTransport } from './room.js';
import type { EventStore } from './store/types.js';

export interface SocketData {
  code: string;
  role: Role;
  participantId: string | null;
  /** Set when this connection created the participant: the join is committed before the welcome. */
  newToken: string | null;
  lang: Language;
  lastSeq: number | undefined;
  bucket: Bucket;
}

export type PalabreServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type PalabreSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const roomNames = {
  all: (code: string) => code,
  screens: (code: string) => `${code}:screens`,
  staff: (code: string) => `${code}:staff`,
  participant: (code: string, pid: string) => `${code}:p:${pid}`,
};

/**
 * Socket.IO broadcasts. A batch with one visibility group is one emit (one serialization, whatever
 * the number of receivers). A mixed batch (e.g. a tick of answers from many participants) is merged
 * so each connection gets ONE message per batch with every event it may see, in order: one for the
 * staff, one for the projectors, one per participant with events of its own, one for all the others.
 * (Emitting each group apart cost every screen one message, and one socket write, per answer.)
 */
export function socketTransport(io: PalabreServer): RoomTransport {
  const targetsOf = (code: string, vis: PublishGroup['vis']) => {
    const targets = [
      vis.to === 'all' ? roomNames.all(code) : vis.to === 'screens' ? roomNames.screens(code) : roomNames.staff(code),
    ];
    if (vis.participantId && vis.to !== 'all') targets.push(roomNames.participant(code, vis.participantId));
    return targets;
  };
  return {
    publish(code: string, groups: PublishGroup[]) {
      if (groups.length === 1) {
        const g = groups[0]!;
        io.to(targetsOf(code, g.vis)).emit('session:events', g.events);
        return;
      }
      const everything = groups.flatMap((g) => g.events);
      if (!everything.length) return;
      io.to(roomNames.staff(code)).emit('session:events', everything);
      const forProjector = groups.filter((g) => g.vis.to !== 'staff').flatMap((g) => g.events);
      if (forProjector.length)
        io.to(roomNames.screens(code)).except(roomNames.staff(code)).emit('session:events', forProjector);
      // One pass: each participant's list is the 'all' events so far plus its own, in order.
      const forAll: EventEnvelope[] = [];
      const own = new Map<string, EventEnvelope[]>();
      for (const g of groups) {
        if (g.vis.to === 'all') {
          forAll.push(...g.events);
          for (const list of own.values()) list.push(...g.events);
        } else if (g.vis.participantId) {
          const list = own.get(g.vis.participantId);
          if (list) list.push(...g.events);
          else own.set(g.vis.participantId, [...forAll, ...g.events]);
        }
      }
      for (const [pid, events] of own) io.to(roomNames.participant(code, pid)).emit('session:events', events);
      if (forAll.length) {
        io.to(roomNames.all(code))
          .except([roomNames.screens(code), ...[...own.keys()].map((pid) => roomNames.participant(code, pid))])
          .emit('session:events', forAll);
      }
    },
  };
}

function refusal(error: ErrorCode, lang: Language): Error & { data: ConnectRefusal } {
  const err = new Error(error) as Error & { data: ConnectRefusal };
  err.data = { error, message: errorMessage(error, lang) };
  return err;
}

// The command handler's helpers are plain functions, not closures made per command (nor per
// connection): the server runs under tsx, whose esbuild keeps function names, so every named
// closure costs an Object.defineProperty when it is created. Three per command (`reply`, `refuse`,
// the op's `decide`) were about 5 µs per answer in `palabre bench` at 2,000 participants.

/** Without an ack callback the sender cannot learn the outcome: refused (and logged), never applied. */
function reply(ack: unknown, a: Ack): void {
  if (typeof ack === 'function') ack(a);
}

function refuse(log: Logger, d: SocketData, ack: unknown, error: ErrorCode, why: string): void {
  log('warn', 'command refused', { code: d.code, role: d.role, reason: error, why });
  reply(ack, { ok: false, error, message: errorMessage(error, d.lang) });
}

/** An op's decide step for one command (returned by a function, so the closure is unnamed). */
function decideCommand(actor: Actor, command: Command): (s: SessionState, now: number) => Decision {
  return (s, now) => decide(s, actor, command, now);
}

export interface SocketDeps {
  io: PalabreServer;
  store: EventStore;
  registry: Registry;
  committer: Committer;
  clock: () => number;
  log: Logger;
  rateLimit: RateLimitOptions;
}

export function attachSocketHandlers(deps: SocketDeps): void {
  const { io, store, registry, committer, clock, log, rateLimit } = deps;
  /** Open connections per participant, so presence flips only on the first and last one. */
  const connections = new Map<string, number>();

  io.use((socket, next) => {
    const parsed = v.safeParse(HandshakeSchema, socket.handshake.auth);
    if (!parsed.success) return next(refusal('invalid_payload', 'en'));
    const h = parsed.output;
    const lang = h.language ?? 'en';
    if (h.protocol !== PROTOCOL_VERSION) return next(refusal('protocol_mismatch', lang));
    const code = normalizeCode(h.code);
    const rec = code ? registry.record(code) : undefined;
    if (!code || !rec) return next(refusal('session_not_found', lang));
    const base = {
      code,
      role: h.role,
      lang,
      lastSeq: h.lastSeq,
      bucket: newBucket(clock(), rateLimit),
      newToken: null,
    };
    switch (h.role) {
      case 'moderator':
      case 'rapporteur':
      case 'projector': {
        const hash =
          h.role === 'moderator'
            ? rec.moderatorKeyHash
            : h.role === 'rapporteur'
              ? rec.rapporteurKeyHash
              : rec.projectorKeyHash;
        if (!h.key) return next(refusal('unauthorized', lang));
        if (!secretMatches(h.key, hash)) {
          log('warn', 'connect refused: wrong key', { code, role: h.role });
          return next(refusal('forbidden', lang));
        }
        socket.data = { ...base, participantId: null };
        return next();
      }
      case 'participant': {
        if (h.participantId || h.participantToken) {
          const stored = h.participantId ? store.getParticipantTokenHash(code, h.participantId) : undefined;
          if (!stored || !secretMatches(h.participantToken, stored)) {
            log('warn', 'connect refused: unknown participant', { code });
            return next(refusal('forbidden', lang));
          }
          socket.data = { ...base, participantId: h.participantId! };
        } else {
          socket.data = { ...base, participantId: newId(), newToken: newToken() };
        }
        return next();
      }
    }
  });

  /** Records a participant's presence when it changes (first connection in, last one out). */
  const presence = (room: Room, pid: string, connected: boolean, lang: Language) =>
    committer.submit({
      room,
      actor: 'system',
      commandId: null,
      lang,
      label: 'participant:presence',
      decide: (s) => ({
        ok: true,
        events:
          !s.participants[pid] || s.participants[pid].connected === connected
            ? []
            : [{ type: 'participant:presence', participantId: pid, connected }],
      }),
    });

  io.on('connection', (socket: PalabreSocket) => {
    void welcome(socket).catch((e) => {
      log('error', 'welcome failed', { err: String(e) });
      socket.disconnect(true);
    });
  });

  async function welcome(socket: PalabreSocket): Promise<void> {
    const d = socket.data;
    const room = registry.get(d.code);
    if (!room) return void socket.disconnect(true);
    const pid = d.participantId;

    // Handlers first (synchronously), so nothing the client sends right after connecting is dropped;
    // the committer's queue keeps any command behind this connection's join.
    socket.on('time:ping', (ack) => {
      if (typeof ack === 'function') ack(clock());
    });

    socket.on('command:send', (envelope, ack) => {
      // (No named closure is created per command: see `reply`.)
      // RATE LIMIT
      const verdict = take(d.bucket, clock(), rateLimit);
      if (verdict === 'cut') {
        log('warn', 'connection cut: flooding', { code: d.code, role: d.role });
        refuse(log, d, ack, 'rate_limited', 'flooding');
        return void socket.disconnect(true);
      }
      if (verdict === 'refuse') return refuse(log, d, ack, 'rate_limited', 'rate');
      // VALIDATE
      if (typeof ack !== 'function') return refuse(log, d, ack, 'invalid_payload', 'no ack callback');
      const parsed = parseEnvelope(envelope);
      if (!parsed.ok) return refuse(log, d, ack, 'invalid_payload', parsed.path);
      const { id, command } = parsed.envelope;
      // AUTHORIZE
      if (!can(d.role, command.type)) return refuse(log, d, ack, 'forbidden', command.type);
      // DECIDE, APPEND (group commit), then ACK; the committer broadcasts after the ack.
      const actor: Actor = { role: d.role, participantId: pid };
      void committer
        .submit({
          room,
          actor: pid ? `p:${pid}` : d.role,
          commandId: id,
          lang: d.lang,
          label: command.type,
          decide: decideCommand(actor, command),
        })
        .then((a) => reply(ack, a));
    });

    socket.on('disconnect', () => {
      if (!pid) return;
      const key = `${d.code}:${pid}`;
      const n = (connections.get(key) ?? 1) - 1;
      if (n > 0) return void connections.set(key, n);
      connections.delete(key);
      void presence(room, pid, false, d.lang);
    });

    if (pid) {
      const n = (connections.get(`${d.code}:${pid}`) ?? 0) + 1;
      connections.set(`${d.code}:${pid}`, n);
      const token = d.newToken;
      if (token) {
        const ack = await committer.submit({
          room,
          actor: 'system',
          commandId: null,
          lang: d.lang,
          label: 'participant:join',
          decide: (s) => ({ ok: true, events: [joinEvent(pid, d.lang, s)] }),
          persist: () => store.putParticipant(d.code, pid, hashSecret(token)),
        });
        if (!ack.ok) return void socket.disconnect(true);
      } else if (n === 1) {
        await presence(room, pid, true, d.lang);
      }
      if (!socket.connected) return;
    }

    // Join the broadcast rooms and send the catch-up in one synchronous step, so no event is
    // missed or sent twice between them.
    const rooms = [roomNames.all(d.code)];
    if (d.role !== 'participant') rooms.push(roomNames.screens(d.code));
    if (d.role === 'moderator' || d.role === 'rapporteur') rooms.push(roomNames.staff(d.code));
    if (pid) rooms.push(roomNames.participant(d.code, pid));
    void socket.join(rooms);
    const viewer = { role: d.role, participantId: pid };
    socket.emit('session:welcome', {
      role: d.role,
      serverTime: clock(),
      ...(pid && d.newToken
        ? { participant: { id: pid, token: d.newToken } }
        : pid
          ? { participant: { id: pid, token: '' } }
          : {}),
      ...room.catchUp(viewer, d.newToken ? undefined : d.lastSeq),
    });
  }
}
