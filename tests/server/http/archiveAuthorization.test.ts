// HTTP: the archive (definition, state, every event) opens with the session's moderator or
// rapporteur key as a bearer token: 401 without one, 403 with any other.
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../shared/reducer.js';
import type { SessionState } from '../../../shared/state.js';
import type { EventEnvelope } from '../../../shared/events.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

const get = (url: string, key?: string) =>
  fetch(url, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });

describe('GET /api/sessions/:code/archive', () => {
  it('401 without a key, 403 with a wrong one, 200 with the moderator or rapporteur key', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const t = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    expect((await p.send({ type: 'answer:submit', answerId: 'a1', questionId: 'main', text: 'Archived' })).ok).toBe(
      true,
    );
    const url = `${server.url}/api/sessions/${s.code}/archive`;

    const none = await get(url);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: 'unauthorized' });
    expect((await fetch(url, { headers: { authorization: s.moderatorKey } })).status).toBe(401); // not a bearer
    for (const [what, key] of [
      ['a made-up key', 'x'.repeat(24)],
      ['the projector key', s.projectorKey],
      ["another session's moderator key", t.moderatorKey],
      ["another session's rapporteur key", t.rapporteurKey],
    ] as const) {
      const r = await get(url, key);
      expect(r.status, what).toBe(403);
      expect(await r.json(), what).toMatchObject({ error: 'forbidden' });
    }
    expect((await get(`${server.url}/api/sessions/ZZZZZZ/archive`, s.moderatorKey)).status).toBe(404);

    for (const key of [s.moderatorKey, s.rapporteurKey]) {
      const r = await get(url, key);
      expect(r.status).toBe(200);
      const body = (await r.json()) as {
        code: string;
        definition: unknown;
        state: SessionState;
        events: EventEnvelope[];
      };
      expect(body.code).toBe(s.code);
      expect(body.definition).toEqual(serverState(server, s.code).definition);
      expect(body.state).toEqual(serverState(server, s.code));
      expect(body.events.map((e) => e.seq)).toEqual(body.events.map((_, i) => i + 1));
      expect(body.events[0]!.event.type).toBe('session:created');
      // The events are the whole truth: they replay to the state.
      expect(replay(body.events)).toEqual(body.state);
      expect(body.state.answers.a1?.text).toBe('Archived');
      // No secret in the archive.
      const text = JSON.stringify(body);
      for (const k of [s.moderatorKey, s.rapporteurKey, s.projectorKey]) expect(text).not.toContain(k);
    }
  });
});
