// A client's command in labelled steps: rate limit, validate, authorize, then decide + append
// (the committer runs the engine's step), ack, broadcast.
import type { Actor } from '../../shared/decide.js';
import { errorMessage, type Ack, type ErrorCode } from '../../shared/errors.js';
import { commandTooLarge, MEASURED_COMMANDS } from '../../shared/limits.js';
import { can } from '../../shared/permissions.js';
import { parseEnvelope } from '../envelope.js';
import type { Logger } from '../log.js';
import type { Room } from '../room.js';
import type { PalabreSocket, SocketData, SocketDeps } from './types.js';

// The command handler's helpers are plain functions, not closures made per command (nor per
// connection): the server runs under tsx, whose esbuild keeps function names, so every named
// closure costs an Object.defineProperty when it is created. (`reply` and `refuse` as closures
// were about 5 µs per answer in `palabre bench` at 2,000 participants.)

/** Without an ack callback the sender cannot learn the outcome: refused (and logged), never applied. */
function reply(ack: unknown, a: Ack): void {
  if (typeof ack === 'function') ack(a);
}

function refuse(log: Logger, d: SocketData, ack: unknown, error: ErrorCode, why: string): void {
  log('warn', 'command refused', { code: d.code, role: d.role, reason: error, why });
  reply(ack, { ok: false, error, message: errorMessage(error, d.lang) });
}

/** The question an answer command is about (after its commit: an edited answer exists). */
function answerQuestion(room: Room, c: { type: string; questionId?: unknown; answerId?: unknown }): string | undefined {
  if (c.type === 'answer:submit' && typeof c.questionId === 'string') return c.questionId;
  return typeof c.answerId === 'string' ? room.answerQuestion(c.answerId) : undefined;
}

/** Commands that may change a closed question's tally. */
const ANSWER_COMMANDS = new Set(['answer:submit', 'answer:edit', 'answer:withdraw', 'answer:moderate']);

/** Handles `command:send` on a connection of `room`. */
export function handleCommands(
  socket: PalabreSocket,
  room: Room,
  deps: Pick<SocketDeps, 'committer' | 'log' | 'limits' | 'results' | 'walls'>,
): void {
  const { committer, log, limits, results, walls } = deps;
  const d = socket.data;
  const actor: Actor = { role: d.role, participantId: d.participantId };
  socket.on('command:send', (envelope, ack) => {
    // (No named closure is created per command: see `reply`.)
    // RATE LIMIT: per participant (all its sockets together; a staff connection alone), then a
    // participant's address (all identities together). Monotonic clock (server/rateLimit.ts).
    const verdict = limits.commands.take(d.limitKey);
    if (verdict === 'cut') {
      log('warn', 'connection cut: flooding', { code: d.code, role: d.role });
      refuse(log, d, ack, 'rate_limited', 'flooding');
      return void socket.disconnect(true);
    }
    if (verdict === 'refuse') return refuse(log, d, ack, 'rate_limited', 'rate');
    if (d.participantId && limits.commandsPerAddress.take(d.address) !== 'allow')
      return refuse(log, d, ack, 'rate_limited', 'address rate');
    // VALIDATE
    if (typeof ack !== 'function') return refuse(log, d, ack, 'invalid_payload', 'no ack callback');
    // TOO LARGE: measured before parsing (a big definition costs to validate). Socket.IO's own
    // limit is above this one (MAX_SOCKET_FRAME_BYTES), so the sender is answered, not cut.
    const raw = (envelope as { command?: { type?: unknown } } | null)?.command;
    if (
      raw &&
      typeof raw.type === 'string' &&
      MEASURED_COMMANDS.has(raw.type) &&
      commandTooLarge(raw as { type: string })
    )
      return refuse(log, d, ack, 'too_large', raw.type);
    const parsed = parseEnvelope(envelope);
    if (!parsed.ok) return refuse(log, d, ack, 'invalid_payload', parsed.path);
    const { id, command } = parsed.envelope;
    // AUTHORIZE (early, so a forbidden command never waits for a batch; the engine checks again)
    if (!can(d.role, command.type)) return refuse(log, d, ack, 'forbidden', command.type);
    // DECIDE, APPEND (group commit), then ACK; the committer broadcasts after the ack.
    const answers = results && ANSWER_COMMANDS.has(command.type);
    void committer.submit({ room, actor, command, commandId: id, lang: d.lang }).then((a) => {
      // An answer may change a closed question's tally: refreshed soon, with others (server/results.ts).
      if (answers && a.ok) results.touch(room, answerQuestion(room, command));
      // Any change may show on a shown wall (an answer, a +1, a name): its phones' copy follows soon.
      if (a.ok) walls?.touch(room);
      reply(ack, a);
    });
  });
}
