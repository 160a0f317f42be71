// Socket.IO wiring: the handshake, then per connection its commands, its presence, and its
// welcome (the catch-up), in that order. Each job lives in its own file of this folder.
import { resultsRefresher } from '../results.js';
import { wallRefresher } from '../wallRefresher.js';
import { handleCommands } from './commands.js';
import { handshake } from './handshake.js';
import { presenceTracker } from './presence.js';
import { roomsOf } from './transport.js';
import type { PalabreSocket, SocketDeps } from './types.js';

export { roomNames, roomsOf, socketTransport } from './transport.js';
export type { PalabreServer, SocketData, SocketDeps } from './types.js';

export function attachSocketHandlers(
  given: SocketDeps,
): Pick<ReturnType<typeof presenceTracker>, 'settled'> & { stopResults(): void } {
  const deps: SocketDeps = {
    ...given,
    results: given.results ?? resultsRefresher(given.committer),
    walls: given.walls ?? wallRefresher(given.committer),
  };
  const { io, registry, committer, clock, log, limits } = deps;
  const presence = presenceTracker(deps);

  io.use(handshake(deps));

  io.on('connection', (socket: PalabreSocket) => {
    void welcome(socket).catch((e) => {
      log('error', 'welcome failed', { err: String(e) });
      socket.disconnect(true);
    });
  });

  return {
    settled: () => presence.settled(),
    stopResults: () => {
      deps.results?.stop();
      deps.walls?.stop();
    },
  };

  async function welcome(socket: PalabreSocket): Promise<void> {
    const d = socket.data;
    // `get` first: a loaded room attaches the handlers with no await before them.
    const room = registry.get(d.code) ?? (await registry.load(d.code));
    if (!room) return void socket.disconnect(true);
    const pid = d.participantId;

    // Handlers first (synchronously), so nothing the client sends right after connecting is dropped;
    // the committer's queue keeps any command behind this connection's join.
    // Clock pings are rate-limited like commands (per participant, per address); one over the
    // limit gets no answer (the client's ping times out), and a connection that keeps on is cut.
    socket.on('time:ping', (ack) => {
      const verdict = limits.pings.take(d.limitKey);
      if (verdict === 'cut') return void socket.disconnect(true);
      if (verdict === 'refuse') return;
      if (d.participantId && limits.pingsPerAddress.take(d.address) !== 'allow') return;
      if (typeof ack === 'function') ack(clock());
    });
    handleCommands(socket, room, deps);
    socket.on('disconnect', () => presence.leave(socket, room));

    if (pid) {
      if (!(await presence.arrive(socket, room))) return void socket.disconnect(true);
      if (!socket.connected) return;
    }

    // A client that saw more of the session elsewhere (its node died) waits for this room to read it.
    if (committer.shared && d.lastSeq !== undefined && d.lastSeq > room.seq) await committer.refresh(room);
    if (!socket.connected) return;

    // Join the broadcast rooms and send the catch-up in one synchronous step, so no event is
    // missed or sent twice between them; and only while no commit of the room is in flight, so
    // the welcome never shows a decided but uncommitted state.
    committer.whenIdle(room, () => {
      if (!socket.connected) return;
      void socket.join(roomsOf(d.code, d.role, pid));
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
    });
  }
}
