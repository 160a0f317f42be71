// Password attempts are limited per e-mail address and per client address: after the limit even
// the right password is refused (429 with Retry-After) until the window has passed. SQLite and
// PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { organizerMessage } from '../../../shared/organizerErrors.js';
import type { TestServer } from '../../helpers/server.js';
import { durableEngines, OrganizerClient } from '../../helpers/organizer.js';

describe.each(durableEngines())('organizer login attempts on $name', (engine) => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('per e-mail address: 5 attempts, then refused even with the right password, free again later', async () => {
    let mono = 0;
    server = await engine.start({
      monotonic: () => mono,
      loginLimits: { perEmail: { limit: 5, windowMs: 60_000 }, perAddress: { limit: 100, windowMs: 60_000 } },
    });
    const first = new OrganizerClient(server.url);
    expect((await first.setup('ana@example.org', 'right password')).status).toBe(201); // attempt 1
    const guesser = new OrganizerClient(server.url, 'es');
    for (let i = 0; i < 3; i++)
      expect((await guesser.login('ANA@example.org ', `wrong ${i}`)).json.error).toBe('login_failed');
    expect((await guesser.login('ana@example.org', 'right password')).status).toBe(200); // attempt 5
    const r = await guesser.login('ana@example.org', 'right password');
    expect(r.status).toBe(429);
    expect(r.json).toEqual({ error: 'rate_limited', message: organizerMessage('rate_limited', 'es') });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await guesser.login('someone@example.org', 'x')).json.error).toBe('login_failed');
    mono += 60_000;
    expect((await guesser.login('ana@example.org', 'right password')).status).toBe(200);
  });

  it('per client address: many addresses from one client are stopped too', async () => {
    let mono = 0;
    server = await engine.start({
      monotonic: () => mono,
      loginLimits: { perEmail: { limit: 100, windowMs: 60_000 }, perAddress: { limit: 4, windowMs: 60_000 } },
    });
    const c = new OrganizerClient(server.url);
    expect((await c.setup('ana@example.org', 'right password')).status).toBe(201);
    for (let i = 0; i < 3; i++) expect((await c.login(`u${i}@example.org`, 'nope nope')).status).toBe(401);
    expect((await c.login('ana@example.org', 'right password')).status).toBe(429);
    mono += 60_000;
    expect((await c.login('ana@example.org', 'right password')).status).toBe(200);
  });
});
