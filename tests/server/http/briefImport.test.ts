// POST /api/briefs/import: a Word brief or its text → the definition to review, warnings, and the
// unrecognised text; anything that is not a readable Word file is refused with a clear message.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefWarning } from '../../../shared/brief/warnings.js';
import type { SessionDefinition } from '../../../shared/definition.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ROUND_1, ROUND_2, SEED_SPEAKERS, seedLikeDocx } from './briefDocx.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The project's English brief: tab-separated speaker table with HTML cells, page headers in lists. */
const BRIEF_EN = resolve(__dirname, '../../fixtures/briefs/en-workshop.txt');
const PAGE_HEADER = 'Porto 2024 – Community Energy Cooperatives Forum';

interface ImportReply {
  definition: SessionDefinition;
  warnings: (BriefWarning & { message: string })[];
  unrecognized: string[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const post = (body: BodyInit, type: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/briefs/import`, { method: 'POST', body, headers: { 'content-type': type, ...headers } });

describe('POST /api/briefs/import', () => {
  it('reads a .docx brief: title, date, both rounds, moderator and the speaker table', async () => {
    const r = await post(new Uint8Array(await seedLikeDocx()), DOCX);
    expect(r.status).toBe(200);
    const body = (await r.json()) as ImportReply;
    const d = body.definition;
    expect(d.title).toBe('Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories');
    expect(d.date).toBe('2021-10-08');
    expect(d.startTime).toBe('20:00');
    expect(d.endTime).toBe('21:30');
    expect(d.mainQuestion).toBe(
      'How can the different sectors and actors of the SSE co-create, from the local level, solutions to global challenges?',
    );
    expect(d.rounds.map((round) => round.questions.map((q) => q.text))).toEqual([ROUND_1, ROUND_2]);
    expect(d.moderator.name).toBe('Kevin');
    expect(d.moderator.organization).toBe('OJEDD');
    expect(
      d.speakers.map((s) => ({
        name: s.name,
        organization: s.organization,
        country: s.country,
        talkTitle: s.talkTitle,
      })),
    ).toEqual(SEED_SPEAKERS);
    expect(Array.isArray(body.warnings)).toBe(true);
    expect(Array.isArray(body.unrecognized)).toBe(true);
  });

  it('reads a .docx sent as application/octet-stream (recognised by its ZIP signature)', async () => {
    const r = await post(new Uint8Array(await seedLikeDocx()), 'application/octet-stream');
    expect(r.status).toBe(200);
    expect(((await r.json()) as ImportReply).definition.speakers).toHaveLength(3);
  });

  it('reads an English brief sent as plain text: title, rounds of 5 + 5, the speaker table', async () => {
    const r = await post(readFileSync(BRIEF_EN, 'utf8'), 'text/plain; charset=utf-8');
    expect(r.status).toBe(200);
    const { definition: d, unrecognized } = (await r.json()) as ImportReply;
    expect(d.title).toBe('Neighbourhood Power: Cooperative Models for a Fair Energy Transition');
    expect([d.date, d.startTime, d.endTime, d.timeZone, d.language]).toEqual([
      '2024-03-14',
      '09:30',
      '11:00',
      'UTC',
      'es',
    ]);
    expect(d.rounds.map((round) => round.questions.length)).toEqual([5, 5]);
    expect(d.speakers.map((s) => [s.name, s.organization, s.country])).toEqual([
      ['Ingrid Solberg', 'Fjordkraft Andelslag', 'Norway'],
      ['Tomás Ferreira', 'Cooperativa Luz do Vale, CLV', 'Portugal'],
      ['Amara Okafor', 'Lagos Energy Commons', 'Nigeria'],
    ]);
    expect(unrecognized).toEqual([]);
  });

  it('sends warnings as codes with params, worded in the Accept-Language language', async () => {
    const brief = readFileSync(BRIEF_EN, 'utf8');
    const en = (await (await post(brief, 'text/plain; charset=utf-8')).json()) as ImportReply;
    expect(en.warnings).toEqual([
      {
        code: 'page_lines_removed',
        params: { count: 6, example: PAGE_HEADER },
        message: `Removed 6 page header and footer lines (e.g. “${PAGE_HEADER}”).`,
      },
      { code: 'no_time_zone', params: {}, message: 'No time zone named; times are taken as UTC.' },
    ]);
    const fr = (await (
      await post(brief, 'text/plain; charset=utf-8', { 'accept-language': 'fr-FR,fr;q=0.9' })
    ).json()) as ImportReply;
    expect(fr.warnings.map((w) => w.message)).toEqual([
      `6 lignes d’en-tête ou de pied de page ont été retirées (par ex. « ${PAGE_HEADER} »).`,
      'Aucun fuseau horaire indiqué ; les heures sont prises en UTC.',
    ]);
    const es = (await (
      await post(brief, 'text/plain; charset=utf-8', { 'accept-language': 'es' })
    ).json()) as ImportReply;
    expect(es.warnings[1]?.message).toBe('No se indica la zona horaria; las horas se toman en UTC.');
  });

  it('keeps quoted brief text in params and message as plain text, never escaped', async () => {
    // The importer drops HTML tags from a brief; what is left travels as it is.
    const hostile = 'Klingon & "x" <3';
    const r = await post(`Session title: Test\n\nLanguage: ${hostile}\n`, 'text/plain; charset=utf-8');
    const body = (await r.json()) as ImportReply;
    const w = body.warnings.find((x) => x.code === 'language_unknown');
    expect(w?.params).toEqual({ value: hostile });
    expect(w?.message).toContain(hostile);
  });

  it('a docx without any brief headings still answers, with warnings', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('It was a dark and stormy night; the rain fell in torrents.')] }],
    });
    const r = await post(new Uint8Array(await Packer.toBuffer(doc)), DOCX);
    expect(r.status).toBe(200);
    const body = (await r.json()) as ImportReply;
    expect(body.warnings[0]).toMatchObject({ code: 'not_a_brief', params: {} });
    expect(body.definition.speakers).toEqual([]);
  });

  it('refuses garbage sent as a .docx with 400 invalid_payload and a clear message', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256);
    const r = await post(garbage, DOCX);
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: string; message: string };
    expect(body.error).toBe('invalid_payload');
    expect(body.message).toMatch(/Word/);
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    const fake = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const r = await post(new Uint8Array(fake), DOCX, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: string; message: string };
    expect(body.error).toBe('invalid_payload');
    expect(body.message).toMatch(/document Word/);
  });

  it('binary garbage sent as text never fails: it answers with what it found and warnings', async () => {
    const garbage = new Uint8Array(2048).map((_, i) => (i * 73 + 5) % 256);
    const r = await post(garbage, 'text/plain');
    expect(r.status).toBe(200);
    const body = (await r.json()) as ImportReply;
    expect(body.warnings.length).toBeGreaterThan(0);
  });

  it('refuses a body over 5 MB with 413', async () => {
    const r = await post(new Uint8Array(5 * 1024 * 1024 + 10), 'text/plain');
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: string }).error).toBe('too_large');
  });

  it('refuses other methods and other content types', async () => {
    expect((await fetch(`${server.url}/api/briefs/import`)).status).toBe(405);
    expect((await post('{}', 'application/json')).status).toBe(415);
  });
});
