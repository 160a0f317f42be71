// The broadcast fan-out: which Socket.IO rooms a connection joins, and how a committed batch is
// sent to every connection allowed to see each event.
import type { EventEnvelope } from '../../shared/events.js';
import { isScreen, isStaff } from '../../shared/roles.js';
import type { Role } from '../../shared/state.js';
import type { PublishGroup, RoomTransport } from '../room.js';
import type { PalabreServer } from './types.js';

export const roomNames = {
  all: (code: string) => code,
  screens: (code: string) => `${code}:screens`,
  staff: (code: string) => `${code}:staff`,
  participant: (code: string, pid: string) => `${code}:p:${pid}`,
};

/** The broadcast rooms a connection joins: what its role (and, for a participant, its id) may see. */
export function roomsOf(code: string, role: Role, pid: string | null): string[] {
  const rooms = [roomNames.all(code)];
  if (isScreen(role)) rooms.push(roomNames.screens(code));
  if (isStaff(role)) rooms.push(roomNames.staff(code));
  if (pid) rooms.push(roomNames.participant(code, pid));
  return rooms;
}

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
      if (groups.length === 1 && !groups[0]!.phone) {
        const g = groups[0]!;
        io.to(targetsOf(code, g.vis)).emit('session:events', g.events);
        return;
      }
      if (groups.length === 1) {
        // One event naming participants: the screens get it, its owner's phones and the others their copies.
        const g = groups[0]!;
        const { owner, mine, others } = g.phone!;
        const ownerRoom = owner !== null ? roomNames.participant(code, owner) : null;
        io.to(roomNames.screens(code)).emit('session:events', g.events);
        if (ownerRoom) io.to(ownerRoom).except(roomNames.screens(code)).emit('session:events', mine);
        io.to(roomNames.all(code))
          .except(ownerRoom ? [roomNames.screens(code), ownerRoom] : [roomNames.screens(code)])
          .emit('session:events', others);
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
        if (g.phone) {
          // Phones get copies: its owner `mine` (starting its own list if need be), the others `others`.
          const { owner, mine, others } = g.phone;
          for (const [pid, list] of own) list.push(...(pid === owner ? mine : others));
          if (owner !== null && !own.has(owner)) own.set(owner, [...forAll, ...mine]);
          forAll.push(...others);
        } else if (g.vis.to === 'all') {
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
