// The schedule: planned end against projected end, with and without times in the brief.
import { describe, expect, it } from 'vitest';
import { schedule } from '../../../client/moderator/schedule.js';
import { zonedInstant } from '../../../shared/timeZone.js';
import { Harness, MIN, MODERATOR, T0 } from '../../helpers/domain.js';

describe('schedule', () => {
  it('reads a wall-clock time in the brief’s time zone', () => {
    expect(zonedInstant('2021-10-21', '20:00', 'Asia/Seoul')).toBe(Date.UTC(2021, 9, 21, 11, 0));
    expect(zonedInstant('2021-10-21', '06:00', 'America/Mexico_City')).toBe(Date.UTC(2021, 9, 21, 11, 0));
    expect(zonedInstant('2021-03-28', '03:30', 'Europe/Paris')).toBe(Date.UTC(2021, 2, 28, 1, 30));
  });

  it('without times in the brief: unknown until the first speaker starts, then anchored on that start', () => {
    const h = new Harness();
    expect(schedule(h.state, T0)?.plannedEnd).toBeNull();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(schedule(h.state, T0)?.deltaMinutes).toBe(0);
    // Two minutes over a ten-minute turn: two minutes behind.
    expect(schedule(h.state, T0 + 12 * MIN)?.deltaMinutes).toBe(2);
    // A pause is not spoken time, but it is time: still behind by what it cost.
    h.advance(3 * MIN).ok(MODERATOR, { type: 'turn:pause' });
    h.advance(4 * MIN).ok(MODERATOR, { type: 'turn:resume' });
    expect(schedule(h.state, h.now)?.deltaMinutes).toBe(4);
  });

  it('skipping ahead shows as ahead', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.advance(10 * MIN).ok(MODERATOR, { type: 'turn:end' });
    // Jump past the second speaker (5 min) and the main question (5 min).
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q1' } });
    // As the console does on arriving at a step without a speaker: a fresh timer at its planned time.
    h.ok(MODERATOR, { type: 'timer:reset', durationMs: 4 * MIN });
    expect(schedule(h.state, h.now)?.deltaMinutes).toBe(-10);
  });

  it('with a start and end time: the brief’s end, the blocks scaled to fill the slot', () => {
    const h = new Harness({ date: '2021-10-21', startTime: '20:00', endTime: '21:30', timeZone: 'Asia/Seoul' });
    const s = schedule(h.state, T0 - 30 * MIN)!;
    expect(s.plannedEnd).toBe(T0 + 90 * MIN);
    // In the lobby before the start, the session is planned to fill its slot exactly.
    expect(s.deltaMinutes).toBe(0);
    // Starting late shifts the projection.
    expect(schedule(h.state, T0 + 7 * MIN)?.deltaMinutes).toBe(7);
  });

  it('a brief dated another day keeps its planned end time, on the day it runs', () => {
    const h = new Harness({ date: '2021-10-22', startTime: '11:00', endTime: '12:30', timeZone: 'UTC' });
    // T0 is 2021-10-21 11:00 UTC: the session runs today, planned to end at 12:30.
    expect(schedule(h.state, T0)?.plannedEnd).toBe(T0 + 90 * MIN);
  });
});
