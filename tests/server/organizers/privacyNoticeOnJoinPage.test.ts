// A forum's privacy notice is rendered by the server into the join page of its sessions (no phone
// JavaScript): in the session's language, the others folded below, escaped as data. A session
// outside any forum shows none. A change shows after the short cache. SQLite and PostgreSQL.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeDist } from '../../helpers/fakeDist.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

const HOSTILE = 'Vos réponses sont gardées 30 jours.\n</aside><script>alert(1)</script>';

describe.each(durableEngines())('privacy notice on the join page on $name', (engine) => {
  let server: TestServer | undefined;
  let dist = '';
  afterEach(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('shows the forum notice on its sessions only', async () => {
    dist = fakeDist();
    let now = Date.UTC(2026, 9, 1);
    server = await engine.start({ staticDir: dist, clock: () => now });
    const ana = new OrganizerClient(server.url);
    await ana.setup('ana@example.org', 'correct horse');
    const privacy = { fr: HOSTILE, en: 'Your answers are kept 30 days.', es: '' };
    const forumId = (await ana.req('POST', '/api/organizer/forums', { ...FORUM, privacy })).json.id as string;
    const made = await ana.req('POST', `/api/organizer/forums/${forumId}/sessions`, { title: 'Atelier' });
    const code = made.json.code as string;
    const page = async (c: string) => (await fetch(`${server!.url}/j/${c}`)).text();

    const html = await page(code);
    const aside = /<aside class="privacy-notice"[\s\S]*?<\/aside>\n/.exec(html)?.[0] ?? '';
    // French first (the forum's language), English folded, no empty Spanish paragraph.
    expect(aside).toContain('<h2 id="privacy-notice-title" lang="fr"');
    expect(aside).toContain(
      'Vos réponses sont gardées 30 jours.\n&#60;/aside&#62;&#60;script&#62;alert(1)&#60;/script&#62;',
    );
    expect(aside).toMatch(
      /<details><summary lang="fr">Dans les autres langues<\/summary><h3 lang="en"[^>]*>Privacy<\/h3><p lang="en"[^>]*>Your answers are kept 30 days.<\/p><\/details>/,
    );
    expect(aside).not.toContain('lang="es"');
    expect(html).not.toContain('<script>alert(1)');
    // Before the page's script, outside the app's root.
    expect(html.indexOf('privacy-notice')).toBeGreaterThan(html.indexOf('<div id="app"></div>'));

    const outside = await server.createSession({ title: 'Home page session' });
    expect(await page(outside.code)).not.toContain('privacy-notice');

    await ana.req('PUT', `/api/organizer/forums/${forumId}`, { ...FORUM, privacy: { fr: '', en: '', es: '' } });
    now += 31_000;
    expect(await page(code)).not.toContain('privacy-notice');
  });
});
