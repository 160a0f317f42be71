// A newcomer's phone needs one HTTP response to show the form to fill in: the page itself (script,
// styles and the session's facts inside). Nothing else is fetched before the form is on screen,
// and the browser enforces the page's CSP without refusing anything.
import { afterEach, expect, it } from 'vitest';
import { phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

it('the profile form appears after a single request, with no CSP refusal', async () => {
  w = await startWorld();
  const { context, page } = await phone(w);
  const requests: string[] = [];
  const problems: string[] = [];
  // The service worker's script is fetched on the page's load event (for the next visits), not for this one.
  page.on('request', (r) => new URL(r.url()).pathname !== '/sw.js' && requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(`${w.server.url}/j/${w.session.code}`);
  await page.getByTestId('profile-form').waitFor();
  const before = [...requests];
  expect(before).toEqual([`/j/${w.session.code}`]);
  // The session's title came with the page.
  await expect.poll(() => page.title()).toContain('Innovative Partnerships');
  expect(await page.getByTestId('profile-form').textContent()).toContain('Innovative Partnerships');
  expect(problems).toEqual([]);
  await context.close();
});
