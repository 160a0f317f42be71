// HTTP: a bad definition gets 400 with invalid_payload and the paths of the fields at fault;
// nothing is created.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

async function post(
  body: string,
): Promise<{ status: number; json: { error: string; issues: { path: string; message: string }[] } }> {
  const r = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  });
  return { status: r.status, json: (await r.json()) as never };
}

describe('POST /api/sessions with a bad definition', () => {
  it('answers 400 naming each field at fault, and creates nothing', async () => {
    server = await startTestServer();
    const bad = {
      language: 'de',
      date: '21/10/2021',
      timeZone: 'Mars/Olympus',
      identity: 'secret',
      maxAnswerLength: 5,
      speakers: [
        { id: 's1', name: 'Ok' },
        { id: 'bad id!', name: 'Bad' },
        { id: 's3', name: 'Long', minutes: 0 },
      ],
      rounds: [{ id: 'r1', title: 'R1', questions: [{ id: 'q1' }] }],
    };
    const r = await post(JSON.stringify(bad));
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('invalid_payload');
    const paths = r.json.issues.map((i) => i.path);
    for (const p of [
      'language',
      'date',
      'timeZone',
      'identity',
      'maxAnswerLength',
      'speakers.1.id',
      'speakers.2.minutes',
      'rounds.0.questions.0.text',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(paths).not.toContain('speakers.0.id');
    for (const i of r.json.issues) expect(i.message.length).toBeGreaterThan(0);
    expect(server.app.registry.loaded).toBe(0);
    expect(await server.store.listSessionCodes()).toEqual([]);
  });

  it('names duplicate ids, and refuses what is not JSON or not an object', async () => {
    server = await startTestServer();
    const dup = await post(
      JSON.stringify({
        speakers: [
          { id: 's1', name: 'A' },
          { id: 's1', name: 'B' },
        ],
      }),
    );
    expect(dup.status).toBe(400);
    expect(dup.json.issues.map((i) => i.path)).toEqual(['speakers.1.id']);
    const mainDup = await post(
      JSON.stringify({ rounds: [{ id: 'r1', title: 'R', questions: [{ id: 'main', text: 'Clash' }] }] }),
    );
    expect(mainDup.json.issues.map((i) => i.path)).toEqual(['rounds.0.questions.0.id']);
    const notJson = await post('{title: nope');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toBe('invalid_payload');
    for (const body of ['[]', '"a string"', '42']) expect((await post(body)).status, body).toBe(400);
    expect(await server.store.listSessionCodes()).toEqual([]);
  });
});
