// While a newcomer fills in the profile form, the phone opens its connection to the server without
// the session handshake: nobody is counted as joined before entering, and entering uses that
// connection (no second WebSocket), so only the handshake's round trip is left.
import { afterEach, expect, it } from 'vitest';
import { poll } from '../moderator/harness.js';
import { fillProfile, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

it('opens the connection during the form, joins only on entering, on that same connection', async () => {
  w = await startWorld();
  const { page } = await phone(w);
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(`${w.server.url}/j/${w.session.code}`);
  await page.getByTestId('profile-form').waitFor();
  await poll(() => sockets.length).toBe(1);
  // Open for a while, yet nobody joined: the room knows no participant.
  await poll(async () => w.server.app.io.engine.clientsCount).toBeGreaterThanOrEqual(2);
  expect(Object.keys(w.room().participants)).toEqual([]);

  await fillProfile(page, 'Awa Ndiaye', 'Enda', 'Senegal');
  await poll(() => Object.values(w.room().participants).map((p) => p.name)).toEqual(['Awa Ndiaye']);
  expect(sockets).toHaveLength(1);
});
