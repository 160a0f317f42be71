// A client that sends its request slowly is not held for Node's defaults (300 s for a request):
// the server answers 408 and closes once the request time is over.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../../server/app.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ requestTimeoutMs: 600, headersTimeoutMs: 600 });
});
afterAll(async () => {
  await server?.close();
});

describe('slow requests', () => {
  it('are answered 408 and closed after the request timeout', async () => {
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(20_000);
    expect(server.app.http.requestTimeout).toBe(600);
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    let closed = false;
    socket.on('data', (b) => (received += b.toString()));
    socket.on('close', () => (closed = true));
    socket.on('error', () => {});
    socket.write('POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{');
    // Keeps trickling a byte now and then, never finishing.
    const trickle = setInterval(() => socket.write(' '), 100);
    try {
      await waitFor(() => closed, { timeout: 8_000, what: 'connection closed' });
    } finally {
      clearInterval(trickle);
    }
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
