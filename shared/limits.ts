// Sizes shared by the server and its clients. One number per limit, so the HTTP body limit for a
// session definition and the Socket.IO message limit cannot drift apart (docs/protocol.md, "Limits").

/**
 * The largest message a client may send over Socket.IO (its `maxHttpBufferSize`), and so the largest
 * session definition `POST /api/sessions` accepts: a definition created over HTTP can always be
 * edited and sent back over the socket.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;
