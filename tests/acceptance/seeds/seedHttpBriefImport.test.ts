// POST /api/briefs/import with the English seed brief as plain text: what it reads, and its warning
// worded in the Accept-Language language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefWarning } from '../../../shared/brief/warnings.js';
import type { SessionDefinition } from '../../../shared/definition.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { ENGLISH_SEED, seedText, seedsPresent } from './seeds.js';

interface ImportReply {
  definition: SessionDefinition;
  warnings: (BriefWarning & { message: string })[];
  unrecognized: string[];
}

describe.skipIf(!seedsPresent)('POST /api/briefs/import with the English seed brief', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/briefs/import`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
    });

  it('reads the English seed brief sent as plain text', async () => {
    const r = await post(seedText(ENGLISH_SEED));
    expect(r.status).toBe(200);
    const { definition: d } = (await r.json()) as ImportReply;
    expect(d.title).toBe('Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories');
    expect(d.rounds.map((round) => round.questions.length)).toEqual([5, 5]);
    expect(d.speakers.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Ben Amar Zeghadi', 'Malick Diop', 'Pascal Duforestel']),
    );
  });

  it('sends warnings as codes with params, worded in the Accept-Language language', async () => {
    const seed = seedText(ENGLISH_SEED);
    const en = (await (await post(seed)).json()) as ImportReply;
    expect(en.warnings).toEqual([
      { code: 'no_time_zone', params: {}, message: 'No time zone named; times are taken as UTC.' },
    ]);
    const fr = (await (await post(seed, { 'accept-language': 'fr-FR,fr;q=0.9' })).json()) as ImportReply;
    expect(fr.warnings).toEqual([
      { code: 'no_time_zone', params: {}, message: 'Aucun fuseau horaire indiqué ; les heures sont prises en UTC.' },
    ]);
    const es = (await (await post(seed, { 'accept-language': 'es' })).json()) as ImportReply;
    expect(es.warnings[0]?.message).toBe('No se indica la zona horaria; las horas se toman en UTC.');
  });
});
