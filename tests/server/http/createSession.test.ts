// HTTP: POST /api/sessions creates a session with or without a definition: 201, a short code from
// the unambiguous alphabet, and one link per role, the staff ones carrying their keys.
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../shared/sessionCode.js';
import { keyOf, SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { loadedState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

interface Created {
  code: string;
  links: Record<'moderator' | 'rapporteur' | 'participant' | 'projector' | 'speaker', string>;
}

describe('POST /api/sessions', () => {
  it('with no body: 201, a code and links', async () => {
    server = await startTestServer();
    const r = await fetch(`${server.url}/api/sessions`, { method: 'POST' });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await r.json()) as Created;
    expect(body.code).toHaveLength(CODE_LENGTH);
    for (const ch of body.code) expect(CODE_ALPHABET).toContain(ch);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(Object.keys(body.links).sort()).toEqual(['moderator', 'participant', 'projector', 'rapporteur', 'speaker']);
    const mk = keyOf(body.links.moderator);
    const rk = keyOf(body.links.rapporteur);
    expect(mk.length).toBeGreaterThanOrEqual(21);
    expect(rk.length).toBeGreaterThanOrEqual(21);
    expect(mk).not.toBe(rk);
    expect(new URL(body.links.moderator).pathname).toBe(`/moderator/${body.code}`);
    expect(new URL(body.links.participant).pathname).toBe(`/j/${body.code}`);
    // The participant link carries no secret.
    for (const k of [mk, rk, keyOf(body.links.projector)]) expect(body.links.participant).not.toContain(k);
    expect(new URL(body.links.participant).hash).toBe('');
    // The session exists, with the default definition.
    const state = await loadedState(server, body.code);
    expect(state.phase.kind).toBe('lobby');
    expect(state.definition.identity).toBe('optional');
    expect(state.definition.maxAnswerLength).toBe(2_000);
  });

  it('with a definition: that definition, and a fresh code each time', async () => {
    server = await startTestServer();
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add((await server.createSession(SAMPLE_DEFINITION)).code);
    expect(codes.size).toBe(5);
    const [code] = [...codes];
    expect((await loadedState(server, code!)).definition.title).toBe('Innovative Partnerships');
    expect((await loadedState(server, code!)).definition.speakers.map((s) => s.id)).toEqual(['s1', 's2']);
    // An empty body and {} are the same.
    const r = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(201);
  });
});
