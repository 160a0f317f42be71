// answer:record over a real socket: acknowledged after commit, the same envelope sent again is
// applied once (the command id), the same answer id again is a no-op; a participant is refused
// with a message in their language and nothing is stored.
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const record: Command = {
  type: 'answer:record',
  answerId: 'rec-ben',
  questionId: 'main',
  text: 'Les actions doivent partir des forces locales.',
  by: { name: 'Ben Zeghadi', organization: 'CRESS Mayotte', country: 'France', public: false },
  channel: 'room',
};

describe('answer:record over the socket', () => {
  it('is stored once however often it is sent', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const rap = await connectRaw(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }));
    const first = await sendRaw(rap.socket, { id: 'cmd-rec-1', command: record });
    expect(first).toMatchObject({ ok: true });
    // The same envelope again (a lost ack): the same ack, nothing new.
    expect(await sendRaw(rap.socket, { id: 'cmd-rec-1', command: record })).toEqual(first);
    // The same answer id in a new envelope (a second click): accepted, nothing new.
    expect(await sendRaw(rap.socket, { id: 'cmd-rec-2', command: record })).toMatchObject({ ok: true });
    const stored = (await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:recorded');
    expect(stored).toHaveLength(1);
    expect(serverState(server, s.code).answers['rec-ben']).toMatchObject({
      text: record.type === 'answer:record' ? record.text : '',
      by: { name: 'Ben Zeghadi', channel: 'room', recordedBy: 'rapporteur' },
    });
    // The moderator's console sees it (screens get recorded answers).
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    await waitFor(() => mod.state?.answers['rec-ben']?.by?.name === 'Ben Zeghadi', { what: 'moderator sees it' });
  });

  it('is refused to a participant, in their language, with nothing stored', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const p = await connectClient(server.url, s.code, 'participant', { language: 'es' });
    const ack = await p.send(record);
    expect(ack).toEqual({ ok: false, error: 'forbidden', message: 'No tiene permiso para hacer eso en esta sesión.' });
    const rap = await connectClient(server.url, s.code, 'rapporteur', { key: s.rapporteurKey, language: 'fr' });
    const noName = await rap.send({
      ...record,
      answerId: 'rec-2',
      by: { name: ' ', organization: '', country: '', public: false },
    } as Command);
    expect(noName).toMatchObject({ ok: false, error: 'author_required' });
    expect(noName.ok === false && noName.message).toMatch(/Indiquez qui l’a dit/);
    expect(serverState(server, s.code).answers).toEqual({});
  });
});
