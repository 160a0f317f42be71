// Shared steps for the moderator-console and projector browser tests: a real server with a session,
// the console and the projector as pages, and participants as real Node SessionClients.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { connectClient } from '../../helpers/clients.js';
import { waitFor } from '../../helpers/waitFor.js';
import { LAPTOP, newPage } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

export type World = SessionWorld;
export const startWorld = startSessionWorld;

export type Opened = { context: BrowserContext; page: Page };

/**
 * Opens the moderator's console. `links: true` leaves the session's links on the device the way the
 * home page does after creating it (so the console offers the projector view).
 */
export async function openConsole(
  w: World,
  o: { links?: boolean; context?: Parameters<Browser['newContext']>[0] } = {},
): Promise<Opened> {
  const opened = await newPage(w.browser, { ...LAPTOP, ...o.context });
  if (o.links) {
    const value = JSON.stringify({ code: w.session.code, title: '', createdAt: 0, ...w.session.links });
    await opened.context.addInitScript(([k, v]) => localStorage.setItem(k, v), [
      `palabre:links:${w.session.code}`,
      value,
    ] as const);
  }
  await opened.page.goto(w.session.links.moderator);
  await opened.page.getByTestId('now-title').waitFor();
  return opened;
}

export async function openProjector(w: World, o: Parameters<Browser['newContext']>[0] = {}): Promise<Opened> {
  const opened = await newPage(w.browser, { viewport: { width: 1920, height: 1080 }, ...o });
  await opened.page.goto(w.session.links.projector);
  await opened.page.getByTestId('projector-code').waitFor();
  return opened;
}

export interface Person {
  name: string;
  organization: string;
  country: string;
}

export const PEOPLE: Person[] = [
  { name: 'Aïcha Diallo', organization: 'RACTES', country: 'Senegal' },
  { name: 'Kofi Mensah', organization: 'Coop Lomé', country: 'Togo' },
  // Stays anonymous (the sample session lets people choose).
  { name: '', organization: '', country: '' },
];

/** Participants as real socket clients, each with the profile they chose. */
export async function joinParticipants(w: World, people: Person[] = PEOPLE): Promise<SessionClient[]> {
  const out: SessionClient[] = [];
  for (const p of people) {
    const c = await connectClient(w.server.url, w.session.code, 'participant');
    const ack = await c.send({ type: 'profile:set', ...p, language: 'en', anonymous: !p.name });
    if (!ack.ok) throw new Error(`profile refused: ${ack.error}`);
    out.push(c);
  }
  return out;
}

/** Sends a participant command that must be accepted. */
export async function must(c: SessionClient, cmd: Parameters<SessionClient['send']>[0]): Promise<void> {
  const ack = await c.send(cmd);
  if (!ack.ok) throw new Error(`${cmd.type} refused: ${ack.error}`);
}

export const until = waitFor;

/** expect.poll with room for a busy machine (its own default gives up after one second). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 40 });

/** Text of an element, trimmed (empty when missing). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector).first();
  return ((await el.count()) ? ((await el.textContent()) ?? '') : '').trim();
}

/** Whether an image finished loading with real pixels (the QR code). */
export async function imageLoaded(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);
}
