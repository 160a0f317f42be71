// The world most browser tests start from: a real server serving the built client with one session
// in it, and a browser. The moderator and participant harnesses build on it.
import type { Browser } from 'playwright-core';
import type { DefinitionInput } from '../../shared/definition.js';
import type { SessionState } from '../../shared/state.js';
import { closeAllClients } from '../helpers/clients.js';
import { SAMPLE_DEFINITION, type CreatedSession, type TestServer } from '../helpers/server.js';
import { launchBrowser, startAppServer } from './browser.js';

export interface SessionWorld {
  server: TestServer;
  browser: Browser;
  session: CreatedSession;
  /** The server's own state of the session: the source of truth (e.g. for "arrived exactly once"). */
  room(): SessionState;
  /** Closes the Node clients, the browser and the server. */
  close(): Promise<void>;
}

export async function startSessionWorld(def: DefinitionInput = SAMPLE_DEFINITION): Promise<SessionWorld> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const session = await server.createSession(def);
  // Rooms load on first use: load it now so `room()` can be read before any page connects.
  await server.app.registry.load(session.code);
  return {
    server,
    browser,
    session,
    room: () => server.app.registry.get(session.code)!.state,
    async close() {
      closeAllClients();
      await browser.close();
      await server.close();
    },
  };
}
