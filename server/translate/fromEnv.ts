// The translator the settings name, or none. TRANSLATE_URL is the server's address; TRANSLATE_API
// says which API it speaks ('libretranslate' or 'apertium'); left out, an address whose
// /listPairs answers is taken for Apertium's APy, any other for LibreTranslate.
import { apertiumTranslator } from './apertium.js';
import { libreTranslator } from './libretranslate.js';
import type { Translator } from './translator.js';

export interface TranslateSettings {
  url?: string;
  api?: string;
  apiKey?: string;
}

export function translatorFrom(s: TranslateSettings): Translator | undefined {
  if (!s.url?.trim()) return undefined;
  const url = s.url.trim();
  new URL(url); // A malformed address stops the server at start, not the rapporteur mid-session.
  const api = s.api?.trim().toLowerCase();
  if (api === 'apertium') return apertiumTranslator(url);
  if (api === 'libretranslate') return libreTranslator(url, s.apiKey);
  if (api) throw new Error(`TRANSLATE_API must be libretranslate or apertium, not ${api}`);
  return autoTranslator(url, s.apiKey);
}

/** Asks the server once which API it speaks: APy lists its pairs at /listPairs. */
function autoTranslator(url: string, apiKey?: string): Translator {
  const apy = apertiumTranslator(url);
  const libre = libreTranslator(url, apiKey);
  let which: Promise<Translator> | null = null;
  const pick = (): Promise<Translator> => {
    which ??= fetch(`${url.replace(/\/$/, '')}/listPairs`, { signal: AbortSignal.timeout(5_000) })
      .then((r) => (r.ok ? apy : libre))
      .catch(() => {
        which = null;
        return libre;
      });
    return which;
  };
  return {
    server: apy.server,
    api: 'auto',
    translate: async (text, from, to) => (await pick()).translate(text, from, to),
  };
}
