// The LibreTranslate API: POST /translate {q, source, target, format, api_key?} → {translatedText}.
import { getJson, TranslateError, type Translator } from './translator.js';

export function libreTranslator(base: string, apiKey?: string): Translator {
  const url = base.replace(/\/$/, '');
  return {
    server: new URL(url).origin,
    api: 'libretranslate',
    async translate(text, from, to) {
      const body = { q: text, source: from, target: to, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) };
      const j = (await getJson(`${url}/translate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })) as { translatedText?: unknown };
      if (typeof j.translatedText !== 'string') throw new TranslateError('LibreTranslate gave no translation');
      return j.translatedText;
    },
  };
}
