// Rendering never stops the server: while a 500-answer PDF is laid out (in a worker thread),
// /healthz keeps answering within 100 ms, and the PDF still arrives whole. The probes run in a
// child process: in the test's own process a blocked event loop would delay them unseen.
import { spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

/** Probes /healthz every 20 ms and prints "<start ms> <latency ms>" per answer. */
const PROBE = `
const url = process.argv[1];
(async () => {
  for (;;) {
    const t0 = Date.now(), p0 = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    process.stdout.write(t0 + ' ' + (performance.now() - p0).toFixed(1) + ' ' + r.status + '\\n');
    await new Promise((res) => setTimeout(res, 20));
  }
})();`;

const PARTICIPANTS = 10;
const EACH = 50;

it('answers /healthz within 100 ms while a 500-answer PDF renders', { timeout: 180_000 }, async () => {
  server = await startTestServer();
  // A first, small export starts the render worker (from sources, tsx compiles it: `npm start` does not).
  const small = await server.createSession(SAMPLE_DEFINITION);
  const warm = await fetch(`${server.url}/api/sessions/${small.code}/report?format=pdf`, {
    headers: { authorization: `Bearer ${small.rapporteurKey}` },
  });
  expect(warm.status).toBe(200);
  await warm.arrayBuffer();
  const s = await server.createSession(SAMPLE_DEFINITION);
  const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'main' } })).ok).toBe(true);
  const phones = await Promise.all(
    Array.from({ length: PARTICIPANTS }, () => connectClient(server.url, s.code, 'participant')),
  );
  await Promise.all(
    phones.map(async (c, i) => {
      for (let k = 0; k < EACH; k++) {
        const text = `Answer ${i}.${k}: local partnerships between cooperatives, city halls and universities need shared funding and time.`;
        const ack = await c.send({ type: 'answer:submit', answerId: `a${i}-${k}`, questionId: 'main', text });
        if (!ack.ok) throw new Error(`answer refused: ${ack.error}`);
      }
    }),
  );

  const probe = spawn(process.execPath, ['-e', PROBE, `${server.url}/healthz`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = '';
  let bytes = Buffer.alloc(0);
  probe.stdout.on('data', (b: Buffer) => {
    lines += b.toString();
  });
  try {
    await waitFor(() => lines.includes('\n'), { what: 'the probe running', timeout: 20_000 });
    const start = Date.now();
    const r = await fetch(`${server.url}/api/sessions/${s.code}/report?format=pdf`, {
      headers: { authorization: `Bearer ${s.rapporteurKey}` },
    });
    expect(r.status).toBe(200);
    bytes = Buffer.from(await r.arrayBuffer());
    const end = Date.now();
    const during = lines
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number, number])
      .filter(([t0]) => t0 >= start && t0 <= end);
    // The probes ran during the render (it takes seconds), not only after it.
    expect(during.length).toBeGreaterThan(10);
    expect(during.every(([, , status]) => status === 200)).toBe(true);
    // Rendered on the event loop, this PDF blocks it for 0.5–1.3 s at once: every probe in flight
    // waits that long. In a worker, probes answer within 100 ms; on a busy 2-core machine one
    // may be late, never by a render's length.
    const latencies = during.map(([, ms]) => ms);
    expect(latencies.filter((ms) => ms >= 100).length).toBeLessThanOrEqual(1);
    expect(Math.max(...latencies)).toBeLessThan(400);
  } finally {
    probe.kill();
  }
  const text = pdfText(bytes);
  expect(text).toContain('Answer 0.0:');
  expect(text).toContain(`Answer ${PARTICIPANTS - 1}.${EACH - 1}:`);
});
