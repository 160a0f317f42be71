// Apertium's APy (`apertium-apy`): GET /listPairs and GET /translate?langpair=spa|fra&q=…, with
// three-letter codes. A pair it lacks goes through a language both sides have (English↔French
// through Spanish with the Debian packages apertium-eng-spa and apertium-fr-es).
import { getJson, TranslateError, type Translator } from './translator.js';

/** ISO 639-1 → the codes APy's pairs use. */
const APY: Record<string, string> = { fr: 'fra', en: 'eng', es: 'spa', pt: 'por', it: 'ita', de: 'deu', ca: 'cat' };

interface Pair {
  sourceLanguage: string;
  targetLanguage: string;
}

/** The shortest chain of pairs from `from` to `to` (one hop, or two through a shared language). */
export function route(pairs: readonly Pair[], from: string, to: string): string[] | null {
  const has = (a: string, b: string) => pairs.some((p) => p.sourceLanguage === a && p.targetLanguage === b);
  if (has(from, to)) return [from, to];
  const via = pairs
    .filter((p) => p.sourceLanguage === from && has(p.targetLanguage, to))
    .map((p) => p.targetLanguage)
    .sort();
  return via.length ? [from, via[0]!, to] : null;
}

export function apertiumTranslator(base: string): Translator {
  const url = base.replace(/\/$/, '');
  let pairs: Promise<Pair[]> | null = null;
  const listPairs = (): Promise<Pair[]> => {
    pairs ??= getJson(`${url}/listPairs`).then((j) => {
      const data = (j as { responseData?: Pair[] }).responseData;
      if (!Array.isArray(data)) throw new TranslateError('not an Apertium APy server');
      return data;
    });
    // A failed listing is asked again next time (the server may have been starting).
    pairs.catch(() => {
      pairs = null;
    });
    return pairs;
  };
  return {
    server: new URL(url).origin,
    api: 'apertium',
    async translate(text, from, to) {
      const a = APY[from] ?? from;
      const b = APY[to] ?? to;
      const path = route(await listPairs(), a, b);
      if (!path) throw new TranslateError(`no Apertium pair from ${from} to ${to}`);
      let out = text;
      for (let i = 0; i + 1 < path.length; i++) {
        const q = new URLSearchParams({ langpair: `${path[i]}|${path[i + 1]}`, q: out, markUnknown: 'no' });
        const j = (await getJson(`${url}/translate?${q}`)) as { responseData?: { translatedText?: unknown } };
        const t = j.responseData?.translatedText;
        if (typeof t !== 'string') throw new TranslateError('Apertium gave no translation');
        out = t.trim();
      }
      return out;
    },
  };
}
