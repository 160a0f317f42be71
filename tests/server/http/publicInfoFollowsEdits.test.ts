// The public facts a phone gets before connecting (GET /api/sessions/:code and the facts embedded
// in /j/CODE) follow the moderator's live edits: a renamed session, a changed identity mode.
import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { parseDefinition } from '../../../shared/definition.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { fakeDist } from '../../helpers/fakeDist.js';
import { rawGet } from '../../helpers/rawGet.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let dist: string;
afterEach(async () => {
  closeAllClients();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const embedded = (html: string) => JSON.parse(/id="palabre-boot">([^<]*)</.exec(html)![1]!) as Record<string, string>;

it('a title and identity mode edited during the session show in the public info and the page', async () => {
  dist = fakeDist();
  server = await startTestServer({ staticDir: dist });
  const s = await server.createSession(SAMPLE_DEFINITION);
  const page = async () => embedded((await rawGet(`${server.url}/j/${s.code}`)).body.toString('utf8'));
  expect(await page()).toMatchObject({ title: 'Innovative Partnerships', identity: 'optional' });

  const moderator = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  const parsed = parseDefinition({ ...SAMPLE_DEFINITION, title: 'Partenariats innovants', identity: 'named' });
  if (!parsed.ok) throw new Error('sample definition invalid');
  const ack = await moderator.send({ type: 'definition:update', definition: parsed.definition });
  expect(ack.ok).toBe(true);

  const info = await (await fetch(`${server.url}/api/sessions/${s.code}`)).json();
  expect(info).toEqual({ code: s.code, title: 'Partenariats innovants', language: 'en', identity: 'named' });
  expect(await page()).toEqual(info);
});
