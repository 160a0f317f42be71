// Shared steps for the participant browser tests: a real server with a session and a moderator
// driving it from Node, and a phone that joins through the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import type { DefinitionInput } from '../../../shared/definition.js';
import { PHONE, newPage } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

export interface World extends SessionWorld {
  moderator: SessionClient;
}

export async function startWorld(def: DefinitionInput = SAMPLE_DEFINITION): Promise<World> {
  const world = await startSessionWorld(def);
  const moderator = await connectClient(world.server.url, world.session.code, 'moderator', {
    key: world.session.moderatorKey,
  });
  return { ...world, moderator };
}

export async function phone(
  w: World,
  o: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  return newPage(w.browser, { ...PHONE, ...o });
}

/** Opens the session's link and fills in the profile the sample session asks for. */
export async function joinByLink(
  w: World,
  page: Page,
  name = 'Aminata Diallo',
  org = 'RACTES',
  country = 'Senegal',
): Promise<void> {
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
  return (await waitFor(() => Object.values(w.room().participants).find((p) => p.name === name)?.id, {
    what: `participant ${name}`,
  }))!;
}

export async function putOnFloor(w: World, questionId: string): Promise<void> {
  const ack = await w.moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId } });
  if (!ack.ok) throw new Error(ack.message);
}

export const answersOf = (w: World, participantId: string) =>
  Object.values(w.room().answers).filter((a) => a.participantId === participantId);
