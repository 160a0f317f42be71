// Translation through a real Apertium APy (started here, stopped in teardown): the rapporteur sees
// which server is set, asks for a Spanish answer's translation into the session's French, accepts
// it; the report prints it marked "traduit de l'espagnol" and the CSV keeps the original.
// English↔French has no direct pair in Debian's packages: it goes through Spanish.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apertiumTranslator } from '../../../server/translate/apertium.js';
import { translatorFrom } from '../../../server/translate/fromEnv.js';
import type { TranslateInfo, TranslateResponse } from '../../../shared/contrib/http.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { skipApy, startApy, type Apy } from '../../helpers/apertium.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

const SPANISH = 'Hay que apoyar a las cooperativas locales con financiación pública.';

describe.skipIf(skipApy('translation through Apertium'))('translation through Apertium APy', () => {
  let apy: Apy;
  let server: TestServer | undefined;
  beforeAll(async () => {
    apy = await startApy();
  }, 40_000);
  afterAll(async () => {
    await apy?.stop();
  });
  afterEach(async () => {
    closeAllClients();
    await server?.close();
    server = undefined;
  });

  it('translates a Spanish answer into French on request; accepted, it is printed marked, the original kept', async () => {
    // No TRANSLATE_API: the server's /listPairs tells it is APy.
    server = await startTestServer({ translator: translatorFrom({ url: apy.url }) });
    const s = await server.createSession({ ...SAMPLE_DEFINITION, language: 'fr' });
    const auth = { authorization: `Bearer ${s.rapporteurKey}` };
    const api = `${server.url}/api/sessions/${s.code}`;

    const info = (await (await fetch(`${api}/translate`, { headers: auth })).json()) as TranslateInfo;
    expect(info).toEqual({ configured: true, server: new URL(apy.url).origin, api: 'auto' });

    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    await mod.send({ type: 'answering:open', questionIds: ['main'] });
    const p = await connectClient(server.url, s.code, 'participant', { language: 'es' });
    expect(await p.send({ type: 'answer:submit', answerId: 'a-es', questionId: 'main', text: SPANISH })).toMatchObject({
      ok: true,
    });
    // Asking is not changing: nothing happens to the answer until it is accepted.
    const r = await fetch(`${api}/translate`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ answerId: 'a-es' }),
    });
    expect(r.status).toBe(200);
    const proposal = (await r.json()) as TranslateResponse;
    expect(proposal).toMatchObject({ answerId: 'a-es', from: 'es', to: 'fr' });
    expect(proposal.text).toMatch(/coopératives locales/);
    expect(serverState(server, s.code).answers['a-es']!.correctedText).toBeNull();

    const rap = await connectClient(server.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    const accepted = await rap.send({ type: 'answer:translation', answerId: 'a-es', text: proposal.text, from: 'es' });
    expect(accepted).toMatchObject({ ok: true });

    const md = await (await fetch(`${api}/report?format=md`, { headers: auth })).text();
    expect(md).toContain(proposal.text.replace(/\.$/, ''));
    expect(md).toContain('traduit de l’espagnol');
    const csv = parseCsv(
      (await (await fetch(`${api}/report?format=csv`, { headers: auth })).text()).replace(/^\uFEFF/, ''),
    );
    const header = csv[0]!;
    const row = csv.find((x) => x[header.indexOf('Réponse')] === proposal.text)!;
    expect(row[header.indexOf('Texte original')]).toBe(SPANISH);
    expect(row[header.indexOf('Langue')]).toBe('es');
    // The archive keeps both: the typed text and the accepted translation.
    const archive = (await (await fetch(`${api}/archive`, { headers: auth })).json()) as {
      state: { answers: Record<string, { text: string; correctedText: string; translatedFrom: string }> };
    };
    expect(archive.state.answers['a-es']).toMatchObject({
      text: SPANISH,
      correctedText: proposal.text,
      translatedFrom: 'es',
    });
  }, 30_000);

  it('goes from English to French through Spanish', async () => {
    const t = apertiumTranslator(apy.url);
    const fr = await t.translate('We must support local cooperatives.', 'en', 'fr');
    expect(fr).toMatch(/coopératives locales/);
  });

  it('is never asked without a configured server', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const auth = { authorization: `Bearer ${s.rapporteurKey}` };
    const info = await (await fetch(`${server.url}/api/sessions/${s.code}/translate`, { headers: auth })).json();
    expect(info).toEqual({ configured: false, server: null, api: null });
    const r = await fetch(`${server.url}/api/sessions/${s.code}/translate`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ answerId: 'x' }),
    });
    expect(r.status).toBe(404);
  });
});
