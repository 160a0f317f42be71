// The first visit of a fresh installation offers to create the first organizer: two such visits
// at once create one account, and the other is told to log in. SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { durableEngines, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

describe.each(durableEngines())('first-organizer setup on $name', (engine) => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('two first visits at once create one account; the other is told to log in', async () => {
    server = await engine.start();
    const a = new OrganizerClient(server.url);
    const b = new OrganizerClient(server.url);
    await a.req('GET', '/api/organizer/me');
    await b.req('GET', '/api/organizer/me');
    const [ra, rb] = await Promise.all([
      a.req('POST', '/api/organizer/setup', { email: 'a@example.org', password: 'password a' }),
      b.req('POST', '/api/organizer/setup', { email: 'b@example.org', password: 'password b' }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([201, 409]);
    expect(await server.store.countOrganizers()).toBe(1);
    expect((await new OrganizerClient(server.url).req('GET', '/api/organizer/me')).json.setupNeeded).toBe(false);
  });
});
