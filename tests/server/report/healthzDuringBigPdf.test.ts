// Rendering never stops the server: while a 500-answer PDF is laid out (in a worker thread),
// /healthz keeps answering within 100 ms (tests/helpers/healthzProbe.ts), and the PDF still
// arrives whole.
import { afterEach, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { expectHealthyDuring } from '../../helpers/healthzProbe.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

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

  const bytes = await expectHealthyDuring(server.url, async () => {
    const r = await fetch(`${server.url}/api/sessions/${s.code}/report?format=pdf`, {
      headers: { authorization: `Bearer ${s.rapporteurKey}` },
    });
    expect(r.status).toBe(200);
    return Buffer.from(await r.arrayBuffer());
  });
  const text = pdfText(bytes);
  expect(text).toContain('Answer 0.0:');
  expect(text).toContain(`Answer ${PARTICIPANTS - 1}.${EACH - 1}:`);
});
