// Gathering a forum's reports never stops the server: while the zip of every format of every
// session is made (each report written, then the zip packed, in the render pool's workers) for a
// forum whose session holds 500 answers, /healthz keeps answering within 100 ms. (The combined
// report is one render job like a session's PDF: tests/server/report/healthzDuringBigPdf.test.ts.) The probes run in a child process: in the
// test's own process a blocked event loop would delay them unseen.
import { spawn } from 'node:child_process';
import JSZip from 'jszip';
import { afterEach, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { getBytes } from '../../helpers/forumReports.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

/** Probes /healthz every 20 ms and prints "<start ms> <latency ms> <status>" per answer. */
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

  const probe = spawn(process.execPath, ['-e', PROBE, `${server.url}/healthz`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = '';
  probe.stdout.on('data', (b: Buffer) => {
    lines += b.toString();
  });
  try {
    await waitFor(() => lines.includes('\n'), { what: 'the probe running', timeout: 20_000 });
    const start = Date.now();
    const zip = await getBytes(o, `/api/organizer/forums/${forumId}/reports.zip`);
    const end = Date.now();
    expect(zip.status).toBe(200);
    const during = lines
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number, number])
      .filter(([t0]) => t0 >= start && t0 <= end);
    expect(during.length).toBeGreaterThan(10);
    expect(during.every(([, , status]) => status === 200)).toBe(true);
    expect(Math.max(...during.map(([, ms]) => ms))).toBeLessThan(100);
    const names = Object.keys((await JSZip.loadAsync(zip.body)).files);
    expect(names).toContain('2026-10-02 10h00 – Grand atelier.pdf');
    expect(names).toContain('2026-10-02 10h00 – Petit atelier.docx');
  } finally {
    probe.kill();
  }
});
