// The LibreTranslate client against a local HTTP server speaking LibreTranslate's documented
// contract (POST /translate {q, source, target, format, api_key?} → {translatedText}; no
// /listPairs): the request it sends, the auto-detection that picks it, and a failure reported as
// such. No LibreTranslate package exists for Debian or npm; APy is tested for real apart.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFrom } from '../../../server/translate/fromEnv.js';
import { TranslateError } from '../../../server/translate/translator.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

async function libre(reply: (body: Record<string, unknown>) => [number, unknown]) {
  const seen: Record<string, unknown>[] = [];
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/translate') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      seen.push(body);
      const [status, out] = reply(body);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server!.address() as { port: number }).port}`, seen };
}

describe('LibreTranslate API', () => {
  it('sends the text, its language, the target and the key; auto-detection picks it', async () => {
    const s = await libre((b) => [200, { translatedText: `[${b.target}] ${b.q}` }]);
    const t = translatorFrom({ url: s.url, apiKey: 'k-123' })!;
    expect(t.server).toBe(s.url);
    expect(await t.translate('Hola', 'es', 'fr')).toBe('[fr] Hola');
    expect(s.seen).toEqual([{ q: 'Hola', source: 'es', target: 'fr', format: 'text', api_key: 'k-123' }]);
  });

  it('reports a failure instead of inventing a translation', async () => {
    const s = await libre(() => [500, { error: 'boom' }]);
    const t = translatorFrom({ url: s.url, api: 'libretranslate' })!;
    await expect(t.translate('Hola', 'es', 'fr')).rejects.toBeInstanceOf(TranslateError);
  });

  it('is nothing without TRANSLATE_URL, and a wrong TRANSLATE_API stops the start', () => {
    expect(translatorFrom({})).toBeUndefined();
    expect(translatorFrom({ url: '  ' })).toBeUndefined();
    expect(() => translatorFrom({ url: 'http://localhost:5000', api: 'google' })).toThrow(/TRANSLATE_API/);
  });
});
