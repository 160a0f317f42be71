import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../../shared/timer.js';
import { Harness, MIN, MODERATOR, SEC } from '../../helpers/domain.js';

describe('decide: timer commands', () => {
  it("start uses the given duration, or the timer's own; reset idles it", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'timer:start', durationMs: 3 * MIN });
    expect(h.state.timer).toEqual({ status: 'running', durationMs: 3 * MIN, endsAt: h.now + 3 * MIN });
    h.advance(MIN).ok(MODERATOR, { type: 'timer:reset' });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 3 * MIN });
    h.ok(MODERATOR, { type: 'timer:start' });
    expect(timeLeft(h.state.timer, h.now + 30 * SEC)).toBe(2 * MIN + 30 * SEC);
    h.ok(MODERATOR, { type: 'timer:reset', durationMs: 90 * SEC });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 90 * SEC });
  });

  it('adjust shifts a running timer by the delta', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'timer:start', durationMs: 3 * MIN });
    h.advance(MIN).ok(MODERATOR, { type: 'timer:adjust', deltaMs: MIN });
    expect(timeLeft(h.state.timer, h.now)).toBe(3 * MIN);
    h.ok(MODERATOR, { type: 'timer:adjust', deltaMs: -5 * MIN });
    expect(timeLeft(h.state.timer, h.now)).toBe(-2 * MIN);
  });

  it('pausing the timer during a turn pauses the turn too, and resuming resumes it', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(
      h
        .advance(MIN)
        .ok(MODERATOR, { type: 'timer:pause' })
        .map((e) => e.type),
    ).toEqual(['timer:set', 'turn:paused']);
    expect(
      h
        .advance(MIN)
        .ok(MODERATOR, { type: 'timer:resume' })
        .map((e) => e.type),
    ).toEqual(['timer:set', 'turn:resumed']);
  });
});

describe('decide: timer:start on an idle clock during a turn', () => {
  it("runs on what is left of the speaker's time, a minute at least", () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    h.advance(2 * MIN + 400).ok(MODERATOR, { type: 'timer:reset' });
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
    h.ok(MODERATOR, { type: 'timer:start' });
    expect(timeLeft(h.state.timer, h.now)).toBe(3 * MIN);
    h.advance(10 * MIN).ok(MODERATOR, { type: 'timer:reset' });
    h.ok(MODERATOR, { type: 'timer:start' });
    expect(timeLeft(h.state.timer, h.now)).toBe(MIN);
    // A duration given is the moderator's own.
    h.ok(MODERATOR, { type: 'timer:reset' });
    h.ok(MODERATOR, { type: 'timer:start', durationMs: 30_000 });
    expect(timeLeft(h.state.timer, h.now)).toBe(30_000);
  });
});
