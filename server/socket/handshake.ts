// The handshake: protocol version, session code, role, and the role's key or the participant's
// token. A connection that passes carries its SocketData; one that fails is refused with a reason.
import * as v from 'valibot';
import type { Language } from '../../shared/definition.js';
import { errorMessage, type ErrorCode } from '../../shared/errors.js';
import { HandshakeSchema, PROTOCOL_VERSION, type ConnectRefusal } from '../../shared/protocol.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import { clientAddress } from '../http/util.js';
import { exhaustive } from '../../shared/exhaustive.js';
import { newId, newToken, secretMatches } from '../keys.js';
import type { SessionRecord } from '../store/sessionStore.js';
import type { PalabreSocket, SocketDeps } from './types.js';

function refusal(error: ErrorCode, lang: Language): Error & { data: ConnectRefusal } {
  const err = new Error(error) as Error & { data: ConnectRefusal };
  err.data = { error, message: errorMessage(error, lang) };
  return err;
}

/** Staff holding a link the moderator replaced (POST /api/sessions/:code/keys). */
export const KEY_REPLACED: Record<Language, string> = {
  en: 'This link was replaced and no longer opens the session. Ask the session’s moderator or the forum’s organizers for the new link.',
  fr: 'Ce lien a été remplacé et n’ouvre plus la session. Demandez le nouveau lien à la modération de la session ou aux organisateurs du forum.',
  es: 'Este enlace fue reemplazado y ya no abre la sesión. Pida el nuevo enlace a la moderación de la sesión o a los organizadores del foro.',
};

/** Everyone connected to a session its moderator deleted (DELETE /api/sessions/:code). */
export const SESSION_DELETED: Record<Language, string> = {
  en: 'This session was deleted by its moderator, with everything it held.',
  fr: 'Cette session a été supprimée par sa modération, avec tout ce qu’elle contenait.',
  es: 'La moderación eliminó esta sesión, con todo lo que contenía.',
};

/** The stored hash of a screen role's key (undefined: the session has none for it). */
function keyHashOf(rec: SessionRecord, role: 'moderator' | 'rapporteur' | 'projector' | 'speaker'): string | undefined {
  switch (role) {
    case 'moderator':
      return rec.moderatorKeyHash;
    case 'rapporteur':
      return rec.rapporteurKeyHash;
    case 'projector':
      return rec.projectorKeyHash;
    case 'speaker':
      return rec.speakerKeyHash;
    default:
      return exhaustive(role, 'role');
  }
}

/** Socket.IO middleware: checks a connection's handshake and sets its `data`. */
export function handshake(deps: Pick<SocketDeps, 'store' | 'registry' | 'log' | 'limits' | 'trustProxy'>) {
  const { store, registry, log, limits, trustProxy } = deps;
  return (socket: PalabreSocket, next: (err?: Error) => void) => {
    check(socket).then(next, (e: unknown) => {
      // Not a refusal (the client would stop for good): the transport is closed, so the client
      // reconnects with its back-off until the store answers again.
      log('error', 'connect dropped: store unavailable', { err: String(e) });
      socket.conn.close();
    });
  };

  async function check(socket: PalabreSocket): Promise<Error | undefined> {
    const next = (err?: Error) => err;
    const parsed = v.safeParse(HandshakeSchema, socket.handshake.auth);
    if (!parsed.success) return next(refusal('invalid_payload', 'en'));
    const h = parsed.output;
    const lang = h.language ?? 'en';
    if (h.protocol !== PROTOCOL_VERSION) return next(refusal('protocol_mismatch', lang));
    const address = clientAddress(socket.request, trustProxy);
    // A guesser (of codes, keys or tokens) is stopped by its misses, counted with the HTTP API's:
    // while an address has none left, every handshake from it is refused, right guesses included.
    const misses = limits.codeMisses;
    if (!misses.allows(address)) return next(refusal('rate_limited', lang));
    const miss = (error: ErrorCode, why: string) => {
      misses.take(address);
      log('warn', `connect refused: ${why}`, { code: h.code.slice(0, 16), role: h.role });
      return next(refusal(error, lang));
    };
    const code = normalizeCode(h.code);
    // Loaded here, so the room is in memory when the connection's handlers are attached.
    const room = code ? await registry.load(code) : undefined;
    const rec = code && room ? await registry.record(code) : undefined;
    if (code && !rec && registry.wasDeleted(code)) {
      const err = refusal('session_not_found', lang);
      err.data.message = SESSION_DELETED[lang];
      return next(err);
    }
    if (!code || !rec) return miss('session_not_found', 'unknown code');
    const base = { code, role: h.role, lang, lastSeq: h.lastSeq, address, newToken: null };
    switch (h.role) {
      case 'moderator':
      case 'rapporteur':
      case 'projector':
      case 'speaker': {
        const hash = keyHashOf(rec, h.role);
        if (!h.key) return next(refusal('unauthorized', lang));
        // A session created before the speaker view has no speaker key: every key is a wrong one.
        if (hash && !secretMatches(h.key, hash) && registry.wasReplaced(code, h.key)) {
          log('info', 'connect refused: replaced key', { code, role: h.role });
          // `forbidden` with its own words: the refusal says why, and the phone bundle carries no new message.
          const err = refusal('forbidden', lang);
          err.data.message = KEY_REPLACED[lang];
          return next(err);
        }
        if (!hash || !secretMatches(h.key, hash)) return miss('forbidden', 'wrong key');
        socket.data = { ...base, participantId: null, limitKey: `s:${socket.id}` };
        return next();
      }
      case 'participant': {
        if (h.participantId || h.participantToken) {
          const stored = h.participantId ? await store.getParticipantTokenHash(code, h.participantId) : undefined;
          if (!stored || !secretMatches(h.participantToken, stored)) return miss('forbidden', 'unknown participant');
          socket.data = { ...base, participantId: h.participantId!, limitKey: `${code}:p:${h.participantId}` };
        } else {
          // New identities are free to make but bounded per address and session: generous, so a
          // venue behind one address still gets everyone in (docs/protocol.md, "Limits").
          if (!limits.newIdentities.take(`${code}|${address}`)) {
            log('warn', 'connect refused: too many new identities', { code });
            return next(refusal('rate_limited', lang));
          }
          const pid = newId();
          socket.data = { ...base, participantId: pid, newToken: newToken(), limitKey: `${code}:p:${pid}` };
        }
        return next();
      }
    }
  }
}
