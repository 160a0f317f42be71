// A self-hosted translation server, optional: nothing is ever sent anywhere unless TRANSLATE_URL
// names one, and only when the rapporteur asks for one answer's translation.
export interface Translator {
  /** What the rapporteur's view names: the server's origin and which API it speaks. */
  readonly server: string;
  readonly api: TranslateApi | 'auto';
  /** `from` and `to` are ISO 639-1 codes (fr, en, es…). */
  translate(text: string, from: string, to: string): Promise<string>;
}

export type TranslateApi = 'libretranslate' | 'apertium';

export class TranslateError extends Error {}

/** How long one request to the translation server may take before the rapporteur is told it failed. */
export const TRANSLATE_TIMEOUT_MS = 15_000;

export async function getJson(url: string, init: RequestInit = {}): Promise<unknown> {
  let r: Response;
  try {
    r = await fetch(url, { ...init, signal: AbortSignal.timeout(TRANSLATE_TIMEOUT_MS) });
  } catch (e) {
    throw new TranslateError(`translation server unreachable: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!r.ok) throw new TranslateError(`translation server answered ${r.status}`);
  try {
    return await r.json();
  } catch {
    throw new TranslateError('translation server answered something other than JSON');
  }
}
