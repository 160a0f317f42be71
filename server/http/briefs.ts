// POST /api/briefs/import: a session brief as a Word file (.docx) or plain text → the definition the
// setup editor shows for review, with the importer's warnings and what it did not recognise.
// Nothing is stored: the moderator reviews the result, then creates the session. Warnings travel as
// {code, params} (the client words them in its current interface language) plus `message`, the
// same warning worded in the Accept-Language language for other callers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { importBrief } from '../../shared/brief/importBrief.js';
import { formatBriefWarning, type BriefWarning } from '../../shared/brief/warnings.js';
import type { Language } from '../../shared/definition.js';
import { errorMessage } from '../../shared/errors.js';
import type { BriefImportResponse } from '../../shared/http.js';
import { convertDocx } from '../brief/convert.js';
import { isZip } from '../brief/docxText.js';
import type { KeyedLimiter } from '../rateLimit.js';
import { HttpError, languageOf, readBody, sendJson } from './util.js';

export const BRIEF_LIMIT = 5 * 1024 * 1024;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const NOT_DOCX: Record<Language, string> = {
  en: 'This file is not a readable Word document (.docx). Save the brief as .docx, or paste its text instead.',
  fr: 'Ce fichier n’est pas un document Word (.docx) lisible. Enregistrez le brief au format .docx, ou collez-en le texte.',
  es: 'Este archivo no es un documento Word (.docx) legible. Guarde el brief como .docx, o pegue su texto.',
};
const TOO_BIG: Record<Language, string> = {
  en: 'This Word file unpacks to more than a brief can be. Remove large pictures or embedded files, or paste its text instead.',
  fr: 'Ce fichier Word se décompresse en plus que ce qu’un brief peut contenir. Retirez les grandes images ou fichiers incorporés, ou collez-en le texte.',
  es: 'Este archivo Word se descomprime en más de lo que puede contener un brief. Quite las imágenes grandes o archivos incrustados, o pegue su texto.',
};
const BUSY: Record<Language, string> = {
  en: 'The server is reading other briefs. Try again in a moment.',
  fr: 'Le serveur lit d’autres briefs. Réessayez dans un instant.',
  es: 'El servidor está leyendo otros briefs. Inténtelo de nuevo en un momento.',
};
const UNSUPPORTED: Record<Language, string> = {
  en: 'Send the brief as a .docx file or as plain text.',
  fr: 'Envoyez le brief en fichier .docx ou en texte brut.',
  es: 'Envíe el brief como archivo .docx o como texto plano.',
};

/** UTF-8 as a rule; UTF-16 with a byte-order mark; Windows-1252 for old exports that are not UTF-8. */
function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** Returns true when the route was handled. */
export async function handleBriefImport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  limit: { limiter?: KeyedLimiter; address: string } = { address: '' },
): Promise<boolean> {
  if (url.pathname !== '/api/briefs/import') return false;
  const lang = languageOf(req);
  try {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: 'invalid_payload', message: UNSUPPORTED[lang] });
      return true;
    }
    if (limit.limiter && !limit.limiter.take(limit.address)) {
      res.setHeader('retry-after', String(Math.max(1, limit.limiter.retryAfterSeconds(limit.address))));
      sendJson(res, 429, { error: 'rate_limited', message: errorMessage('rate_limited', lang) });
      req.resume();
      return true;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (Number(req.headers['content-length'] ?? 0) > BRIEF_LIMIT) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: 'too_large', message: errorMessage('too_large', lang) });
      req.resume();
      return true;
    }
    const body = await readBody(req, BRIEF_LIMIT);
    const wantsWord = type === DOCX_TYPE || ((type === 'application/octet-stream' || type === '') && isZip(body));
    let text: string;
    if (wantsWord) {
      const converted = isZip(body) ? await convertDocx(body) : ({ ok: false, reason: 'invalid' } as const);
      if (!converted.ok) {
        if (converted.reason === 'too_large') sendJson(res, 413, { error: 'too_large', message: TOO_BIG[lang] });
        else if (converted.reason === 'busy') sendJson(res, 503, { error: 'rate_limited', message: BUSY[lang] });
        else sendJson(res, 400, { error: 'invalid_payload', message: NOT_DOCX[lang] });
        return true;
      }
      text = converted.text;
    } else if (type.startsWith('text/') || type === '' || type === 'application/octet-stream') {
      text = decodeText(body);
    } else {
      sendJson(res, 415, { error: 'invalid_payload', message: UNSUPPORTED[lang] });
      return true;
    }
    const { definition, warnings, unrecognized } = importBrief(text);
    const worded: (BriefWarning & { message: string })[] = warnings.map((w) => ({
      ...w,
      message: formatBriefWarning(w, lang),
    }));
    sendJson(res, 200, { definition, warnings: worded, unrecognized } satisfies BriefImportResponse);
    return true;
  } catch (e) {
    if (e instanceof HttpError) {
      const code = e.body.error === 'too_large' ? 'too_large' : 'invalid_payload';
      sendJson(res, e.status, { error: code, message: errorMessage(code, lang) });
      return true;
    }
    sendJson(res, 500, { error: 'internal', message: errorMessage('internal', lang) });
    return true;
  }
}
