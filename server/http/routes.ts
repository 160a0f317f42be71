// HTTP API: health, create a session, public session info, QR, archive, report, photo.
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { parseDefinition, type Language } from '../../shared/definition.js';
import { errorMessage, type ErrorCode } from '../../shared/errors.js';
import type {
  ApiError,
  ArchiveResponse,
  CreateSessionResponse,
  HealthResponse,
  AddressesResponse,
  PhotoResponse,
  SessionLinks,
  SpeakerLinksResponse,
  RotateKeyResponse,
} from '../../shared/http.js';
import { photosOf, type Role, type SessionState } from '../../shared/state.js';
import type { ReportFormat } from '../report/render.js';
import type { Committer } from '../committer.js';
import type { Room } from '../room.js';
import { newId, secretMatches, speakerKeyOf } from '../keys.js';
import { lanOrigins } from './lanAddresses.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import type { Logger } from '../log.js';
import { ROTATABLE_ROLES, type Registry } from '../registry.js';
import type { SessionStore } from '../store/sessionStore.js';
import { buildArchive, readPhotos } from '../archive.js';
import { forumLogoOf } from '../report/logo.js';
import type { ServerCommand } from '../../shared/serverCommands.js';
import { MAX_MESSAGE_BYTES } from '../../shared/limits.js';
import type { KeyedLimiter } from '../rateLimit.js';
import { HttpError, bearer, clientAddress, languageOf, readBody, sendJson } from './util.js';
import { handleBriefImport } from './briefs.js';
import { handleProgramme } from './programme.js';
import { publicInfo } from './publicInfo.js';
import type { Translator } from '../translate/translator.js';
import { sendTranslateInfo, translateAnswer } from './translate.js';

export interface RouteDeps {
  store: SessionStore;
  registry: Registry;
  committer: Committer;
  clock: () => number;
  log: Logger;
  /** Origin used in links when the request does not say (behind a proxy, set PUBLIC_URL). */
  publicUrl?: string;
  /** Per-address limits (docs/protocol.md, "Limits"); omitted, nothing is limited. */
  limits?: HttpLimiters;
  /** Behind one reverse proxy: read the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** The self-hosted translation server TRANSLATE_URL names; none: no translation. */
  translator?: Translator;
  /** Ends the connections of these roles in the session, each told why in its language. */
  disconnectRoles?: (code: string, roles: readonly Role[] | 'all') => Promise<void>;
}

export interface HttpLimiters {
  /** Sessions created per address. */
  create: KeyedLimiter;
  /** Session codes looked up in vain per address (a guesser's misses). */
  codeMisses: KeyedLimiter;
  /** Briefs converted per address. */
  briefImport: KeyedLimiter;
}

const PHOTO_LIMIT = 5 * 1024 * 1024;
/** A definition must fit in one Socket.IO message, so it can be edited over the socket. */
const JSON_LIMIT = MAX_MESSAGE_BYTES;

const fail = (status: number, code: ErrorCode, lang: Language, extra: Pick<ApiError, 'issues'> = {}) =>
  new HttpError(status, { error: code, message: errorMessage(code, lang), ...extra } satisfies ApiError);

/** A host name or address with an optional port: nothing a link or a QR code could be bent with. */
const VALID_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function originOf(req: IncomingMessage, deps: RouteDeps, lang: Language): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/$/, '');
  const host = req.headers.host ?? 'localhost';
  if (host.length > 255 || !VALID_HOST.test(host)) throw fail(400, 'invalid_payload', lang);
  return `http://${host}`;
}

function rateLimited(limiter: KeyedLimiter, address: string, lang: Language): HttpError {
  const e = fail(429, 'rate_limited', lang);
  e.headers['retry-after'] = String(Math.max(1, limiter.retryAfterSeconds(address)));
  return e;
}

export function linksFor(
  origin: string,
  code: string,
  keys: { moderatorKey: string; rapporteurKey: string; projectorKey: string; speakerKey: string },
): SessionLinks {
  // Keys ride in the URL fragment: browsers never send it to the server, so it stays out of logs.
  return {
    moderator: `${origin}/moderator/${code}#key=${keys.moderatorKey}`,
    rapporteur: `${origin}/rapporteur/${code}#key=${keys.rapporteurKey}`,
    participant: `${origin}/j/${code}`,
    projector: `${origin}/projector/${code}#key=${keys.projectorKey}`,
    speaker: `${origin}/speaker/${code}#key=${keys.speakerKey}`,
  };
}

/** Which screen role a bearer key opens for this session: staff, projector or speaker (401 without, 403 wrong). */
async function screenRole(req: IncomingMessage, code: string, deps: RouteDeps, lang: Language): Promise<Role> {
  const rec = await deps.registry.record(code);
  if (!rec) throw fail(404, 'session_not_found', lang);
  const key = bearer(req);
  if (!key) throw fail(401, 'unauthorized', lang);
  if (secretMatches(key, rec.moderatorKeyHash)) return 'moderator';
  if (secretMatches(key, rec.rapporteurKeyHash)) return 'rapporteur';
  if (secretMatches(key, rec.projectorKeyHash)) return 'projector';
  if (rec.speakerKeyHash && secretMatches(key, rec.speakerKeyHash)) return 'speaker';
  deps.log('warn', 'http refused: wrong key', { code, path: req.url });
  throw fail(403, 'forbidden', lang);
}

/** Which staff role a bearer key opens for this session (401 without, 403 wrong). */
async function staffRole(req: IncomingMessage, code: string, deps: RouteDeps, lang: Language): Promise<Role> {
  const rec = await deps.registry.record(code);
  if (!rec) throw fail(404, 'session_not_found', lang);
  const key = bearer(req);
  if (!key) throw fail(401, 'unauthorized', lang);
  if (secretMatches(key, rec.moderatorKeyHash)) return 'moderator';
  if (secretMatches(key, rec.rapporteurKeyHash)) return 'rapporteur';
  deps.log('warn', 'http refused: wrong key', { code, path: req.url });
  throw fail(403, 'forbidden', lang);
}

function imageType(data: Buffer): 'image/png' | 'image/jpeg' | null {
  if (data.length > 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The report in `format`: Word and PDF off the event loop, the light text formats here. */
async function renderReportFor(
  state: SessionState,
  format: ReportFormat,
  now: number,
  photos: { data: Buffer; mime: string }[],
  archive: unknown,
  lang: Language,
  logo?: { data: Buffer; mime: string },
) {
  if (format === 'docx' || format === 'pdf') {
    const { renderPool, RenderBusyError } = await import('../report/renderPool.js');
    try {
      return await renderPool().render(state, format, { now, photos, logo });
    } catch (e) {
      if (e instanceof RenderBusyError) throw fail(503, 'rate_limited', lang);
      throw e;
    }
  }
  // Loaded on first export: most requests never need a report.
  const { renderReport } = await import('../report/render.js');
  // The archive (every event, the photo as base64) is only the body of the JSON format.
  return renderReport(state, format, { now, photos, logo, ...(archive ? { archive } : {}) });
}

/** A staff download of the report, as an event of the session's log; a failure is logged, never the download's. */
async function recordReportDownload(deps: RouteDeps, room: Room, role: Role, format: string): Promise<void> {
  const ack = await deps.committer.submit({
    room,
    actor: { role, participantId: null },
    command: { type: 'report:download', format },
    commandId: null,
    lang: 'en',
  });
  if (!ack.ok) deps.log('warn', 'report download not recorded', { code: room.code, error: ack.error });
}

/** Returns true when the route was handled. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: RouteDeps,
): Promise<boolean> {
  const lang = languageOf(req);
  // HEAD is answered like GET; Node sends no body for a HEAD request.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const path = url.pathname;
  const address = clientAddress(req, deps.trustProxy);
  try {
    if (path === '/healthz') {
      // A load balancer must stop sending phones here when the store cannot be read.
      try {
        await deps.store.check();
      } catch (e) {
        const reason = `store unavailable: ${e instanceof Error ? e.message : String(e)}`;
        sendJson(res, 503, { ok: false, reason } satisfies HealthResponse);
        return true;
      }
      sendJson(res, 200, {
        ok: true,
        time: deps.clock(),
        sessionsLoaded: deps.registry.loaded,
      } satisfies HealthResponse);
      return true;
    }
    if (path === '/api/sessions' && method === 'POST') {
      if (deps.limits && !deps.limits.create.take(address)) throw rateLimited(deps.limits.create, address, lang);
      const origin = originOf(req, deps, lang);
      const raw = await readBody(req, JSON_LIMIT);
      let input: unknown = {};
      if (raw.length) {
        try {
          input = JSON.parse(raw.toString('utf8'));
        } catch {
          throw fail(400, 'invalid_payload', lang, { issues: [{ path: '', message: 'body is not JSON' }] });
        }
      }
      const parsed = parseDefinition(input);
      if (!parsed.ok) throw fail(400, 'invalid_payload', lang, { issues: parsed.issues });
      const created = await deps.registry.create(parsed.definition);
      deps.log('info', 'session created', { code: created.code });
      const body: CreateSessionResponse = { code: created.code, links: linksFor(origin, created.code, created) };
      sendJson(res, 201, body);
      return true;
    }
    if (await handleBriefImport(req, res, url, { limiter: deps.limits?.briefImport, address })) return true;
    const programme = {
      registry: deps.registry,
      log: deps.log,
      origin: (r: IncomingMessage, l: Language) => originOf(r, deps, l),
      linksFor,
      previewLimiter: deps.limits?.briefImport,
      createLimiter: deps.limits?.create,
      address,
    };
    if (await handleProgramme(req, res, url, programme)) return true;
    const m = /^\/api\/sessions\/([^/]+)(?:\/([a-z.-]+))?$/.exec(path);
    if (!m) return false;
    let typed: string;
    try {
      typed = decodeURIComponent(m[1]!);
    } catch {
      throw fail(400, 'invalid_payload', lang);
    }
    const code = normalizeCode(typed);
    const sub = m[2] ?? '';
    // A guesser is stopped by its misses: while an address has none left, every lookup is refused.
    const misses = deps.limits?.codeMisses;
    if (misses && !misses.allows(address)) throw rateLimited(misses, address, lang);
    const room = code ? await deps.registry.load(code) : undefined;
    if (!code || !room) {
      misses?.take(address);
      throw fail(404, 'session_not_found', lang);
    }
    // What is read below is committed: no commit of the room is in flight.
    const settled = () => deps.committer.idle(room);

    if (sub === '' && method === 'GET') {
      sendJson(res, 200, publicInfo(deps.registry, code));
      return true;
    }
    if (sub === 'qr.svg' && method === 'GET') {
      // `?origin=` picks one of this machine's LAN addresses (the console's loopback warning): only
      // those, never any origin a link could be bent to.
      const asked = url.searchParams.get('origin');
      const lan = asked && !deps.publicUrl && lanOrigins(req.headers.host).includes(asked) ? asked : null;
      const svg = await QRCode.toString(`${lan ?? originOf(req, deps, lang)}/j/${code}`, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
      });
      // Built from the request's Host unless PUBLIC_URL is set: then no shared cache may keep it.
      const cache = deps.publicUrl ? 'public, max-age=3600' : 'private, max-age=3600';
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': cache, vary: 'host' });
      res.end(svg);
      return true;
    }
    if (sub === 'addresses' && method === 'GET') {
      await screenRole(req, code, deps, lang);
      const publicUrl = deps.publicUrl ? deps.publicUrl.replace(/\/$/, '') : null;
      res.setHeader('cache-control', 'no-store');
      sendJson(res, 200, { publicUrl, lan: publicUrl ? [] : lanOrigins(req.headers.host) } satisfies AddressesResponse);
      return true;
    }
    if (sub === '' && method === 'DELETE') {
      // The moderator deletes the session and all it holds; the body repeats the code, so a stray
      // request cannot delete one. Everyone connected is disconnected and told why on return.
      if ((await staffRole(req, code, deps, lang)) !== 'moderator') throw fail(403, 'forbidden', lang);
      let confirm: unknown;
      try {
        confirm = (JSON.parse((await readBody(req, 1024)).toString('utf8')) as { confirm?: unknown }).confirm;
      } catch {
        throw fail(400, 'invalid_payload', lang);
      }
      if (typeof confirm !== 'string' || normalizeCode(confirm) !== code)
        throw fail(400, 'invalid_payload', lang, { issues: [{ path: 'confirm', message: 'must repeat the code' }] });
      await settled();
      if (!(await deps.registry.delete(code))) throw fail(404, 'session_not_found', lang);
      deps.log('info', 'session deleted', { code });
      await deps.disconnectRoles?.(code, 'all');
      sendJson(res, 200, { deleted: code });
      return true;
    }
    if (sub === 'keys' && method === 'POST') {
      // Replaces a staff link (moderator only): the old key stops opening anything at once, and the
      // screens connected with it are disconnected with the reason.
      if ((await staffRole(req, code, deps, lang)) !== 'moderator') throw fail(403, 'forbidden', lang);
      const origin = originOf(req, deps, lang);
      let role: unknown;
      try {
        role = (JSON.parse((await readBody(req, 1024)).toString('utf8')) as { role?: unknown }).role;
      } catch {
        throw fail(400, 'invalid_payload', lang);
      }
      const rotatable = ROTATABLE_ROLES.find((r) => r === role);
      if (!rotatable) throw fail(400, 'invalid_payload', lang, { issues: [{ path: 'role', message: 'unknown role' }] });
      const keys = await deps.registry.rotateKey(code, rotatable);
      if (!keys) throw fail(404, 'session_not_found', lang);
      const all = linksFor(origin, code, {
        moderatorKey: keys.moderatorKey ?? '',
        rapporteurKey: keys.rapporteurKey ?? '',
        projectorKey: keys.projectorKey ?? '',
        speakerKey: keys.speakerKey ?? '',
      });
      const roles: Role[] = rotatable === 'moderator' ? ['moderator', 'speaker'] : [rotatable];
      const links = Object.fromEntries(roles.map((r) => [r, all[r as keyof SessionLinks]]));
      deps.log('info', 'staff link replaced', { code, role: rotatable });
      await deps.disconnectRoles?.(code, roles);
      res.setHeader('cache-control', 'no-store');
      sendJson(res, 200, { links } satisfies RotateKeyResponse);
      return true;
    }
    if (sub === 'speaker-link' && method === 'GET') {
      if ((await staffRole(req, code, deps, lang)) !== 'moderator') throw fail(403, 'forbidden', lang);
      const rec = await deps.registry.record(code);
      // Sessions from before the speaker view have no speaker key to hand out.
      if (!rec?.speakerKeyHash) throw fail(404, 'not_found', lang);
      const key = speakerKeyOf(bearer(req)!);
      const origin = originOf(req, deps, lang);
      res.setHeader('cache-control', 'no-store');
      sendJson(res, 200, {
        speaker: `${origin}/speaker/${code}#key=${key}`,
        stream: `${origin}/stream/${code}#key=${key}`,
      } satisfies SpeakerLinksResponse);
      return true;
    }
    if (sub === 'archive' && method === 'GET') {
      await staffRole(req, code, deps, lang);
      await settled();
      sendJson(res, 200, (await buildArchive(room, deps.store)) satisfies ArchiveResponse);
      return true;
    }
    if (sub === 'report' && method === 'GET') {
      const role = await staffRole(req, code, deps, lang);
      const format = url.searchParams.get('format') ?? 'html';
      if (!['docx', 'pdf', 'html', 'md', 'csv', 'csvAudience', 'json'].includes(format))
        throw fail(400, 'invalid_payload', lang);
      await settled();
      const state = room.state;
      const blobs = await readPhotos(code, state, deps.store);
      const archive = format === 'json' ? await buildArchive(room, deps.store, blobs) : undefined;
      const photos = blobs.map((b) => ({ data: b.data, mime: b.mime }));
      // Word and PDF are laid out in a worker thread (renderPool.ts): a long report never stops the server.
      // A forum session's report carries its forum's logo.
      const logo = await forumLogoOf(deps.store, code);
      const out = await renderReportFor(state, format as 'docx', deps.clock(), photos, archive, lang, logo);
      // Recorded in the session's log before the file goes out (the organizers' board shows it).
      await recordReportDownload(deps, room, role, format);
      res.writeHead(200, {
        'content-type': out.contentType,
        'content-disposition': `attachment; filename="${out.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'cache-control': 'no-store',
      });
      res.end(out.body);
      return true;
    }
    if (sub === 'translate' && method === 'GET') {
      await staffRole(req, code, deps, lang);
      sendTranslateInfo(res, deps.translator);
      return true;
    }
    if (sub === 'translate' && method === 'POST') {
      await staffRole(req, code, deps, lang);
      const body = await readBody(req, JSON_LIMIT);
      await settled();
      await translateAnswer(res, deps.translator, room.state, body, lang);
      return true;
    }
    if (sub === 'photo' && method === 'GET') {
      await staffRole(req, code, deps, lang);
      await settled();
      // ?id= names one of several photos; without it, the first.
      const wanted = url.searchParams.get('id');
      const meta = photosOf(room.state).find((p) => wanted === null || p.id === wanted);
      const blob = meta ? await deps.store.getBlob(code, meta.id) : undefined;
      if (!blob) throw fail(404, 'not_found', lang);
      res.writeHead(200, { 'content-type': blob.mime, 'cache-control': 'no-store' });
      res.end(blob.data);
      return true;
    }
    if (sub === 'photo' && (method === 'POST' || method === 'DELETE')) {
      const role = await staffRole(req, code, deps, lang);
      let photo: { id: string; mime: 'image/png' | 'image/jpeg'; bytes: number } | null = null;
      let data: Buffer | null = null;
      if (method === 'POST') {
        data = await readBody(req, PHOTO_LIMIT);
        const mime = imageType(data);
        if (!mime) throw fail(400, 'invalid_payload', lang);
        photo = { id: newId(), mime, bytes: data.length };
      }
      // POST adds a photo after the others; DELETE ?id= removes that one, DELETE alone removes them all.
      const removeId = url.searchParams.get('id');
      const command: ServerCommand = photo
        ? { type: 'photo:add', photo }
        : removeId
          ? { type: 'photo:remove', id: removeId }
          : { type: 'photo:set', photo: null };
      const ack = await deps.committer.submit({
        room,
        actor: { role, participantId: null },
        command,
        commandId: null,
        lang,
        ...(photo && data ? { blobs: [{ id: photo.id, mime: photo.mime, data }] } : {}),
      });
      if (!ack.ok) {
        // Over MAX_PHOTOS, or removing a photo that is not there.
        const status = ack.error === 'too_large' ? 413 : ack.error === 'not_found' ? 404 : 500;
        throw fail(status, ack.error, lang);
      }
      sendJson(res, 200, { ok: true, photo } satisfies PhotoResponse);
      return true;
    }
    throw fail(404, 'not_found', lang);
  } catch (e) {
    if (e instanceof HttpError) {
      const code = e.body.error as ErrorCode;
      const message = e.body.message ?? errorMessage(code, lang);
      sendJson(res, e.status, { ...e.body, message }, e.headers);
      return true;
    }
    deps.log('error', 'http handler failed', { path, err: String(e) });
    sendJson(res, 500, { error: 'internal', message: errorMessage('internal', lang) } satisfies ApiError);
    return true;
  }
}
