// Each answer records its language: the participant's interface language, corrected on the server
// by the detector when the text is clearly in another language; short texts keep the interface's.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('answer language', () => {
  it('is the interface language unless the text says otherwise', async () => {
    server = await startTestServer();
    const s = await server.createSession({ ...SAMPLE_DEFINITION, language: 'fr' });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const p = await connectClient(server.url, s.code, 'participant', { language: 'fr' });
    const send = (answerId: string, text: string) =>
      p.send({ type: 'answer:submit', answerId, questionId: 'main', text });
    expect(
      await send('a-es', 'Hay que apoyar a las cooperativas locales con financiación pública durante varios años.'),
    ).toMatchObject({ ok: true });
    expect(
      await send('a-fr', 'Il faut soutenir les coopératives locales avec un financement public sur plusieurs années.'),
    ).toMatchObject({ ok: true });
    expect(
      await send('a-en', 'Local governments should fund cooperatives for several years, not one project at a time.'),
    ).toMatchObject({ ok: true });
    expect(await send('a-short', 'Oui, tout à fait')).toMatchObject({ ok: true });
    const answers = serverState(server, s.code).answers;
    expect(answers['a-es']!.language).toBe('es');
    expect(answers['a-fr']!.language).toBe('fr');
    expect(answers['a-en']!.language).toBe('en');
    expect(answers['a-short']!.language).toBe('fr');
    // The participant's own copy carries it too (the same event).
    expect(p.state?.answers['a-es']?.language).toBe('es');
  });
});
