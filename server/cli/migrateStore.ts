// `palabre migrate-store --from sqlite:./data/palabre.sqlite --to postgres://…`: copies every
// session (record, events, acks, participants, blobs) from the embedded SQLite file to PostgreSQL,
// then the organizers, their forums and the forums' sessions (server/cli/migrateForums.ts),
// then verifies each one: both logs are replayed and the resulting states compared, and every ack,
// token hash and blob is read back. A session already in PostgreSQL with the same log is only
// verified (the command can be run again after an interruption); one with a different log is an
// error. Stop the server first: the file must not change during the copy.
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import { replay } from '../../shared/reducer.js';
import { createPgSessionStore } from '../store/pgSessionStore.js';
import { type ForumMigrateSummary, migrateForums } from './migrateForums.js';
import type { CommitBatch, SessionStore } from '../store/sessionStore.js';
import { createSqliteSessionStore } from '../store/sqliteSessionStore.js';

interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = 'Usage: palabre migrate-store --from sqlite:<file> --to postgres://user:pass@host:port/db\n';
/** Events per batch written to PostgreSQL. */
const CHUNK = 500;

async function allEvents(store: SessionStore, code: string): Promise<EventEnvelope[]> {
  const out: EventEnvelope[] = [];
  for (;;) {
    const page = await store.eventsAfter(code, out.length, 5000);
    out.push(...page);
    if (page.length < 5000) return out;
  }
}

export interface MigrateSummary {
  copied: number;
  verifiedOnly: number;
  events: number;
  forums: ForumMigrateSummary;
}

/** Copies and verifies every session; throws on the first session that does not verify. */
export async function migrateStore(
  fromFile: string,
  to: SessionStore,
  progress: (line: string) => void = () => {},
): Promise<MigrateSummary> {
  const from = createSqliteSessionStore(fromFile);
  const raw = new Database(fromFile, { readonly: true, fileMustExist: true });
  const summary: MigrateSummary = {
    copied: 0,
    verifiedOnly: 0,
    events: 0,
    forums: { organizers: 0, forums: 0, forumSessions: 0 },
  };
  try {
    const qAcks = raw.prepare<[string], { actor: string; command_id: string; ack: string }>(
      'SELECT actor, command_id, ack FROM acks WHERE code = ? ORDER BY actor, command_id',
    );
    const qParticipants = raw.prepare<[string], { participant_id: string; token_hash: string }>(
      'SELECT participant_id, token_hash FROM participants WHERE code = ? ORDER BY participant_id',
    );
    const qBlobs = raw.prepare<[string], { id: string; mime: string; data: Buffer }>(
      'SELECT id, mime, data FROM blobs WHERE code = ? ORDER BY id',
    );
    for (const code of await from.listSessionCodes()) {
      const rec = (await from.getSession(code))!;
      const events = await allEvents(from, code);
      if (!events.length) throw new Error(`${code}: no events in the SQLite file`);
      const acks = qAcks.all(code).map((a) => ({
        actor: a.actor,
        commandId: a.command_id,
        ack: JSON.parse(a.ack) as Ack,
      }));
      const participants = qParticipants
        .all(code)
        .map((p) => ({ participantId: p.participant_id, tokenHash: p.token_hash }));
      const blobs = qBlobs.all(code).map((b) => ({ id: b.id, mime: b.mime, data: Buffer.from(b.data) }));

      const existing = await to.getSession(code);
      if (existing) {
        summary.verifiedOnly++;
      } else {
        if (!(await to.createSession(rec, events[0]!))) throw new Error(`${code}: could not be created`);
        let head = 1;
        for (let i = 1; i < events.length || head === 1; i += CHUNK) {
          const chunk = events.slice(i, i + CHUNK);
          const last = i + CHUNK >= events.length;
          const batch: CommitBatch = {
            code,
            expectedHead: head,
            events: chunk,
            acks: last ? acks : [],
            participants: last ? participants : [],
            blobs: last ? blobs : [],
            deleteBlobs: [],
          };
          const [r] = await to.commit([batch]);
          if (!r?.ok) throw new Error(`${code}: copy failed at seq ${head}: ${JSON.stringify(r)}`);
          head = r.head;
          if (last) break;
        }
        summary.copied++;
      }
      // Verify: same record, same log, same state when replayed, every ack, token and blob there.
      const copied = await to.getSession(code);
      if (!copied || !isDeepStrictEqual(copied, rec)) throw new Error(`${code}: the session record differs`);
      const copiedEvents = await allEvents(to, code);
      if (!isDeepStrictEqual(copiedEvents, events))
        throw new Error(
          `${code}: the event logs differ (${events.length} in SQLite, ${copiedEvents.length} in PostgreSQL)`,
        );
      if (!isDeepStrictEqual(replay(copiedEvents), replay(events))) throw new Error(`${code}: replayed states differ`);
      const gotAcks = await to.getAcks(code, acks);
      acks.forEach((a, i) => {
        if (!isDeepStrictEqual(gotAcks[i], a.ack)) throw new Error(`${code}: ack ${a.actor}/${a.commandId} differs`);
      });
      for (const p of participants)
        if ((await to.getParticipantTokenHash(code, p.participantId)) !== p.tokenHash)
          throw new Error(`${code}: participant ${p.participantId} differs`);
      for (const b of blobs) {
        const got = await to.getBlob(code, b.id);
        if (!got || got.mime !== b.mime || !got.data.equals(b.data)) throw new Error(`${code}: blob ${b.id} differs`);
      }
      summary.events += events.length;
      progress(
        `${code}: ${events.length} events, ${acks.length} acks, ${participants.length} participants, ${blobs.length} blobs ${existing ? 'verified (already there)' : 'copied and verified'}\n`,
      );
    }
    summary.forums = await migrateForums(from, raw, to, Date.now(), progress);
    return summary;
  } finally {
    raw.close();
    await from.close();
  }
}

export async function migrateStoreCommand(args: string[], io: Io): Promise<number> {
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const fromArg = opt('--from');
  const toArg = opt('--to') ?? process.env.DATABASE_URL;
  if (!fromArg?.startsWith('sqlite:') || !toArg || !/^postgres(ql)?:\/\//.test(toArg)) {
    io.stderr(USAGE);
    return 1;
  }
  const to = await createPgSessionStore(toArg);
  try {
    const s = await migrateStore(fromArg.slice('sqlite:'.length), to, io.stdout);
    io.stdout(`${s.copied} sessions copied, ${s.verifiedOnly} already there; ${s.events} events verified\n`);
    io.stdout(
      `${s.forums.organizers} organizers, ${s.forums.forums} forums with ${s.forums.forumSessions} sessions copied or verified\n`,
    );
    return 0;
  } catch (e) {
    io.stderr(`migrate-store: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await to.close();
  }
}
