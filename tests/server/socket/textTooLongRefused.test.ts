// VALIDATE: an answer or audience question longer than the session allows (2,000 characters by
// default, configurable) is refused with text_too_long; the hard ceiling of the schema with
// invalid_payload. Nothing is applied or written.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('text length', () => {
  it('the default limit: 2,000 characters pass, 2,001 are text_too_long, 20,001 are invalid_payload', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const before = serverState(server, s.code);
    const written = (await server.store.eventsAfter(s.code, 0)).length;
    const submit = (answerId: string, n: number) =>
      p.send({ type: 'answer:submit', answerId, questionId: 'main', text: 'é'.repeat(n) });
    expect(await submit('a1', 2_001)).toMatchObject({ ok: false, error: 'text_too_long' });
    expect(await submit('a2', 20_001)).toMatchObject({ ok: false, error: 'invalid_payload' });
    expect(await p.send({ type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'x'.repeat(2_001) })).toMatchObject({
      ok: false,
      error: 'text_too_long',
    });
    expect(serverState(server, s.code)).toBe(before);
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(written);
    expect(p.pending()).toHaveLength(0);
    expect(await submit('a3', 2_000)).toMatchObject({ ok: true });
    expect(serverState(server, s.code).answers.a3?.text).toHaveLength(2_000);
    // Editing past the limit is refused too, and leaves the answer as it was.
    expect(await p.send({ type: 'answer:edit', answerId: 'a3', text: 'y'.repeat(2_001) })).toMatchObject({
      ok: false,
      error: 'text_too_long',
    });
    expect(serverState(server, s.code).answers.a3?.text).toBe('é'.repeat(2_000));
  });

  it('a session with its own limit applies it', async () => {
    server = await startTestServer();
    const s = await server.createSession({ ...SAMPLE_DEFINITION, maxAnswerLength: 50 });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    expect((await mod.send({ type: 'answering:open', questionIds: ['r1q1'] })).ok).toBe(true);
    const written = (await server.store.eventsAfter(s.code, 0)).length;
    expect(
      await p.send({ type: 'answer:submit', answerId: 'long', questionId: 'r1q1', text: 'x'.repeat(51) }),
    ).toMatchObject({
      ok: false,
      error: 'text_too_long',
    });
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(written);
    // Surrounding whitespace is not counted: the text is trimmed first.
    expect(
      await p.send({ type: 'answer:submit', answerId: 'fits', questionId: 'r1q1', text: `  ${'x'.repeat(50)}\n` }),
    ).toMatchObject({ ok: true });
  });
});
