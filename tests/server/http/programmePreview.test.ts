// POST /api/programme/preview: a real .xlsx (Spanish headers, Excel date cells), a French CSV and a
// brief file each give reviewable rows; nothing is stored.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammePreviewResponse } from '../../../shared/programme/http.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { seedLikeDocx } from './briefDocx.js';
import { spanishProgrammeXlsx } from './programmeSheet.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const preview = (body: BodyInit, type: string, query = '', lang = 'en') =>
  fetch(`${server.url}/api/programme/preview${query}`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, 'accept-language': lang },
  });

describe('POST /api/programme/preview', () => {
  it('reads a real .xlsx with Spanish headers and reports its bad rows', async () => {
    const file = await spanishProgrammeXlsx(3, [
      ['', 'mañana'],
      ['Sin fecha', 'pronto', 'tarde'],
    ]);
    const r = await preview(new Uint8Array(file), XLSX, '', 'fr');
    expect(r.status).toBe(200);
    const body = (await r.json()) as ProgrammePreviewResponse;
    expect(body.kind).toBe('sheet');
    expect(body.rows.map((x) => x.row)).toEqual([3, 4, 5, 6, 7]);
    const first = body.rows[0]?.definition;
    expect([first?.title, first?.date, first?.startTime, first?.endTime, first?.language]).toEqual([
      'Sesión 1: economía social y territorio',
      '2023-10-17',
      '10:00',
      '11:30',
      'es',
    ]);
    expect(body.rows[1]?.definition?.language).toBe('fr');
    expect(body.rows[0]?.room).toBe('Sala 1');
    expect(body.rows[0]?.rapporteur).toBe('Inès Roy');
    expect(first?.speakers.map((s) => [s.name, s.country, s.talkTitle])).toEqual([
      ['Ana Souza', 'Brasil', 'Fondo 1'],
      ['Jorge Ramírez', 'México', 'Ahorro'],
    ]);
    const [untitled, undated] = body.rows.slice(3);
    expect(untitled?.definition).toBeNull();
    expect(untitled?.errors.map((e) => e.message)).toEqual(['Pas de titre : cette ligne ne sera pas créée.']);
    expect(undated?.warnings.map((w) => w.code)).toEqual(['date_unreadable', 'time_unreadable', 'no_start_time']);
    expect(undated?.warnings[0]?.message).toBe('Date non comprise : « pronto ».');
    expect(await server.store.listSessionCodes()).toEqual([]);
  });

  it('reads a French CSV exported with ";"', async () => {
    const csv = 'Titre;Date;Horaire;Salle;Langue\nLes communs;07/10/2023;17h-18h30;Salle B;français\n';
    const r = await preview(csv, 'text/csv');
    const body = (await r.json()) as ProgrammePreviewResponse;
    expect([body.rows[0]?.definition?.date, body.rows[0]?.definition?.startTime]).toEqual(['2023-10-07', '17:00']);
    expect(body.rows[0]?.warnings.map((w) => w.code)).toEqual(['date_ambiguous']);
  });

  it('reads a brief file as one row', async () => {
    const text = readFileSync(resolve(__dirname, '../../fixtures/briefs/es-nota-conceptual.txt'));
    const r = await preview(new Uint8Array(text), 'text/plain', '?name=nota.txt');
    const body = (await r.json()) as ProgrammePreviewResponse;
    expect(body.kind).toBe('brief');
    expect(body.rows[0]?.definition?.title).toBe('Finanzas solidarias para las cooperativas de vivienda');
    expect(body.rows[0]?.definition?.timeZone).toBe('America/Mexico_City');
  });

  it('reads a Word brief as one row', async () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const r = await preview(new Uint8Array(await seedLikeDocx()), docx, '?name=brief.docx');
    expect(r.status).toBe(200);
    const body = (await r.json()) as ProgrammePreviewResponse;
    expect(body.kind).toBe('brief');
    expect(body.rows[0]?.definition?.title).toBe(
      'Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories',
    );
    expect(body.rows[0]?.errors).toEqual([]);
  });
});
