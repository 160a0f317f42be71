// The forum summary, as the page's figures (JSON) and as a spreadsheet: one row per session in
// programme order with its participants, answers, questions and speaking time, then the totals;
// countries and organizations in every script. UTF-8 with a BOM like the session CSV. SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForumFiguresResponse } from '../../../shared/organizerHttp.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import {
  FORUM_SESSIONS,
  fillForum,
  type FilledForum,
  getBytes,
  codesInProgrammeOrder,
  PROGRAMME_ORDER,
  VOICES,
} from '../../helpers/forumReports.js';
import { durableEngines, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

describe.each(durableEngines())('the forum summary on $name', (engine) => {
  let server: TestServer;
  let forum: FilledForum;
  beforeAll(async () => {
    server = await engine.start();
    forum = await fillForum(server);
  }, 60_000);
  afterAll(() => server?.close());

  it('gives the figures per session in programme order, and the totals', async () => {
    const r = await forum.organizer.req('GET', `/api/organizer/forums/${forum.forumId}/summary`);
    expect(r.status).toBe(200);
    const { figures } = r.json as unknown as ForumFiguresResponse;
    expect(figures.sessions.map((s) => s.code)).toEqual(codesInProgrammeOrder(forum.codes));
    const [opening, ...others] = figures.sessions;
    expect(opening).toMatchObject({ status: 'running', participants: VOICES.length, answers: VOICES.length });
    expect(opening!.spokenMs).toBeGreaterThanOrEqual(0);
    for (const s of others) expect(s).toMatchObject({ status: 'notStarted', participants: 0, answers: 0 });
    expect(figures).toMatchObject({ held: 1, participants: VOICES.length, answers: VOICES.length, questions: 0 });
    expect(figures.plannedMinutes).toBe(10 * FORUM_SESSIONS.length);
    for (const v of VOICES) {
      expect(figures.countries).toContain(v.country);
      expect(figures.organizations).toContain(v.organization);
    }
    // The speakers' country counts too, once for the four sessions.
    expect(figures.countries.filter((c) => c === 'México')).toHaveLength(1);
  });

  it('downloads the same figures as a CSV in the organizer’s language', async () => {
    // The same login, from a browser set to Spanish.
    const es = new OrganizerClient(server.url, 'es');
    for (const [k, v] of forum.organizer.jar) es.jar.set(k, v);
    const r = await getBytes(es, `/api/organizer/forums/${forum.forumId}/summary.csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toContain('resumen.csv');
    expect([...r.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(r.body.toString('utf8').slice(1));
    expect(rows[0]).toContain('Participantes');
    const col = (name: string) => rows[0]!.indexOf(name);
    const body = rows.slice(1, -1);
    expect(body.map((row) => row[col('Código')])).toEqual(codesInProgrammeOrder(forum.codes));
    expect(body.map((row) => row[col('Sesión')])).toEqual(PROGRAMME_ORDER.map((i) => FORUM_SESSIONS[i].title));
    expect(body[0]![col('Participantes')]).toBe(String(VOICES.length));
    expect(body[0]![col('Respuestas')]).toBe(String(VOICES.length));
    expect(body[0]![col('Estado')]).toBe('En curso');
    for (const v of VOICES) expect(body[0]![col('Países representados')]).toContain(v.country);
    const total = rows.at(-1)!;
    expect(total[0]).toBe('Total');
    expect(total[col('Estado')]).toBe(`1 de ${FORUM_SESSIONS.length} sesiones realizadas`);
    expect(total[col('Participantes')]).toBe(String(VOICES.length));
    expect(total[col('Tiempo de palabra previsto (min)')]).toBe(String(10 * FORUM_SESSIONS.length));
  });
});
