// The Socket.IO types every part of the transport shares: what a connection carries after its
// handshake, and what the handlers are given.
import type { Server, Socket } from 'socket.io';
import type { Language } from '../../shared/definition.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.js';
import type { Role } from '../../shared/state.js';
import type { ClusterPresence } from '../cluster/presence.js';
import type { Committer } from '../committer.js';
import type { Logger } from '../log.js';
import type { SocketLimiters } from '../rateLimit.js';
import type { Registry } from '../registry.js';
import type { ResultsRefresher } from '../results.js';
import type { WallRefresher } from '../wallRefresher.js';
import type { SessionStore } from '../store/sessionStore.js';

export interface SocketData {
  code: string;
  role: Role;
  participantId: string | null;
  /** Set when this connection created the participant: the join is committed before the welcome. */
  newToken: string | null;
  lang: Language;
  lastSeq: number | undefined;
  /** The client's address (the TCP peer, or behind TRUST_PROXY the last X-Forwarded-For entry). */
  address: string;
  /**
   * Whose rate limits this connection uses: a participant's are shared by all its sockets
   * (`<code>:p:<id>`), a staff connection has its own (`s:<socket id>`).
   */
  limitKey: string;
}

export type PalabreServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type PalabreSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketDeps {
  io: PalabreServer;
  store: SessionStore;
  registry: Registry;
  committer: Committer;
  clock: () => number;
  log: Logger;
  /** Rate limits, all on the monotonic clock (docs/protocol.md, "Limits"). */
  limits: SocketLimiters;
  /** Read client addresses from X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Cluster mode: connections counted per node in PostgreSQL (server/cluster/presence.ts). */
  clusterPresence?: ClusterPresence;
  /** Closed questions' tallies refreshed after answers, a few times a second at most. */
  results?: ResultsRefresher;
  /** Shown walls on phones, brought up to date at most a few times a second (server/wallRefresher.ts). */
  walls?: WallRefresher;
}
