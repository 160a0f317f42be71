// One step of the engine: authorize, decide, stamp with sequence and time, classify (who may see
// each event) and apply. The server's committer runs `stepOn` on its rooms' working states; tests
// and tools that build a session without a server run `step`, the same code on a fresh copy.
import { BatchState } from './batchState.js';
import type { ErrorCode } from './errors.js';
import type { EventEnvelope, Visibility } from './events.js';
import { decide, SYSTEM, type Actor, type DecideEnv, type SystemActor } from './decide.js';
import type { SessionDefinition } from './definition.js';
import { can } from './permissions.js';
import type { AnyCommand } from './serverCommands.js';
import { initialState, type SessionState } from './state.js';
import { phoneEvents, visibilityOf } from './visibility.js';

/** A state events are applied to in turn (BatchState: in place while nobody else holds it). */
export interface Working {
  readonly state: SessionState;
  apply(env: EventEnvelope): SessionState;
}

/** What phones get instead of an event that names other participants (visibility.ts `phoneEvents`). */
export interface PhoneCopies {
  /** The participant `mine` is for; every other phone gets `others`. */
  owner: string | null;
  mine: EventEnvelope;
  others: EventEnvelope;
}

/** A committed event and who may see it (computed on the state before it), with the phones' copies. */
export interface Entry {
  env: EventEnvelope;
  vis: Visibility;
  phone?: PhoneCopies;
}

/** The copy of a logged event a viewer receives (a phone's own, when the event has copies). */
export function copyFor(x: Entry, viewer: { role: string; participantId: string | null }): EventEnvelope {
  if (!x.phone || viewer.role !== 'participant') return x.env;
  return x.phone.owner !== null && x.phone.owner === viewer.participantId ? x.phone.mine : x.phone.others;
}

/** An event's entry, classified on the state before it. */
export function entryFor(before: SessionState, env: EventEnvelope): Entry {
  const vis = visibilityOf(before, env.event);
  const p = vis.to === 'all' ? phoneEvents(before, env.event) : null;
  if (!p) return { env, vis };
  return {
    env,
    vis,
    phone: { owner: p.owner, mine: { ...env, event: p.mine }, others: { ...env, event: p.others } },
  };
}

export type Outcome = { ok: true; entries: Entry[] } | { ok: false; error: ErrorCode };

export type StepResult =
  | { ok: true; state: SessionState; envelopes: EventEnvelope[] }
  | { ok: false; error: ErrorCode };

/** Runs one command on a working state: refused (state untouched), or its events applied in order. */
export function stepOn(
  w: Working,
  actor: Actor | SystemActor,
  command: AnyCommand,
  now: number,
  env: DecideEnv = {},
): Outcome {
  if (!can(actor.role, command.type)) return { ok: false, error: 'forbidden' };
  const d = decide(w.state, actor, command, now, env);
  if (!d.ok) return d;
  const entries: Entry[] = [];
  for (const event of d.events) {
    const env: EventEnvelope = { seq: w.state.seq + 1, at: now, event };
    entries.push(entryFor(w.state, env));
    w.apply(env);
  }
  return { ok: true, entries };
}

/** `stepOn` for an immutable state: the input is never changed. */
export function step(
  state: SessionState,
  actor: Actor | SystemActor,
  command: AnyCommand,
  now: number,
  env: DecideEnv = {},
): StepResult {
  const b = new BatchState(state);
  const r = stepOn(b, actor, command, now, env);
  if (!r.ok) return r;
  return { ok: true, state: b.state, envelopes: r.entries.map((e) => e.env) };
}

/** A new session's log: its `session:created` event (seq 1), decided like any other. */
export function createSession(code: string, definition: SessionDefinition, now: number) {
  const r = step(initialState(code, definition, now), SYSTEM, { type: 'session:create' }, now);
  if (!r.ok) throw new Error(`session:create refused: ${r.error}`);
  return r;
}
