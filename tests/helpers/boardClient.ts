// An organizer's live status board over a real Socket.IO connection (BOARD_NAMESPACE), carrying
// the organizer's cookies like a browser: it keeps the rows it was sent, by session code.
import { io, type Socket } from 'socket.io-client';
import type { BoardRow } from '../../shared/board.js';
import {
  BOARD_NAMESPACE,
  type BoardClientToServer,
  type BoardRefusal,
  type BoardServerToClient,
} from '../../shared/boardProtocol.js';
import type { OrganizerClient } from './organizer.js';
import { waitFor } from './waitFor.js';

export interface BoardClient {
  socket: Socket<BoardServerToClient, BoardClientToServer>;
  rows: Map<string, BoardRow>;
  /** Full boards and patches received. */
  fulls: number;
  patches: number;
  refusal: BoardRefusal | null;
  close(): void;
}

export async function connectBoard(
  base: string,
  organizer: OrganizerClient | null,
  forumId: string,
  o: { language?: 'en' | 'fr' | 'es'; wait?: boolean } = {},
): Promise<BoardClient> {
  const cookie = organizer ? [...organizer.jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const socket: Socket<BoardServerToClient, BoardClientToServer> = io(`${base}${BOARD_NAMESPACE}`, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    auth: { forumId, language: o.language ?? 'en' },
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  const b: BoardClient = {
    socket,
    rows: new Map(),
    fulls: 0,
    patches: 0,
    refusal: null,
    close: () => void socket.close(),
  };
  socket.on('board:full', (full) => {
    b.fulls++;
    b.rows = new Map(full.rows.map((r) => [r.code, r]));
  });
  socket.on('board:rows', (p) => {
    b.patches++;
    for (const r of p.rows) b.rows.set(r.code, r);
    for (const c of p.removed) b.rows.delete(c);
  });
  socket.on('connect_error', (e) => {
    b.refusal = ((e as Error & { data?: BoardRefusal }).data ?? null) as BoardRefusal | null;
  });
  if (o.wait !== false)
    await waitFor(() => b.fulls > 0 || b.refusal !== null || (!socket.active && !socket.connected), {
      what: 'board connected',
    });
  return b;
}
