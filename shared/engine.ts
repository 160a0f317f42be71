// One step of the engine: decide, stamp with sequence and time, apply. Used by the server's room
// and by tests and tools that build a session without a server.
import type { Command } from './commands.js';
import { decide, type Actor } from './decide.js';
import type { ErrorCode } from './errors.js';
import type { EventEnvelope, SessionEvent } from './events.js';
import { apply } from './reducer.js';
import type { SessionState } from './state.js';

export type StepResult =
  | { ok: true; state: SessionState; envelopes: EventEnvelope[] }
  | { ok: false; error: ErrorCode };

export function stamp(state: SessionState, events: readonly SessionEvent[], now: number): EventEnvelope[] {
  return events.map((event, i) => ({ seq: state.seq + i + 1, at: now, event }));
}

export function step(state: SessionState, actor: Actor, command: Command, now: number): StepResult {
  const d = decide(state, actor, command, now);
  if (!d.ok) return d;
  return appendEvents(state, d.events, now);
}

/** Stamps and applies events the server decided outside a command (joins, presence). */
export function appendEvents(state: SessionState, events: readonly SessionEvent[], now: number) {
  const envelopes = stamp(state, events, now);
  let s = state;
  for (const e of envelopes) s = apply(s, e);
  return { ok: true as const, state: s, envelopes };
}
