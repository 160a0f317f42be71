import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MIN, MODERATOR, T0 } from '../../helpers/domain.js';

describe('decide: a phase change ends the running turn', () => {
  it("moving to a question ends the turn and sets the question's planned time, idle", () => {
    const h = new Harness();
    h.at(T0).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    const events = h
      .at(T0 + 7 * MIN)
      .ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    expect(events.slice(0, 3)).toEqual([
      { type: 'turn:ended', speakerId: 's1' },
      { type: 'phase:changed', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } },
      { type: 'timer:set', timer: { status: 'idle', durationMs: 5 * MIN } },
    ]);
    expect(h.state.turns.s1!.endedAt).toBe(T0 + 7 * MIN);
  });

  it("moving to another speaker ends the turn and prepares the next speaker's timer", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    const events = h.advance(MIN).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's2' } });
    expect(events.map((e) => e.type)).toEqual(['turn:ended', 'phase:changed', 'timer:set']);
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
  });

  it("re-selecting the current speaker's phase does not end their turn", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    const events = h.advance(MIN).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's1' } });
    expect(events).toEqual([{ type: 'phase:changed', phase: { kind: 'speaker', speakerId: 's1' } }]);
    expect(h.state.turns.s1!.endedAt).toBeNull();
    expect(h.state.timer.status).toBe('running');
  });

  it("starting another speaker's turn ends the current one and moves the phase", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    const events = h.advance(MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    expect(events.map((e) => e.type)).toEqual(['turn:ended', 'phase:changed', 'turn:started', 'timer:set']);
    expect(h.state.phase).toEqual({ kind: 'speaker', speakerId: 's2' });
    expect(
      Object.values(h.state.turns)
        .filter((t) => t.endedAt === null)
        .map((t) => t.speakerId),
    ).toEqual(['s2']);
  });
});
