// Gathering a forum's reports never stops the server: while the zip of every format of every
// session is made (each report written, then the zip packed, in the render pool's workers) for a
// forum whose session holds 500 answers, /healthz keeps answering within 100 ms. (The combined
// report is one render job like a session's PDF: tests/server/report/healthzDuringBigPdf.test.ts.) The probes run in a child process: in the
// test's own process a blocked event loop would delay them unseen.
import JSZip from 'jszip';
import { afterEach, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { getBytes } from '../../helpers/forumReports.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, startTestServer, type TestServer } from '../../helpers/server.js';
import { expectHealthyDuring } from '../../helpers/healthzProbe.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

const PARTICIPANTS = 10;
const EACH = 50;

it('answers /healthz within 100 ms while a forum’s zip is made', { timeout: 240_000 }, async () => {
  server = await startTestServer();
  const o = new OrganizerClient(server.url);
  await o.setup('ana@example.org', 'correct horse');
  const forumId = (await o.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  const codes: string[] = [];
  let moderatorKey = '';
  for (const title of ['Grand atelier', 'Petit atelier']) {
    const made = await o.req('POST', `/api/organizer/forums/${forumId}/sessions`, {
      title,
      date: '2026-10-02',
      startTime: '10:00',
      mainQuestion: 'Quelles alliances ?',
    });
    codes.push(made.json.code as string);
    moderatorKey ||= keyOf((made.json.links as { moderator: string }).moderator);
  }
  // The worker started (from sources, tsx compiles it: `npm start` does not) before the probes.
  expect((await getBytes(o, `/api/organizer/forums/${forumId}/report.pdf`)).status).toBe(200);

  const mod = await connectClient(server.url, codes[0]!, 'moderator', { key: moderatorKey });
  expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } })).ok).toBe(
    true,
  );
  const phones = await Promise.all(
    Array.from({ length: PARTICIPANTS }, () => connectClient(server.url, codes[0]!, 'participant')),
  );
  await Promise.all(
    phones.map(async (c, i) => {
      const profile = { name: `Participant ${i}`, organization: 'Coop', country: 'France', language: 'fr' } as const;
      await c.send({ type: 'profile:set', ...profile, anonymous: false });
      for (let k = 0; k < EACH; k++) {
        const text = `Answer ${i}.${k}: local partnerships between cooperatives, city halls and universities need shared funding and time.`;
        const ack = await c.send({ type: 'answer:submit', answerId: `a${i}-${k}`, questionId: MAIN_QUESTION_ID, text });
        if (!ack.ok) throw new Error(`answer refused: ${ack.error}`);
      }
    }),
  );

  const zip = await expectHealthyDuring(server.url, () => getBytes(o, `/api/organizer/forums/${forumId}/reports.zip`));
  expect(zip.status).toBe(200);
  const names = Object.keys((await JSZip.loadAsync(zip.body)).files);
  expect(names).toContain('2026-10-02 10h00 – Grand atelier.pdf');
  expect(names).toContain('2026-10-02 10h00 – Petit atelier.docx');
});
