// Participants coming and going: a first connection ever is a join (committed with the token's
// hash before the welcome); later, presence flips only on a participant's first connection in and
// last one out. Both are server commands, decided and authorized like any other.
import { SYSTEM } from '../../shared/decide.js';
import type { Ack } from '../../shared/errors.js';
import { hashSecret } from '../keys.js';
import type { Room } from '../room.js';
import type { PalabreSocket, SocketDeps } from './types.js';

export interface Presence {
  /** A connection of a participant arrives: its join or presence is committed (resolves false if refused). */
  arrive(socket: PalabreSocket, room: Room): Promise<boolean>;
  /** A connection of a participant leaves. */
  leave(socket: PalabreSocket, room: Room): void;
  /** Resolves once every departure seen so far is submitted to the committer (cluster mode asks PostgreSQL first). */
  settled(): Promise<void>;
}

export function presenceTracker(deps: Pick<SocketDeps, 'committer' | 'clusterPresence' | 'log'>): Presence {
  const { committer, clusterPresence: cluster, log } = deps;
  /** Open connections per participant, so presence flips only on the first and last one. */
  const connections = new Map<string, number>();
  /** Departures still asking the cluster whether the participant is connected elsewhere. */
  const leaving = new Set<Promise<unknown>>();

  const flip = (room: Room, pid: string, connected: boolean, lang: PalabreSocket['data']['lang']): Promise<Ack> =>
    committer.submit({
      room,
      actor: SYSTEM,
      command: { type: 'participant:presence', participantId: pid, connected },
      commandId: null,
      lang,
    });

  return {
    async arrive(socket, room) {
      const d = socket.data;
      const pid = d.participantId;
      if (!pid) return true;
      const key = `${d.code}:${pid}`;
      const n = (connections.get(key) ?? 0) + 1;
      connections.set(key, n);
      // Cluster mode: this node's count is written before the flip, so another node's last leave sees it.
      await cluster?.set(d.code, pid, n);
      const token = d.newToken;
      if (token) {
        const ack = await committer.submit({
          room,
          actor: SYSTEM,
          command: { type: 'participant:join', participantId: pid, language: d.lang },
          commandId: null,
          lang: d.lang,
          participants: [{ participantId: pid, tokenHash: hashSecret(token) }],
        });
        return ack.ok;
      }
      if (n === 1) await flip(room, pid, true, d.lang);
      return true;
    },
    async settled() {
      await Promise.all([...leaving]);
    },
    leave(socket, room) {
      const d = socket.data;
      const pid = d.participantId;
      if (!pid) return;
      const key = `${d.code}:${pid}`;
      const n = (connections.get(key) ?? 1) - 1;
      if (n > 0) connections.set(key, n);
      else connections.delete(key);
      if (!cluster) {
        if (n === 0) void flip(room, pid, false, d.lang);
        return;
      }
      const p = cluster
        .set(d.code, pid, n)
        .then(async () => {
          // Absent only if no other live node holds a connection of the participant either.
          if (n > 0 || connections.has(key)) return;
          if (await cluster.connectedElsewhere(d.code, pid))
            return log('debug', 'presence: still connected on another node', { code: d.code });
          await flip(room, pid, false, d.lang);
        })
        .catch(() => flip(room, pid, false, d.lang))
        .finally(() => leaving.delete(p));
      leaving.add(p);
    },
  };
}
