// The rapporteur asks the configured translation server for one answer's translation into the
// session's language. Never automatic; the answer is only changed when the rapporteur accepts the
// proposal (the `answer:translation` command).
import type { ServerResponse } from 'node:http';
import type { TranslateInfo, TranslateResponse } from '../../shared/contrib/http.js';
import type { Language } from '../../shared/definition.js';
import { errorMessage, type ErrorCode } from '../../shared/errors.js';
import type { SessionState } from '../../shared/state.js';
import type { Translator } from '../translate/translator.js';
import { HttpError, sendJson } from './util.js';

const fail = (status: number, code: ErrorCode, lang: Language) =>
  new HttpError(status, { error: code, message: errorMessage(code, lang) });

export function sendTranslateInfo(res: ServerResponse, t: Translator | undefined): void {
  const body: TranslateInfo = t
    ? { configured: true, server: t.server, api: t.api }
    : { configured: false, server: null, api: null };
  sendJson(res, 200, body);
}

export async function translateAnswer(
  res: ServerResponse,
  t: Translator | undefined,
  state: SessionState,
  body: Buffer,
  lang: Language,
): Promise<void> {
  if (!t) throw fail(404, 'translation_failed', lang);
  let answerId: unknown;
  try {
    answerId = (JSON.parse(body.toString('utf8')) as { answerId?: unknown }).answerId;
  } catch {
    throw fail(400, 'invalid_payload', lang);
  }
  const a = typeof answerId === 'string' ? state.answers[answerId] : undefined;
  if (!a) throw fail(404, 'not_found', lang);
  const to = state.definition.language;
  const from = a.language ?? to;
  // Always the author's own words, never an earlier correction: the original is what gets translated.
  if (from === to) throw fail(409, 'invalid_state', lang);
  let text: string;
  try {
    text = await t.translate(a.text, from, to);
  } catch {
    throw fail(502, 'translation_failed', lang);
  }
  sendJson(res, 200, { answerId: a.id, text, from, to, server: t.server } satisfies TranslateResponse);
}
