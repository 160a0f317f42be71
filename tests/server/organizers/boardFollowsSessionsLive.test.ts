// The forum's status board: GET /api/organizer/forums/:id/board lists every session of the forum in
// programme order with its room, state, step, phones and waiting questions, and the live board
// (Socket.IO, the organizer's cookie) follows two sessions run at once by real sockets, without
// a reload. A staff download of the report shows as downloaded. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardRow } from '../../../shared/board.js';
import type { BoardResponse } from '../../../shared/boardProtocol.js';
import { connectBoard } from '../../helpers/boardClient.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const session = (title: string, startTime: string, room: string) => ({
  title,
  date: '2026-10-01',
  startTime,
  endTime: `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:30`,
  room,
  moderation: 'approve',
  audienceQuestions: 'always',
  speakers: [
    { id: 's1', name: 'Aminata Diallo', minutes: 10 },
    { id: 's2', name: 'Jean Tremblay', minutes: 10 },
  ],
});

describe.each(durableEngines())('status board on $name', (engine) => {
  let server: TestServer;
  const alice = { client: null as unknown as OrganizerClient };
  let forumId = '';
  const codes: Record<string, { code: string; moderator: string; rapporteur: string }> = {};
  beforeAll(async () => {
    server = await engine.start({ clock: () => Date.UTC(2026, 9, 1, 8) });
    alice.client = new OrganizerClient(server.url);
    expect((await alice.client.setup('alice@example.org', 'correct horse')).status).toBe(201);
    forumId = (await alice.client.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
    // Created out of programme order.
    for (const [name, time, room] of [
      ['Finance', '14:00', 'Auditorium'],
      ['Cities', '09:30', 'Salle Garonne'],
      ['Youth', '11:00', 'Auditorium'],
    ] as const) {
      const r = await alice.client.req('POST', `/api/organizer/forums/${forumId}/sessions`, session(name, time, room));
      expect(r.status).toBe(201);
      const links = r.json.links as { moderator: string; rapporteur: string };
      codes[name] = {
        code: r.json.code as string,
        moderator: keyOf(links.moderator),
        rapporteur: keyOf(links.rapporteur),
      };
    }
  }, 60_000);
  afterAll(async () => {
    closeAllClients();
    await server?.close();
  });

  const board = async () => {
    const r = await alice.client.req('GET', `/api/organizer/forums/${forumId}/board`);
    expect(r.status).toBe(200);
    return r.json as unknown as BoardResponse;
  };

  it('lists every session in programme order, with its room, none started', async () => {
    const b = await board();
    expect(b).toMatchObject({ forumId, name: FORUM.name, timeZone: FORUM.timeZone });
    expect(b.rows.map((r) => [r.title, r.startTime, r.room, r.status])).toEqual([
      ['Cities', '09:30', 'Salle Garonne', 'notStarted'],
      ['Youth', '11:00', 'Auditorium', 'notStarted'],
      ['Finance', '14:00', 'Auditorium', 'notStarted'],
    ]);
    expect(b.rows[0]).toMatchObject({ phones: 0, waitingQuestions: 0, step: null });
  });

  it('follows two sessions run at once, live, and says when a report was downloaded', async () => {
    const live = await connectBoard(server.url, alice.client, forumId);
    expect(live.refusal).toBeNull();
    expect(live.rows.size).toBe(3);
    const patchesBefore = live.patches;

    const cities = codes.Cities!;
    const youth = codes.Youth!;
    const modA = await connectClient(server.url, cities.code, 'moderator', { key: cities.moderator });
    const modB = await connectClient(server.url, youth.code, 'moderator', { key: youth.moderator });
    const phones = [
      await connectClient(server.url, cities.code, 'participant'),
      await connectClient(server.url, cities.code, 'participant'),
      await connectClient(server.url, youth.code, 'participant'),
    ];
    expect((await modA.send({ type: 'turn:start', speakerId: 's2' })).ok).toBe(true);
    expect((await modB.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
    // The forum asks participants' names before they take part.
    const profile = {
      name: 'Awa Ndiaye',
      organization: 'Enda',
      country: 'Senegal',
      language: 'en',
      anonymous: false,
    } as const;
    expect((await phones[2]!.send({ type: 'profile:set', ...profile } as const)).ok).toBe(true);
    expect(
      (await phones[2]!.send({ type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who funds it?' })).ok,
    ).toBe(true);

    const row = (code: string) => live.rows.get(code) as BoardRow;
    await waitFor(
      () =>
        row(cities.code).status === 'live' &&
        row(cities.code).step?.title === 'Jean Tremblay' &&
        row(cities.code).phones === 2 &&
        row(youth.code).step?.kind === 'opening' &&
        row(youth.code).phones === 1 &&
        row(youth.code).waitingQuestions === 1,
      { what: 'the live board following both sessions' },
    );
    expect(live.patches).toBeGreaterThan(patchesBefore);
    expect(row(codes.Finance!.code).status).toBe('notStarted');

    // One phone leaves, the moderator approves the question, ends the other session.
    phones[1]!.close();
    expect((await modB.send({ type: 'aq:approve', questionId: 'a1' })).ok).toBe(true);
    expect((await modA.send({ type: 'session:end' })).ok).toBe(true);
    await waitFor(
      () =>
        row(cities.code).phones === 1 && row(cities.code).status === 'ended' && row(youth.code).waitingQuestions === 0,
      { what: 'the board following the changes' },
    );

    // The rapporteur downloads the report: recorded, shown on the board (HTTP and live).
    const r = await fetch(`${server.url}/api/sessions/${cities.code}/report?format=md`, {
      headers: { authorization: `Bearer ${cities.rapporteur}` },
    });
    expect(r.status).toBe(200);
    await r.arrayBuffer();
    await waitFor(() => row(cities.code).readiness.downloadedAt !== null, { what: 'downloaded, live' });
    const again = (await board()).rows.find((x) => x.code === cities.code)!;
    expect(again.readiness).toMatchObject({ speakers: 2, speakersWithNotes: 0, conclusion: false, photos: 0 });
    expect(again.readiness.downloadedAt).toBe(Date.UTC(2026, 9, 1, 8));
    live.close();
  }, 60_000);
});
