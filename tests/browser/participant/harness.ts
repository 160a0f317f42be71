// Shared steps for the participant browser tests: a real server with a session and a moderator
// driving it from Node, and a phone that joins through the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, type CreatedSession, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import type { DefinitionInput } from '../../../shared/definition.js';
import type { SessionState } from '../../../shared/state.js';
import { PHONE, launchBrowser, newPage, startAppServer } from '../browser.js';

export interface World {
  server: TestServer;
  browser: Browser;
  session: CreatedSession;
  moderator: SessionClient;
  /** The server's own state of the session (the source of truth for "arrived exactly once"). */
  room(): SessionState;
  close(): Promise<void>;
}

export async function startWorld(def: DefinitionInput = SAMPLE_DEFINITION): Promise<World> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const session = await server.createSession(def);
  const moderator = await connectClient(server.url, session.code, 'moderator', { key: session.moderatorKey });
  return {
    server,
    browser,
    session,
    moderator,
    room: () => server.app.registry.get(session.code)!.state,
    async close() {
      closeAllClients();
      await browser.close();
      await server.close();
    },
  };
}

export async function phone(w: World, o: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  return newPage(w.browser, { ...PHONE, ...o });
}

/** Opens the session's link and fills in the profile the sample session asks for. */
export async function joinByLink(w: World, page: Page, name = 'Aminata Diallo', org = 'RACTES', country = 'Senegal'): Promise<void> {
  await page.goto(`${w.server.url}/j/${w.session.code}`);
  await fillProfile(page, name, org, country);
}

export async function fillProfile(page: Page, name: string, org: string, country: string): Promise<void> {
  await page.getByTestId('profile-form').waitFor();
  await page.getByTestId('profile-name').fill(name);
  await page.getByTestId('profile-organization').fill(org);
  await page.getByTestId('profile-country').fill(country);
  await page.getByTestId('profile-submit').click();
  await page.getByTestId('now').waitFor();
}

/** The participant id the server gave the person with this name. */
export async function participantNamed(w: World, name: string): Promise<string> {
  return (await waitFor(() => Object.values(w.room().participants).find((p) => p.name === name)?.id, { what: `participant ${name}` }))!;
}

export async function putOnFloor(w: World, questionId: string): Promise<void> {
  const ack = await w.moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId } });
  if (!ack.ok) throw new Error(ack.message);
}

export const answersOf = (w: World, participantId: string) =>
  Object.values(w.room().answers).filter((a) => a.participantId === participantId);
