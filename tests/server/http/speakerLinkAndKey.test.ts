// The speaker view's link comes with every new session (`links.speaker`); its key opens the speaker
// view (and the join addresses) and dismisses a cue, but runs no moderator command and opens no
// archive. The moderator's key fetches the same link again; no other key does.
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../../shared/permissions.js';
import type { SpeakerLinksResponse } from '../../../shared/http.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';
import { keyOf, SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

const get = (url: string, key?: string) =>
  fetch(url, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });

describe('links.speaker', () => {
  it('is returned, opens the speaker view, and its key can only dismiss a cue', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const link = new URL(s.links.speaker);
    expect(link.pathname).toBe(`/speaker/${s.code}`);
    expect(s.speakerKey.length).toBeGreaterThanOrEqual(21);
    for (const other of [s.moderatorKey, s.rapporteurKey, s.projectorKey]) expect(s.speakerKey).not.toBe(other);

    const speaker = await connectClient(server.url, s.code, 'speaker', { key: s.speakerKey });
    expect(speaker.status).toBe('online');
    const wrong = await connectClient(server.url, s.code, 'speaker', { key: s.projectorKey });
    expect(wrong.status).toBe('refused');
    expect(wrong.refusal?.error).toBe('forbidden');

    // Every moderator command is refused, and changes nothing.
    const before = speaker.state!.seq;
    for (const type of COMMAND_TYPES.filter((t) => t !== 'cue:dismiss')) {
      const ack = await speaker.send(SAMPLE_COMMANDS[type]);
      expect(ack, type).toMatchObject({ ok: false, error: 'forbidden' });
    }
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect(mod.state!.seq).toBe(before);

    // The cue it shows it may dismiss.
    expect((await mod.send({ type: 'cue:send', cueId: 'c9', kind: 'conclude', text: '', flash: false })).ok).toBe(true);
    await waitFor(() => speaker.state?.cue?.id === 'c9', { what: 'speaker got the cue' });
    expect((await speaker.send({ type: 'cue:dismiss', cueId: 'c9' })).ok).toBe(true);
    await waitFor(() => mod.state?.cue === null, { what: 'moderator saw the dismissal' });

    // No archive with the speaker's key.
    expect((await get(`${server.url}/api/sessions/${s.code}/archive`, s.speakerKey)).status).toBe(403);
  });

  it('is handed out again with the moderator key only', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const url = `${server.url}/api/sessions/${s.code}/speaker-link`;
    const r = await get(url, s.moderatorKey);
    expect(r.status).toBe(200);
    const body = (await r.json()) as SpeakerLinksResponse;
    expect(body.speaker).toBe(s.links.speaker);
    expect(keyOf(body.stream)).toBe(s.speakerKey);
    expect(new URL(body.stream).pathname).toBe(`/stream/${s.code}`);
    expect((await get(url)).status).toBe(401);
    for (const key of [s.rapporteurKey, s.projectorKey, s.speakerKey]) expect((await get(url, key)).status).toBe(403);
  });
});
