// Group commit on an asynchronous SessionStore (docs/store.md, "Wiring"). Every command that
// arrives in the same tick runs, in order, through the engine's step (shared/engine.ts: authorize,
// decide, stamp, apply) on its room's working state; then ONE `store.commit(batches)` carries the
// data of every room (events, acks, participant token hashes, blobs). Only after the commit returns
// is a room advanced to its new state, then its commands acknowledged, then its events published
// in seq order. A welcome (`whenIdle`) never sees a decided but uncommitted state.
//
// One flush is in flight per room: commands for a room whose commit is still running wait for the
// next flush. Several nodes may write one session (PostgreSQL): a batch that loses the race
// (conflict) is undone, the room catches up on the events that beat it (applied and published to
// this node's sockets), and its commands are decided again, at most MAX_TRIES times. A store error
// undoes the room and acks `internal`; the write may have landed, so the room catches up before its
// next decision. Events committed by other nodes arrive through `catchUp` (the doorbell, a poll),
// applied through the same queue, never in the middle of a tick.
import type { BatchState } from '../shared/batchState.js';
import type { Actor, SystemActor } from '../shared/decide.js';
import type { Language } from '../shared/definition.js';
import { stepOn, type Entry, type Outcome } from '../shared/engine.js';
import { errorMessage, type Ack } from '../shared/errors.js';
import type { AnyCommand } from '../shared/serverCommands.js';
import { photosOf, type SessionState } from '../shared/state.js';
import { visibilityOf } from '../shared/visibility.js';
import type { LanguageDetector } from '../shared/contrib/language.js';
import { cleanText } from '../shared/rules.js';
import { detectLanguage } from './language/detect.js';
import type { LanguageWorker } from './language/languageWorker.js';
import type { Logger } from './log.js';
import type { Room, RoomTransport } from './room.js';
import { SNAPSHOT_EVERY, saveRoomSnapshot, snapshotDue } from './snapshots.js';
import type { CommitBatch, CommitResult, ParticipantToken, SessionStore, StoredBlob } from './store/sessionStore.js';

export interface Op {
  room: Room;
  actor: Actor | SystemActor;
  command: AnyCommand;
  /** Client-generated command id; null for server-originated ops (joins, presence). */
  commandId: string | null;
  lang: Language;
  /** Stored in the same batch as the command's events, only if it succeeds (a participant's token hash). */
  participants?: ParticipantToken[];
  /** Likewise for blobs (a photo). */
  blobs?: StoredBlob[];
}

/** Whose command ids an ack is stored under: 'moderator', 'rapporteur', 'projector', 'p:<id>' or 'system'. */
export const actorKey = (a: Actor | SystemActor): string => (a.participantId ? `p:${a.participantId}` : a.role);

/** Decisions retried after conflicts with other nodes before the commands are answered `internal`. */
export const MAX_TRIES = 8;
/** Events read per page when a room catches up. */
const CATCH_UP_PAGE = 1000;

interface Pending {
  op: Op;
  resolve: (ack: Ack) => void;
}

interface RoomWork {
  ops: Pending[];
  /** Catch up before deciding while the room's seq is below this (a doorbell's head; Infinity: read anyway). */
  catchUpTo: number;
  /** Called once this work is done (`refresh`). */
  after: (() => void)[];
}

export interface CommitterStats {
  /** `store.commit` calls. */
  batches: number;
  ops: number;
  /** Batches refused because another node wrote first. */
  conflicts: number;
  /** Events learnt from the store (other nodes' commits) and published. */
  caughtUp: number;
}

/** One room's commands within a flush. */
interface Job {
  room: Room;
  ops: Pending[];
  /** For a command sent twice within one flush: the index of its first copy, whose ack it shares. */
  dupOf: Map<number, number>;
  /** The room must read the store before deciding (a doorbell, a lost race, an earlier error). */
  behind: boolean;
}

interface Decided {
  job: Job;
  b: BatchState;
  before: SessionState;
  mark: number;
  acks: Ack[];
  entries: Entry[];
  /** Indexes of the ops that succeeded (their acks are stored, their data written). */
  okIdx: number[];
  batch: CommitBatch | null;
  /** The seq the commands were decided on. */
  expectedHead: number;
  /** Whether any command was decided here (not answered from a stored ack). */
  decidedAny: boolean;
}

export interface CommitterOptions {
  /**
   * The store is shared with other nodes: a room may be behind it. A tick that writes nothing
   * (every command refused, or a no-op) then checks the head it decided on is still the store's,
   * and decides again if not: a refusal made on a stale state would be final for its sender.
   */
  shared?: boolean;
  /** Events between two snapshots of a room (SNAPSHOT_EVERY). */
  snapshotEvery?: number;
  /**
   * Detects answers' languages off the event loop while a tick's acks are looked up
   * (server/language/languageWorker.ts); without it (or for what it could not do) decide() calls
   * detectLanguage itself. Same function either way: the same recorded language.
   */
  languages?: Pick<LanguageWorker, 'detect'> & Partial<Pick<LanguageWorker, 'warm'>>;
  /** The fewest texts in a tick worth sending to `languages` (LANGUAGE_WORKER_MIN_TEXTS). */
  languageWorkerMinTexts?: number;
}

/** Commands whose text decide() gives to the language detector (after cleanText). */
const DETECTED = new Set(['answer:submit', 'answer:record']);
/** detectLanguage never reads a shorter text (fewer than its 24 letters): not worth sending. */
const DETECT_MIN_CHARS = 24;
/**
 * How long a tick waits for the language worker once its acks are read: a worker starved of CPU
 * (a busy machine) must not hold the tick's acknowledgements; the main thread then detects itself.
 */
export const LANGUAGE_WAIT_MS = 25;
/**
 * A tick with fewer answer texts detects them itself (about 20 µs each): the worker pays off when a
 * tick is big (saturation), while a round trip to a second thread would only add to the latency of
 * small ticks, more so on a busy machine where that thread waits to be scheduled.
 */
export const LANGUAGE_WORKER_MIN_TEXTS = 32;
/** The share of a big tick's texts sent to the worker; this thread detects the others meanwhile. */
export const LANGUAGE_WORKER_SHARE = 2 / 3;

const NO_LANGUAGES: ReadonlyMap<string, string | null> = new Map();

/** The worker's answer if it comes within `ms`, else nothing (detected on the main thread). */
function within(
  p: Promise<ReadonlyMap<string, string | null>>,
  ms: number,
): Promise<ReadonlyMap<string, string | null>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ReadonlyMap<string, string | null>>((resolve) => {
    timer = setTimeout(resolve, ms, NO_LANGUAGES);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** The text decide() will ask the detector about for this command, if any (after cleanText). */
function textToDetect(command: AnyCommand): string | null {
  if (!DETECTED.has(command.type)) return null;
  const raw = (command as { text?: unknown }).text;
  if (typeof raw !== 'string' || raw.length < DETECT_MIN_CHARS) return null;
  const text = cleanText(raw);
  return text.length >= DETECT_MIN_CHARS ? text : null;
}

/** The texts of `jobs` that decide() will ask the detector about. */
function textsToDetect(jobs: Job[]): string[] {
  const texts: string[] = [];
  for (const job of jobs)
    for (const { op } of job.ops) {
      const text = textToDetect(op.command);
      if (text !== null) texts.push(text);
    }
  return texts;
}

/**
 * Early detection's bounds (a text may be 20,000 characters): past EARLY_MAX texts waiting for
 * their tick the early answers are dropped, and longer texts are left to their tick. Either way
 * the tick detects them itself: at most some MB held, whatever is sent.
 */
const EARLY_MAX = 2_000;
const EARLY_MAX_CHARS = 2_000;

/** detectLanguage, answered from the worker's map when it has the text. */
function detectorFrom(known: ReadonlyMap<string, string | null>): LanguageDetector {
  if (!known.size) return detectLanguage;
  return (text) => {
    const found = known.get(text);
    return found !== undefined ? found : detectLanguage(text);
  };
}

export class Committer {
  private readonly waiting = new Map<Room, RoomWork>();
  private readonly flying = new Set<Room>();
  /** Rooms whose head is unknown after a store error: they catch up before their next decision. */
  private readonly stale = new Set<Room>();
  private readonly idleWaiters = new Map<Room, (() => void)[]>();
  private readonly flights = new Set<Promise<void>>();
  private scheduled = false;
  /**
   * Answer texts that arrived while their room's flush was in flight, once the room's next tick
   * is big (LANGUAGE_WORKER_MIN_TEXTS commands waiting), sent to the language worker at once: they
   * wait for the commit anyway, so their languages are usually known when their tick decides, and
   * the main thread detects none of them (saturation). Each slot is taken by that tick; a late
   * answer fills a slot nobody reads.
   */
  private readonly early = new Map<string, { language?: string | null }>();
  private earlyBatch: string[] = [];
  /** Snapshot saves under way (never part of a commit). */
  private readonly saves = new Set<Promise<void>>();
  readonly stats: CommitterStats = { batches: 0, ops: 0, conflicts: 0, caughtUp: 0 };

  constructor(
    private readonly store: SessionStore,
    private readonly clock: () => number,
    private readonly transport: RoomTransport,
    private readonly log: Logger,
    private readonly schedule: (fn: () => void) => void = setImmediate,
    private readonly options: CommitterOptions = {},
  ) {}

  /** Whether other nodes write the same store (cluster mode). */
  get shared(): boolean {
    return this.options.shared ?? false;
  }

  submit(op: Op): Promise<Ack> {
    return new Promise((resolve) => {
      const w = this.work(op.room);
      w.ops.push({ op, resolve });
      // Only for a big tick in the making: a few answers between commits (1,000/s) are detected
      // here faster than a round trip to a thread that competes for the same cores.
      if (
        this.options.languages &&
        w.ops.length >= (this.options.languageWorkerMinTexts ?? LANGUAGE_WORKER_MIN_TEXTS) &&
        this.flying.has(op.room)
      )
        this.detectEarly(op.command);
      this.wake();
    });
  }

  /**
   * Asks for the room to read the events committed elsewhere (up to `head`, or whatever is there),
   * apply them and publish them to this node's sockets, through the queue (never mid-tick).
   */
  catchUp(room: Room, head = Number.POSITIVE_INFINITY): void {
    if (head <= room.seq && !this.stale.has(room)) return;
    const w = this.work(room);
    w.catchUpTo = Math.max(w.catchUpTo, head);
    this.wake();
  }

  /**
   * Reads the store now (through the queue) and resolves once the room holds everything committed
   * so far: for a client arriving from another node with a newer seq than this room's.
   */
  refresh(room: Room): Promise<void> {
    return new Promise((resolve) => {
      const w = this.work(room);
      w.catchUpTo = Number.POSITIVE_INFINITY;
      w.after.push(resolve);
      this.wake();
    });
  }

  /** Runs `fn` now if no flush of the room is in flight, otherwise right after it (before the next one). */
  whenIdle(room: Room, fn: () => void): void {
    if (!this.flying.has(room)) {
      fn();
      return;
    }
    const list = this.idleWaiters.get(room);
    if (list) list.push(fn);
    else this.idleWaiters.set(room, [fn]);
  }

  /** Resolves once no flush of the room is in flight (its state is committed). */
  idle(room: Room): Promise<void> {
    return new Promise((resolve) => this.whenIdle(room, resolve));
  }

  /** Whether anything is queued or in flight. */
  get busy(): boolean {
    return this.waiting.size > 0 || this.flights.size > 0;
  }

  /** Waits until everything queued so far (and anything it led to) is committed and answered. */
  async drain(): Promise<void> {
    while (this.busy) {
      if (this.waiting.size && !this.flights.size) await this.flush();
      else await Promise.race(this.flights);
    }
  }

  /** Resolves once every snapshot save started so far has finished (saved or failed). */
  async snapshotsSettled(): Promise<void> {
    while (this.saves.size) await Promise.all(this.saves);
  }

  /**
   * Saves the room's state when it moved SNAPSHOT_EVERY events since its last snapshot: called
   * right after it advanced to committed events, never awaited (a failure is only logged).
   */
  private snapshotIfDue(room: Room): void {
    const now = this.clock();
    if (!snapshotDue(room, this.options.snapshotEvery ?? SNAPSHOT_EVERY, now)) return;
    const p = saveRoomSnapshot(this.store, room, this.log, 'every');
    if (!p) return;
    room.triedSnapshotAt = now;
    const done = p.finally(() => this.saves.delete(done));
    this.saves.add(done);
  }

  /** Queues the command's text for the language worker; one request per turn of the event loop. */
  private detectEarly(command: AnyCommand): void {
    const text = textToDetect(command);
    if (text === null || text.length > EARLY_MAX_CHARS || this.early.has(text)) return;
    if (this.early.size >= EARLY_MAX) this.early.clear();
    this.early.set(text, {});
    if (this.earlyBatch.push(text) > 1) return;
    setImmediate(() => {
      const batch = this.earlyBatch;
      this.earlyBatch = [];
      // Texts a tick has already taken (it decided them itself) are not sent.
      const slots = new Map<string, { language?: string | null }>();
      for (const t of batch) {
        const slot = this.early.get(t);
        if (slot) slots.set(t, slot);
      }
      if (!slots.size) return;
      void this.options.languages?.detect([...slots.keys()]).then((found) => {
        for (const [t, slot] of slots) if (found.has(t)) slot.language = found.get(t)!;
      });
    });
  }

  /** Splits a tick's texts into those the worker already answered (taking their slots) and the rest. */
  private takeEarly(texts: string[]): { known: Map<string, string | null>; rest: string[] } {
    const known = new Map<string, string | null>();
    const rest: string[] = [];
    for (const t of texts) {
      const slot = this.early.get(t);
      if (slot) this.early.delete(t);
      if (slot?.language !== undefined) known.set(t, slot.language);
      else if (!known.has(t)) rest.push(t);
    }
    return { known, rest };
  }

  private work(room: Room): RoomWork {
    let w = this.waiting.get(room);
    if (!w) {
      w = { ops: [], catchUpTo: 0, after: [] };
      this.waiting.set(room, w);
    }
    return w;
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => void this.flush());
  }

  /** Processes everything queued for rooms with no flush in flight. Public so tests can drive it. */
  flush(): Promise<void> {
    this.scheduled = false;
    const work = new Map<Room, RoomWork>();
    for (const [room, w] of this.waiting)
      if (!this.flying.has(room)) {
        work.set(room, w);
        this.waiting.delete(room);
      }
    if (!work.size) return Promise.resolve();
    for (const [room, w] of work) {
      this.flying.add(room);
      for (const fn of w.after) this.whenIdle(room, fn);
    }
    const flight = this.tick(work)
      .catch((e: unknown) => {
        this.log('error', 'flush failed', { err: String(e) });
        // Nobody waits forever: an op already answered ignores this second answer.
        for (const w of work.values())
          for (const { op, resolve } of w.ops)
            resolve({ ok: false, error: 'internal', message: errorMessage('internal', op.lang) });
      })
      .finally(() => {
        this.flights.delete(flight);
        for (const room of work.keys()) {
          this.flying.delete(room);
          const waiters = this.idleWaiters.get(room);
          this.idleWaiters.delete(room);
          for (const fn of waiters ?? []) {
            try {
              fn();
            } catch (e) {
              this.log('error', 'idle callback failed', { code: room.code, err: String(e) });
            }
          }
        }
        if (this.waiting.size) this.wake();
      });
    this.flights.add(flight);
    return flight;
  }

  /**
   * Reads the events after the room's seq, applies them and publishes them (they are committed:
   * the room advances at once). Rejects when the store cannot be read (the room is then stale).
   */
  private async catchUpRoom(room: Room): Promise<void> {
    for (;;) {
      const events = await this.store.eventsAfter(room.code, room.seq, CATCH_UP_PAGE);
      const b = room.working();
      b.mark();
      const items: Entry[] = [];
      for (const env of events) {
        if (env.seq <= b.state.seq) continue;
        if (env.seq !== b.state.seq + 1)
          throw new Error(`catch-up of ${room.code}: seq ${env.seq} after ${b.state.seq}`);
        items.push({ env, vis: visibilityOf(b.state, env.event) });
        b.apply(env);
      }
      if (items.length) {
        room.advance(b);
        this.stats.caughtUp += items.length;
        this.transport.publish(room.code, room.record(items));
        this.snapshotIfDue(room);
      }
      if (events.length < CATCH_UP_PAGE) break;
    }
    this.stale.delete(room);
  }

  private async tick(work: Map<Room, RoomWork>): Promise<void> {
    // Rooms with nothing to decide only catch up (doorbells, polls); the others catch up in their
    // first attempt, at the same time as their acks are looked up.
    const behind = (room: Room, w: RoomWork) => room.seq < w.catchUpTo || this.stale.has(room);
    await Promise.all(
      [...work].map(async ([room, w]) => {
        if (w.ops.length || !behind(room, w)) return;
        await this.catchUpRoom(room).catch((e: unknown) => {
          this.stale.add(room);
          this.log('error', 'catch-up failed', { code: room.code, err: String(e) });
        });
      }),
    );
    let jobs: Job[] = [];
    for (const [room, w] of work) {
      if (!w.ops.length) continue;
      this.stats.ops += w.ops.length;
      const dupOf = new Map<number, number>();
      const seen = new Map<string, number>();
      w.ops.forEach(({ op }, i) => {
        if (op.commandId === null) return;
        const key = `${actorKey(op.actor)}\u0000${op.commandId}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else dupOf.set(i, first);
      });
      jobs.push({ room, ops: w.ops, dupOf, behind: behind(room, w) });
    }
    for (let attempt = 1; jobs.length; attempt++) {
      if (attempt > MAX_TRIES) {
        for (const job of jobs) {
          this.log('error', 'commit gave up after conflicts', { code: job.room.code, tries: MAX_TRIES });
          this.answerInternal(job);
        }
        return;
      }
      // After a lost race, a short random wait: two nodes retrying in step would keep colliding.
      if (attempt > 1) await new Promise((r) => setTimeout(r, Math.random() * 2 ** attempt));
      jobs = await this.attempt(jobs);
    }
  }

  /** The stored acks of a job's commands that carry an id (by op index); null when the store cannot say. */
  private async lookUpAcks(job: Job): Promise<Map<number, Ack> | null> {
    const keys = job.ops
      .map(({ op }, i) => ({ op, i }))
      .filter(({ op, i }) => op.commandId !== null && !job.dupOf.has(i));
    if (!keys.length) return new Map<number, Ack>();
    try {
      const found = await this.store.getAcks(
        job.room.code,
        keys.map(({ op }) => ({ actor: actorKey(op.actor), commandId: op.commandId! })),
      );
      const prior = new Map<number, Ack>();
      keys.forEach(({ i }, k) => {
        const a = found[k];
        if (a) prior.set(i, a);
      });
      return prior;
    } catch (e) {
      this.log('error', 'ack lookup failed', { code: job.room.code, err: String(e) });
      return null;
    }
  }

  /** One decision and commit of `jobs`; returns the jobs to decide again (they lost a race). */
  private async attempt(jobs: Job[]): Promise<Job[]> {
    // Retried commands (a lost ack, a reconnect, possibly to another node) are answered with the
    // ack of their first execution: one lookup per room, while the room reads what it lacks (the
    // narrower the window between reading the head and committing, the fewer lost races).
    const { known: early, rest: texts } = this.options.languages
      ? this.takeEarly(textsToDetect(jobs))
      : { known: NO_LANGUAGES, rest: [] };
    const big = texts.length >= (this.options.languageWorkerMinTexts ?? LANGUAGE_WORKER_MIN_TEXTS);
    // Started with the first texts, so that it is up before the first burst (its load takes a moment).
    if (texts.length && !big) this.options.languages?.warm?.();
    // A big tick is shared: the worker takes most texts while this thread detects the rest, so
    // neither waits long for the other, and a text is detected twice only if the worker is late.
    const cut = Math.ceil(texts.length * LANGUAGE_WORKER_SHARE);
    const detecting = big ? this.options.languages?.detect(texts.slice(0, cut)) : undefined;
    const here = new Map<string, string | null>(early);
    if (detecting) for (const t of texts.slice(cut)) here.set(t, detectLanguage(t));
    const lookups = await Promise.all(
      jobs.map(async (job) => {
        const [caught, prior] = await Promise.all([
          job.behind
            ? this.catchUpRoom(job.room).then(
                () => true,
                (e: unknown) => {
                  this.stale.add(job.room);
                  this.log('error', 'catch-up failed', { code: job.room.code, err: String(e) });
                  return false;
                },
              )
            : true,
          this.lookUpAcks(job),
        ]);
        job.behind = false;
        return caught ? prior : null;
      }),
    );
    const known = detecting ? await within(detecting, LANGUAGE_WAIT_MS) : NO_LANGUAGES;
    const detect = detectorFrom(here.size ? new Map([...here, ...known]) : known);
    const now = this.clock();
    const decided: Decided[] = [];
    jobs.forEach((job, j) => {
      const prior = lookups[j];
      if (!prior) return this.answerInternal(job);
      decided.push(this.decide(job, prior, now, detect));
    });
    const toCommit = decided.filter((d) => d.batch);
    const toVerify = this.options.shared ? decided.filter((d) => !d.batch && d.decidedAny) : [];
    const commit = async (): Promise<CommitResult[]> => {
      if (!toCommit.length) return [];
      this.stats.batches++;
      try {
        return await this.store.commit(toCommit.map((d) => d.batch!));
      } catch (e) {
        return toCommit.map(() => ({ ok: false, conflict: false, error: String(e) }));
      }
    };
    const verify = async (): Promise<Map<string, number> | string> => {
      if (!toVerify.length) return new Map();
      try {
        return await this.store.heads(toVerify.map((d) => d.job.room.code));
      } catch (e) {
        return String(e);
      }
    };
    const [results, heads] = await Promise.all([commit(), verify()]);
    /** What a tick that wrote nothing amounts to: fine if its head is still the store's. */
    const verified = (d: Decided): CommitResult => {
      if (!toVerify.includes(d)) return { ok: true, head: d.expectedHead };
      if (typeof heads === 'string') return { ok: false, conflict: false, error: heads };
      const h = heads.get(d.job.room.code);
      return h === d.expectedHead ? { ok: true, head: h } : { ok: false, conflict: true, head: h ?? -1 };
    };
    const again: Job[] = [];
    for (const d of decided) {
      const { job } = d;
      const room = job.room;
      const r = d.batch ? results[toCommit.indexOf(d)]! : verified(d);
      if (r.ok) {
        if (d.batch) room.advance(d.b);
        this.answer(job, d.acks);
        if (d.entries.length) {
          this.transport.publish(room.code, room.record(d.entries));
          this.snapshotIfDue(room);
        }
        continue;
      }
      d.b.undo(d.mark);
      room.state = d.before;
      if (r.conflict) {
        this.stats.conflicts++;
        this.log('debug', 'commit conflict: another node wrote first', { code: room.code, head: r.head });
        // Decided again on the events that won, read with the acks in the next attempt.
        job.behind = true;
        again.push(job);
      } else {
        this.stale.add(room);
        this.log('error', 'commit failed; batch rolled back', { code: room.code, err: r.error, ops: job.ops.length });
        const failed = new Set(d.okIdx);
        const acks = d.acks.map((a, i) =>
          failed.has(i)
            ? ({ ok: false, error: 'internal', message: errorMessage('internal', job.ops[i]!.op.lang) } as Ack)
            : a,
        );
        this.answer(job, acks);
      }
    }
    return again;
  }

  /** Decides a room's commands, in order, on its working state; nothing is committed yet. */
  private decide(job: Job, prior: Map<number, Ack>, now: number, detect: LanguageDetector): Decided {
    const room = job.room;
    const b = room.working();
    const before = b.state;
    const mark = b.mark();
    const expectedHead = b.state.seq;
    const acks: Ack[] = [];
    const entries: Entry[] = [];
    const okIdx: number[] = [];
    const deleteBlobs: string[] = [];
    job.ops.forEach(({ op }, i) => {
      if (job.dupOf.has(i)) {
        acks.push({ ok: false, error: 'internal', message: '' }); // replaced by its first copy's ack
        return;
      }
      const p = prior.get(i);
      if (p) {
        acks.push(p);
        return;
      }
      // A photo replaced or removed leaves the store in the same commit (decided on the state it replaces).
      const photosBefore = op.command.type.startsWith('photo:') ? photosOf(b.state).map((p) => p.id) : [];
      let d: Outcome;
      try {
        d = stepOn(b, op.actor, op.command, now, { detectLanguage: detect });
      } catch (e) {
        this.log('error', 'decide threw', { code: room.code, label: op.command.type, err: String(e) });
        d = { ok: false, error: 'internal' };
      }
      if (!d.ok) {
        this.log('warn', 'command refused', {
          code: room.code,
          actor: op.actor.role,
          label: op.command.type,
          reason: d.error,
        });
        acks.push({ ok: false, error: d.error, message: errorMessage(d.error, op.lang) });
        return;
      }
      entries.push(...d.entries);
      acks.push({ ok: true, seq: b.state.seq });
      okIdx.push(i);
      const photosAfter = new Set(photosOf(b.state).map((p) => p.id));
      for (const id of photosBefore) if (!photosAfter.has(id)) deleteBlobs.push(id);
    });
    const ok = okIdx.map((i) => job.ops[i]!.op);
    const batch: CommitBatch = {
      code: room.code,
      expectedHead,
      events: entries.map((e) => e.env),
      acks: okIdx
        .filter((i) => job.ops[i]!.op.commandId !== null)
        .map((i) => {
          const op = job.ops[i]!.op;
          return { actor: actorKey(op.actor), commandId: op.commandId!, ack: acks[i]! };
        }),
      participants: ok.flatMap((op) => op.participants ?? []),
      blobs: ok.flatMap((op) => op.blobs ?? []),
      deleteBlobs,
    };
    const needed =
      batch.events.length +
        batch.acks.length +
        batch.participants.length +
        batch.blobs.length +
        batch.deleteBlobs.length >
      0;
    const decidedAny = job.ops.some((_, i) => !job.dupOf.has(i) && !prior.has(i));
    return { job, b, before, mark, acks, entries, okIdx, batch: needed ? batch : null, expectedHead, decidedAny };
  }

  private answer(job: Job, acks: Ack[]): void {
    job.ops.forEach(({ resolve }, i) => {
      resolve(acks[job.dupOf.get(i) ?? i]!);
    });
  }

  private answerInternal(job: Job): void {
    this.answer(
      job,
      job.ops.map(({ op }) => ({ ok: false, error: 'internal', message: errorMessage('internal', op.lang) })),
    );
  }
}
