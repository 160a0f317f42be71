// GET /api/organizer/forums/:id/board: the forum's status board (shared/board.ts), every session
// in programme order. Reached through organizerRoutes.ts, after its login and membership checks.
import type { ServerResponse } from 'node:http';
import type { BoardResponse } from '../../shared/boardProtocol.js';
import type { BoardSource } from '../board/boardSource.js';
import type { ForumRecord } from '../store/forumStore.js';
import { sendJson } from './util.js';

export interface BoardRouteInput {
  /** The path's part after the forum's id ('board'), and the method. */
  sub: string;
  method: string;
  /** The forum, already checked to be the organizer's. */
  forum: ForumRecord;
  res: ServerResponse;
  board: BoardSource | undefined;
  clock: () => number;
}

/** Returns true when the route was handled. */
export async function handleBoardRoute(i: BoardRouteInput): Promise<boolean> {
  if (i.sub !== 'board' || i.method !== 'GET' || !i.board) return false;
  const rows = await i.board.forumRows(i.forum.id);
  i.res.setHeader('cache-control', 'no-store');
  sendJson(i.res, 200, {
    forumId: i.forum.id,
    name: i.forum.settings.name,
    timeZone: i.forum.settings.timeZone,
    serverTime: i.clock(),
    rows,
  } satisfies BoardResponse);
  return true;
}
