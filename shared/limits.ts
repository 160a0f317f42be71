// Sizes shared by the server and its clients. One number per limit, so the HTTP body limit for a
// session definition and the Socket.IO message limit cannot drift apart (docs/protocol.md, "Limits").

/**
 * The largest message a client may send over Socket.IO (its `maxHttpBufferSize`), and so the largest
 * session definition `POST /api/sessions` accepts: a definition created over HTTP can always be
 * edited and sent back over the socket.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * What Socket.IO itself accepts (`maxHttpBufferSize`): above any command the server must answer, so
 * a command over its limit is answered `too_large` on an open connection instead of cutting it (a
 * client that re-sent after every reconnect never learned why). Beyond this, the frame is dropped
 * with the connection, as before; our clients never send one (they refuse before sending).
 */
export const MAX_SOCKET_FRAME_BYTES = 2 * MAX_MESSAGE_BYTES;

/** UTF-8 bytes of a string, without Node's Buffer (the clients share this). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair: one 4-byte character.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The size that counts against MAX_MESSAGE_BYTES for a command, as JSON: a definition's own size
 * (the same limit as `POST /api/sessions`' body, so a created session can be saved back), any other
 * command's whole size. The client measures every command before sending it; the server measures the
 * kinds whose schema alone does not keep them far below the limit (`MEASURED_COMMANDS`).
 */
export function commandBytes(command: { type: string; definition?: unknown }): number {
  return utf8Bytes(JSON.stringify(command.type === 'definition:update' ? command.definition : command) ?? '');
}

export const commandTooLarge = (command: { type: string; definition?: unknown }): boolean =>
  commandBytes(command) > MAX_MESSAGE_BYTES;

/** Command kinds the schema lets grow past MAX_MESSAGE_BYTES (texts are capped at 20,000 characters). */
export const MEASURED_COMMANDS: ReadonlySet<string> = new Set(['definition:update']);
