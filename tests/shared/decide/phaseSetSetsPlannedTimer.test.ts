// Moving to a step and setting its planned timer is one decision (shared/decide.ts): the console
// sends only `phase:set`, and the durations come from shared/plannedDurations.ts.
import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { plannedDurations, plannedTimerMs } from '../../../shared/plannedDurations.js';
import { Harness, MIN, MODERATOR } from '../../helpers/domain.js';

const timerEvents = (events: { type: string }[]) => events.filter((e) => e.type === 'timer:set');

describe("decide: phase:set sets the step's planned timer in the same decision", () => {
  it('each kind of step gets its default planned minutes, idle, right after the phase change', () => {
    const h = new Harness();
    const cases = [
      [{ kind: 'opening' }, 5],
      [{ kind: 'question', questionId: MAIN_QUESTION_ID }, 5],
      [{ kind: 'question', questionId: 'q1' }, 4],
      [{ kind: 'round', roundId: 'r2' }, 8],
      [{ kind: 'audience' }, 15],
      [{ kind: 'closing' }, 5],
      [{ kind: 'speaker', speakerId: 's1' }, 10],
    ] as const;
    for (const [phase, minutes] of cases) {
      const events = h.ok(MODERATOR, { type: 'phase:set', phase });
      expect(events[0]).toEqual({ type: 'phase:changed', phase });
      expect(events[1], phase.kind).toEqual({
        type: 'timer:set',
        timer: { status: 'idle', durationMs: minutes * MIN },
      });
      expect(h.state.timer).toEqual({ status: 'idle', durationMs: minutes * MIN });
    }
  });

  it("scales the blocks to the brief's slot, in whole minutes, as the schedule plans them", () => {
    // 11:00–12:00 with 15 speaker minutes: the 45 left are shared by 5+5+4·4+15+5 = 46 default minutes.
    const h = new Harness({ startTime: '11:00', endTime: '12:00' });
    const planned = plannedDurations(h.state);
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'audience' } });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: Math.round(planned.get('audience')! / MIN) * MIN });
    expect(h.state.timer.durationMs).toBe(15 * MIN);
    expect(plannedTimerMs(h.state, { kind: 'question', questionId: 'q1' })).toBe(4 * MIN);
    expect(planned.get('question:q1')).toBeLessThan(4 * MIN);
  });

  it('a timer running outside a turn keeps running across steps; a paused one is replaced', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    h.ok(MODERATOR, { type: 'timer:start' });
    const running = h.state.timer;
    expect(running.status).toBe('running');
    expect(
      timerEvents(h.advance(MIN).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q1' } })),
    ).toEqual([]);
    expect(h.state.timer).toEqual(running);
    h.ok(MODERATOR, { type: 'timer:pause' });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q2' } });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 4 * MIN });
  });

  it('re-selecting the current step leaves its clock alone', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    h.ok(MODERATOR, { type: 'timer:adjust', deltaMs: 2 * MIN });
    expect(timerEvents(h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } }))).toEqual([]);
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 7 * MIN });
  });

  it("timer:reset without a duration goes back to the current step's planned time", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'audience' } });
    h.ok(MODERATOR, { type: 'timer:start' });
    h.advance(3 * MIN).ok(MODERATOR, { type: 'timer:adjust', deltaMs: MIN });
    h.ok(MODERATOR, { type: 'timer:reset' });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 15 * MIN });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's2' } });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    h.advance(MIN).ok(MODERATOR, { type: 'timer:reset' });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
    // An explicit duration is the moderator's own.
    h.ok(MODERATOR, { type: 'timer:reset', durationMs: 90_000 });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 90_000 });
  });
});
